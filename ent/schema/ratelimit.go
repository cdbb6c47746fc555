package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"github.com/jeugdstem/jeugdstem/policies"
)

// RateLimit is a fixed-window counter for one key (a sign-in from one address, from one tablet).
// It lives in the database so every instance counts against the same limit.
type RateLimit struct{ ent.Schema }

// Fields of the RateLimit.
func (RateLimit) Fields() []ent.Field {
	return []ent.Field{
		// id is the hex SHA-256 of the limited key, so addresses are not stored in the clear.
		field.String("id").Immutable().NotEmpty().MaxLen(64),
		field.Time("window_start"),
		field.Int("count").NonNegative(),
	}
}

// Annotations of the RateLimit.
func (RateLimit) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy of the RateLimit: see policies.Internal.
func (RateLimit) Policy() ent.Policy { return policies.Internal() }
