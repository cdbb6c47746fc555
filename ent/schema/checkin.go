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

// CheckIn marks a poll as one round of a location's wellbeing check-in, so the signal rules
// compare a round with the one before. The unique (location, round) is what keeps a round from
// being asked twice.
type CheckIn struct{ ent.Schema }

// Mixin of the CheckIn.
func (CheckIn) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "chk"}}
}

// Fields of the CheckIn.
func (CheckIn) Fields() []ent.Field {
	return []ent.Field{
		field.String("location_id").Immutable(),
		field.Int("round").NonNegative().Immutable(),
		// poll_id is set once the round's poll exists.
		field.String("poll_id").Optional().Nillable(),
		field.Time("created_at").Immutable(),
		// evaluated_at is when the signal rules looked at the round after its poll closed.
		field.Time("evaluated_at").Optional().Nillable(),
	}
}

// Edges of the CheckIn.
func (CheckIn) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("location", Location.Type).Unique().Required().Immutable().Field("location_id"),
		edge.To("poll", Poll.Type).Unique().Field("poll_id"),
	}
}

// Indexes of the CheckIn.
func (CheckIn) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("location_id", "round").Unique(),
		index.Fields("poll_id").Unique(),
		index.Fields("evaluated_at"),
	}
}

// Annotations of the CheckIn.
func (CheckIn) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy of the CheckIn: see policies.Internal.
func (CheckIn) Policy() ent.Policy { return policies.Internal() }
