package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"github.com/jeugdstem/jeugdstem/policies"
)

// ThreadResponse is a manager's answer to a thread: "you said, we did".
type ThreadResponse struct{ ent.Schema }

// Mixin of the ThreadResponse.
func (ThreadResponse) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "rsp"}}
}

// Fields of the ThreadResponse.
func (ThreadResponse) Fields() []ent.Field {
	return []ent.Field{
		translations("body"),
		// status is the thread's status this answer sets.
		field.Enum("status").Values(answerStatuses...).Immutable(),
		// reason says why the change is not possible; required with NOT_POSSIBLE.
		optionalTranslations("reason"),
		// commitment_date is when the manager promises the change.
		field.Time("commitment_date").Optional().Nillable(),
		field.Time("created_at").Immutable().Default(time.Now),
	}
}

// Edges of the ThreadResponse.
func (ThreadResponse) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("thread", FeedbackThread.Type).Ref("responses").Unique().Required().Immutable(),
		// author is not in the GraphQL type: children read answers, not who on the staff wrote them.
		edge.To("author", StaffUser.Type).Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipType)),
	}
}

// answerStatuses are the statuses of an answer to children, "you said, we did": of a thread
// (ThreadResponse) and of a poll (PollResponse). GraphQL has them once, as ThreadResponseStatus.
var answerStatuses = []string{"IN_PROGRESS", "DONE", "NOT_POSSIBLE"}

// Policy of the ThreadResponse: see policies.ThreadResponse.
func (ThreadResponse) Policy() ent.Policy { return policies.ThreadResponse() }
