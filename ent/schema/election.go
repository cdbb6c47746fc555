package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/jeugdstem/jeugdstem/policies"
)

// Election fills seats of a youth council by the votes of the location's children. It is called
// (NOMINATING: children stand, each with their own consent on the tablet), then opened as a
// sealed poll of kind ELECTION whose options are the candidates (VOTING), and closing that poll
// assigns the seats (CLOSED), or elects nobody when fewer than the poll's k children voted (VOID).
// internal/councils/elections.go has the rules; the tie rule is in README.md.
type Election struct{ ent.Schema }

// Mixin of the Election.
func (Election) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "elc"}}
}

// Fields of the Election.
func (Election) Fields() []ent.Field {
	return []ent.Field{
		field.String("location_id").Immutable(),
		field.String("council_id").Immutable(),
		// seats is how many members the election elects.
		field.Int("seats").Range(1, 19),
		field.Enum("status").Values("NOMINATING", "VOTING", "CLOSED", "VOID").Default("NOMINATING"),
		// poll_id is the ELECTION poll, once the election is opened (createElection).
		field.String("poll_id").Optional().Nillable().Unique(),
		// tie_of is the election whose tie at its last seat called this by-election.
		field.String("tie_of").Optional().Nillable().Immutable(),
		field.Time("created_at").Immutable().Default(time.Now),
		field.Time("closed_at").Optional().Nillable(),
	}
}

// Edges of the Election.
func (Election) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("candidacies", Candidacy.Type),
	}
}

// Indexes of the Election.
func (Election) Indexes() []ent.Index {
	return []ent.Index{index.Fields("council_id", "status"), index.Fields("location_id", "status")}
}

// Annotations of the Election: the API shows elections through hand-written types
// (graph/elections.graphqls), never a candidacy's member.
func (Election) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy of the Election: see policies.Election.
func (Election) Policy() ent.Policy { return policies.Election() }

// Candidacy is a child standing in an election: it exists only because the child consented on
// the tablet (standForElection), and a withdrawn candidacy (by the child, or because they left or
// were transferred) shows nobody's pseudonym.
type Candidacy struct{ ent.Schema }

// Mixin of the Candidacy.
func (Candidacy) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "cnd"}}
}

// Fields of the Candidacy.
func (Candidacy) Fields() []ent.Field {
	return []ent.Field{
		field.String("election_id").Immutable(),
		field.String("location_id").Immutable(),
		field.Time("consented_at").Immutable().Default(time.Now),
		field.Time("withdrawn_at").Optional().Nillable(),
		// option_id is the candidate's option on the ELECTION poll.
		field.String("option_id").Optional().Nillable(),
		// elected: the candidate won a seat; tied: they tied at the last seat and stand in the
		// by-election that decides it.
		field.Bool("elected").Default(false),
		field.Bool("tied").Default(false),
	}
}

// Edges of the Candidacy.
func (Candidacy) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("election", Election.Type).Ref("candidacies").Unique().Required().Immutable().Field("election_id"),
		edge.From("member", YouthMember.Type).Ref("candidacies").Unique().Required().Immutable(),
	}
}

// Indexes of the Candidacy: a child stands once per election.
func (Candidacy) Indexes() []ent.Index {
	return []ent.Index{index.Fields("election_id").Edges("member").Unique()}
}

// Annotations of the Candidacy.
func (Candidacy) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy of the Candidacy: see policies.Candidacy.
func (Candidacy) Policy() ent.Policy { return policies.Candidacy() }
