package signals

import (
	"fmt"
	"testing"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/internal/disclosure"
	"github.com/jeugdstem/jeugdstem/internal/disclosure/disclosuretest"
)

// A signal about a check-in is seen beside the check-in's results, so what it says (raised or
// not, and its text) is part of the view: the exhaustive search of internal/disclosure, over
// every smiley table of up to 15 children, must find no small count that the signal, with the
// results, gives away.
func TestSignalsGiveNoCountAway(t *testing.T) {
	if testing.Short() {
		t.Skip("exhaustive search")
	}
	for _, threshold := range []float64{2.5, 3, 3.5, 4} {
		t.Run(fmt.Sprint(threshold), func(t *testing.T) {
			s := New(nil, nil, Config{SafetyThreshold: threshold})
			shape := disclosuretest.Shape{Kind: disclosure.Scale, K: 5, Options: 5, MaxVoters: 15}
			leaks, _ := disclosuretest.Search(shape, func(c disclosure.PollCounts) (string, bool) {
				st := &stats{pollID: "pol_cur", k: c.K, voters: c.Turnout}
				for _, row := range c.Ranks {
					st.counts = append(st.counts, row[0])
				}
				key, exact := disclosuretest.EngineView(c)
				for _, cand := range s.checkInRules(&ent.CheckIn{LocationID: "loc_a"}, st, nil) {
					key += " signal " + string(cand.kind) + ": " + cand.detail
				}
				return key, exact
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
