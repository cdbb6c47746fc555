package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/policies"
)

// SafeguardingCase is opened when a moderator escalates a post. Only the location's safeguarding
// officers see its details; everyone else sees at most a count.
type SafeguardingCase struct{ ent.Schema }

// Mixin of the SafeguardingCase.
func (SafeguardingCase) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "sgc"}, TimeMixin{}}
}

// Fields of the SafeguardingCase.
func (SafeguardingCase) Fields() []ent.Field {
	return []ent.Field{
		field.String("location_id").Immutable(),
		field.Enum("status").Values("OPEN", "IN_PROGRESS", "CLOSED").Default("OPEN"),
		// post_body keeps the child's words verbatim, as they were when escalated.
		field.Text("post_body").Immutable(),
		field.String("post_language").Immutable().MaxLen(8),
		// thread_title is the title the child wrote, when the escalated post opened the thread.
		field.String("thread_title").Immutable().MaxLen(200).Optional().Nillable(),
		field.Time("opened_at").Immutable().Default(time.Now),
		field.Time("closed_at").Optional().Nillable(),
		field.JSON("notes", []schematype.CaseNote{}).Optional().
			Annotations(entgql.Skip(entgql.SkipAll)),
		// revision counts updates: an update applies only to the revision it read, so two
		// officers writing at once cannot overwrite each other's notes.
		field.Int("revision").NonNegative().Default(0).
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of the SafeguardingCase.
func (SafeguardingCase) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("location", Location.Type).Unique().Required().Immutable().Field("location_id"),
		edge.From("post", FeedbackPost.Type).Ref("safeguarding_case").Unique().Required().Immutable(),
		// opened_by is the moderator who escalated; shown as openedByName (graph/moderation.graphqls).
		edge.To("opened_by", StaffUser.Type).Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipType)),
	}
}

// Indexes of the SafeguardingCase.
func (SafeguardingCase) Indexes() []ent.Index {
	return []ent.Index{index.Fields("status"),
		// Reports count a location's open cases, and nothing else about them (internal/reports).
		index.Fields("location_id", "status")}
}

// Annotations of the SafeguardingCase: no where-input, so no other query can filter on a case.
func (SafeguardingCase) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipWhereInput)}
}

// Policy of the SafeguardingCase: see policies.SafeguardingCase.
func (SafeguardingCase) Policy() ent.Policy { return policies.SafeguardingCase() }
