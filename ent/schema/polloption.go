package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/jeugdstem/jeugdstem/policies"
)

// PollOption is one answer a child can pick.
type PollOption struct{ ent.Schema }

// Mixin of the PollOption.
func (PollOption) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "opt"}}
}

// Fields of the PollOption.
func (PollOption) Fields() []ent.Field {
	return []ent.Field{
		// poll_id is the poll the option belongs to (its column predates the field).
		field.String("poll_id").Immutable().StorageKey("poll_options"),
		translations("label"),
		// pictogram is the key of a picture from the app's set, for children who cannot read.
		field.String("pictogram").Optional().MaxLen(40),
		field.Int("position").NonNegative().
			Annotations(entgql.OrderField("POSITION")),
	}
}

// Edges of the PollOption.
func (PollOption) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("poll", Poll.Type).Ref("options").Unique().Required().Immutable().Field("poll_id"),
		edge.To("tallies", Tally.Type).Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of the PollOption.
func (PollOption) Indexes() []ent.Index {
	return []ent.Index{index.Fields("position").Edges("poll").Unique(),
		// Reports list the options of many polls at once (internal/reports).
		index.Edges("poll")}
}

// Policy of the PollOption: see policies.PollOption.
func (PollOption) Policy() ent.Policy { return policies.PollOption() }
