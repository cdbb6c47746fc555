package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Tablet is a shared device enrolled at one location; children sign in on it.
type Tablet struct{ ent.Schema }

// Mixin of the Tablet.
func (Tablet) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "tab"}, TimeMixin{}}
}

// Fields of the Tablet.
func (Tablet) Fields() []ent.Field {
	return []ent.Field{
		field.String("location_id").Immutable(),
		field.String("name").NotEmpty().MaxLen(80),
		// token_hash is the SHA-256 of the device token in the tablet's cookie.
		field.String("token_hash").Sensitive().Unique().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("revoked_at").Optional().Nillable(),
		field.Time("last_seen_at").Optional().Nillable(),
	}
}

// Edges of the Tablet.
func (Tablet) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("location", Location.Type).Ref("tablets").Unique().Required().Immutable().Field("location_id"),
		edge.To("enrolled_by", StaffUser.Type).Unique().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("sessions", Session.Type).Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Policy of the Tablet: see policies.Tablet.
func (Tablet) Policy() ent.Policy { return policies.Tablet() }
