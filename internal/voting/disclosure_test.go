package voting_test

import (
	"testing"

	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// The leaks of issue 12 through pollResults, with votes cast by children on a tablet (k = 5):
// what pollResults shows is decided by internal/disclosure, whose exhaustive search covers every
// small table; these are the reported cases end to end.
func TestResultsGiveNoHiddenCountAway(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newWorld(t, s)

		t.Run("smiley 3,4,5,5,5: faces 3-5 hidden and no median that would give them back", func(t *testing.T) {
			p := w.openPoll(t, map[string]any{"kind": "SMILEY_SCALE", "options": nil})
			w.votes(t, p, []int{2}, []int{3}, []int{4}, []int{4}, []int{4})
			r := getResults(t, w.staff, p.ID)
			if !eqp(r.Turnout, intp(5)) {
				t.Errorf("turnout: %s", r)
			}
			if r.Median != nil {
				t.Errorf("median %v shown beside hidden faces: only 1,1,3 on faces 3,4,5 fits: %s", *r.Median, r)
			}
			for _, d := range r.Distribution[2:] {
				if d.Count != nil || !d.Suppressed {
					t.Errorf("face %d shown: %s", d.Value, r)
				}
			}
		})

		t.Run("multiple choice, 6 voters, an option chosen by 5: hidden, or the 1 who did not choose it shows", func(t *testing.T) {
			p := w.openPoll(t, map[string]any{"kind": "MULTIPLE_CHOICE"})
			ballots := append(repeat(5, 0, 1), []int{1})
			w.votes(t, p, ballots...) // option 0: 5 of 6, option 1: 6 of 6, option 2: none
			for _, viewer := range []string{"staff", "child"} {
				c := w.staff
				if viewer == "child" {
					_, c = w.child(t, "Lezer", "")
				}
				r := getResults(t, c, p.ID)
				if !eqp(r.Turnout, intp(6)) {
					t.Errorf("%s: turnout: %s", viewer, r)
				}
				if r.Options[0].Count != nil || !r.Options[0].Suppressed {
					t.Errorf("%s: option chosen by 5 of 6 shown (so 1 did not choose it): %s", viewer, r)
				}
				if !eqp(r.Options[1].Count, intp(6)) || !eqp(r.Options[2].Count, intp(0)) {
					t.Errorf("%s: the counts that give nobody away: %s", viewer, r)
				}
			}
		})
	})
}
