package reports

import (
	"bytes"
	"slices"
	"testing"

	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/internal/disclosure"
	"github.com/jeugdstem/jeugdstem/internal/disclosure/disclosuretest"
	"github.com/jeugdstem/jeugdstem/internal/voting"
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
	type shape struct {
		kind poll.Kind
		disclosuretest.Shape
	}
	var shapes []shape
	for m := 2; m <= 4; m++ {
		shapes = append(shapes,
			shape{poll.KindSINGLE_CHOICE, disclosuretest.Shape{Kind: disclosure.SingleChoice, K: k, Options: m, MaxVoters: 15}},
			shape{poll.KindMULTIPLE_CHOICE, disclosuretest.Shape{Kind: disclosure.MultipleChoice, K: k, Options: m, MaxVoters: 12}},
			shape{poll.KindMULTIPLE_CHOICE, disclosuretest.Shape{Kind: disclosure.MultipleChoice, K: k, Options: m, MaxVoters: 12, MaxChoices: 2}},
		)
	}
	shapes = append(shapes,
		shape{poll.KindYES_NO, disclosuretest.Shape{Kind: disclosure.SingleChoice, K: k, Options: 2, MaxVoters: 15}},
		shape{poll.KindSMILEY_SCALE, disclosuretest.Shape{Kind: disclosure.Scale, K: k, Options: 5, MaxVoters: 15}},
		shape{poll.KindRANKING, disclosuretest.Shape{Kind: disclosure.Ranking, K: k, Options: 3, MaxVoters: 15}},
		// A slider's 11 points, up to 8 voters (75 582 tables; 15 would be 7.7 million): past k, so
		// every way of suppressing a small point is among them.
		shape{poll.KindSLIDER, disclosuretest.Shape{Kind: disclosure.Scale, K: k, Options: 11, MaxVoters: 8}},
		// A council election: candidates are options, a child chooses up to the seats.
		shape{poll.KindELECTION, disclosuretest.Shape{Kind: disclosure.MultipleChoice, K: k, Options: 3, MaxVoters: 12, MaxChoices: 1}},
		shape{poll.KindELECTION, disclosuretest.Shape{Kind: disclosure.MultipleChoice, K: k, Options: 3, MaxVoters: 12, MaxChoices: 2}},
	)
	for _, kind := range voting.Kinds() {
		if !slices.ContainsFunc(shapes, func(s shape) bool { return s.kind == kind.Kind && s.Kind == kind.Disclosure }) {
			t.Errorf("%s (%s) is not searched", kind.Kind, kind.Disclosure)
		}
	}
	for _, s := range shapes {
		t.Run(string(s.kind)+" "+s.String(), func(t *testing.T) {
			leaks, _ := disclosuretest.Search(s.Shape, func(c disclosure.PollCounts) (string, bool) {
				report := protectPoll(k, rowOf(s.kind, c))
				results := disclosure.Poll(c)
				agree(t, s.kind, c, report, results)
				key, exact := disclosuretest.EngineView(c)
				parts := []any{key, "report", report.Turnout, report.Score, report.Median}
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
func rowOf(kind poll.Kind, c disclosure.PollCounts) *pollRow {
	pr := &pollRow{kind: kind, k: c.K, maxChoices: c.MaxChoices, turnout: c.Turnout}
	for i, row := range c.Ranks {
		pr.options = append(pr.options, optionRow{position: i, count: row[0]})
	}
	return pr
}

// agree fails when the report shows a poll differently from pollResults.
func agree(t *testing.T, kind poll.Kind, c disclosure.PollCounts, report PollResult, results disclosure.PollView) {
	if report.TurnoutSuppressed != results.Turnout.Suppressed || !same(report.Turnout, results.Turnout.Shown()) {
		t.Fatalf("%v: turnout %v in the report, %+v in pollResults", c, report.Turnout, results.Turnout)
	}
	for i, o := range report.Options {
		if !same(o.Count, results.Options[i].Count) || o.Suppressed != results.Options[i].Suppressed() {
			t.Fatalf("%v: option %d is %v in the report, %v in pollResults", c, i, o.Count, results.Options[i].Count)
		}
	}
	var score, median *float64 // what pollResults shows of the kind's summary
	switch voting.KindOf(kind).Summary {
	case voting.ScaleScore:
		score = results.Mean
	case voting.ScaleMedian:
		median = voting.KindOf(kind).Scale.Median(results.Median)
	}
	if !same(report.Score, score) || !same(report.Median, median) {
		t.Fatalf("%v: score %v and median %v in the report, %v and %v in pollResults", c, report.Score, report.Median, score, median)
	}
}

func same[T comparable](a, b *T) bool { return (a == nil) == (b == nil) && (a == nil || *a == *b) }
