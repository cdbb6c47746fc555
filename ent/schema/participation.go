package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Participation proves that a member voted in a poll and says nothing about how. It has no
// timestamp, and its id is random, so rows reveal no voting order next to anything that counts
// choices. The unique (poll, member) index is what rejects a second vote, also a concurrent one.
type Participation struct{ ent.Schema }

// Mixin of the Participation.
func (Participation) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "par"}}
}

// Fields of the Participation.
func (Participation) Fields() []ent.Field {
	return []ent.Field{
		// idempotency_hash is the SHA-256 of the client's idempotency key, so a retried vote gets
		// the first answer back.
		field.String("idempotency_hash").Immutable().MaxLen(64),
	}
}

// Edges of the Participation.
func (Participation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("poll", Poll.Type).Ref("participations").Unique().Required().Immutable(),
		edge.From("member", YouthMember.Type).Ref("participations").Unique().Required().Immutable(),
	}
}

// Indexes of the Participation.
func (Participation) Indexes() []ent.Index {
	return []ent.Index{index.Edges("poll", "member").Unique(),
		// Reports count the distinct voters living at a location (internal/reports): whether a
		// member voted in one of a set of polls is answered from this index alone.
		index.Edges("member", "poll")}
}

// Annotations of the Participation.
func (Participation) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy of the Participation: see policies.Internal.
func (Participation) Policy() ent.Policy { return policies.Internal() }
