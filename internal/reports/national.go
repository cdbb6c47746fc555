package reports

import (
	"context"
	"sort"
	"time"

	"github.com/jeugdstem/jeugdstem/ent/location"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/disclosure"
)

// NationalReport computes the national report for the weeks holding [from, to].
func (s *Service) NationalReport(ctx context.Context, from, to *time.Time, opts Options) (*NationalReport, error) {
	if err := s.authorizeNational(ctx); err != nil {
		return nil, err
	}
	p, err := NewPeriod(from, to, s.cfg.Now())
	if err != nil {
		return nil, err
	}
	var councils NationalCouncils
	d, err := s.readNational(system(ctx), p, &councils)
	if err != nil {
		return nil, err
	}
	r, err := s.nationalReport(d, p, opts)
	if err != nil {
		return nil, err
	}
	r.Councils = councils
	return r, nil
}

// nationalRows is what the national report reads, before protection.
type nationalRows struct {
	locs                   []locationRow
	members, voters, cases map[string]int
	polls                  []*pollRow
	fb                     feedbackByTheme
	medians                map[medianKey]median
}

// readNational reads the national report's rows, and with councils its councils section, in
// three groups side by side, on one snapshot (database.SharedSnapshot), so the figures add up as
// if read in one transaction: the locations, polls and thread counts; the voters, the longest
// single read (alone, so that nothing waits behind it); the posts, their medians and the councils.
func (s *Service) readNational(ctx context.Context, p Period, councils *NationalCouncils) (d nationalRows, err error) {
	sc := scope{}
	posts := map[threadKey]int{}
	err = s.snapshots(ctx, func(ctx context.Context) (err error) {
		if d.locs, err = s.locations(ctx, sc); err != nil {
			return err
		}
		if d.members, err = s.activeMembers(ctx, sc); err != nil {
			return err
		}
		if d.cases, err = s.openCases(ctx, sc); err != nil {
			return err
		}
		if d.polls, err = s.polls(ctx, sc, p); err != nil {
			return err
		}
		d.fb, err = s.threadCounts(ctx, sc, p)
		return err
	}, func(ctx context.Context) (err error) {
		d.voters, err = s.voters(ctx, sc, p)
		return err
	}, func(ctx context.Context) (err error) {
		if d.medians, err = s.posts(ctx, sc, p, posts); err != nil {
			return err
		}
		if councils != nil {
			*councils, err = s.nationalCouncils(ctx, p)
		}
		return err
	})
	if err != nil {
		return d, err
	}
	d.fb.withPosts(posts)
	return d, nil
}

// summaryCells are the cells of one line of the national comparison.
type summaryCells struct {
	members, voters, cases disclosure.Cell
	feedback               feedbackCells
}

func (s *Service) nationalReport(d nationalRows, p Period, opts Options) (*NationalReport, error) {
	locs, members, voters, cases, polls, fb, medians := d.locs, d.members, d.voters, d.cases, d.polls, d.fb, d.medians
	k := s.cfg.MinGroupSize

	// Every location's own table first, exactly as its location report protects it; the national
	// table takes those cells as they were decided, and may only hide its own sums.
	t := disclosure.NewTable(k)
	fixed := func(lt *locationTable, c disclosure.Cell) disclosure.Cell {
		return t.AddFixed(lt.t.Value(c), lt.t.Hidden(c))
	}
	fixedRow := func(lt *locationTable, row feedbackCells) feedbackCells {
		var cs []disclosure.Cell
		for _, c := range row.columns() {
			cs = append(cs, fixed(lt, c))
		}
		return cellsOf(cs)
	}
	newSummary := func(members, voters, cases int, c feedbackCounts) summaryCells {
		sm := summaryCells{members: t.Add(members), voters: t.Add(voters), cases: t.Add(cases)}
		sm.feedback = addFeedbackRow(t, c, t.Add)
		return sm
	}
	sumSummaries := func(total summaryCells, parts []summaryCells) {
		var m, v, c []disclosure.Cell
		var rows []feedbackCells
		for _, p := range parts {
			m, v, c, rows = append(m, p.members), append(v, p.voters), append(c, p.cases), append(rows, p.feedback)
		}
		t.Sum(total.members, m...)
		t.Sum(total.voters, v...)
		t.Sum(total.cases, c...)
		sumColumns(t, total.feedback, rows)
	}

	lines := make([]*locLine, len(locs))
	byKind := map[location.Kind][]*locLine{}
	kindTotals := map[location.Kind][4]int{} // members, voters, cases, housed
	kindCounts := map[location.Kind]feedbackCounts{}
	themeTotals := map[schematype.Theme]feedbackCounts{}
	var all feedbackCounts
	for i, l := range locs {
		lt := protectLocation(k, members[l.id], voters[l.id], cases[l.id], themeCounts(fb, l.id))
		ll := &locLine{row: l, themes: map[schematype.Theme]feedbackCells{}}
		ll.cells = summaryCells{members: fixed(lt, lt.members), voters: fixed(lt, lt.voters), cases: fixed(lt, lt.cases),
			feedback: fixedRow(lt, lt.total)}
		for _, th := range themes {
			ll.themes[th] = fixedRow(lt, lt.themes[th])
			themeTotals[th] = themeTotals[th].plus(lt.counts[th])
		}
		lines[i] = ll
		byKind[l.kind] = append(byKind[l.kind], ll)
		kt := kindTotals[l.kind]
		kindTotals[l.kind] = [4]int{kt[0] + members[l.id], kt[1] + voters[l.id], kt[2] + cases[l.id], kt[3] + l.housed}
		kindCounts[l.kind] = kindCounts[l.kind].plus(lt.totalCounts)
		all = all.plus(lt.totalCounts)
	}

	// Kinds sum their locations; the total sums the kinds, and the national themes (each the sum of
	// that theme at every location) sum to the total too.
	kinds := sortedKinds(byKind)
	kindCells := map[location.Kind]summaryCells{}
	var kindParts []summaryCells
	var housed, allMembers, allVoters, allCases int
	for _, kd := range kinds {
		kt := kindTotals[kd]
		kc := newSummary(kt[0], kt[1], kt[2], kindCounts[kd])
		var parts []summaryCells
		for _, ll := range byKind[kd] {
			parts = append(parts, ll.cells)
		}
		sumSummaries(kc, parts)
		kindCells[kd] = kc
		kindParts = append(kindParts, kc)
		allMembers, allVoters, allCases, housed = allMembers+kt[0], allVoters+kt[1], allCases+kt[2], housed+kt[3]
	}
	total := newSummary(allMembers, allVoters, allCases, all)
	sumSummaries(total, kindParts)
	themeCells := map[schematype.Theme]feedbackCells{}
	var themeRows []feedbackCells
	for _, th := range themes {
		tc := addFeedbackRow(t, themeTotals[th], t.Add)
		var rows []feedbackCells
		for _, ll := range lines {
			rows = append(rows, ll.themes[th])
		}
		sumColumns(t, tc, rows)
		themeCells[th] = tc
		themeRows = append(themeRows, tc)
	}
	sumColumns(t, total.feedback, themeRows)
	if err := t.Protect(); err != nil {
		return nil, err
	}

	r := &NationalReport{Period: p, MinGroupSize: k, AnswerDeadlineDays: s.answerDays(),
		SafetyScoreThreshold: s.cfg.SafetyScoreThreshold, GeneratedAt: s.cfg.Now().UTC(), Polls: []PollResult{}}

	// Polls: all of them protected (averages take only those shown in full), national ones listed.
	results := make([]PollResult, len(polls))
	safety := map[string]*smiley{}
	kindSafety := map[location.Kind]*smiley{}
	var allSafety smiley
	kindOf := map[string]location.Kind{}
	for _, l := range locs {
		kindOf[l.id] = l.kind
	}
	for i, pr := range polls {
		results[i] = protectPoll(k, pr)
		if pr.locationID == nil {
			r.Polls = append(r.Polls, results[i])
		}
		if results[i].Score == nil || pr.theme != schematype.ThemeSafety {
			continue
		}
		allSafety.add(pr)
		if pr.locationID != nil {
			if safety[*pr.locationID] == nil {
				safety[*pr.locationID] = &smiley{}
			}
			safety[*pr.locationID].add(pr)
			kd := kindOf[*pr.locationID]
			if kindSafety[kd] == nil {
				kindSafety[kd] = &smiley{}
			}
			kindSafety[kd].add(pr)
		}
	}
	r.SmileyTrend = trend(results, polls, opts.Trend)

	summary := func(c summaryCells, housed int, group string, sm *smiley) LocationSummary {
		out := LocationSummary{
			ChildrenHoused:        housed,
			Participation:         participation(t, c.members, c.voters, c.feedback.posts, housed),
			Feedback:              figures(t, c.feedback, nil, medians[medianKey{"M", group}], medians[medianKey{"R", group}], k),
			OverdueResponses:      t.Shown(c.feedback.overdue),
			OpenSafeguardingCases: t.Shown(c.cases),
			Concerns:              []Concern{},
		}
		if sm != nil {
			out.SafetyScore = sm.score()
		}
		return out
	}
	for _, ll := range lines {
		l := ll.row
		ls := summary(ll.cells, l.housed, "L:"+l.id, safety[l.id])
		ls.LocationID, ls.LocationName, ls.Kind, ls.Municipality, ls.Locations = &l.id, &l.name, &l.kind, &l.municipality, 1
		if ls.SafetyScore != nil && *ls.SafetyScore < s.cfg.SafetyScoreThreshold {
			ls.Concerns = append(ls.Concerns, ConcernLowSafetyScore)
		}
		// A hidden count is never zero (zeros are shown), so a hidden overdue count is a concern.
		if t.Hidden(ll.cells.feedback.overdue) || *ls.OverdueResponses > 0 {
			ls.Concerns = append(ls.Concerns, ConcernOverdueAnswers)
		}
		r.Locations = append(r.Locations, ls)
	}
	sortByConcern(r.Locations)
	for _, kd := range kinds {
		ks := summary(kindCells[kd], kindTotals[kd][3], "K:"+string(kd), kindSafety[kd])
		ks.Kind, ks.Locations = &kd, len(byKind[kd])
		r.Kinds = append(r.Kinds, ks)
	}
	r.Total = summary(total, housed, "*", &allSafety)
	r.Total.Locations = len(locs)
	for _, th := range themes {
		g := "T:" + string(th)
		r.Themes = append(r.Themes, figures(t, themeCells[th], &th, medians[medianKey{"M", g}], medians[medianKey{"R", g}], k))
	}
	return r, nil
}

// locLine is one location in the national comparison.
type locLine struct {
	row    locationRow
	cells  summaryCells
	themes map[schematype.Theme]feedbackCells
}

// sortedKinds lists the kinds that have locations, in the order of the enum.
func sortedKinds(byKind map[location.Kind][]*locLine) []location.Kind {
	var out []location.Kind
	for _, kd := range locationKinds {
		if len(byKind[kd]) > 0 {
			out = append(out, kd)
		}
	}
	return out
}

// sortByConcern puts flagged locations first; within flagged and unflagged alike the lowest safety
// score comes first (no score last), then the most overdue answers, then the name. Only shown figures decide the order (a hidden
// overdue count sorts as 1, the least it can be), so the order reveals nothing the figures hide.
func sortByConcern(ls []LocationSummary) {
	overdue := func(l LocationSummary) int {
		if l.OverdueResponses == nil {
			return 1
		}
		return *l.OverdueResponses
	}
	score := func(l LocationSummary) float64 {
		if l.SafetyScore == nil {
			return 6 // after every score
		}
		return *l.SafetyScore
	}
	sort.SliceStable(ls, func(i, j int) bool {
		a, b := ls[i], ls[j]
		if (len(a.Concerns) > 0) != (len(b.Concerns) > 0) {
			return len(a.Concerns) > 0
		}
		if score(a) != score(b) {
			return score(a) < score(b)
		}
		if overdue(a) != overdue(b) {
			return overdue(a) > overdue(b)
		}
		return *a.LocationName < *b.LocationName
	})
}
