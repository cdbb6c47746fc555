package reports

import (
	"bytes"
	"testing"

	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/internal/disclosure"
	"github.com/jeugdstem/jeugdstem/internal/disclosure/disclosuretest"
)

// A poll's result reaches a reader several times: as pollResults (internal/voting), live turnout,
// in the location and national reports and in their CSV/XLSX exports. All go through
// disclosure.Poll, so they must show the same cells; and the attacker who reads them all
// together must still not be able to work out any count of 1 to k-1 children. This searches
// every small table of every kind (bounds as in internal/disclosure's search, smaller where the
// search there already covers more) with the view made of the report's poll cells and their CSV
// export next to pollResults' and the live turnout.
func TestReportAndPollResultsGiveNothingAway(t *testing.T) {
	if testing.Short() {
		t.Skip("exhaustive search")
	}
	const k = 5
	var shapes []disclosuretest.Shape
	for m := 2; m <= 4; m++ {
		shapes = append(shapes,
			disclosuretest.Shape{Kind: disclosure.SingleChoice, K: k, Options: m, MaxVoters: 15},
			disclosuretest.Shape{Kind: disclosure.MultipleChoice, K: k, Options: m, MaxVoters: 12},
			disclosuretest.Shape{Kind: disclosure.MultipleChoice, K: k, Options: m, MaxVoters: 12, MaxChoices: 2},
		)
	}
	shapes = append(shapes,
		disclosuretest.Shape{Kind: disclosure.YesNo, K: k, Options: 2, MaxVoters: 15},
		disclosuretest.Shape{Kind: disclosure.SmileyScale, K: k, Options: 5, MaxVoters: 15},
		disclosuretest.Shape{Kind: disclosure.Ranking, K: k, Options: 3, MaxVoters: 15},
	)
	for _, s := range shapes {
		t.Run(s.String(), func(t *testing.T) {
			leaks, _ := disclosuretest.Search(s, func(c disclosure.PollCounts) (string, bool) {
				report := protectPoll(k, rowOf(c))
				results := disclosure.Poll(c)
				agree(t, c, report, results)
				key, exact := disclosuretest.EngineView(c)
				parts := []any{key, "report", report.Turnout, report.Score}
				for _, o := range report.Options {
					parts = append(parts, o.Count)
				}
				// The export prints the report's cells: its CSV is part of what is read.
				var export bytes.Buffer
				if err := WriteCSV(&export, &LocationReport{Polls: []PollResult{report}}); err != nil {
					t.Fatal(err)
				}
				return disclosuretest.Key(parts...) + export.String(), exact
			})
			for i, l := range leaks {
				if i == 10 {
					t.Fatalf("... and %d more", len(leaks)-i)
				}
				t.Errorf("leak: %s", l)
			}
		})
	}
}

// rowOf is the poll as the report's queries read it: turnout and, per option, its count (for
// RANKING the first preferences only).
func rowOf(c disclosure.PollCounts) *pollRow {
	pr := &pollRow{kind: poll.Kind(c.Kind), k: c.K, maxChoices: c.MaxChoices, turnout: c.Turnout}
	for i, row := range c.Ranks {
		pr.options = append(pr.options, optionRow{position: i, count: row[0]})
	}
	return pr
}

// agree fails when the report shows a poll differently from pollResults.
func agree(t *testing.T, c disclosure.PollCounts, report PollResult, results disclosure.PollView) {
	if report.TurnoutSuppressed != results.Turnout.Suppressed || !same(report.Turnout, results.Turnout.Shown()) {
		t.Fatalf("%v: turnout %v in the report, %+v in pollResults", c, report.Turnout, results.Turnout)
	}
	for i, o := range report.Options {
		if !same(o.Count, results.Options[i].Count) || o.Suppressed != results.Options[i].Suppressed() {
			t.Fatalf("%v: option %d is %v in the report, %v in pollResults", c, i, o.Count, results.Options[i].Count)
		}
	}
	if (report.Score == nil) != (results.Mean == nil) || report.Score != nil && *report.Score != *results.Mean {
		t.Fatalf("%v: score %v in the report, mean %v in pollResults", c, report.Score, results.Mean)
	}
}

func same[T comparable](a, b *T) bool { return (a == nil) == (b == nil) && (a == nil || *a == *b) }
