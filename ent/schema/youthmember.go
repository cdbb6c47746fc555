package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/jeugdstem/jeugdstem/policies"

	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
)

// YouthMember is a child on a youth council, known only by a pseudonym. Never stored: a real name,
// a birth date, a case or ID number, a photo.
type YouthMember struct{ ent.Schema }

// Mixin of the YouthMember.
func (YouthMember) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "ym"}, TimeMixin{}}
}

// Fields of the YouthMember.
func (YouthMember) Fields() []ent.Field {
	return []ent.Field{
		field.String("location_id"),
		// pseudonym is chosen with the child; unique per location.
		field.String("pseudonym").NotEmpty().MaxLen(40).
			Annotations(entgql.OrderField("PSEUDONYM")),
		// avatar is the key of a picture from the app's fixed set.
		field.String("avatar").NotEmpty().MaxLen(40),
		field.Enum("age_band").GoType(schematype.AgeBand("")).Annotations(entgql.Type("AgeBand")),
		// language is the child's preferred language (BCP 47 code from the supported set).
		field.String("language").NotEmpty().MaxLen(8),
		// unaccompanied marks an unaccompanied minor; only aggregates ever use it.
		field.Bool("unaccompanied").Default(false).
			Annotations(entgql.Skip(entgql.SkipAll)),
		// pin_hash is the keyed hash of the picture-PIN (internal/auth.PINs); older members may
		// still have an argon2id hash, replaced at their next sign-in.
		field.String("pin_hash").Sensitive().
			Annotations(entgql.Skip(entgql.SkipAll)),
		// failed_pin_attempts counts wrong PINs since the last good one; auth.MaxPINAttempts locks
		// the member until a facilitator unlocks them.
		field.Int("failed_pin_attempts").Default(0).NonNegative().
			Annotations(entgql.Skip(entgql.SkipAll)),
		// pin_retry_at is when the member may try a PIN again after a few wrong ones (a short
		// pause that ends by itself, unlike locked_at).
		field.Time("pin_retry_at").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		// locked_at is set when the member is locked after too many wrong PINs.
		field.Time("locked_at").Optional().Nillable(),
		// status: ACTIVE, LEFT (the child left reception or this location for good), REMOVED (retention
		// erased everything about the child but the fact that a record once voted).
		field.Enum("status").Values("ACTIVE", "LEFT", "REMOVED").Default("ACTIVE"),
		// left_at starts the retention period of a child who left.
		field.Time("left_at").Optional().Nillable(),
		// last_sign_in_at drives retention; it is never touched by voting.
		field.Time("last_sign_in_at").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of the YouthMember.
func (YouthMember) Edges() []ent.Edge {
	return []ent.Edge{
		// location is where the child lives now; a transfer moves it.
		edge.From("location", Location.Type).Ref("members").Unique().Required().Field("location_id"),
		edge.To("memberships", Membership.Type),
		edge.To("participations", Participation.Type).Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("posts", FeedbackPost.Type).Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("started_threads", FeedbackThread.Type).Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("supports", ThreadSupport.Type).Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("candidacies", Candidacy.Type).Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("sessions", Session.Type).Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of the YouthMember.
func (YouthMember) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("pseudonym").Edges("location").Unique(),
		// Reports count a location's active members (internal/reports).
		index.Fields("location_id", "status"),
	}
}

// Annotations of the YouthMember.
func (YouthMember) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy of the YouthMember: see policies.YouthMember.
func (YouthMember) Policy() ent.Policy { return policies.YouthMember() }
