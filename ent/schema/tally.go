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

// Tally is a counter: how many children of an age band put an option at a rank. It is the only
// record of how people voted. All rows of a poll are created before it opens, so neither row order
// nor row creation reveals the first voter's choice; a vote only increments counters.
type Tally struct{ ent.Schema }

// Mixin of the Tally.
func (Tally) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "tly"}}
}

// Fields of the Tally.
func (Tally) Fields() []ent.Field {
	return []ent.Field{
		// poll_id and option_id name the counter's poll and option (their columns predate the fields).
		field.String("poll_id").Immutable().StorageKey("poll_tallies"),
		field.String("option_id").Immutable().StorageKey("poll_option_tallies"),
		field.Enum("age_band").GoType(schematype.AgeBand("")).Annotations(entgql.Type("AgeBand")).Immutable(),
		// rank is the 1-based position given in a RANKING poll; 0 for every other kind.
		field.Int("rank").NonNegative().Default(0).Immutable(),
		field.Int("count").NonNegative().Default(0),
	}
}

// Edges of the Tally.
func (Tally) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("poll", Poll.Type).Ref("tallies").Unique().Required().Immutable().Field("poll_id"),
		edge.From("option", PollOption.Type).Ref("tallies").Unique().Required().Immutable().Field("option_id"),
	}
}

// Indexes of the Tally.
func (Tally) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("age_band", "rank").Edges("poll", "option").Unique(),
		// A vote updates every counter of its poll in one statement (so all carry the same
		// transaction, see internal/voting): it finds them by poll.
		index.Edges("poll"),
	}
}

// Annotations of the Tally.
func (Tally) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy of the Tally: see policies.Internal.
func (Tally) Policy() ent.Policy { return policies.Internal() }
