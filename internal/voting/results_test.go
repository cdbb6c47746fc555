package voting_test

import (
	"fmt"
	"testing"

	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// votes has one child vote for each entry of ballots (a ballot is a list of option indices), then
// closes and publishes the poll.
func (w *world) votes(t *testing.T, p poll, ballots ...[]int) {
	t.Helper()
	for i, b := range ballots {
		_, c := w.child(t, fmt.Sprintf("Kind %d %s", i, p.ID[4:10]), "")
		ids := make([]string, len(b))
		for j, o := range b {
			ids[j] = p.Options[o].ID
		}
		vote(c, p.ID, "", ids...).Must(t, nil)
	}
	w.move(t, "closePoll", p.ID)
	w.move(t, "publishPollResults", p.ID)
}

func repeat(n int, ballot ...int) [][]int {
	out := make([][]int, n)
	for i := range out {
		out[i] = ballot
	}
	return out
}

func counts(r results) []*int {
	out := make([]*int, len(r.Options))
	for i, o := range r.Options {
		out[i] = o.Count
	}
	return out
}

func TestResultsSuppressSmallGroups(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newWorld(t, s)

		t.Run("3 voters with k=5: every count and the turnout withheld", func(t *testing.T) {
			p := w.openPoll(t, nil)
			w.votes(t, p, []int{0}, []int{0}, []int{1})
			r := getResults(t, w.staff, p.ID)
			if r.Turnout != nil || !r.TurnoutSuppressed || !r.CountsVisible {
				t.Errorf("turnout: %s", r)
			}
			for _, o := range r.Options {
				if o.Count != nil || !o.Suppressed {
					t.Errorf("a count is shown: %s", r)
				}
			}
		})

		t.Run("7 voters split 5/2: the 2 and the 5 that would give it away withheld", func(t *testing.T) {
			p := w.openPoll(t, map[string]any{"kind": "YES_NO", "options": nil})
			w.votes(t, p, append(repeat(5, 0), repeat(2, 1)...)...)
			for _, viewer := range []*apitest.Client{w.staff} {
				r := getResults(t, viewer, p.ID)
				if !eqp(r.Turnout, intp(7)) || r.TurnoutSuppressed {
					t.Errorf("turnout: %s", r)
				}
				for _, o := range r.Options {
					if o.Count != nil || !o.Suppressed {
						t.Errorf("a count can be read or worked out: %s", r)
					}
				}
			}
		})

		t.Run("12 voters 7/5/0: all shown, the zero too", func(t *testing.T) {
			p := w.openPoll(t, nil)
			w.votes(t, p, append(repeat(7, 0), repeat(5, 1)...)...)
			r := getResults(t, w.staff, p.ID)
			want := []*int{intp(7), intp(5), intp(0)}
			for i, c := range counts(r) {
				if !eqp(c, want[i]) || r.Options[i].Suppressed {
					t.Errorf("option %d: %s", i, r)
				}
			}
		})
	})
}

func TestResultsPerKind(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newWorld(t, s)
		three := func(kind string) map[string]any { return map[string]any{"kind": kind, "minGroupSize": 2} }

		t.Run("multiple choice: up to the maximum", func(t *testing.T) {
			in := three("MULTIPLE_CHOICE")
			in["maxChoices"] = 2
			p := w.openPoll(t, in)
			_, c := w.child(t, "Te veel", "")
			vote(c, p.ID, "", p.Options[0].ID, p.Options[1].ID, p.Options[2].ID).WantCode(t, "BAD_USER_INPUT")
			w.votes(t, p, []int{0, 1}, []int{0, 2}, []int{0})
			r := getResults(t, w.staff, p.ID)
			want := []*int{intp(3), nil, nil} // with k=2 the ones are hidden; together they count 2
			for i, c := range counts(r) {
				if !eqp(c, want[i]) {
					t.Errorf("option %d: %s", i, r)
				}
			}
		})

		t.Run("ranking: first preferences and Borda points", func(t *testing.T) {
			p := w.openPoll(t, three("RANKING"))
			_, c := w.child(t, "Half", "")
			vote(c, p.ID, "", p.Options[0].ID).WantCode(t, "BAD_USER_INPUT")
			vote(c, p.ID, "", p.Options[0].ID, p.Options[0].ID, p.Options[1].ID).WantCode(t, "BAD_USER_INPUT")
			// 4 children: A>B>C twice, B>A>C twice. Ranks: A (2,2,0), B (2,2,0), C (0,0,4).
			w.votes(t, p, []int{0, 1, 2}, []int{0, 1, 2}, []int{1, 0, 2}, []int{1, 0, 2})
			r := getResults(t, w.staff, p.ID)
			wantFirst := []*int{intp(2), intp(2), intp(0)}
			wantPoints := []*int{intp(2*3 + 2*2), intp(2*3 + 2*2), intp(4 * 1)}
			for i, o := range r.Options {
				if !eqp(o.Count, wantFirst[i]) || !eqp(o.FirstPreferences, wantFirst[i]) || !eqp(o.BordaPoints, wantPoints[i]) {
					t.Errorf("option %d: %s", i, r)
				}
			}
		})

		t.Run("smiley scale: distribution and median", func(t *testing.T) {
			p := w.openPoll(t, map[string]any{"kind": "SMILEY_SCALE", "options": nil, "minGroupSize": 2})
			if len(p.Options) != 5 {
				t.Fatalf("a smiley poll has %d options", len(p.Options))
			}
			w.votes(t, p, []int{4}, []int{4}, []int{3}, []int{3}, []int{3}, []int{0}, []int{0})
			r := getResults(t, w.staff, p.ID)
			want := []*int{intp(2), intp(0), intp(0), intp(3), intp(2)}
			if len(r.Distribution) != 5 || r.Median == nil || *r.Median != 4 {
				t.Fatalf("distribution and median: %s", r)
			}
			for i, d := range r.Distribution {
				if d.Value != i+1 || !eqp(d.Count, want[i]) {
					t.Errorf("face %d: %s", i+1, r)
				}
			}
		})
	})
}
