package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/jeugdstem/jeugdstem/policies"
)

// CheckInSchedule is when a location's wellbeing check-in ("How safe do you feel here?") is
// asked: every interval, from the next due time on. The scheduler (internal/signals) starts a
// round by a conditional update of this row, so of several instances exactly one starts it.
type CheckInSchedule struct{ ent.Schema }

// Mixin of the CheckInSchedule.
func (CheckInSchedule) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "cis"}}
}

// Fields of the CheckInSchedule.
func (CheckInSchedule) Fields() []ent.Field {
	return []ent.Field{
		field.String("location_id").Immutable(),
		field.Int("interval_days").Range(1, 365).Default(14),
		field.Bool("enabled").Default(true),
		// next_due_at is when the next check-in opens (and the one before it closes).
		field.Time("next_due_at"),
		// round counts the check-ins started; a round is started by whoever moves it on.
		field.Int("round").NonNegative().Default(0).
			Annotations(entgql.Skip(entgql.SkipAll)),
		// lease_until is held by the instance starting a round; another may take over after it.
		field.Time("lease_until").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of the CheckInSchedule.
func (CheckInSchedule) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("location", Location.Type).Unique().Required().Immutable().Field("location_id").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of the CheckInSchedule.
func (CheckInSchedule) Indexes() []ent.Index {
	// One schedule per location, also when two instances make the default one at once.
	return []ent.Index{index.Fields("location_id").Unique()}
}

// Policy of the CheckInSchedule: see policies.CheckInSchedule.
func (CheckInSchedule) Policy() ent.Policy { return policies.CheckInSchedule() }
