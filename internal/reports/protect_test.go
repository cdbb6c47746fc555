package reports

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/internal/voting"
)

// A poll's result reaches managers twice: as pollResults (internal/voting) and in reports. If the
// two hid different cells, reading both would undo the suppression. For every poll where each
// child picks one option the two must hide exactly the same counts; for MULTIPLE_CHOICE reports
// hide a superset (they also protect the children who did not choose an option).
func TestPollSuppressionAgreesWithPollResults(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		k := 2 + rng.IntN(8)
		options := 2 + rng.IntN(5)
		kind := []poll.Kind{poll.KindSINGLE_CHOICE, poll.KindYES_NO, poll.KindSMILEY_SCALE, poll.KindRANKING, poll.KindMULTIPLE_CHOICE}[rng.IntN(5)]
		pr := &pollRow{kind: kind, k: k}
		counts := make([]int, options)
		for i := range counts {
			if rng.IntN(3) > 0 {
				counts[i] = rng.IntN(3 * k)
			}
			pr.turnout += counts[i]
			pr.options = append(pr.options, optionRow{position: i, count: counts[i]})
		}
		if kind == poll.KindMULTIPLE_CHOICE {
			pr.turnout = slices.Max(counts) + rng.IntN(k)
		}
		ours := protectPoll(k, pr)
		theirs := voting.SuppressSmallCells(counts, pr.turnout, k)
		if ours.TurnoutSuppressed != theirs.Total && kind != poll.KindMULTIPLE_CHOICE {
			t.Fatalf("%s %v of %d, k=%d: turnout hidden %v here, %v in pollResults", kind, counts, pr.turnout, k, ours.TurnoutSuppressed, theirs.Total)
		}
		for i, o := range ours.Options {
			switch {
			case kind == poll.KindMULTIPLE_CHOICE && theirs.Cells[i] && !o.Suppressed:
				t.Fatalf("%s %v of %d, k=%d: option %d shown here, hidden in pollResults", kind, counts, pr.turnout, k, i)
			case kind != poll.KindMULTIPLE_CHOICE && theirs.Cells[i] != o.Suppressed:
				t.Fatalf("%s %v of %d, k=%d: option %d hidden %v here, %v in pollResults", kind, counts, pr.turnout, k, i, o.Suppressed, theirs.Cells[i])
			}
		}
	}
}
