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

// MonitorSchedule is when a location's children's monitor (internal/monitor) asks its round: every
// interval (a quarter by default), from the next due time on. As for the check-in, a round is
// started by a conditional update of this row (its round counter), so of several instances, or of
// the scheduler and a manager's startMonitorRound at once, exactly one starts it.
type MonitorSchedule struct{ ent.Schema }

// Mixin of the MonitorSchedule.
func (MonitorSchedule) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "mns"}}
}

// Fields of the MonitorSchedule.
func (MonitorSchedule) Fields() []ent.Field {
	return []ent.Field{
		field.String("location_id").Immutable(),
		field.Int("interval_days").Range(1, 366).Default(91),
		// enabled is false while the location's own schedule is paused.
		field.Bool("enabled").Default(true),
		// custom: the location's managers set this schedule (setMonitorSchedule), so its interval
		// and pause are the location's own; otherwise it follows --monitor-interval-days.
		field.Bool("custom").Default(false),
		// next_due_at is when the next round opens (and the one before it closes).
		field.Time("next_due_at"),
		// round counts the rounds started, by the schedule or by hand.
		field.Int("round").NonNegative().Default(0),
		// lease_until is held by the instance starting a round; another may take over after it.
		field.Time("lease_until").Optional().Nillable(),
	}
}

// Edges of the MonitorSchedule.
func (MonitorSchedule) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("location", Location.Type).Unique().Required().Immutable().Field("location_id"),
	}
}

// Indexes of the MonitorSchedule.
func (MonitorSchedule) Indexes() []ent.Index {
	return []ent.Index{index.Fields("location_id").Unique()}
}

// Annotations of the MonitorSchedule.
func (MonitorSchedule) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy of the MonitorSchedule: see policies.MonitorSchedule.
func (MonitorSchedule) Policy() ent.Policy { return policies.MonitorSchedule() }
