package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/index"
	"github.com/jeugdstem/jeugdstem/policies"
)

// ThreadSupport is one child's "me too" on a thread; the unique index allows one per child.
type ThreadSupport struct{ ent.Schema }

// Mixin of the ThreadSupport.
func (ThreadSupport) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "sup"}}
}

// Edges of the ThreadSupport.
func (ThreadSupport) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("thread", FeedbackThread.Type).Ref("supports").Unique().Required().Immutable(),
		edge.From("member", YouthMember.Type).Ref("supports").Unique().Required().Immutable(),
	}
}

// Indexes of the ThreadSupport.
func (ThreadSupport) Indexes() []ent.Index {
	return []ent.Index{index.Edges("thread", "member").Unique()}
}

// Annotations of the ThreadSupport.
func (ThreadSupport) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy of the ThreadSupport: see policies.ThreadSupport.
func (ThreadSupport) Policy() ent.Policy { return policies.ThreadSupport() }
