package voting

import (
	"context"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/participation"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/polloption"
	"github.com/jeugdstem/jeugdstem/ent/tally"
	"github.com/jeugdstem/jeugdstem/internal/disclosure"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Results is what a viewer may know of how a poll was answered: what disclosure.Poll lets be
// shown. Counts of fewer than MinGroupSize children are withheld (nil, Suppressed), and so is
// whatever would give them away.
type Results struct {
	PollID       string      `json:"pollID"`
	Kind         poll.Kind   `json:"kind"`
	Status       poll.Status `json:"status"`
	MinGroupSize int         `json:"minGroupSize"`
	// Turnout is how many children voted, shown live while the poll is open; nil (and
	// TurnoutSuppressed) for 1 to MinGroupSize-1.
	Turnout           *int `json:"turnout"`
	TurnoutSuppressed bool `json:"turnoutSuppressed"`
	// CountsVisible says whether this viewer sees the counts now (policies.MaySeePollCounts);
	// when not, every option's count is withheld.
	CountsVisible bool           `json:"countsVisible"`
	Options       []OptionResult `json:"options"`
	// Distribution and Median are for scale polls (SMILEY_SCALE, SLIDER): children per value of
	// the scale (faces 1–5, points 0–10) and the middle answer, shown only when every count is.
	Distribution []ScaleCount `json:"distribution"`
	Median       *float64     `json:"median"`
}

// OptionResult is one option's count: the children who chose it (for RANKING, who put it first).
type OptionResult struct {
	OptionID   string `json:"optionID"`
	Position   int    `json:"position"`
	Count      *int   `json:"count"`
	Suppressed bool   `json:"suppressed"`
	// FirstPreferences and BordaPoints are for RANKING polls.
	FirstPreferences *int `json:"firstPreferences"`
	BordaPoints      *int `json:"bordaPoints"`
}

// ScaleCount is how many children chose one value of a scale (a face, a slider's point).
type ScaleCount struct {
	Value      int  `json:"value"`
	Count      *int `json:"count"`
	Suppressed bool `json:"suppressed"`
}

// PollResults gives the results of a poll the viewer sees (NOT_FOUND otherwise): the turnout
// always, the counts only once policies.MaySeePollCounts allows them. What may be shown of them
// is decided by disclosure.Poll, the one rule for everything shown about a poll anywhere; this
// only maps its answer.
func (s *Service) PollResults(ctx context.Context, pollID string) (*Results, error) {
	p, err := s.visiblePoll(ctx, pollID)
	if err != nil {
		return nil, err
	}
	return s.resultsOf(ctx, p, nil)
}

// resultsOf is PollResults of a poll already read as the viewer: the one mapping of
// disclosure.Poll's answer, for pollResults and the children's published results alike.
// options are the poll's options in order, read here when nil.
func (s *Service) resultsOf(ctx context.Context, p *ent.Poll, options []*ent.PollOption) (*Results, error) {
	if options == nil {
		var err error
		if options, err = s.client.PollOption.Query().Where(polloption.PollID(p.ID)).Order(polloption.ByPosition()).All(system(ctx)); err != nil {
			return nil, err
		}
	}
	turnout, ranks, err := s.readCounts(ctx, p, options)
	if err != nil {
		return nil, err
	}
	kind := KindOf(p.Kind)
	in := disclosure.PollCounts{Kind: kind.Disclosure, K: p.MinGroupSize, Turnout: turnout, Ranks: ranks}
	if p.MaxChoices != nil {
		in.MaxChoices = *p.MaxChoices
	}
	v := disclosure.Poll(in)
	r := &Results{
		PollID: p.ID, Kind: p.Kind, Status: p.Status, MinGroupSize: v.K,
		Turnout: v.Turnout.Shown(), TurnoutSuppressed: v.Turnout.Suppressed,
		CountsVisible: policies.MaySeePollCounts(policies.FromContext(ctx), p),
		Options:       make([]OptionResult, len(options)),
	}
	for i, o := range options {
		r.Options[i] = OptionResult{OptionID: o.ID, Position: o.Position, Suppressed: true}
	}
	if !r.CountsVisible {
		return r, nil
	}
	for i, o := range v.Options {
		r.Options[i].Count, r.Options[i].Suppressed = o.Count, o.Suppressed()
		if kind.Summary == BordaPoints {
			r.Options[i].FirstPreferences, r.Options[i].BordaPoints = o.Count, o.BordaPoints
		}
	}
	if kind.Scale != nil {
		r.Distribution = make([]ScaleCount, len(options))
		for i, o := range v.Options {
			r.Distribution[i] = ScaleCount{Value: kind.Scale.Min + i, Count: o.Count, Suppressed: o.Suppressed()}
		}
		r.Median = kind.Scale.Median(v.Median)
	}
	return r, nil
}

// readCounts reads what was counted in a poll: its turnout and ranks[o][r], the children who put
// option o at rank r+1 (a ranked kind) or who chose it (every other kind, r = 0 only), in the order of
// options. It is the only place results read the vote's storage.
func (s *Service) readCounts(ctx context.Context, p *ent.Poll, options []*ent.PollOption) (turnout int, ranks [][]int, err error) {
	sys := system(ctx)
	turnout, err = s.client.Participation.Query().Where(participation.HasPollWith(poll.ID(p.ID))).Count(sys)
	if err != nil {
		return 0, nil, err
	}
	index := map[string]int{}
	for i, o := range options {
		index[o.ID] = i
	}
	ranking := KindOf(p.Kind).Ranked()
	ranks = make([][]int, len(options))
	for i := range ranks {
		ranks[i] = make([]int, max(1, len(tallyRanks(p.Kind, len(options)))))
	}
	var sums []struct {
		OptionID string `json:"option_id"`
		Rank     int    `json:"rank"`
		Sum      int    `json:"sum"`
	}
	// The final counts, written when the poll closed (none while it is open, none below k).
	if err := s.client.Tally.Query().Where(tally.PollID(p.ID)).
		GroupBy(tally.FieldOptionID, tally.FieldRank).
		Aggregate(ent.Sum(tally.FieldCount)).
		Scan(sys, &sums); err != nil {
		return 0, nil, err
	}
	for _, c := range sums {
		o, ok := index[c.OptionID]
		rank := c.Rank
		if ranking {
			rank--
		}
		if ok && rank >= 0 && rank < len(ranks[o]) {
			ranks[o][rank] += c.Sum
		}
	}
	return turnout, ranks, nil
}
