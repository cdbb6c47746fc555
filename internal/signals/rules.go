package signals

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/checkin"
	"github.com/jeugdstem/jeugdstem/ent/feedbackthread"
	"github.com/jeugdstem/jeugdstem/ent/participation"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/polloption"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/signal"
	"github.com/jeugdstem/jeugdstem/ent/tally"
	"github.com/jeugdstem/jeugdstem/internal/disclosure"
)

// candidate is a signal a rule would raise; occurrence makes it once-only.
type candidate struct {
	locationID string
	kind       signal.Kind
	occurrence string
	detail     string
	// domain is the monitor domain of a MONITOR_DOMAIN_* signal.
	domain string
}

// maxPerRun bounds the check-ins and threads one evaluation looks at; the next run goes on.
const maxPerRun = 500

// Evaluate applies the signal rules and raises the signals that are new; it returns how many.
// Running it again raises nothing more: each occurrence (a check-in, a thread) raises a kind
// once, which the unique (location, kind, occurrence) of Signal guarantees across instances.
func (s *Service) Evaluate(ctx context.Context) (int, error) {
	ctx = system(ctx)
	a, err := s.evaluateCheckIns(ctx)
	if err != nil {
		return a, err
	}
	b, err := s.evaluateUnansweredThreads(ctx)
	if err != nil {
		return a + b, err
	}
	c, err := s.evaluateMonitorRounds(ctx)
	if err != nil {
		return a + b + c, err
	}
	d, err := s.evaluateCouncilMeetings(ctx)
	return a + b + c + d, err
}

// closedPoll is a check-in poll whose voting is over.
var closedPoll = poll.StatusIn(poll.StatusCLOSED, poll.StatusPUBLISHED)

// evaluateCheckIns looks at every check-in that closed since the last run, each against the
// location's check-in before it: SAFETY_SCORE_LOW, SAFETY_SCORE_DROP, PARTICIPATION_COLLAPSE.
func (s *Service) evaluateCheckIns(ctx context.Context) (int, error) {
	rounds, err := s.client.CheckIn.Query().
		Where(checkin.EvaluatedAtIsNil(), checkin.HasPollWith(closedPoll)).
		Order(checkin.ByRound(), checkin.ByID()).
		Limit(maxPerRun).
		All(ctx)
	if err != nil {
		return 0, err
	}
	raised := 0
	for _, ci := range rounds {
		cur, err := s.checkInStats(ctx, *ci.PollID)
		if err != nil {
			return raised, err
		}
		var prev *stats
		before, err := s.client.CheckIn.Query().
			Where(checkin.LocationID(ci.LocationID), checkin.RoundLT(ci.Round), checkin.HasPollWith(closedPoll)).
			Order(checkin.ByRound(entsql.OrderDesc())).
			First(ctx)
		switch {
		case ent.IsNotFound(err):
		case err != nil:
			return raised, err
		default:
			if prev, err = s.checkInStats(ctx, *before.PollID); err != nil {
				return raised, err
			}
		}
		for _, c := range s.checkInRules(ci, cur, prev) {
			ok, err := s.raise(ctx, c)
			if err != nil {
				return raised, err
			}
			if ok {
				raised++
			}
		}
		if err := s.client.CheckIn.UpdateOneID(ci.ID).SetEvaluatedAt(s.now()).Exec(ctx); err != nil {
			return raised, err
		}
	}
	return raised, nil
}

// stats are the aggregates of one check-in poll.
type stats struct {
	pollID   string
	closedAt time.Time
	k        int
	voters   int
	counts   []int // children per face, 1 (very unsafe) to 5 (very safe)
}

// checkInStats adds up a closed check-in poll: voters from the participations, answers from its
// final counts (none when fewer children than the threshold answered).
func (s *Service) checkInStats(ctx context.Context, pollID string) (*stats, error) {
	p, err := s.client.Poll.Get(ctx, pollID)
	if err != nil {
		return nil, err
	}
	st := &stats{pollID: p.ID, k: max(p.MinGroupSize, s.cfg.MinGroupSize)}
	if p.ClosedAt != nil {
		st.closedAt = *p.ClosedAt
	}
	if st.voters, err = s.client.Participation.Query().Where(participation.HasPollWith(poll.ID(p.ID))).Count(ctx); err != nil {
		return nil, err
	}
	opts, err := s.client.PollOption.Query().Where(polloption.PollID(p.ID)).Order(polloption.ByPosition()).All(ctx)
	if err != nil {
		return nil, err
	}
	position := map[string]int{}
	for i, o := range opts {
		position[o.ID] = i
	}
	var sums []struct {
		OptionID string `json:"option_id"`
		Sum      int    `json:"sum"`
	}
	if err := s.client.Tally.Query().Where(tally.PollID(p.ID)).
		GroupBy(tally.FieldOptionID).Aggregate(ent.Sum(tally.FieldCount)).Scan(ctx, &sums); err != nil {
		return nil, err
	}
	st.counts = make([]int, len(opts))
	for _, c := range sums {
		if i, ok := position[c.OptionID]; ok {
			st.counts[i] += c.Sum
		}
	}
	return st, nil
}

// score is the mean answer (1–5), and false when fewer than k children answered. It is printed
// only when every count of the poll is shown (shown); otherwise signals decide on scoreRange.
func (st *stats) score() (float64, bool) {
	answers, total := 0, 0
	for i, c := range st.counts {
		answers += c
		total += (i + 1) * c
	}
	if st.voters < st.k || answers == 0 {
		return 0, false
	}
	return float64(total) / float64(answers), true
}

// scoreRange is the lowest and highest score that fit what is shown of the poll
// (disclosure.PollView.MeanRange): a signal about a score that is not shown is raised only when
// every score that fits would raise it, so that it says nothing about the hidden counts.
func (st *stats) scoreRange() (lo, hi float64, ok bool) { return st.view().MeanRange() }

// view is what the reports and pollResults show of the poll (disclosure.Poll, the one rule).
func (st *stats) view() disclosure.PollView {
	ranks := make([][]int, len(st.counts))
	for i, c := range st.counts {
		ranks[i] = []int{c}
	}
	return disclosure.Poll(disclosure.PollCounts{Kind: disclosure.Scale, K: st.k, Turnout: st.voters, Ranks: ranks})
}

// shown reports whether the poll's every count is shown where the poll is (no small cell): only
// then may a signal print the score, which with the report's other cells could otherwise give a
// withheld count away.
func (st *stats) shown() bool { return st.view().Complete() }

// turnoutShown reports whether the poll's turnout is shown.
func (st *stats) turnoutShown() bool { return !st.view().Turnout.Suppressed }

// epsilon absorbs floating-point noise in "fell by at least".
const epsilon = 1e-9

// checkInRules are the rules about a check-in (cur) and the location's check-in before it
// (prev, nil for the first).
func (s *Service) checkInRules(ci *ent.CheckIn, cur, prev *stats) []candidate {
	var out []candidate
	add := func(kind signal.Kind, detail string) {
		out = append(out, candidate{locationID: ci.LocationID, kind: kind, occurrence: cur.pollID, detail: detail})
	}
	day := cur.closedAt.UTC().Format("2006-01-02")
	score, scored := cur.score()
	_, hi, ranged := cur.scoreRange()
	switch {
	case scored && cur.shown() && score < s.cfg.SafetyThreshold:
		add(signal.KindSAFETY_SCORE_LOW, fmt.Sprintf("Safety score %.2f in the check-in that closed on %s, below the threshold of %.2f.",
			score, day, s.cfg.SafetyThreshold))
	case ranged && !cur.shown() && hi < s.cfg.SafetyThreshold:
		add(signal.KindSAFETY_SCORE_LOW, fmt.Sprintf("Safety score below the threshold of %.2f in the check-in that closed on %s.",
			s.cfg.SafetyThreshold, day))
	}
	if prev == nil {
		return out
	}
	before, prevScored := prev.score()
	prevLo, _, prevRanged := prev.scoreRange()
	switch {
	case scored && prevScored && cur.shown() && prev.shown() && before-score >= s.cfg.SafetyDrop-epsilon:
		add(signal.KindSAFETY_SCORE_DROP, fmt.Sprintf("Safety score fell from %.2f to %.2f in the check-in that closed on %s (a fall of %.2f or more raises a signal).",
			before, score, day, s.cfg.SafetyDrop))
	case ranged && prevRanged && !(cur.shown() && prev.shown()) && prevLo-hi >= s.cfg.SafetyDrop-epsilon:
		add(signal.KindSAFETY_SCORE_DROP, fmt.Sprintf("Safety score fell by %.2f or more in the check-in that closed on %s.",
			s.cfg.SafetyDrop, day))
	}
	if cur.voters >= cur.k && prev.voters >= prev.k && 2*cur.voters < prev.voters {
		if cur.turnoutShown() && prev.turnoutShown() {
			add(signal.KindPARTICIPATION_COLLAPSE, fmt.Sprintf("%d children answered the check-in that closed on %s, down from %d: fewer than half.",
				cur.voters, day, prev.voters))
		} else {
			add(signal.KindPARTICIPATION_COLLAPSE, fmt.Sprintf("Fewer than half as many children answered the check-in that closed on %s as the one before.", day))
		}
	}
	return out
}

// evaluateUnansweredThreads raises SAFETY_THREAD_UNANSWERED for every SAFETY thread that
// managers can see (its first post approved), that a moderator did not close, and that has had
// no answer for longer than the deadline since it was started: the threads the reports count as
// overdue. One signal per thread.
func (s *Service) evaluateUnansweredThreads(ctx context.Context) (int, error) {
	deadline := s.now().Add(-s.cfg.AnswerDeadline)
	threads, err := s.client.FeedbackThread.Query().
		Where(feedbackthread.ThemeEQ(schematype.ThemeSafety), feedbackthread.VisibleAtNotNil(),
			feedbackthread.AnsweredAtIsNil(), feedbackthread.StatusNEQ(feedbackthread.StatusCLOSED),
			feedbackthread.CreatedAtLTE(deadline)).
		Select(feedbackthread.FieldID, feedbackthread.FieldLocationID).
		Order(feedbackthread.ByCreatedAt(), feedbackthread.ByID()).
		Limit(maxPerRun).
		All(ctx)
	if err != nil || len(threads) == 0 {
		return 0, err
	}
	ids := make([]string, len(threads))
	for i, t := range threads {
		ids[i] = t.ID
	}
	done, err := s.client.Signal.Query().
		Where(signal.KindEQ(signal.KindSAFETY_THREAD_UNANSWERED), signal.OccurrenceIn(ids...)).
		Select(signal.FieldOccurrence).Strings(ctx)
	if err != nil {
		return 0, err
	}
	seen := map[string]bool{}
	for _, id := range done {
		seen[id] = true
	}
	days := int(s.cfg.AnswerDeadline.Hours() / 24)
	raised := 0
	for _, t := range threads {
		if seen[t.ID] {
			continue
		}
		ok, err := s.raise(ctx, candidate{locationID: t.LocationID, kind: signal.KindSAFETY_THREAD_UNANSWERED, occurrence: t.ID,
			detail: fmt.Sprintf("A SAFETY thread has waited more than %d days for a manager's answer.", days)})
		if err != nil {
			return raised, err
		}
		if ok {
			raised++
		}
	}
	return raised, nil
}

// logRaised notes a new signal in the log: its id, kind and location, nothing else.
func logRaised(ctx context.Context, sig *ent.Signal) {
	slog.InfoContext(ctx, "wellbeing signal raised", "signal", sig.ID, "kind", string(sig.Kind), "location", sig.LocationID)
}
