package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Tally is a final count of a closed poll: how many of its voters put an option at a rank. Tallies
// are written once, all together, when the poll closes and its sealed ballots are counted
// (internal/voting); never per vote, so no commit, log frame or row version holds the effect of one
// ballot. They count the poll's voters as one group, never a breakdown (no age band), and a poll
// with fewer voters than its threshold gets none at all: no stored figure describes fewer than k
// children.
type Tally struct{ ent.Schema }

// Mixin of the Tally.
func (Tally) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "tly"}}
}

// Fields of the Tally.
func (Tally) Fields() []ent.Field {
	return []ent.Field{
		field.String("poll_id").Immutable(),
		field.String("option_id").Immutable(),
		// rank is the 1-based position given in a RANKING poll; 0 for every other kind.
		field.Int("rank").NonNegative().Default(0).Immutable(),
		field.Int("count").NonNegative().Default(0).Immutable(),
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
	return []ent.Index{index.Fields("rank").Edges("poll", "option").Unique(),
		// Results and reports read a poll's counts, and whether it has any (internal/reports).
		index.Edges("poll")}
}

// Annotations of the Tally. The table is result_counts: the per-age-band counters that were
// raised by every vote lived in "tallies", which internal/voting's upgrade step folds into this
// one and drops.
func (Tally) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll), entsql.Annotation{Table: "result_counts"}}
}

// Policy of the Tally: see policies.Internal.
func (Tally) Policy() ent.Policy { return policies.Internal() }
