package monitor

import (
	"math"

	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/internal/disclosure"
	"github.com/jeugdstem/jeugdstem/internal/voting"
)

// Answers is what one question poll of a round counted, after it closed.
type Answers struct {
	Kind poll.Kind
	// K is the threshold the poll is shown at: the larger of the deployment's and the poll's own.
	K int
	// Counts are the children per option, in position order (none kept below K voters).
	Counts []int
	// Participations are the children who voted.
	Participations int
}

// Turnout is the children who answered: the sum of the counts (each child chose one answer), or
// the participations when no counts were kept.
func (a Answers) Turnout() int {
	n := 0
	for _, c := range a.Counts {
		n += c
	}
	if n > 0 {
		return n
	}
	return a.Participations
}

// View is what is shown of the poll anywhere (pollResults, reports, scorecards, signals):
// disclosure.Poll, the one rule.
func (a Answers) View() disclosure.PollView {
	ranks := make([][]int, len(a.Counts))
	for i, c := range a.Counts {
		ranks[i] = []int{c}
	}
	return disclosure.Poll(disclosure.PollCounts{Kind: voting.KindOf(a.Kind).Disclosure, K: a.K, Turnout: a.Turnout(), Ranks: ranks})
}

// Score is a domain's score (0–100) in one round: the mean value of the answers to its polls
// whose every count is shown (a poll with a hidden count takes no part: with its shown counts the
// mean would give the hidden ones away), to one decimal, and how many answers it is the mean of.
// nil when no poll is shown in full or nobody answered.
func Score(polls []Answers) (*float64, int) {
	sum, n := 0.0, 0
	for _, a := range polls {
		if !a.View().Complete() {
			continue
		}
		for pos, c := range a.Counts {
			sum += Value(a.Kind, pos) * float64(c)
			n += c
		}
	}
	if n == 0 {
		return nil, 0
	}
	s := math.Round(10*sum/float64(n)) / 10
	return &s, n
}
