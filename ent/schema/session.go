package schema

import (
	"github.com/jeugdstem/jeugdstem/policies"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Session is the server-side half of a sign-in: the cookie carries only a signed random id, whose
// SHA-256 is this row's id. Deleting the row ends the session at once on every instance.
type Session struct{ ent.Schema }

// Fields of the Session.
func (Session) Fields() []ent.Field {
	return []ent.Field{
		// id is the hex SHA-256 of the random session id in the cookie.
		field.String("id").Immutable().NotEmpty().MaxLen(64),
		field.Enum("kind").Values("STAFF", "YOUTH").Immutable(),
		field.Time("created_at").Immutable().Default(time.Now),
		field.Time("last_seen_at").Default(time.Now),
		// expires_at is the absolute end; idle expiry is last_seen_at plus the kind's idle timeout.
		field.Time("expires_at"),
		field.String("staff_user_id").Optional().Nillable().Immutable(),
		field.String("member_id").Optional().Nillable().Immutable(),
		field.String("tablet_id").Optional().Nillable().Immutable(),
	}
}

// Edges of the Session.
func (Session) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("staff_user", StaffUser.Type).Ref("sessions").Unique().Immutable().Field("staff_user_id"),
		edge.From("member", YouthMember.Type).Ref("sessions").Unique().Immutable().Field("member_id"),
		edge.From("tablet", Tablet.Type).Ref("sessions").Unique().Immutable().Field("tablet_id"),
	}
}

// Indexes of the Session.
func (Session) Indexes() []ent.Index {
	return []ent.Index{index.Fields("expires_at")}
}

// Annotations of the Session.
func (Session) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy of the Session: see policies.Internal.
func (Session) Policy() ent.Policy { return policies.Internal() }
