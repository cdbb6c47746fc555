package schema

import (
	"github.com/jeugdstem/jeugdstem/policies"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Membership says a child sits on a council from joined_at until left_at.
type Membership struct{ ent.Schema }

// Mixin of the Membership.
func (Membership) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "mbs"}}
}

// Fields of the Membership.
func (Membership) Fields() []ent.Field {
	return []ent.Field{
		// role: CHAIR and SECRETARY are assigned by the council's facilitator (internal/councils).
		field.Enum("role").Values("MEMBER", "CHAIR", "SECRETARY").Default("MEMBER"),
		field.Time("joined_at").Immutable().Default(time.Now),
		// left_at is set when the child leaves the council or is transferred.
		field.Time("left_at").Optional().Nillable(),
		// elected_at is set on a seat won in an election (internal/councils/elections.go); the
		// seat's term ends with left_at, when the child leaves or is transferred.
		field.Time("elected_at").Optional().Nillable().Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of the Membership.
func (Membership) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("council", Council.Type).Ref("memberships").Unique().Required().Immutable(),
		edge.From("member", YouthMember.Type).Ref("memberships").Unique().Required().Immutable(),
	}
}

// Indexes of the Membership: a council's members, and a child's councils (read on every list of
// a child's polls, policies.ChildCouncils; without it each read scans every membership).
func (Membership) Indexes() []ent.Index {
	return []ent.Index{index.Edges("council", "member"), index.Edges("member")}
}

// Policy of the Membership: see policies.Membership.
func (Membership) Policy() ent.Policy { return policies.Membership() }
