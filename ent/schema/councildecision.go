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

// CouncilDecision is what a meeting decided on one agenda item. An adopted decision is an action,
// tracked with the status model of a thread's answers (IN_PROGRESS, DONE, NOT_POSSIBLE with a
// reason), and shown on the "you said, we did" board once the minutes are published.
type CouncilDecision struct{ ent.Schema }

// Mixin of the CouncilDecision.
func (CouncilDecision) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "cdc"}}
}

// Fields of the CouncilDecision.
func (CouncilDecision) Fields() []ent.Field {
	return []ent.Field{
		field.String("location_id").Immutable(),
		field.String("agenda_item_id").Immutable(),
		field.Enum("outcome").Values("ADOPTED", "REJECTED", "DEFERRED").Immutable(),
		translations("text"),
		field.Time("due_date").Optional().Nillable(),
		// action_status: the action's progress, for adopted decisions only.
		field.Enum("action_status").Values("IN_PROGRESS", "DONE", "NOT_POSSIBLE").Optional().Nillable(),
		// action_reason says why it is not possible; required with NOT_POSSIBLE.
		optionalTranslations("action_reason"),
		field.Time("action_updated_at").Optional().Nillable(),
		// hands_for, hands_against, hands_abstain: a show of hands as counts, never who; only
		// staff read them (graph/meetings.graphqls). Recorded with the decision or not at all.
		field.Int("hands_for").Optional().Nillable().NonNegative().Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int("hands_against").Optional().Nillable().NonNegative().Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int("hands_abstain").Optional().Nillable().NonNegative().Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("created_at").Immutable().Default(time.Now),
	}
}

// Edges of the CouncilDecision.
func (CouncilDecision) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("agenda_item", AgendaItem.Type).Ref("decision").Unique().Required().Immutable().Field("agenda_item_id"),
	}
}

// Indexes of the CouncilDecision.
func (CouncilDecision) Indexes() []ent.Index {
	return []ent.Index{index.Fields("location_id", "created_at")}
}

// Policy of the CouncilDecision: see policies.CouncilDecision.
func (CouncilDecision) Policy() ent.Policy { return policies.CouncilDecision() }
