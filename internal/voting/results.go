package voting

import (
	"context"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/participation"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/polloption"
	"github.com/jeugdstem/jeugdstem/ent/tally"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Results is what a viewer may know of how a poll was answered. Counts of fewer than
// MinGroupSize children are withheld (nil, Suppressed), and so is whatever would give them away.
type Results struct {
	PollID       string      `json:"pollID"`
	Kind         poll.Kind   `json:"kind"`
	Status       poll.Status `json:"status"`
	MinGroupSize int         `json:"minGroupSize"`
	// Turnout is how many children voted; shown live while the poll is open.
	Turnout           *int `json:"turnout"`
	TurnoutSuppressed bool `json:"turnoutSuppressed"`
	// CountsVisible says whether this viewer sees the counts now (policies.MaySeePollCounts);
	// when not, every option's count is withheld.
	CountsVisible bool           `json:"countsVisible"`
	Options       []OptionResult `json:"options"`
	// Distribution and Median are for SMILEY_SCALE polls: children per face (1–5) and the middle
	// answer.
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

// ScaleCount is how many children chose one face of a smiley scale.
type ScaleCount struct {
	Value      int  `json:"value"`
	Count      *int `json:"count"`
	Suppressed bool `json:"suppressed"`
}

// PollResults gives the results of a poll the viewer sees (NOT_FOUND otherwise): the turnout
// always, the counts only once policies.MaySeePollCounts allows them, suppressed below k.
func (s *Service) PollResults(ctx context.Context, pollID string) (*Results, error) {
	p, err := s.visiblePoll(ctx, pollID)
	if err != nil {
		return nil, err
	}
	sys := system(ctx)
	turnout, err := s.client.Participation.Query().Where(participation.HasPollWith(poll.ID(p.ID))).Count(sys)
	if err != nil {
		return nil, err
	}
	options, err := s.client.PollOption.Query().Where(polloption.PollID(p.ID)).Order(polloption.ByPosition()).All(sys)
	if err != nil {
		return nil, err
	}
	k := p.MinGroupSize
	r := &Results{
		PollID: p.ID, Kind: p.Kind, Status: p.Status, MinGroupSize: k,
		CountsVisible: policies.MaySeePollCounts(policies.FromContext(ctx), p),
		Options:       make([]OptionResult, len(options)),
	}
	if turnout > 0 && turnout < k {
		r.TurnoutSuppressed = true
	} else {
		r.Turnout = &turnout
	}
	for i, o := range options {
		r.Options[i] = OptionResult{OptionID: o.ID, Position: o.Position, Suppressed: true}
	}
	if !r.CountsVisible {
		return r, nil
	}

	// ranks[o][r]: children who put option o at rank r+1 (for other kinds only rank 0, in [o][0]).
	index := map[string]int{}
	for i, o := range options {
		index[o.ID] = i
	}
	ranking := p.Kind == poll.KindRANKING
	ranks := make([][]int, len(options))
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
		return nil, err
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

	counts := make([]int, len(options))
	for o := range options {
		counts[o] = ranks[o][0]
	}
	cells := SuppressSmallCells(counts, turnout, k)
	if cells.Total {
		r.Turnout, r.TurnoutSuppressed = nil, true
	}
	for o := range options {
		if !cells.Cells[o] {
			r.Options[o].Count, r.Options[o].Suppressed = &counts[o], false
		}
	}
	switch p.Kind {
	case poll.KindRANKING:
		points := BordaPoints(ranks)
		hidden := SuppressBorda(ranks, cells, k)
		for o := range options {
			r.Options[o].FirstPreferences = r.Options[o].Count
			if !hidden[o] {
				r.Options[o].BordaPoints = &points[o]
			}
		}
	case poll.KindSMILEY_SCALE:
		r.Distribution = make([]ScaleCount, len(options))
		for o := range options {
			r.Distribution[o] = ScaleCount{Value: o + 1, Count: r.Options[o].Count, Suppressed: r.Options[o].Suppressed}
		}
		// The median of at least k answers names no group of children.
		if !cells.Total {
			if m, ok := Median(counts); ok {
				r.Median = &m
			}
		}
	}
	return r, nil
}
