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

// SealedBallot is one child's choice in an open poll, sealed to the poll's public key so that
// only the server, holding the deployment key, can open it, and only to count it when the poll
// closes. It names no child and carries no time; its id is random. Every ballot of a poll has
// the same length, so its size says nothing either. The Participation written in the same
// transaction says who voted; the two can be paired by anyone with the database files (same
// commit, neighbouring rows), which is why the choice inside must be unreadable without the key.
// Counting deletes every sealed ballot of the poll and forgets its key (internal/voting).
type SealedBallot struct{ ent.Schema }

// Mixin of the SealedBallot.
func (SealedBallot) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "bal"}}
}

// Fields of the SealedBallot.
func (SealedBallot) Fields() []ent.Field {
	return []ent.Field{
		field.String("poll_id").Immutable(),
		field.Bytes("sealed").Immutable().Sensitive().NotEmpty().MaxLen(256),
	}
}

// Edges of the SealedBallot.
func (SealedBallot) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("poll", Poll.Type).Ref("sealed_ballots").Unique().Required().Immutable().Field("poll_id"),
	}
}

// Indexes of the SealedBallot.
func (SealedBallot) Indexes() []ent.Index {
	return []ent.Index{index.Edges("poll")}
}

// Annotations of the SealedBallot.
func (SealedBallot) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy of the SealedBallot: see policies.Internal.
func (SealedBallot) Policy() ent.Policy { return policies.Internal() }
