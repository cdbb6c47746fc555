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

// MonitorQuestion is one question of a monitor round: a domain in one age version, asked as an
// ordinary poll (YES_NO or SMILEY_SCALE) of the location, so children's answers have exactly the
// secrecy of every poll (sealed ballots, counted at close, shown through internal/disclosure). The
// poll is linked once it exists, by a conditional update, so a round retried by another instance
// never asks a question twice.
type MonitorQuestion struct{ ent.Schema }

// Mixin of the MonitorQuestion.
func (MonitorQuestion) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "mnq"}}
}

// Fields of the MonitorQuestion.
func (MonitorQuestion) Fields() []ent.Field {
	return []ent.Field{
		field.String("round_id").Immutable(),
		field.String("location_id").Immutable(),
		// domain is the key of the framework's domain (internal/monitor).
		field.String("domain").NotEmpty().MaxLen(40).Immutable(),
		field.Enum("age_version").Values("AGE_6_11", "AGE_12_17", "ALL_AGES").Immutable(),
		// poll_id is set once the question's poll exists.
		field.String("poll_id").Optional().Nillable(),
	}
}

// Edges of the MonitorQuestion.
func (MonitorQuestion) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("round", MonitorRound.Type).Ref("questions").Unique().Required().Immutable().Field("round_id"),
		edge.To("poll", Poll.Type).Unique().Field("poll_id"),
	}
}

// Indexes of the MonitorQuestion.
func (MonitorQuestion) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("round_id", "domain", "age_version").Unique(),
		index.Fields("poll_id").Unique(),
		index.Fields("location_id"),
	}
}

// Annotations of the MonitorQuestion.
func (MonitorQuestion) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy of the MonitorQuestion: see policies.Internal.
func (MonitorQuestion) Policy() ent.Policy { return policies.Internal() }
