package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"

	"github.com/jeugdstem/jeugdstem/policies"
)

// JobRun claims one run of a periodic job (e.g. "retention:2026-11-28"). The id is the claim: the
// instance whose insert succeeds does the work, every other instance sees the unique key taken,
// so the job runs once per period however many instances there are.
type JobRun struct{ ent.Schema }

// Fields of the JobRun.
func (JobRun) Fields() []ent.Field {
	return []ent.Field{
		// id is "<job>:<period>".
		field.String("id").Immutable().NotEmpty().MaxLen(80),
		field.Time("started_at").Immutable().Default(time.Now),
		field.Time("finished_at").Optional().Nillable(),
		// summary is the job's own report (counts only, never personal data).
		field.Text("summary").Optional(),
	}
}

// Annotations of the JobRun.
func (JobRun) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy of the JobRun: see policies.Internal.
func (JobRun) Policy() ent.Policy { return policies.Internal() }
