package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"github.com/jeugdstem/jeugdstem/policies"
)

// PollResponse is what staff did about a published poll: "you said, we did" for polls, with the
// same answer as a thread's (ThreadResponse): a text in several languages, a status, a reason
// when it is not possible and a promised date for work in progress. It is not a GraphQL type:
// children read it picked in their language (PublishedPoll.whatWeDid, Poll.whatWeDid), never who
// on the staff wrote it.
type PollResponse struct{ ent.Schema }

// Mixin of the PollResponse.
func (PollResponse) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "prs"}}
}

// Fields of the PollResponse.
func (PollResponse) Fields() []ent.Field {
	return []ent.Field{
		translations("body"),
		field.Enum("status").Values(answerStatuses...).Immutable(),
		optionalTranslations("reason"),
		field.Time("commitment_date").Optional().Nillable(),
		field.Time("created_at").Immutable().Default(time.Now),
	}
}

// Edges of the PollResponse.
func (PollResponse) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("poll", Poll.Type).Ref("responses").Unique().Required().Immutable(),
		edge.To("author", StaffUser.Type).Unique().Required().Immutable(),
	}
}

// Annotations of the PollResponse: read through BoardResponse only.
func (PollResponse) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy of the PollResponse: see policies.PollResponse.
func (PollResponse) Policy() ent.Policy { return policies.PollResponse() }
