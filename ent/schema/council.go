package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Council is a youth council of one location.
type Council struct{ ent.Schema }

// Mixin of the Council.
func (Council) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "cnc"}, TimeMixin{}}
}

// Fields of the Council.
func (Council) Fields() []ent.Field {
	return []ent.Field{
		field.String("location_id").Immutable(),
		field.String("name").NotEmpty().MaxLen(120),
		field.Enum("age_group").Values("CHILDREN", "TEENS", "MIXED"),
	}
}

// Edges of the Council.
func (Council) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("location", Location.Type).Ref("councils").Unique().Required().Immutable().Field("location_id"),
		edge.To("memberships", Membership.Type),
		edge.To("polls", Poll.Type),
	}
}

// Policy of the Council: see policies.Council.
func (Council) Policy() ent.Policy { return policies.Council() }
