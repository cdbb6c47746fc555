package reports

import (
	"context"
	"database/sql"
	"math"
	"sort"
	"time"

	"github.com/jeugdstem/jeugdstem/ent/location"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/disclosure"
	"github.com/jeugdstem/jeugdstem/internal/monitor"
	"github.com/jeugdstem/jeugdstem/policies"
)

// The children's monitor's scorecards (monitorScorecard, nationalMonitor). Every figure is a
// figure of one round of one location, protected once, by that round's own table: the same
// figure whatever period or report it is read in, so two overlapping periods (or a scorecard and
// the national monitor) show the same cells and subtracting one from the other gives nothing
// away. There are no sums over rounds. The comparisons (the kind of location, the country) are
// scores pooled only from polls whose every count is shown, so they too are built from figures
// that are published in full; they carry no count that a hidden one could be worked out from.

// MonitorAgeAnswers is how many children of an age version answered a domain in a round.
type MonitorAgeAnswers struct {
	AgeVersion monitor.AgeVersion `json:"ageVersion"`
	Answers    *int               `json:"answers"`
	Suppressed bool               `json:"suppressed"`
	// PollID is the round's poll of the age version, which staff publish and answer ("you said,
	// we did") in the Polls section.
	PollID string `json:"pollID"`
}

// MonitorDomainRound is a domain in one round of one location.
type MonitorDomainRound struct {
	Round    int       `json:"round"`
	Source   string    `json:"source"`
	ClosedAt time.Time `json:"closedAt"`
	// Answers are the children who answered the domain's question (both age versions); null when
	// suppressed: fewer than k, or it would give a suppressed age version away.
	Answers    *int                `json:"answers"`
	Suppressed bool                `json:"suppressed"`
	ByAge      []MonitorAgeAnswers `json:"byAge"`
	// Score (0–100) is the mean answer of the domain's polls whose every count is shown
	// (ScoredAnswers children); null when there is none.
	Score         *float64 `json:"score"`
	ScoredAnswers int      `json:"scoredAnswers"`
}

// MonitorDomainCard is one domain of a location's scorecard.
type MonitorDomainCard struct {
	Domain    string  `json:"domain"`
	Threshold float64 `json:"threshold"`
	Drop      float64 `json:"drop"`
	// Latest is the last round of the period that asked the domain; Previous the round before it
	// (also from before the period).
	Latest   *MonitorDomainRound `json:"latest"`
	Previous *MonitorDomainRound `json:"previous"`
	// Trend is Latest's score minus Previous's, when both are shown.
	Trend *float64 `json:"trend"`
	// KindScore and NationalScore pool the latest round of the period of every location of the
	// same kind, and of every location (only polls shown in full); *Locations say how many.
	KindScore         *float64 `json:"kindScore"`
	KindLocations     int      `json:"kindLocations"`
	NationalScore     *float64 `json:"nationalScore"`
	NationalLocations int      `json:"nationalLocations"`
	// NeedsAttention: Latest's score is below the threshold or fell by Drop or more.
	NeedsAttention bool `json:"needsAttention"`
	// History is every round of the period that asked the domain, oldest first.
	History []MonitorDomainRound `json:"history"`
}

// MonitorScorecard is a location's monitor in a period.
type MonitorScorecard struct {
	LocationID       string              `json:"locationID"`
	LocationName     string              `json:"locationName"`
	Kind             location.Kind       `json:"kind"`
	Period           Period              `json:"period"`
	MinGroupSize     int                 `json:"minGroupSize"`
	FrameworkVersion int                 `json:"frameworkVersion"`
	Domains          []MonitorDomainCard `json:"domains"`
	Stability        StabilityFigures    `json:"stability"`
	GeneratedAt      time.Time           `json:"generatedAt"`
}

// MonitorKindScore is a domain's pooled score over the locations of one kind.
type MonitorKindScore struct {
	Kind      location.Kind `json:"kind"`
	Score     *float64      `json:"score"`
	Locations int           `json:"locations"`
}

// NationalMonitorDomain is a domain over the country and per kind of location.
type NationalMonitorDomain struct {
	Domain    string             `json:"domain"`
	Threshold float64            `json:"threshold"`
	Score     *float64           `json:"score"`
	Locations int                `json:"locations"`
	Kinds     []MonitorKindScore `json:"kinds"`
}

// MonitorLocationDomain is a domain of one location in the national monitor: the latest round of
// the period, as its scorecard shows it.
type MonitorLocationDomain struct {
	Domain         string   `json:"domain"`
	Answers        *int     `json:"answers"`
	Score          *float64 `json:"score"`
	Trend          *float64 `json:"trend"`
	NeedsAttention bool     `json:"needsAttention"`
}

// MonitorLocationLine is one location in the national monitor.
type MonitorLocationLine struct {
	LocationID   string                  `json:"locationID"`
	LocationName string                  `json:"locationName"`
	Kind         location.Kind           `json:"kind"`
	Attention    int                     `json:"attention"`
	Domains      []MonitorLocationDomain `json:"domains"`
}

// NationalMonitor compares every location's monitor in a period: per domain and kind of
// location, and the locations needing attention first.
type NationalMonitor struct {
	Period           Period                  `json:"period"`
	MinGroupSize     int                     `json:"minGroupSize"`
	FrameworkVersion int                     `json:"frameworkVersion"`
	Domains          []NationalMonitorDomain `json:"domains"`
	Locations        []MonitorLocationLine   `json:"locations"`
	Stability        []StabilityFigures      `json:"stability"`
	GeneratedAt      time.Time               `json:"generatedAt"`
}

// monitorPoll is one closed question poll of a round, before protection.
type monitorPoll struct {
	location, roundID, source string
	round                     int
	domain                    string
	age                       monitor.AgeVersion
	id                        string
	kind                      poll.Kind
	closedAt                  time.Time
	k                         int
	participations            int
	counts                    []int
}

// history is how far before the period a previous round is looked for: a round more than a year
// older is no "previous round" to compare with.
const history = 366 * 24 * time.Hour

// monitorPolls loads the closed question polls of the rounds that closed in [from, to), with
// their counts per option and participations, of one location or all, in two statements: the
// polls (a row each, with how many options they have), then the counts of those polls (a row per
// option with a count). A count is looked up by the whole unique index of result_counts (rank,
// poll, option): rank IN (0, 1) is rank <= 1 for a non-negative rank, and as equalities, unlike a
// range, it lets the index's later columns narrow the search to the poll's rows instead of every
// first-place count in the database. The participations are counted only for a poll without
// counts (fewer than its k voted), the only poll whose turnout is not the sum of its counts
// (monitor.Answers.Turnout). A row per option with all the poll's columns (the first way this
// was written) made the national monitor spend most of its time moving the same strings; the
// counts of the two ranks are added and the polls put in closing order in Go, which on the
// national dataset is cheaper than SQLite's sorter for a GROUP BY and an ORDER BY.
func (s *Service) monitorPolls(ctx context.Context, sc scope, from, to time.Time) ([]*monitorPoll, error) {
	polls, err := s.monitorPollRows(ctx, sc, from, to)
	if err != nil || len(polls) == 0 {
		return polls, err
	}
	counts, err := s.monitorCounts(ctx, sc, from, to)
	counts.into(polls)
	return polls, err
}

// monitorPollRows is the first statement of monitorPolls: the polls, in closing order, each with
// room for its counts.
func (s *Service) monitorPollRows(ctx context.Context, sc scope, from, to time.Time) ([]*monitorPoll, error) {
	in, inArgs := s.sql.inPeriod("p.closed_at", from, to)
	w, wArgs := sc.where("q.location_id")
	args := concat(inArgs, wArgs)
	polls := `SELECT q.location_id, r.id, r.source, r.round, q.domain, q.age_version, p.id, p.kind, p.closed_at, p.min_group_size,
       (SELECT COUNT(*) FROM poll_options o WHERE o.poll_options = p.id),
       CASE WHEN NOT EXISTS (SELECT 1 FROM result_counts t WHERE t.poll_id = p.id)
            THEN (SELECT COUNT(*) FROM participations pa WHERE pa.poll_participations = p.id) ELSE 0 END
  FROM monitor_questions q JOIN monitor_rounds r ON r.id = q.round_id JOIN polls p ON p.id = q.poll_id
 WHERE p.status IN ('CLOSED', 'PUBLISHED') AND ` + in + w
	var out []*monitorPoll
	err := s.query(ctx, polls, args, func(r *sql.Rows) error {
		var mp monitorPoll
		var options int
		if err := r.Scan(&mp.location, &mp.roundID, &mp.source, &mp.round, &mp.domain, &mp.age, &mp.id, &mp.kind,
			&mp.closedAt, &mp.k, &options, &mp.participations); err != nil {
			return err
		}
		mp.counts = make([]int, options)
		out = append(out, &mp)
		return nil
	})
	// In closing order, as one statement's ORDER BY would give, without SQLite's sorter.
	sort.Slice(out, func(i, j int) bool {
		if !out[i].closedAt.Equal(out[j].closedAt) {
			return out[i].closedAt.Before(out[j].closedAt)
		}
		return out[i].id < out[j].id
	})
	return out, err
}

// monitorCounts are the counts of the monitor's polls: per poll, (option position, count) pairs.
type monitorCounts map[string][][2]int

// monitorCounts is the second statement of monitorPolls: the counts of the same polls. It needs
// nothing of the first, so the national monitor runs the two side by side.
func (s *Service) monitorCounts(ctx context.Context, sc scope, from, to time.Time) (monitorCounts, error) {
	in, inArgs := s.sql.inPeriod("p.closed_at", from, to)
	w, wArgs := sc.where("q.location_id")
	counts := `SELECT t.poll_id, o.position, t.count
  FROM monitor_questions q JOIN polls p ON p.id = q.poll_id
  JOIN result_counts t ON t.rank IN (0, 1) AND t.poll_id = p.id JOIN poll_options o ON o.id = t.option_id
 WHERE p.status IN ('CLOSED', 'PUBLISHED') AND ` + in + w
	out := monitorCounts{}
	return out, s.query(ctx, counts, concat(inArgs, wArgs), func(r *sql.Rows) error {
		var id string
		var pos, n int
		if err := r.Scan(&id, &pos, &n); err != nil {
			return err
		}
		out[id] = append(out[id], [2]int{pos, n})
		return nil
	})
}

// into adds the counts to their polls' options: ranks 0 and 1 (see monitorPolls) are added.
func (c monitorCounts) into(polls []*monitorPoll) {
	for _, p := range polls {
		for _, pn := range c[p.id] {
			if pos := pn[0]; pos >= 0 && pos < len(p.counts) {
				p.counts[pos] += pn[1]
			}
		}
	}
}

// answers is the poll as internal/monitor scores and shows it, at the larger of the deployment's
// k and the poll's own (as pollResults and the location report show it).
func (p *monitorPoll) answers(k int) monitor.Answers {
	return monitor.Answers{Kind: p.kind, K: max(k, p.k), Counts: p.counts, Participations: p.participations}
}

// roundKey names a domain in one round.
type roundKey struct{ roundID, domain string }

// domainRound is a domain in one round before rendering: its polls (one per age version).
type domainRound struct {
	location, roundID, source, domain string
	round                             int
	closedAt                          time.Time
	polls                             []*monitorPoll
}

// groupRounds groups polls by round and domain, each location's rounds in closing order.
func groupRounds(polls []*monitorPoll) map[string][]*domainRound {
	byKey := map[roundKey]*domainRound{}
	out := map[string][]*domainRound{}
	for _, p := range polls {
		key := roundKey{p.roundID, p.domain}
		dr := byKey[key]
		if dr == nil {
			dr = &domainRound{location: p.location, roundID: p.roundID, source: p.source, domain: p.domain, round: p.round}
			byKey[key] = dr
			out[p.location] = append(out[p.location], dr)
		}
		dr.polls = append(dr.polls, p)
		if p.closedAt.After(dr.closedAt) {
			dr.closedAt = p.closedAt
		}
	}
	order := map[monitor.AgeVersion]int{monitor.Age6to11: 0, monitor.Age12to17: 1, monitor.AllAges: 2}
	for _, rs := range out {
		sort.SliceStable(rs, func(i, j int) bool { return rs[i].closedAt.Before(rs[j].closedAt) })
		for _, dr := range rs {
			sort.SliceStable(dr.polls, func(i, j int) bool { return order[dr.polls[i].age] < order[dr.polls[j].age] })
		}
	}
	return out
}

// pooled accumulates answers' scores of polls shown in full.
type pooled struct {
	sum       float64
	n         int
	locations map[string]bool
}

func (p *pooled) add(dr *domainRound, k int) {
	for _, mp := range dr.polls {
		v := mp.answers(k).View()
		if !v.Complete() {
			continue
		}
		for pos, c := range mp.counts {
			p.sum += monitor.Value(mp.kind, pos) * float64(c)
			p.n += c
		}
		if p.locations == nil {
			p.locations = map[string]bool{}
		}
		if v.Turnout.Count > 0 {
			p.locations[dr.location] = true
		}
	}
}

func (p *pooled) score() *float64 {
	if p == nil || p.n == 0 {
		return nil
	}
	return round1(p.sum / float64(p.n))
}

func (p *pooled) count() int {
	if p == nil {
		return 0
	}
	return len(p.locations)
}

// render protects a domain in one round: each age version's turnout as its poll shows it (a
// fixed cell), the domain's answers their sum, hidden when it would give a hidden one away
// (complementary suppression by disclosure.Table); the score from the polls shown in full.
func (dr *domainRound) render(k int) MonitorDomainRound {
	out := MonitorDomainRound{Round: dr.round, Source: dr.source, ClosedAt: dr.closedAt.UTC(), ByAge: []MonitorAgeAnswers{}}
	t := disclosure.NewTable(k)
	var parts []disclosure.Cell
	total := 0
	var polls []monitor.Answers
	for _, mp := range dr.polls {
		a := mp.answers(k)
		v := a.View()
		n := a.Turnout()
		polls = append(polls, a)
		parts = append(parts, t.AddFixed(n, v.Turnout.Suppressed))
		total += n
	}
	sum := t.Add(total)
	t.Sum(sum, parts...)
	if err := t.Protect(); err != nil {
		t = nil // unprotectable: show no count at all
	}
	for i, mp := range dr.polls {
		a := MonitorAgeAnswers{AgeVersion: mp.age, Suppressed: true, PollID: mp.id}
		if t != nil {
			a.Answers = t.Shown(parts[i])
			a.Suppressed = a.Answers == nil
		}
		out.ByAge = append(out.ByAge, a)
	}
	if t != nil {
		out.Answers = t.Shown(sum)
	}
	out.Suppressed = out.Answers == nil
	out.Score, out.ScoredAnswers = monitor.Score(polls)
	return out
}

func sumInts(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

// MonitorScorecard computes a location's monitor for the weeks holding [from, to]: managers and
// linked partners of the location, national admins (policies.MayReadMonitor).
func (s *Service) MonitorScorecard(ctx context.Context, locationID string, from, to *time.Time) (*MonitorScorecard, error) {
	if !isSystem(ctx) {
		if err := policies.MayReadMonitor(policies.FromContext(ctx), locationID); err != nil {
			return nil, err
		}
	}
	p, err := NewPeriod(from, to, s.cfg.Now())
	if err != nil {
		return nil, err
	}
	var out *MonitorScorecard
	err = s.snapshot(system(ctx), func(ctx context.Context) error {
		locs, err := s.locations(ctx, scope{locationID})
		if err != nil {
			return err
		}
		if len(locs) == 0 {
			return apierror.NotFoundf("no such location")
		}
		l := locs[0]
		own, err := s.monitorPolls(ctx, scope{locationID}, p.From.Add(-history), p.To)
		if err != nil {
			return err
		}
		all, err := s.monitorPolls(ctx, scope{}, p.From, p.To)
		if err != nil {
			return err
		}
		allLocs, err := s.locations(ctx, scope{})
		if err != nil {
			return err
		}
		kindOf := map[string]location.Kind{}
		for _, x := range allLocs {
			kindOf[x.id] = x.kind
		}
		k := s.cfg.MinGroupSize
		national, kinds := comparisons(groupRounds(all), kindOf, k)
		out = &MonitorScorecard{LocationID: l.id, LocationName: l.name, Kind: l.kind, Period: p, MinGroupSize: k,
			FrameworkVersion: monitor.FrameworkVersion, GeneratedAt: s.cfg.Now().UTC()}
		rounds := groupRounds(own)[l.id]
		for _, d := range monitor.Framework() {
			card := domainCard(d, rounds, p, k)
			card.NationalScore, card.NationalLocations = national[d.Key].score(), national[d.Key].count()
			kp := kinds[kindDomain{l.kind, d.Key}]
			card.KindScore, card.KindLocations = kp.score(), kp.count()
			out.Domains = append(out.Domains, card)
		}
		stab, err := s.stability(ctx, scope{locationID}, p)
		if err != nil {
			return err
		}
		out.Stability = stab.locations[l.id]
		out.Stability.LocationID, out.Stability.Kind = &l.id, &l.kind
		return nil
	})
	return out, err
}

// domainCard renders one domain of a location from its rounds (in closing order, some before the
// period).
func domainCard(d monitor.Domain, rounds []*domainRound, p Period, k int) MonitorDomainCard {
	card := MonitorDomainCard{Domain: d.Key, Threshold: d.Threshold, Drop: d.Drop, History: []MonitorDomainRound{}}
	var prev *MonitorDomainRound
	for _, dr := range rounds {
		if dr.domain != d.Key {
			continue
		}
		r := dr.render(k)
		if dr.closedAt.Before(p.From) {
			prev = &r
			continue
		}
		card.History = append(card.History, r)
		if card.Latest != nil {
			prev = card.Latest
		}
		latest := r
		card.Latest = &latest
	}
	if card.Latest == nil {
		return card
	}
	card.Previous = prev
	if prev != nil && prev.Score != nil && card.Latest.Score != nil {
		card.Trend = round1(*card.Latest.Score - *prev.Score)
	}
	card.NeedsAttention = needsAttention(d, card.Latest.Score, card.Trend)
	return card
}

// needsAttention: a shown score below the threshold, or a shown fall of Drop or more.
func needsAttention(d monitor.Domain, score, trend *float64) bool {
	const epsilon = 1e-9
	return score != nil && *score < d.Threshold || trend != nil && -*trend >= d.Drop-epsilon
}

type kindDomain struct {
	kind   location.Kind
	domain string
}

// comparisons pools, per domain, the latest round of the period of every location (only polls
// shown in full), over all locations and per kind of location.
func comparisons(rounds map[string][]*domainRound, kindOf map[string]location.Kind, k int) (map[string]*pooled, map[kindDomain]*pooled) {
	national := map[string]*pooled{}
	kinds := map[kindDomain]*pooled{}
	for loc, rs := range rounds {
		latest := map[string]*domainRound{}
		for _, dr := range rs {
			latest[dr.domain] = dr // in closing order: the last one wins
		}
		for domain, dr := range latest {
			if national[domain] == nil {
				national[domain] = &pooled{}
			}
			national[domain].add(dr, k)
			kd := kindDomain{kindOf[loc], domain}
			if kinds[kd] == nil {
				kinds[kd] = &pooled{}
			}
			kinds[kd].add(dr, k)
		}
	}
	return national, kinds
}

// NationalMonitor computes the monitor of every location for the weeks holding [from, to]:
// national admins (policies.MayReadNationalMonitor).
func (s *Service) NationalMonitor(ctx context.Context, from, to *time.Time) (*NationalMonitor, error) {
	if !isSystem(ctx) {
		if err := policies.MayReadNationalMonitor(policies.FromContext(ctx)); err != nil {
			return nil, err
		}
	}
	p, err := NewPeriod(from, to, s.cfg.Now())
	if err != nil {
		return nil, err
	}
	// The locations and the polls, the polls' counts, and the stability figures are read side by
	// side on one snapshot (database.SharedSnapshot), as the national report reads its groups.
	var locs []locationRow
	var polls []*monitorPoll
	var counts monitorCounts
	var stab *stabilityResult
	err = s.snapshots(system(ctx), func(ctx context.Context) (err error) {
		if locs, err = s.locations(ctx, scope{}); err != nil {
			return err
		}
		polls, err = s.monitorPollRows(ctx, scope{}, p.From.Add(-history), p.To)
		return err
	}, func(ctx context.Context) (err error) {
		counts, err = s.monitorCounts(ctx, scope{}, p.From.Add(-history), p.To)
		return err
	}, func(ctx context.Context) (err error) {
		stab, err = s.stability(ctx, scope{}, p)
		return err
	})
	if err != nil {
		return nil, err
	}
	counts.into(polls)
	k := s.cfg.MinGroupSize
	kindOf := map[string]location.Kind{}
	for _, l := range locs {
		kindOf[l.id] = l.kind
	}
	rounds := groupRounds(polls)
	inPeriod := map[string][]*domainRound{}
	for loc, rs := range rounds {
		for _, dr := range rs {
			if !dr.closedAt.Before(p.From) {
				inPeriod[loc] = append(inPeriod[loc], dr)
			}
		}
	}
	national, kinds := comparisons(inPeriod, kindOf, k)
	out := &NationalMonitor{Period: p, MinGroupSize: k, FrameworkVersion: monitor.FrameworkVersion,
		GeneratedAt: s.cfg.Now().UTC(), Locations: []MonitorLocationLine{}}
	for _, d := range monitor.Framework() {
		nd := NationalMonitorDomain{Domain: d.Key, Threshold: d.Threshold, Score: national[d.Key].score(),
			Locations: national[d.Key].count(), Kinds: []MonitorKindScore{}}
		for _, kd := range locationKinds {
			kp := kinds[kindDomain{kd, d.Key}]
			if kp == nil {
				continue
			}
			nd.Kinds = append(nd.Kinds, MonitorKindScore{Kind: kd, Score: kp.score(), Locations: kp.count()})
		}
		out.Domains = append(out.Domains, nd)
	}
	lowest := map[string]float64{}
	for _, l := range locs {
		if len(inPeriod[l.id]) == 0 {
			continue
		}
		line := MonitorLocationLine{LocationID: l.id, LocationName: l.name, Kind: l.kind}
		lowest[l.id] = math.Inf(1)
		for _, d := range monitor.Framework() {
			card := domainCard(d, rounds[l.id], p, k)
			if card.Latest == nil {
				continue
			}
			ld := MonitorLocationDomain{Domain: d.Key, Answers: card.Latest.Answers, Score: card.Latest.Score,
				Trend: card.Trend, NeedsAttention: card.NeedsAttention}
			if ld.NeedsAttention {
				line.Attention++
			}
			if ld.Score != nil {
				lowest[l.id] = math.Min(lowest[l.id], *ld.Score)
			}
			line.Domains = append(line.Domains, ld)
		}
		out.Locations = append(out.Locations, line)
	}
	// Locations needing attention first: most domains needing it, then the lowest score shown,
	// then the name. Only shown figures decide the order.
	sort.SliceStable(out.Locations, func(i, j int) bool {
		a, b := out.Locations[i], out.Locations[j]
		if a.Attention != b.Attention {
			return a.Attention > b.Attention
		}
		if lowest[a.LocationID] != lowest[b.LocationID] {
			return lowest[a.LocationID] < lowest[b.LocationID]
		}
		return a.LocationName < b.LocationName
	})
	out.Stability = stab.kinds
	return out, nil
}
