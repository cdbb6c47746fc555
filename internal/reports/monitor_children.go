package reports

import (
	"context"
	"time"

	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/monitor"
	"github.com/jeugdstem/jeugdstem/policies"
)

// ChildrenMonitorDomain is a domain of the monitor as the children of a location see it on the
// tablet ("what children here said"): the latest round's score exactly as the location's
// scorecard shows it (null when suppressed: fewer than k children, or polls not shown in full),
// whether it needs attention, and the latest round's question polls, whose answer from staff
// ("you said, we did", respondToPoll) the children read under it.
type ChildrenMonitorDomain struct {
	Domain         string           `json:"domain"`
	Theme          schematype.Theme `json:"theme"`
	Pictogram      string           `json:"pictogram"`
	Threshold      float64          `json:"threshold"`
	ClosedAt       *time.Time       `json:"closedAt"`
	Score          *float64         `json:"score"`
	NeedsAttention bool             `json:"needsAttention"`
	// PollIDs are the latest round's polls of the domain (both age versions): where staff answer.
	PollIDs []string `json:"-"`
}

// childrenWindow is how far back the children's screen looks for a domain's latest round.
const childrenWindow = 52 * 7 * 24 * time.Hour

// ChildrenMonitor is "what children here said": every domain of the framework at the viewer's
// tablet's location, from its latest round of the last year (policies.MayReadChildrenMonitor).
func (s *Service) ChildrenMonitor(ctx context.Context) ([]*ChildrenMonitorDomain, error) {
	v := policies.FromContext(ctx)
	if err := policies.MayReadChildrenMonitor(v); err != nil {
		return nil, err
	}
	now := s.cfg.Now()
	from := now.Add(-childrenWindow)
	p, err := NewPeriod(&from, &now, now)
	if err != nil {
		return nil, err
	}
	loc := v.TabletLocationID
	var out []*ChildrenMonitorDomain
	err = s.snapshot(system(ctx), func(ctx context.Context) error {
		own, err := s.monitorPolls(ctx, scope{loc}, p.From.Add(-history), p.To)
		if err != nil {
			return err
		}
		rounds := groupRounds(own)[loc]
		k := s.cfg.MinGroupSize
		for _, d := range monitor.Framework() {
			card := domainCard(d, rounds, p, k)
			cd := &ChildrenMonitorDomain{Domain: d.Key, Theme: d.Theme, Pictogram: d.Pictogram, Threshold: d.Threshold,
				NeedsAttention: card.NeedsAttention, PollIDs: []string{}}
			if card.Latest != nil {
				closed := card.Latest.ClosedAt
				cd.ClosedAt, cd.Score = &closed, card.Latest.Score
				cd.PollIDs = latestPolls(rounds, d.Key)
			}
			out = append(out, cd)
		}
		return nil
	})
	return out, err
}

// latestPolls are the poll ids of the last round (in closing order) that asked the domain.
func latestPolls(rounds []*domainRound, domain string) []string {
	var ids []string
	for _, dr := range rounds {
		if dr.domain != domain {
			continue
		}
		ids = ids[:0]
		for _, mp := range dr.polls {
			ids = append(ids, mp.id)
		}
	}
	return ids
}
