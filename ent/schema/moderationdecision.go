package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"github.com/jeugdstem/jeugdstem/policies"
)

// ModerationDecision records one moderator's decision on a post. Append-only.
type ModerationDecision struct{ ent.Schema }

// Mixin of the ModerationDecision.
func (ModerationDecision) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "dec"}}
}

// Fields of the ModerationDecision.
func (ModerationDecision) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("decision").Values("APPROVE", "REJECT", "ESCALATE").Immutable(),
		field.Enum("reason_code").Values("PERSONAL_INFO", "HURTFUL", "OFF_TOPIC", "DUPLICATE", "OTHER").
			Optional().Nillable().Immutable(),
		field.String("note").MaxLen(2000).Optional().Immutable(),
		field.Time("created_at").Immutable().Default(time.Now),
	}
}

// Edges of the ModerationDecision.
func (ModerationDecision) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("post", FeedbackPost.Type).Ref("decisions").Unique().Required().Immutable(),
		// moderator is shown as a name (moderatorName in graph/moderation.graphqls): the readers of a
		// decision may not read every staff user's record.
		edge.To("moderator", StaffUser.Type).Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipType)),
	}
}

// Policy of the ModerationDecision: see policies.ModerationDecision.
func (ModerationDecision) Policy() ent.Policy { return policies.ModerationDecision() }
