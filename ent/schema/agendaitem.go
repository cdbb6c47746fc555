package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/policies"
)

// AgendaItem is one point of a meeting: a title the facilitator wrote, or an idea, thread or poll
// result it is about (children read an idea's words through the idea, never copied here).
type AgendaItem struct{ ent.Schema }

// Mixin of the AgendaItem.
func (AgendaItem) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "agi"}}
}

// Fields of the AgendaItem.
func (AgendaItem) Fields() []ent.Field {
	return []ent.Field{
		field.String("location_id").Immutable(),
		field.String("meeting_id").Immutable(),
		field.Int("position").NonNegative(),
		// title: the facilitator's words; empty for an item that is an idea.
		optionalTranslations("title"),
		// theme is the item's picture.
		field.Enum("theme").GoType(schematype.Theme("")).Optional().Nillable().Annotations(entgql.Type("Theme")),
		field.String("idea_id").Optional().Nillable().Immutable(),
		field.String("thread_id").Optional().Nillable().Immutable(),
		// poll_id: the poll whose results the item discusses; set once, also after the item was
		// added (a quick poll started at the meeting: councils.LinkAgendaItemPoll).
		field.String("poll_id").Optional().Nillable(),
		field.Time("created_at").Immutable().Default(time.Now),
	}
}

// Edges of the AgendaItem.
func (AgendaItem) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("meeting", Meeting.Type).Ref("agenda_items").Unique().Required().Immutable().Field("meeting_id"),
		edge.From("idea", Idea.Type).Ref("agenda_items").Unique().Immutable().Field("idea_id"),
		edge.From("thread", FeedbackThread.Type).Ref("agenda_items").Unique().Immutable().Field("thread_id"),
		edge.From("poll", Poll.Type).Ref("agenda_items").Unique().Field("poll_id"),
		edge.To("decision", CouncilDecision.Type).Unique(),
	}
}

// Indexes of the AgendaItem.
func (AgendaItem) Indexes() []ent.Index {
	// An idea is on one meeting's agenda once (a race of two last supports adds it once).
	return []ent.Index{index.Fields("meeting_id", "idea_id").Unique(), index.Fields("meeting_id", "position")}
}

// Policy of the AgendaItem: see policies.AgendaItem.
func (AgendaItem) Policy() ent.Policy { return policies.AgendaItem() }
