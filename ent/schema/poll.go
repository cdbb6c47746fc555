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
	"github.com/jeugdstem/jeugdstem/internal/disclosure"
)

// Poll is a question put to children. How each child answered is never stored readably: see
// Participation, SealedBallot and Tally.
type Poll struct{ ent.Schema }

// Mixin of the Poll.
func (Poll) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "pol"}, TimeMixin{}}
}

// Fields of the Poll.
func (Poll) Fields() []ent.Field {
	return []ent.Field{
		field.String("location_id").Optional().Nillable().Immutable(),
		// council_id is the council of a COUNCIL poll (its column predates the field).
		field.String("council_id").Optional().Nillable().Immutable().StorageKey("council_polls"),
		// scope says who may vote: one council, every council of a location, or every location.
		field.Enum("scope").Values("COUNCIL", "LOCATION", "NATIONAL"),
		field.Enum("kind").Values("SINGLE_CHOICE", "MULTIPLE_CHOICE", "SMILEY_SCALE", "YES_NO", "RANKING", "SLIDER", "ELECTION"),
		field.Enum("theme").GoType(schematype.Theme("")).Annotations(entgql.Type("Theme")),
		translations("question"),
		optionalTranslations("description"),
		// audience_age_bands limits the poll to some age bands; empty means every band.
		field.JSON("audience_age_bands", []schematype.AgeBand{}).Optional().
			Annotations(entgql.Type("[AgeBand!]")),
		// max_choices bounds a MULTIPLE_CHOICE vote.
		field.Int("max_choices").Optional().Nillable().Positive(),
		field.Enum("status").Values("DRAFT", "OPEN", "CLOSED", "PUBLISHED").Default("DRAFT").
			Annotations(entgql.OrderField("STATUS")),
		// opens_at and closes_at make the poll open and close by itself.
		field.Time("opens_at").Optional().Nillable(),
		field.Time("closes_at").Optional().Nillable().
			Annotations(entgql.OrderField("CLOSES_AT")),
		field.Time("opened_at").Optional().Nillable(),
		field.Time("closed_at").Optional().Nillable(),
		field.Time("published_at").Optional().Nillable(),
		// min_group_size is the disclosure threshold k: cells counting fewer are suppressed.
		field.Int("min_group_size").Default(disclosure.DefaultK).Min(2),
		// ballot_public_key seals the ballots of the open poll (X25519). It is made when the poll
		// opens; its private key is never stored: it is derived from the deployment key and
		// ballot_key_salt, which closing the poll clears (internal/voting, "Ballot secrecy").
		field.Bytes("ballot_public_key").Optional().Sensitive().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Bytes("ballot_key_salt").Optional().Sensitive().
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of the Poll.
func (Poll) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("location", Location.Type).Ref("polls").Unique().Immutable().Field("location_id"),
		edge.From("council", Council.Type).Ref("polls").Unique().Immutable().Field("council_id"),
		// options are exposed by a hand-written resolver that orders them by position.
		edge.To("options", PollOption.Type).Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("created_by", StaffUser.Type).Unique().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("participations", Participation.Type).Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("tallies", Tally.Type).Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("sealed_ballots", SealedBallot.Type).Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("agenda_items", AgendaItem.Type).Annotations(entgql.Skip(entgql.SkipAll)),
		// responses say what staff did about the published poll (Poll.whatWeDid).
		edge.To("responses", PollResponse.Type).Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of the Poll.
func (Poll) Indexes() []ent.Index {
	return []ent.Index{index.Fields("status", "opens_at"), index.Fields("status", "closes_at"),
		// Reports find a location's polls that closed in a period (internal/reports).
		index.Fields("location_id", "closed_at"),
		// A child's lists (open, published) read their location's polls and the national ones in
		// a status, not every poll of the country in that status.
		index.Fields("location_id", "status")}
}

// Annotations of the Poll. Its Query list (with its one hand-written filter) is in
// graph/lists.graphqls.
func (Poll) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy of the Poll: see policies.Poll.
func (Poll) Policy() ent.Policy { return policies.Poll() }
