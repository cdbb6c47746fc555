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

// MonitorRound is one round of a location's children's monitor: every domain of the framework
// asked of every child of the location at once, each question a poll (MonitorQuestion). A round
// adopted from the SAFETY check-in (source CHECK_IN) holds only the safety domain. The unique
// (location, source, round) keeps a round from being started twice.
type MonitorRound struct{ ent.Schema }

// Mixin of the MonitorRound.
func (MonitorRound) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "mnr"}}
}

// Fields of the MonitorRound.
func (MonitorRound) Fields() []ent.Field {
	return []ent.Field{
		field.String("location_id").Immutable(),
		field.Int("round").NonNegative().Immutable(),
		field.Enum("source").Values("MONITOR", "CHECK_IN").Default("MONITOR").Immutable(),
		// framework_version is the version of the questions the round asked (internal/monitor).
		field.Int("framework_version").Positive().Immutable(),
		field.Time("opened_at").Immutable(),
		// evaluated_at is when the signal rules looked at the round after its polls closed.
		field.Time("evaluated_at").Optional().Nillable(),
	}
}

// Edges of the MonitorRound.
func (MonitorRound) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("location", Location.Type).Unique().Required().Immutable().Field("location_id"),
		edge.To("questions", MonitorQuestion.Type),
	}
}

// Indexes of the MonitorRound.
func (MonitorRound) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("location_id", "source", "round").Unique(),
		index.Fields("evaluated_at"),
	}
}

// Annotations of the MonitorRound.
func (MonitorRound) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy of the MonitorRound: see policies.Internal (scorecards read it after their own rule).
func (MonitorRound) Policy() ent.Policy { return policies.Internal() }
