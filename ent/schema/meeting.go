package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/jeugdstem/jeugdstem/policies"
)

// Meeting is a youth council's meeting with its facilitator: an agenda, decisions, and minutes
// that children read once published. Attendance is a count, never a list of children.
type Meeting struct{ ent.Schema }

// Mixin of the Meeting.
func (Meeting) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "mtg"}}
}

// Fields of the Meeting.
func (Meeting) Fields() []ent.Field {
	return []ent.Field{
		field.String("location_id").Immutable(),
		field.String("council_id").Immutable(),
		field.Time("starts_at"),
		field.String("place").MaxLen(200),
		// attendance is how many children came; only staff read it (graph/meetings.graphqls), and
		// reports through internal/disclosure.
		field.Int("attendance").Optional().Nillable().NonNegative().Annotations(entgql.Skip(entgql.SkipAll)),
		// minutes_published_at: children read the decisions from then on.
		field.Time("minutes_published_at").Optional().Nillable(),
		field.Time("created_at").Immutable().Default(time.Now),
	}
}

// Edges of the Meeting.
func (Meeting) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("council", Council.Type).Ref("meetings").Unique().Required().Immutable().Field("council_id"),
		edge.To("agenda_items", AgendaItem.Type),
	}
}

// Indexes of the Meeting.
func (Meeting) Indexes() []ent.Index {
	return []ent.Index{index.Fields("council_id", "starts_at"), index.Fields("location_id", "starts_at")}
}

// Policy of the Meeting: see policies.Meeting.
func (Meeting) Policy() ent.Policy { return policies.Meeting() }
