package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/jeugdstem/jeugdstem/policies"
)

// OutboxMessage is an e-mail to send. It is written in the same transaction as what it tells
// about, then sent from here (internal/mail) with retries, so a crash or an SMTP outage loses no
// notification. It never holds a child's words or pseudonym.
type OutboxMessage struct{ ent.Schema }

// Mixin of the OutboxMessage.
func (OutboxMessage) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "mail"}}
}

// Fields of the OutboxMessage.
func (OutboxMessage) Fields() []ent.Field {
	return []ent.Field{
		// topic names what the message is about (e.g. a signal's id); with recipient unique, so
		// one thing is mailed to one person once.
		field.String("topic").Immutable().NotEmpty().MaxLen(60),
		field.String("recipient").Immutable().NotEmpty().MaxLen(254),
		field.String("subject").Immutable().MaxLen(300),
		field.Text("body").Immutable(),
		field.Time("created_at").Immutable().Default(time.Now),
		// attempts counts the sends begun; a sender claims a message by raising it.
		field.Int("attempts").NonNegative().Default(0),
		// next_attempt_at is when the message may be (re)tried.
		field.Time("next_attempt_at").Default(time.Now),
		field.Time("sent_at").Optional().Nillable(),
		// failed_at is set when the server refused the message for good.
		field.Time("failed_at").Optional().Nillable(),
		// last_error is the last SMTP or network error, for operators.
		field.String("last_error").Default("").MaxLen(500),
	}
}

// Indexes of the OutboxMessage.
func (OutboxMessage) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("topic", "recipient").Unique(),
		index.Fields("sent_at", "failed_at", "next_attempt_at"),
	}
}

// Annotations of the OutboxMessage.
func (OutboxMessage) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy of the OutboxMessage: see policies.Internal.
func (OutboxMessage) Policy() ent.Policy { return policies.Internal() }
