package schema

import (
	"entgo.io/contrib/entgql"
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
		// support_threshold: an idea with this many supports goes onto the next meeting's agenda
		// by itself (internal/councils).
		field.Int("support_threshold").Default(3).Min(1).Max(1000),
		// seats: how many elected members the council has; 0 for a council whose members are not
		// elected. Set by its first election; seats above the elected members are vacancies.
		field.Int("seats").Default(0).Min(0).Max(19).Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of the Council.
func (Council) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("location", Location.Type).Ref("councils").Unique().Required().Immutable().Field("location_id"),
		edge.To("memberships", Membership.Type),
		edge.To("polls", Poll.Type),
		edge.To("ideas", Idea.Type).Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("meetings", Meeting.Type),
	}
}

// Policy of the Council: see policies.Council.
func (Council) Policy() ent.Policy { return policies.Council() }
