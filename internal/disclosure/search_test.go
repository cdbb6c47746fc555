package disclosure_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/internal/disclosure"
	"github.com/jeugdstem/jeugdstem/internal/disclosure/disclosuretest"
)

// shapes are the polls the exhaustive search covers at threshold k: every kind, 2 to 5 options
// (a YES_NO poll is SINGLE_CHOICE with 2; SCALE has 5 points, as a smiley scale), 0 to 15 voters.
// A SLIDER is a SCALE of 11 points: the same rule (one group, the median and mean only when every
// count is shown), whose tables are too many to search (about 7.7 million with up to 15 voters). MULTIPLE_CHOICE is searched with every limit on
// the choices up to 3 and without one.
//
// RANKING is bounded lower, because its tables are rank tables (a count per option and rank,
// rows and columns adding up to the turnout) and their number grows like n^((m-1)^2): with 3
// options all 15 voters (36 000 tables), with 4 options 7 voters (about 600 000; 9 would be 2.4
// million, 30 s), with 5 options 4 voters (about 80 000; 5 voters would be over a million rank
// tables of 25 cells). The first preferences, which are what can be shown below the Borda
// points, are searched to 15 voters as SINGLE_CHOICE with the same number of options: they are
// suppressed by the same rule.
func shapes(k int) []disclosuretest.Shape {
	var out []disclosuretest.Shape
	for m := 2; m <= 5; m++ {
		out = append(out, disclosuretest.Shape{Kind: disclosure.SingleChoice, K: k, Options: m, MaxVoters: 15})
		for _, most := range []int{0, 1, 2, 3} {
			if most < m && (m < 5 || most != 1 && most != 3) {
				out = append(out, disclosuretest.Shape{Kind: disclosure.MultipleChoice, K: k, Options: m, MaxVoters: multipleVoters(m), MaxChoices: most})
			}
		}
	}
	out = append(out,
		disclosuretest.Shape{Kind: disclosure.Scale, K: k, Options: 5, MaxVoters: 15},
		disclosuretest.Shape{Kind: disclosure.Ranking, K: k, Options: 2, MaxVoters: 15},
		disclosuretest.Shape{Kind: disclosure.Ranking, K: k, Options: 3, MaxVoters: 15},
		disclosuretest.Shape{Kind: disclosure.Ranking, K: k, Options: 4, MaxVoters: 7},
		disclosuretest.Shape{Kind: disclosure.Ranking, K: k, Options: 5, MaxVoters: 3},
	)
	return out
}

// multipleVoters bounds MULTIPLE_CHOICE: every count goes from 0 to the turnout, so there are
// about (n+1)^m tables per turnout n; with 5 options 15 voters would be 3.9 million tables per
// limit on the choices (40 s on 2 busy cores), 11 voters are 0.9 million.
func multipleVoters(m int) int {
	if m == 5 {
		return 11
	}
	return 15
}

// TestNoTableIsGivenAway is the exhaustive search: for every small table of every kind, what a
// viewer receives (pollResults' counts, turnout, median, mean and Borda points, and the live
// turnout) leaves no cell of 1 to k-1 children known.
func TestNoTableIsGivenAway(t *testing.T) {
	if testing.Short() {
		t.Skip("exhaustive search")
	}
	for _, k := range []int{5, 3} {
		for _, s := range shapes(k) {
			t.Run(s.String(), func(t *testing.T) {
				t.Parallel()
				start := time.Now()
				leaks, tables := disclosuretest.Search(s, checkedEngineView(t))
				t.Logf("%d tables in %v", tables, time.Since(start).Round(time.Millisecond))
				report(t, leaks)
			})
		}
	}
}

// checkedEngineView is the engine's view, checking on the way that the turnout shown with the
// results is the one shown live (one rule for both).
func checkedEngineView(t *testing.T) disclosuretest.View {
	return func(c disclosure.PollCounts) (string, bool) {
		v := disclosure.Poll(c)
		if live := disclosure.ShowTurnout(c.K, c.Turnout); v.Turnout != live {
			t.Fatalf("turnout %d: results show %+v, live %+v", c.Turnout, v.Turnout, live)
		}
		return disclosuretest.EngineView(c)
	}
}

func report(t *testing.T, leaks []disclosuretest.Leak) {
	t.Helper()
	for i, l := range leaks {
		if i == 10 {
			t.Errorf("... and %d more", len(leaks)-i)
			break
		}
		t.Errorf("leak: %s", l)
	}
}

// TestSearchFindsTheOldLeaks is the negative control: the same search, run over the rules that
// were in place before the one engine (pollResults' own suppression, the median shown with any
// shown turnout, and the exact live turnout), finds the leaks that were reported: the smiley
// median of 3,4,5,5,5, the child who did not choose an option chosen by 5 of 6, and the live
// turnout of 3.
func TestSearchFindsTheOldLeaks(t *testing.T) {
	const k = 5
	want := map[string]func(l disclosuretest.Leak) bool{
		"smiley 3,4,5,5,5: the median gives the faces away": func(l disclosuretest.Leak) bool {
			return l.Shape.Kind == disclosure.Scale && l.Example.Turnout == 5 && l.Tables == 1 &&
				fmt.Sprint(l.Example.Ranks) == "[[0] [0] [1] [1] [3]]"
		},
		"multiple choice, 6 voters, an option chosen by 5: 1 did not choose it": func(l disclosuretest.Leak) bool {
			return l.Shape.Kind == disclosure.MultipleChoice && l.Example.Turnout == 6 &&
				strings.HasPrefix(l.Cell, "did not choose") && l.Value == 1
		},
		"live turnout of 3": func(l disclosuretest.Leak) bool {
			return l.Cell == "turnout" && l.Value == 3
		},
	}
	found := map[string]int{}
	for _, s := range []disclosuretest.Shape{
		{Kind: disclosure.Scale, K: k, Options: 5, MaxVoters: 15},
		{Kind: disclosure.MultipleChoice, K: k, Options: 3, MaxVoters: 15},
		{Kind: disclosure.SingleChoice, K: k, Options: 3, MaxVoters: 15},
	} {
		leaks, _ := disclosuretest.Search(s, oldView)
		for _, l := range leaks {
			for name, match := range want {
				if match(l) {
					found[name]++
				}
			}
		}
		if len(leaks) == 0 {
			t.Errorf("%s: the old rules leak nothing?", s)
		}
	}
	for name := range want {
		if found[name] == 0 {
			t.Errorf("the search does not find %q in the old rules", name)
		} else {
			t.Logf("found %q (%d leaks of that form)", name, found[name])
		}
	}
}

// oldView is pollResults as it was before the one engine (internal/voting/suppress.go), with
// the live turnout exact: the weakened variant the search must catch.
func oldView(c disclosure.PollCounts) (string, bool) {
	counts := make([]int, len(c.Ranks))
	for o, row := range c.Ranks {
		counts[o] = row[0]
	}
	cells, totalHidden := oldSuppress(counts, c.Turnout, c.K)
	turnout := &c.Turnout
	if totalHidden {
		turnout = nil
	}
	parts := []any{"turnout", turnout, "live", c.Turnout, "options"}
	complete := !totalHidden
	for o := range counts {
		if cells[o] {
			parts = append(parts, nil)
			complete = false
		} else {
			parts = append(parts, &counts[o])
		}
	}
	if c.Kind == disclosure.Scale && !totalHidden {
		if m, ok := disclosure.Median(counts); ok {
			parts = append(parts, "median", &m)
		}
	}
	// Every table with all counts shown is determined by them (the live turnout is exact).
	return disclosuretest.Key(parts...), complete
}

func oldSuppress(counts []int, total, k int) (cells []bool, totalHidden bool) {
	cells = make([]bool, len(counts))
	if total > 0 && total < k {
		for i := range cells {
			cells[i] = true
		}
		return cells, true
	}
	hiddenSum := 0
	for i, c := range counts {
		if c > 0 && c < k {
			cells[i] = true
			hiddenSum += c
		}
	}
	for hiddenSum > 0 && hiddenSum < k {
		next := -1
		for i, c := range counts {
			if !cells[i] && c > 0 && (next < 0 || c < counts[next]) {
				next = i
			}
		}
		if next < 0 {
			return cells, true
		}
		cells[next] = true
		hiddenSum += counts[next]
	}
	return cells, false
}

// TestTwoThresholdsTogether: a poll's own threshold may be below the deployment's, which the
// reports use (the larger of the two), so a reader may see pollResults at the poll's k and the
// report at the deployment's. Read together they must give away nothing below the poll's k.
func TestTwoThresholdsTogether(t *testing.T) {
	if testing.Short() {
		t.Skip("exhaustive search")
	}
	for _, s := range []disclosuretest.Shape{
		{Kind: disclosure.SingleChoice, K: 3, Options: 3, MaxVoters: 15},
		{Kind: disclosure.SingleChoice, K: 3, Options: 4, MaxVoters: 15},
		{Kind: disclosure.Scale, K: 3, Options: 5, MaxVoters: 15},
		{Kind: disclosure.MultipleChoice, K: 3, Options: 3, MaxVoters: 15},
		{Kind: disclosure.MultipleChoice, K: 3, Options: 3, MaxVoters: 15, MaxChoices: 2},
		{Kind: disclosure.Ranking, K: 3, Options: 3, MaxVoters: 15},
	} {
		t.Run(s.String(), func(t *testing.T) {
			t.Parallel()
			leaks, _ := disclosuretest.Search(s, func(c disclosure.PollCounts) (string, bool) {
				own, exact := disclosuretest.EngineView(c)
				report := c
				report.K = 5
				deployment, _ := disclosuretest.EngineView(report)
				return own + " report " + deployment, exact
			})
			report(t, leaks)
		})
	}
}

// TestSearchFindsTheLineRuleLeak is a second negative control: a poll protected by the line rule
// of Table (which the reports used for polls before disclosure.Poll: a complement only while the
// hidden counts add up to fewer than k) leaves 5,4,4 of 13 readable, and the search finds it.
func TestSearchFindsTheLineRuleLeak(t *testing.T) {
	s := disclosuretest.Shape{Kind: disclosure.SingleChoice, K: 5, Options: 3, MaxVoters: 15}
	leaks, _ := disclosuretest.Search(s, func(c disclosure.PollCounts) (string, bool) {
		tb := disclosure.NewTable(c.K)
		total := tb.Add(c.Turnout)
		cells := make([]disclosure.Cell, len(c.Ranks))
		for i, row := range c.Ranks {
			cells[i] = tb.Add(row[0])
		}
		tb.Group(total, cells...)
		parts := []any{"turnout", tb.Shown(total), "options"}
		complete := !tb.Hidden(total)
		for _, cell := range cells {
			parts = append(parts, tb.Shown(cell))
			complete = complete && !tb.Hidden(cell)
		}
		return disclosuretest.Key(parts...), complete
	})
	found := false
	for _, l := range leaks {
		found = found || fmt.Sprint(l.Example.Ranks) == "[[5] [4] [4]]"
	}
	if !found {
		t.Errorf("the search does not find 5,4,4 of 13 under the line rule (%d leaks)", len(leaks))
	}
}
