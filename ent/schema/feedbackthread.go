package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/jeugdstem/jeugdstem/policies"

	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
)

// FeedbackThread is a conversation children start about their location, optionally about one
// area of it. Children see it only once its first post is approved.
type FeedbackThread struct{ ent.Schema }

// Mixin of the FeedbackThread.
func (FeedbackThread) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "thr"}, TimeMixin{HideUpdated: true}}
}

// Fields of the FeedbackThread.
func (FeedbackThread) Fields() []ent.Field {
	return []ent.Field{
		field.String("location_id").Immutable(),
		field.Enum("theme").GoType(schematype.Theme("")).Annotations(entgql.Type("Theme")),
		// title is written by the child with the first post and moderated with it; it has no
		// where-input so nobody can probe the titles of threads they may not see.
		// It is empty only for an idea told in pictures (theme and area, internal/councils).
		field.String("title").MaxLen(200).
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Enum("status").Values("OPEN", "IN_PROGRESS", "DONE", "NOT_POSSIBLE", "CLOSED").Default("OPEN"),
		field.Int("me_too_count").NonNegative().Default(0),
		// visible_at is when the first post was approved; until then only moderators see the thread.
		field.Time("visible_at").Optional().Nillable(),
		// answered_at is the first manager's answer, for response-time reports.
		field.Time("answered_at").Optional().Nillable(),
	}
}

// Edges of the FeedbackThread.
func (FeedbackThread) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("location", Location.Type).Ref("threads").Unique().Required().Immutable().Field("location_id"),
		edge.From("area", Area.Type).Ref("threads").Unique(),
		// started_by lets a transferred child keep following the threads they started.
		edge.From("started_by", YouthMember.Type).Ref("started_threads").Unique().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("posts", FeedbackPost.Type),
		edge.To("responses", ThreadResponse.Type),
		edge.To("supports", ThreadSupport.Type).Annotations(entgql.Skip(entgql.SkipAll)),
		// idea: the council idea whose words this thread holds, if it is one.
		edge.To("idea", Idea.Type).Unique().Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("agenda_items", AgendaItem.Type).Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of the FeedbackThread.
func (FeedbackThread) Indexes() []ent.Index {
	return []ent.Index{index.Fields("theme", "status"),
		// Reports count a location's threads of a period, and find the location and theme of many
		// posts' threads from an index alone (internal/reports).
		index.Fields("location_id", "created_at"), index.Fields("id", "location_id", "theme")}
}

// Annotations of the FeedbackThread.
func (FeedbackThread) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField()}
}

// Policy of the FeedbackThread: see policies.FeedbackThread.
func (FeedbackThread) Policy() ent.Policy { return policies.FeedbackThread() }
