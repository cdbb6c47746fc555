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

// FeedbackPost is what a child wrote in a thread. Every post is PENDING until a moderator decides;
// until approved only its author and the location's moderators can see it.
//
// The moderation fields (state, flags, when) are not generated into the GraphQL type: the API
// adds them in graph/feedback.graphqls so that each viewer sees them as they may (the author of an
// escalated post sees it as still waiting; only moderators see the flags). There is no where-input
// either: a filter on posts nested in a thread or location filter would let anyone probe the words
// of posts they may not read.
type FeedbackPost struct{ ent.Schema }

// Mixin of the FeedbackPost.
func (FeedbackPost) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "pst"}, TimeMixin{HideUpdated: true}}
}

// Fields of the FeedbackPost.
func (FeedbackPost) Fields() []ent.Field {
	return []ent.Field{
		// body is empty only for the post of an idea told in pictures (internal/councils): it waits
		// for a moderator like every other.
		field.Text("body").MaxLen(2000),
		field.String("language").NotEmpty().MaxLen(8),
		field.Enum("moderation_state").Values("PENDING", "APPROVED", "REJECTED", "ESCALATED").Default("PENDING").
			Annotations(entgql.Skip(entgql.SkipType)),
		// flags are the automatic hints for moderators (possible personal data, possible danger).
		field.Strings("flags").Optional().
			Annotations(entgql.Skip(entgql.SkipType)),
		// reject_reason is shown to the child, in kind words in their language.
		field.Enum("reject_reason").Values("PERSONAL_INFO", "HURTFUL", "OFF_TOPIC", "DUPLICATE", "OTHER").
			Optional().Nillable(),
		field.Time("moderated_at").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipType)),
	}
}

// Edges of the FeedbackPost.
func (FeedbackPost) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("thread", FeedbackThread.Type).Ref("posts").Unique().Required().Immutable(),
		edge.From("author", YouthMember.Type).Ref("posts").Unique().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("decisions", ModerationDecision.Type),
		edge.To("safeguarding_case", SafeguardingCase.Type).Unique().
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of the FeedbackPost.
func (FeedbackPost) Indexes() []ent.Index {
	return []ent.Index{index.Fields("moderation_state", "created_at"),
		// Reports count the posts of a location's threads, and those of a period with their
		// moderation times from the index alone (internal/reports).
		index.Edges("thread"), index.Fields("created_at", "moderated_at").Edges("thread")}
}

// Annotations of the FeedbackPost.
func (FeedbackPost) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.Skip(entgql.SkipWhereInput)}
}

// Policy of the FeedbackPost: see policies.FeedbackPost.
func (FeedbackPost) Policy() ent.Policy { return policies.FeedbackPost() }
