package reports

import (
	"math"
	"sort"
	"time"

	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/disclosure"
	"github.com/jeugdstem/jeugdstem/internal/voting"
)

// Turning raw counts into published figures: every figure that counts children passes through a
// disclosure.Table, with the sums that link it to other figures of the same report.

// themes lists every theme, in the order reports show them.
var themes = func() []schematype.Theme {
	var out []schematype.Theme
	for _, v := range schematype.Theme("").Values() {
		out = append(out, schematype.Theme(v))
	}
	return out
}()

// feedbackCells are the cells of one row of a feedback table.
type feedbackCells struct {
	threads, posts, open, inProgress, done, notPossible, closed, overdue disclosure.Cell
}

// columns lists the cells of a row in a fixed order, for sums down the columns.
func (f feedbackCells) columns() []disclosure.Cell {
	return []disclosure.Cell{f.threads, f.posts, f.open, f.inProgress, f.done, f.notPossible, f.closed, f.overdue}
}

func (c feedbackCounts) values() []int {
	return []int{c.threads, c.posts, c.open, c.inProgress, c.done, c.notPossible, c.closed, c.overdue}
}

func cellsOf(cs []disclosure.Cell) feedbackCells {
	return feedbackCells{cs[0], cs[1], cs[2], cs[3], cs[4], cs[5], cs[6], cs[7]}
}

// addFeedbackRow adds one row of counts and the line "threads = open + in progress + done + not
// possible + closed" (every thread has exactly one status).
func addFeedbackRow(t *disclosure.Table, c feedbackCounts, add func(n int) disclosure.Cell) feedbackCells {
	var cs []disclosure.Cell
	for _, v := range c.values() {
		cs = append(cs, add(v))
	}
	row := cellsOf(cs)
	t.Sum(row.threads, row.open, row.inProgress, row.done, row.notPossible, row.closed)
	return row
}

// sumColumns declares total's every column the sum of the rows' columns.
func sumColumns(t *disclosure.Table, total feedbackCells, rows []feedbackCells) {
	for i, tc := range total.columns() {
		parts := make([]disclosure.Cell, len(rows))
		for j, r := range rows {
			parts[j] = r.columns()[i]
		}
		t.Sum(tc, parts...)
	}
}

// locationTable is the protected table of one location: its participation counts, and its feedback
// per theme with the totals over themes. The national report rebuilds it for every location, so a
// figure hidden in a location's report is hidden in the national report too.
type locationTable struct {
	t                      *disclosure.Table
	members, voters, cases disclosure.Cell
	themes                 map[schematype.Theme]feedbackCells
	total                  feedbackCells
	counts                 map[schematype.Theme]feedbackCounts
	totalCounts            feedbackCounts
}

func protectLocation(k, members, voters, cases int, fb map[schematype.Theme]feedbackCounts) *locationTable {
	t := disclosure.NewTable(k)
	lt := &locationTable{t: t, themes: map[schematype.Theme]feedbackCells{}, counts: fb}
	lt.members, lt.voters, lt.cases = t.Add(members), t.Add(voters), t.Add(cases)
	var rows []feedbackCells
	for _, th := range themes {
		c := fb[th]
		lt.themes[th] = addFeedbackRow(t, c, t.Add)
		rows = append(rows, lt.themes[th])
		lt.totalCounts = lt.totalCounts.plus(c)
	}
	lt.total = addFeedbackRow(t, lt.totalCounts, t.Add)
	sumColumns(t, lt.total, rows)
	if err := t.Protect(); err != nil {
		panic(err) // a table without fixed cells can always be protected
	}
	return lt
}

func (c feedbackCounts) plus(o feedbackCounts) feedbackCounts {
	return feedbackCounts{c.threads + o.threads, c.posts + o.posts, c.open + o.open, c.inProgress + o.inProgress,
		c.done + o.done, c.notPossible + o.notPossible, c.closed + o.closed, c.overdue + o.overdue}
}

// figures renders a protected feedback row with its medians.
func figures(t *disclosure.Table, cells feedbackCells, theme *schematype.Theme, mod, resp median, k int) ThemeFigures {
	return ThemeFigures{
		Theme:                 theme,
		Threads:               t.Shown(cells.threads),
		Posts:                 t.Shown(cells.posts),
		Open:                  t.Shown(cells.open),
		InProgress:            t.Shown(cells.inProgress),
		Done:                  t.Shown(cells.done),
		NotPossible:           t.Shown(cells.notPossible),
		Closed:                t.Shown(cells.closed),
		Overdue:               t.Shown(cells.overdue),
		MedianModerationHours: mod.shown(k),
		MedianResponseHours:   resp.shown(k),
	}
}

// shown is the median in hours (one decimal), or nil when it is of fewer than k values.
func (m median) shown(k int) *float64 {
	if m.n < k || m.n == 0 {
		return nil
	}
	return round1(m.hours)
}

func round1(v float64) *float64 {
	r := math.Round(v*10) / 10
	return &r
}

// participation renders the participation figures; a percentage is shown only when what it is
// computed from is (voters over members would otherwise give a hidden count away).
func participation(t *disclosure.Table, members, voters, posts disclosure.Cell, housed int) Participation {
	p := Participation{ActiveMembers: t.Shown(members), Voters: t.Shown(voters), Posts: t.Shown(posts)}
	if p.Voters != nil && p.ActiveMembers != nil && *p.ActiveMembers > 0 {
		p.TurnoutPercent = round1(100 * float64(*p.Voters) / float64(*p.ActiveMembers))
	}
	if p.Voters != nil && housed > 0 {
		p.TurnoutOfHousedPercent = round1(100 * float64(*p.Voters) / float64(housed))
	}
	return p
}

// protectPoll publishes a poll's turnout and option counts (for RANKING its first preferences)
// at the larger of the deployment's threshold and the poll's own, by disclosure.Poll: the one
// rule for what is shown of a poll, so that a report, its export and pollResults show the same
// cells (at the same k) and reading them together gives nothing more away. The summary its kind
// has (voting's kinds table) is shown only where every count is: Score, the mean answer of a
// smiley poll, or Median, the middle answer of a slider.
func protectPoll(k int, pr *pollRow) PollResult {
	k = max(k, pr.k)
	kind := voting.KindOf(pr.kind)
	ranks := make([][]int, len(pr.options))
	for i, o := range pr.options {
		ranks[i] = []int{o.count}
	}
	v := disclosure.Poll(disclosure.PollCounts{Kind: kind.Disclosure, K: k, Turnout: pr.turnout,
		MaxChoices: pr.maxChoices, Ranks: ranks})
	res := PollResult{PollID: pr.id, Scope: pr.scope, Kind: pr.kind, Theme: pr.theme, Status: pr.status,
		Question: pr.question, ClosedAt: pr.closedAt.UTC(), MinGroupSize: v.K,
		Turnout: v.Turnout.Shown(), TurnoutSuppressed: v.Turnout.Suppressed, Options: []OptionResult{}}
	switch kind.Summary {
	case voting.ScaleScore:
		res.Score = v.Mean
	case voting.ScaleMedian:
		res.Median = kind.Scale.Median(v.Median)
	}
	for i, o := range pr.options {
		res.Options = append(res.Options, OptionResult{OptionID: o.id, Position: o.position, Label: o.label,
			Count: v.Options[i].Count, Suppressed: v.Options[i].Suppressed()})
	}
	return res
}

// smileySum is the sum of the answers (position 0..4 is 1..5) and their number.
func smileySum(pr *pollRow) (sum, n int) {
	for _, o := range pr.options {
		sum += (o.position + 1) * o.count
		n += o.count
	}
	return sum, n
}

// smiley accumulates the answers of the smiley polls that may take part in averages: those whose
// result is shown in full (Score set).
type smiley struct {
	sum, n, polls int
}

func (s *smiley) add(pr *pollRow) {
	sum, n := smileySum(pr)
	s.sum, s.n, s.polls = s.sum+sum, s.n+n, s.polls+1
}

func (s smiley) score() *float64 {
	if s.n == 0 {
		return nil
	}
	return round1(float64(s.sum) / float64(s.n))
}

// trend averages the publishable smiley polls per theme and week (or month) of closing.
func trend(results []PollResult, rows []*pollRow, interval TrendInterval) []TrendPoint {
	type key struct {
		theme schematype.Theme
		start time.Time
	}
	acc := map[key]*smiley{}
	for i, r := range results {
		if r.Score == nil {
			continue
		}
		start := weekStart(r.ClosedAt)
		if interval == TrendMonth {
			start = monthStart(r.ClosedAt)
		}
		k := key{r.Theme, start.UTC()}
		if acc[k] == nil {
			acc[k] = &smiley{}
		}
		acc[k].add(rows[i])
	}
	out := []TrendPoint{}
	for k, a := range acc {
		out = append(out, TrendPoint{Theme: k.theme, Start: k.start, Polls: a.polls, Responses: a.n, Score: *a.score()})
	}
	order := map[schematype.Theme]int{}
	for i, th := range themes {
		order[th] = i
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Theme != out[j].Theme {
			return order[out[i].Theme] < order[out[j].Theme]
		}
		return out[i].Start.Before(out[j].Start)
	})
	return out
}

// safetyScore averages the publishable SAFETY smiley polls.
func safetyScore(results []PollResult, rows []*pollRow) *float64 {
	var s smiley
	for i, r := range results {
		if r.Score != nil && r.Theme == schematype.ThemeSafety {
			s.add(rows[i])
		}
	}
	return s.score()
}
