package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Area is a part of a location that feedback can point at: the play room, the showers.
type Area struct{ ent.Schema }

// Mixin of the Area.
func (Area) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "area"}, TimeMixin{}}
}

// Fields of the Area.
func (Area) Fields() []ent.Field {
	return []ent.Field{
		field.String("location_id").Immutable(),
		translations("name"),
		field.Enum("kind").
			Values("PLAY", "STUDY", "OUTDOOR", "SANITARY", "SLEEPING", "KITCHEN", "HEALTH", "COMMON", "OTHER"),
	}
}

// Edges of the Area.
func (Area) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("location", Location.Type).Ref("areas").Unique().Required().Immutable().Field("location_id"),
		edge.To("threads", FeedbackThread.Type).Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("ideas", Idea.Type).Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Policy of the Area: see policies.Area.
func (Area) Policy() ent.Policy { return policies.Area() }
