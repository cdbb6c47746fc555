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

// Location is a reception location: a centre, an emergency shelter, a unit. Everything children
// say and every staff scope hangs off a location.
type Location struct{ ent.Schema }

// Mixin of the Location.
func (Location) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "loc"}, TimeMixin{}}
}

// Fields of the Location.
func (Location) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(200).
			Annotations(entgql.OrderField("NAME")),
		// kind: FAMILY is a location for families with children (the "gezinslocatie").
		field.Enum("kind").
			Values("REGULAR", "FAMILY", "EMERGENCY", "CRISIS_EMERGENCY", "SMALL_SCALE", "UNACCOMPANIED_MINORS", "REGISTRATION"),
		field.String("municipality").MaxLen(200).Default(""),
		// children_housed is the number of children living there, the denominator of turnout.
		field.Int("children_housed").NonNegative().Default(0),
		// languages are the content languages the location serves, in order of preference.
		field.Strings("languages").Optional(),
	}
}

// Edges of the Location.
func (Location) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("areas", Area.Type),
		edge.To("councils", Council.Type),
		edge.To("members", YouthMember.Type).Annotations(entgql.RelayConnection()),
		edge.To("tablets", Tablet.Type),
		edge.To("polls", Poll.Type).Annotations(entgql.RelayConnection()),
		edge.To("threads", FeedbackThread.Type).Annotations(entgql.RelayConnection()),
		edge.To("announcements", Announcement.Type),
		edge.From("staff", StaffUser.Type).Ref("locations").Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of the Location.
func (Location) Indexes() []ent.Index {
	return []ent.Index{index.Fields("name")}
}

// Annotations of the Location.
func (Location) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(),
		entgql.RelayConnection(),
	}
}

// Policy of the Location: see policies.Location.
func (Location) Policy() ent.Policy { return policies.Location() }
