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

// Idea is a child's proposal to their youth council. Its words are a feedback thread (the thread's
// title and first post), so an idea waits in the one moderation queue, gets the same flags, and
// can be escalated like any post; until a moderator approves that post only the location's
// moderators (and the child) see it. Supports are the thread's "me too" marks: one per child.
// Who proposed it is the thread's starter, which the API shows nobody (staff included).
type Idea struct{ ent.Schema }

// Mixin of the Idea.
func (Idea) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "ida"}}
}

// Fields of the Idea.
func (Idea) Fields() []ent.Field {
	return []ent.Field{
		field.String("location_id").Immutable(),
		field.String("council_id").Immutable(),
		field.String("thread_id").Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		// title is the child's words in the languages they gave; empty for an idea told in
		// pictures only (theme and area).
		field.JSON("title", []schematype.Translation{}).Optional().Immutable().Annotations(entgql.Type("[Translation!]")),
		field.Enum("theme").GoType(schematype.Theme("")).Immutable().Annotations(entgql.Type("Theme")),
		field.Time("created_at").Immutable().Default(time.Now),
		// on_agenda_at: when it went onto a meeting's agenda (by its supports or by a facilitator);
		// cleared when a meeting deferred it, so it goes onto the next one.
		field.Time("on_agenda_at").Optional().Nillable(),
		// decided_at: when the council adopted or rejected it.
		field.Time("decided_at").Optional().Nillable(),
		// done_at: when the adopted decision's action was done.
		field.Time("done_at").Optional().Nillable(),
	}
}

// Edges of the Idea.
func (Idea) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("council", Council.Type).Ref("ideas").Unique().Required().Immutable().Field("council_id"),
		edge.From("thread", FeedbackThread.Type).Ref("idea").Unique().Required().Immutable().Field("thread_id").
			Annotations(entgql.Skip(entgql.SkipAll)),
		edge.From("area", Area.Type).Ref("ideas").Unique().Immutable(),
		edge.To("agenda_items", AgendaItem.Type).Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of the Idea.
func (Idea) Indexes() []ent.Index {
	return []ent.Index{index.Fields("council_id", "created_at"),
		index.Fields("location_id", "created_at")}
}

// Policy of the Idea: see policies.Idea.
func (Idea) Policy() ent.Policy { return policies.Idea() }
