package signals

import (
	"strings"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/signal"
)

// The check-in rules as a table: what a check-in (cur) after another (prev) raises, and what the
// detail may say. k is 5; the threshold 3.0, the drop 0.5 (the defaults).
func TestCheckInRules(t *testing.T) {
	s := New(nil, nil, Config{})
	st := func(counts ...int) *stats {
		n := 0
		for _, c := range counts {
			n += c
		}
		return &stats{pollID: "pol_cur", k: 5, voters: n, counts: counts}
	}
	for _, tc := range []struct {
		name      string
		prev, cur *stats
		want      []signal.Kind
		// detail must contain each of these, and none of the absent ones.
		present, absent []string
	}{
		{name: "first check-in, fine", cur: st(0, 0, 0, 10, 0)},
		{name: "first check-in, low, every cell shown", cur: st(5, 5, 0, 0, 0),
			want: []signal.Kind{signal.KindSAFETY_SCORE_LOW}, present: []string{"1.50", "3.00"}},
		// With hidden counts a score signal is raised only when every score that fits what is
		// shown raises it (6 and 3 hidden on faces 1 and 2, nothing above: at most 2).
		{name: "low with small cells: the score is left out", cur: st(6, 3, 0, 0, 0),
			want: []signal.Kind{signal.KindSAFETY_SCORE_LOW}, present: []string{"3.00"}, absent: []string{"1.33"}},
		// 3, 3, 0, 0, 1 has a score of 2, but with every count hidden it could be anything from
		// 1 to 5: a signal would tell something about the hidden counts.
		{name: "low with every count hidden: nothing", cur: st(3, 3, 0, 0, 1)},
		{name: "low but fewer than k answered: suppressed, nothing", cur: st(2, 2, 0, 0, 0)},
		{name: "exactly the threshold is not low", cur: st(5, 0, 0, 0, 5)},
		{name: "fell by exactly the drop", prev: st(0, 0, 0, 10, 0), cur: st(0, 0, 5, 5, 0),
			want: []signal.Kind{signal.KindSAFETY_SCORE_DROP}, present: []string{"4.00", "3.50"}},
		{name: "fell by less", prev: st(0, 0, 0, 10, 0), cur: st(0, 0, 4, 6, 0)},
		{name: "fell from a suppressed score: nothing", prev: st(0, 0, 0, 0, 4), cur: st(0, 0, 10, 0, 0)},
		{name: "fell to a suppressed score: nothing", prev: st(0, 0, 0, 0, 10), cur: st(4, 0, 0, 0, 0)},
		{name: "fell and low", prev: st(0, 0, 0, 0, 10), cur: st(10, 0, 0, 0, 0),
			want: []signal.Kind{signal.KindSAFETY_SCORE_LOW, signal.KindSAFETY_SCORE_DROP}},
		{name: "fell with small cells: no scores", prev: st(0, 0, 0, 6, 4), cur: st(0, 6, 4, 0, 0),
			want: []signal.Kind{signal.KindSAFETY_SCORE_DROP}, present: []string{"0.50"}, absent: []string{"4.40", "2.40"}},
		{name: "fell with small cells, but not for every score that fits: nothing", prev: st(0, 0, 0, 6, 4), cur: st(0, 0, 6, 4, 0)},
		{name: "collapse: 5 after 12", prev: st(0, 0, 0, 12, 0), cur: st(0, 0, 0, 5, 0),
			want: []signal.Kind{signal.KindPARTICIPATION_COLLAPSE}, present: []string{"5 children", "from 12"}},
		{name: "half is no collapse", prev: st(0, 0, 0, 12, 0), cur: st(0, 0, 0, 6, 0)},
		{name: "a collapse below k raises nothing", prev: st(0, 0, 0, 12, 0), cur: st(0, 0, 0, 4, 0)},
		{name: "from below k is no collapse", prev: st(0, 0, 0, 4, 0), cur: st(0, 0, 0, 1, 0)},
		// Answers that do not add up to the voters (they always do for a check-in) make
		// disclosure.Poll hide every count; the turnouts (of at least k) are shown, as they are
		// on the live screen and in pollResults, so the detail may give them.
		{name: "collapse beside counts that do not add up: the turnouts as shown everywhere", prev: &stats{pollID: "pol_prev", k: 5, voters: 13, counts: []int{0, 0, 0, 0, 3}},
			cur: st(0, 0, 0, 0, 5), want: []signal.Kind{signal.KindPARTICIPATION_COLLAPSE}, absent: []string{"Safety score"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := s.checkInRules(&ent.CheckIn{LocationID: "loc_a"}, tc.cur, tc.prev)
			var kinds []signal.Kind
			var details []string
			for _, c := range got {
				kinds = append(kinds, c.kind)
				details = append(details, c.detail)
				if c.occurrence != "pol_cur" || c.locationID != "loc_a" {
					t.Errorf("%s for %s/%s, want the current check-in of loc_a", c.kind, c.locationID, c.occurrence)
				}
			}
			if strings.Join(kindStrings(kinds), ",") != strings.Join(kindStrings(tc.want), ",") {
				t.Fatalf("raised %v, want %v (%q)", kinds, tc.want, details)
			}
			all := strings.Join(details, " | ")
			for _, p := range tc.present {
				if !strings.Contains(all, p) {
					t.Errorf("detail %q lacks %q", all, p)
				}
			}
			for _, a := range tc.absent {
				if strings.Contains(all, a) {
					t.Errorf("detail %q shows %q", all, a)
				}
			}
		})
	}
}

func kindStrings(ks []signal.Kind) []string {
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = string(k)
	}
	return out
}

func TestNextDueKeepsTheRhythm(t *testing.T) {
	last := mustTime(t, "2026-01-05T09:00:00Z")
	for _, tc := range []struct{ now, want string }{
		{"2026-01-05T09:00:00Z", "2026-01-19T09:00:00Z"},
		{"2026-01-19T08:59:00Z", "2026-01-19T09:00:00Z"},
		{"2026-01-19T09:00:00Z", "2026-02-02T09:00:00Z"},
		{"2026-03-01T00:00:00Z", "2026-03-02T09:00:00Z"},
	} {
		if got := nextDue(last, 14, mustTime(t, tc.now)); !got.Equal(mustTime(t, tc.want)) {
			t.Errorf("nextDue at %s = %v, want %s", tc.now, got, tc.want)
		}
	}
}

func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
