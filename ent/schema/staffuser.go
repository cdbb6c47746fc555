package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"github.com/jeugdstem/jeugdstem/policies"
)

// StaffUser is an adult who works with the platform: facilitator, moderator, safeguarding
// officer, location manager, partner or national admin.
type StaffUser struct{ ent.Schema }

// Mixin of the StaffUser.
func (StaffUser) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "stf"}, TimeMixin{}}
}

// Fields of the StaffUser.
func (StaffUser) Fields() []ent.Field {
	return []ent.Field{
		// email is stored lower-cased; it is the sign-in name.
		field.String("email").NotEmpty().MaxLen(254).Unique().
			Annotations(entgql.OrderField("EMAIL")),
		field.String("display_name").NotEmpty().MaxLen(120),
		// password_hash is an argon2id hash in PHC string format.
		field.String("password_hash").Sensitive().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Enum("role").
			Values("FACILITATOR", "MODERATOR", "SAFEGUARDING_OFFICER", "LOCATION_MANAGER", "PARTNER", "NATIONAL_ADMIN"),
		field.Bool("active").Default(true),
	}
}

// Edges of the StaffUser.
func (StaffUser) Edges() []ent.Edge {
	return []ent.Edge{
		// locations scope everything a staff user sees, except for national admins.
		edge.To("locations", Location.Type),
		edge.To("sessions", Session.Type).Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Annotations of the StaffUser.
func (StaffUser) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.QueryField(), entgql.RelayConnection()}
}

// Policy of the StaffUser: see policies.StaffUser.
func (StaffUser) Policy() ent.Policy { return policies.StaffUser() }
