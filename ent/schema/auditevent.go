package schema

import (
	"github.com/jeugdstem/jeugdstem/policies"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// AuditEvent says who did what to which object, and when. It never holds personal content (no
// post bodies, no pseudonyms) and there is no event for a vote. Append-only.
type AuditEvent struct{ ent.Schema }

// Mixin of the AuditEvent.
func (AuditEvent) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "aud"}}
}

// Fields of the AuditEvent.
func (AuditEvent) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("actor_kind").Values("STAFF", "SYSTEM").Immutable(),
		// actor_id is a staff user's id; empty for the system.
		field.String("actor_id").Immutable().Default("").MaxLen(40),
		// action is a verb in capitals, e.g. POST_ESCALATED, REPORT_EXPORTED.
		field.String("action").NotEmpty().MaxLen(60).Immutable(),
		field.String("object_type").MaxLen(40).Immutable().Default(""),
		field.String("object_id").MaxLen(40).Immutable().Default(""),
		field.String("location_id").MaxLen(40).Immutable().Default(""),
		field.Time("created_at").Immutable().Default(time.Now).
			Annotations(entgql.OrderField("CREATED_AT")),
	}
}

// Indexes of the AuditEvent.
func (AuditEvent) Indexes() []ent.Index {
	return []ent.Index{index.Fields("location_id", "created_at"), index.Fields("object_id")}
}

// Annotations of the AuditEvent. Its Query list (with its one hand-written filter) is in
// graph/lists.graphqls.
func (AuditEvent) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy of the AuditEvent: see policies.AuditEvent.
func (AuditEvent) Policy() ent.Policy { return policies.AuditEvent() }
