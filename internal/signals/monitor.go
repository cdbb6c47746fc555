package signals

import (
	"context"
	"fmt"
	"time"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/monitorquestion"
	"github.com/jeugdstem/jeugdstem/ent/monitorround"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/signal"
	"github.com/jeugdstem/jeugdstem/internal/monitor"
)

// The safety signal, generalised to every domain of the children's monitor: when a round's polls
// have all closed, each domain whose score (monitor.Score: only polls shown in full, so a signal
// says nothing the scorecard hides) is below the domain's threshold raises MONITOR_DOMAIN_LOW, and
// one that fell by the domain's drop or more since the location's previous monitor round raises
// MONITOR_DOMAIN_DROP. Each once: the occurrence is the domain's first poll in the round, and the
// unique (location, kind, occurrence) of Signal holds across instances and runs.

// domainRound is a domain's polls in one round, and when the last of them closed.
type domainRound struct {
	polls    []monitor.Answers
	first    string // the occurrence: the first poll's id
	closedAt time.Time
}

// evaluateMonitorRounds looks at the monitor rounds whose polls have all closed since the last run.
func (s *Service) evaluateMonitorRounds(ctx context.Context) (int, error) {
	rounds, err := s.client.MonitorRound.Query().
		Where(monitorround.EvaluatedAtIsNil(), monitorround.SourceEQ(monitorround.SourceMONITOR),
			monitorround.HasQuestions(),
			monitorround.Not(monitorround.HasQuestionsWith(monitorquestion.Or(monitorquestion.PollIDIsNil(),
				monitorquestion.HasPollWith(poll.StatusIn(poll.StatusDRAFT, poll.StatusOPEN)))))).
		Order(monitorround.ByOpenedAt(), monitorround.ByID()).
		Limit(maxPerRun).All(ctx)
	if err != nil {
		return 0, err
	}
	raised := 0
	for _, r := range rounds {
		cur, err := s.domainRounds(ctx, r)
		if err != nil {
			return raised, err
		}
		prevRound, err := s.client.MonitorRound.Query().
			Where(monitorround.LocationID(r.LocationID), monitorround.SourceEQ(monitorround.SourceMONITOR),
				monitorround.RoundLT(r.Round)).
			Order(monitorround.ByRound(entsql.OrderDesc())).First(ctx)
		var prev map[string]*domainRound
		switch {
		case ent.IsNotFound(err):
		case err != nil:
			return raised, err
		default:
			if prev, err = s.domainRounds(ctx, prevRound); err != nil {
				return raised, err
			}
		}
		for _, d := range monitor.Framework() {
			for _, c := range s.domainRules(r.LocationID, d, cur[d.Key], prev[d.Key]) {
				ok, err := s.raise(ctx, c)
				if err != nil {
					return raised, err
				}
				if ok {
					raised++
				}
			}
		}
		if err := s.client.MonitorRound.UpdateOneID(r.ID).SetEvaluatedAt(s.now()).Exec(ctx); err != nil {
			return raised, err
		}
	}
	return raised, nil
}

// domainRules are the rules about a domain in a round (cur) and in the round before (prev, nil
// for none).
func (s *Service) domainRules(locationID string, d monitor.Domain, cur, prev *domainRound) []candidate {
	if cur == nil {
		return nil
	}
	score, _ := monitor.Score(cur.polls)
	if score == nil {
		return nil
	}
	day := cur.closedAt.UTC().Format("2006-01-02")
	var out []candidate
	if *score < d.Threshold {
		out = append(out, candidate{locationID: locationID, kind: signal.KindMONITOR_DOMAIN_LOW, occurrence: cur.first, domain: d.Key,
			detail: fmt.Sprintf("Children's monitor: %s scored %.1f of 100 in the round that closed on %s, below the threshold of %.1f.",
				d.Key, *score, day, d.Threshold)})
	}
	if prev == nil {
		return out
	}
	if before, _ := monitor.Score(prev.polls); before != nil && *before-*score >= d.Drop-epsilon {
		out = append(out, candidate{locationID: locationID, kind: signal.KindMONITOR_DOMAIN_DROP, occurrence: cur.first, domain: d.Key,
			detail: fmt.Sprintf("Children's monitor: %s fell from %.1f to %.1f of 100 in the round that closed on %s (a fall of %.1f or more raises a signal).",
				d.Key, *before, *score, day, d.Drop)})
	}
	return out
}

// domainRounds reads a round's closed polls per domain, with their final counts.
func (s *Service) domainRounds(ctx context.Context, r *ent.MonitorRound) (map[string]*domainRound, error) {
	qs, err := s.client.MonitorQuestion.Query().
		Where(monitorquestion.RoundID(r.ID), monitorquestion.PollIDNotNil()).
		Order(monitorquestion.ByAgeVersion()).All(ctx)
	if err != nil {
		return nil, err
	}
	out := map[string]*domainRound{}
	for _, q := range qs {
		st, err := s.checkInStats(ctx, *q.PollID)
		if err != nil {
			return nil, err
		}
		p, err := s.client.Poll.Get(ctx, *q.PollID)
		if err != nil {
			return nil, err
		}
		dr := out[q.Domain]
		if dr == nil {
			dr = &domainRound{first: *q.PollID}
			out[q.Domain] = dr
		}
		dr.polls = append(dr.polls, monitor.Answers{Kind: p.Kind, K: st.k, Counts: st.counts, Participations: st.voters})
		if st.closedAt.After(dr.closedAt) {
			dr.closedAt = st.closedAt
		}
	}
	return out, nil
}
