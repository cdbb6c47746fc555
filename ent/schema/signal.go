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

// Signal tells the adults responsible for a location that children's wellbeing there may need
// attention: the safety score or a domain of the children's monitor is low or fell, a safety thread waits too long for an answer, or
// fewer children take part. It is raised by the system (internal/signals), once per occurrence,
// and says nothing about any child: no pseudonym, no words, no member or thread id.
type Signal struct{ ent.Schema }

// Mixin of the Signal.
func (Signal) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "sig"}, TimeMixin{}}
}

// Fields of the Signal.
func (Signal) Fields() []ent.Field {
	return []ent.Field{
		field.String("location_id").Immutable(),
		field.Enum("kind").
			Values("SAFETY_SCORE_LOW", "SAFETY_SCORE_DROP", "SAFETY_THREAD_UNANSWERED", "PARTICIPATION_COLLAPSE",
				"MONITOR_DOMAIN_LOW", "MONITOR_DOMAIN_DROP", "COUNCIL_NO_MEETING").
			Immutable(),
		// occurrence names what raised the signal (the check-in poll, the thread, the monitor round
		// and domain, or the quiet council and its last meeting), so each occurrence raises one
		// signal however often the evaluation runs. It is never shown.
		field.String("occurrence").Immutable().NotEmpty().MaxLen(40).
			Annotations(entgql.Skip(entgql.SkipAll)),
		// domain is the monitor domain (internal/monitor) a MONITOR_DOMAIN_* signal is about.
		field.String("domain").Optional().Nillable().Immutable().MaxLen(40),
		// detail is a short, non-personal explanation in English, e.g. the score and threshold.
		field.String("detail").Immutable().MaxLen(300).Default(""),
		field.Time("acknowledged_at").Optional().Nillable(),
		// acknowledged_by is the staff user who acknowledged the signal.
		field.String("acknowledged_by").Optional().Nillable().MaxLen(40).
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of the Signal.
func (Signal) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("location", Location.Type).Unique().Required().Immutable().Field("location_id"),
	}
}

// Indexes of the Signal.
func (Signal) Indexes() []ent.Index {
	return []ent.Index{
		// One signal per occurrence: what makes raising idempotent, also across instances.
		index.Fields("location_id", "kind", "occurrence").Unique(),
		index.Fields("location_id", "created_at"),
	}
}

// Annotations of the Signal.
func (Signal) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy of the Signal: see policies.Signal.
func (Signal) Policy() ent.Policy { return policies.Signal() }
