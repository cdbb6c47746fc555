package disclosure

import (
	"fmt"
	"math"
)

// Kind is how disclosure treats a poll's counts: the shape of a ballot as far as protecting the
// counts goes, not the poll kind of the API. Each poll kind names its treatment in one table,
// voting's kinds (internal/voting/kinds.go); a new poll kind that fits one of these needs nothing
// here.
type Kind string

const (
	// SingleChoice: each child chooses exactly one option (SINGLE_CHOICE, YES_NO).
	SingleChoice Kind = "SINGLE_CHOICE"
	// MultipleChoice: each child chooses one or more options, at most MaxChoices.
	MultipleChoice Kind = "MULTIPLE_CHOICE"
	// Scale: each child chooses exactly one point of an ordered scale, the options in order being
	// its points 1..n (SMILEY_SCALE, SLIDER); its median and mean are shown when every count is.
	Scale Kind = "SCALE"
	// Ranking: each child puts every option in order; the counts are the first preferences.
	Ranking Kind = "RANKING"
)

// Additive reports whether a kind's option counts add up to its turnout: each child picks exactly
// one option (for RANKING, ranks exactly one first).
func (k Kind) Additive() bool { return k != MultipleChoice }

// Turnout is how many children voted, as it may be shown: the number, or "fewer than K" when 1 to
// K-1 children voted (then Count is 0, so that two suppressed turnouts are equal and a live screen
// is not sent a new value at every vote). It is comparable on purpose.
type Turnout struct {
	Count      int
	Suppressed bool
	K          int
}

// ShowTurnout is the rule for a turnout shown on its own (live, while a poll is open): "fewer
// than k" from 1 to k-1, the number otherwise. Zero is shown: nobody voted.
func ShowTurnout(k, n int) Turnout {
	if n > 0 && n < k {
		return Turnout{Suppressed: true, K: k}
	}
	return Turnout{Count: n, K: k}
}

// Shown is the number, or nil for "fewer than K".
func (t Turnout) Shown() *int {
	if t.Suppressed {
		return nil
	}
	n := t.Count
	return &n
}

// PollCounts is what was counted in a poll, before protection.
type PollCounts struct {
	Kind Kind
	// K is the threshold: groups of 1 to K-1 children are never shown or derivable.
	K int
	// Turnout is the number of children who voted.
	Turnout int
	// MaxChoices is, for MULTIPLE_CHOICE, the most options a child may choose (0: all of them).
	MaxChoices int
	// Ranks[o][r] is the number of children who put option o at rank r+1 (RANKING), or who chose
	// option o (every other kind, only r = 0). A RANKING poll may give only the first column (the
	// reports do): then no Borda points are computed.
	Ranks [][]int
}

// PollView is what may be shown of a poll: every figure is nil when it is withheld.
type PollView struct {
	K       int
	Turnout Turnout
	// Options[o].Count is the children who chose option o (RANKING: who put it first).
	Options []OptionView
	// Median and Mean are of a Scale poll, in points 1..n (the options in order), shown only when
	// every point's count is.
	Median, Mean *float64
}

// OptionView is one option's published figures.
type OptionView struct {
	Count *int
	// BordaPoints (RANKING) are shown only when every count of the rank table could be.
	BordaPoints *int
}

// Suppressed reports whether the option's count is withheld.
func (o OptionView) Suppressed() bool { return o.Count == nil }

// Complete reports whether every count of the poll (and its turnout) is shown.
func (v PollView) Complete() bool {
	if v.Turnout.Suppressed {
		return false
	}
	for _, o := range v.Options {
		if o.Count == nil {
			return false
		}
	}
	return true
}

// Poll decides what may be shown of a poll, wherever it is shown (pollResults, live turnout,
// reports, exports, signals), so that reading all of them together gives away no group of 1 to
// k-1 children:
//
//   - The turnout is shown, or "fewer than k" when 1 to k-1 children voted; then every count is
//     withheld too, zeros included (they would tell what the few did).
//   - Where each child is in one count (RANKING: first preferences; MULTIPLE_CHOICE with at most
//     one choice) the counts are one group (SuppressGroup): a count of 1 to k-1 is withheld, and
//     always the smallest other count with it, so the withheld counts are never alone, add up to
//     k or more and cannot be told apart by their sum. Zeros are shown, unless every child is in
//     a small count.
//   - MULTIPLE_CHOICE: the counts overlap (a child may choose several), so a withheld count is not
//     the turnout minus the others; but turnout minus a count is the children who did NOT choose
//     the option, a group that a reader computes, so it is protected like a count: when it is
//     1 to k-1 the option's count is withheld too. When the limits on the number of choices
//     would pin a withheld count down, everything is withheld (suppressChoices).
//   - Figures computed from counts are shown only where every count they come from is: the median
//     and mean of a Scale poll when every point is shown; the Borda points of a RANKING poll
//     when every count of its rank table (not only the first preferences) is 0 or at least k,
//     since points and first preferences together give the other ranks back (with 3 options,
//     exactly).
//
// A table that cannot come from a poll (see CheckCounts: counts read apart from the turnout while
// votes came in, say) has every count withheld.
func Poll(c PollCounts) PollView {
	k, n := max(c.K, 1), c.Turnout
	v := PollView{K: k, Turnout: ShowTurnout(k, n), Options: make([]OptionView, len(c.Ranks))}
	if CheckCounts(c) != nil {
		return v
	}
	counts := column(c.Ranks)
	var hidden []bool
	if c.Kind.Additive() || c.MaxChoices == 1 {
		hidden = SuppressGroup(k, n, counts)
	} else {
		hidden = suppressChoices(k, n, c.MaxChoices, counts)
	}
	for o := range counts {
		if !hidden[o] {
			v.Options[o].Count = &counts[o]
		}
	}
	complete := v.Complete()
	switch c.Kind {
	case Scale:
		if complete && n > 0 {
			m, _ := Median(counts)
			mean := Mean(counts)
			v.Median, v.Mean = &m, &mean
		}
	case Ranking:
		if complete && fullRanks(c.Ranks) && !anySmall(c.Ranks, k) {
			for o, p := range BordaPoints(c.Ranks) {
				v.Options[o].BordaPoints = &p
			}
		}
	}
	return v
}

// MeanRange is the lowest and highest mean answer (1 to 5) of a SMILEY_SCALE poll that fit what
// is shown: the turnout, and the faces that are shown, with the rest of the children on the
// hidden faces. When every face is shown both are the mean. ok is false when the turnout is
// hidden or nobody voted. Whatever is decided from these bounds (a signal that the score is low)
// depends on nothing but what is shown, so it gives nothing more away.
func (v PollView) MeanRange() (lo, hi float64, ok bool) {
	if v.Turnout.Suppressed || v.Turnout.Count == 0 {
		return 0, 0, false
	}
	n := v.Turnout.Count
	sum, rest, low, high := 0, n, 0, 0
	for i, o := range v.Options {
		if o.Count != nil {
			sum += (i + 1) * *o.Count
			rest -= *o.Count
			continue
		}
		if low == 0 {
			low = i + 1
		}
		high = i + 1
	}
	if rest < 0 {
		return 0, 0, false
	}
	lo = float64(sum+rest*low) / float64(n)
	hi = float64(sum+rest*high) / float64(n)
	return lo, hi, true
}

// CheckCounts reports a table that cannot come from a poll: negative counts, a count above the
// turnout, rank rows of unequal length, RANKING rows or columns that do not add up to the
// turnout, one-answer counts that do not, or multiple-choice counts that are fewer than the
// voters or more than MaxChoices each.
func CheckCounts(c PollCounts) error {
	if c.Turnout < 0 {
		return fmt.Errorf("disclosure: turnout %d", c.Turnout)
	}
	for o, row := range c.Ranks {
		if len(row) == 0 || len(row) != len(c.Ranks[0]) {
			return fmt.Errorf("disclosure: option %d has %d ranks", o, len(row))
		}
		for _, x := range row {
			if x < 0 || x > c.Turnout {
				return fmt.Errorf("disclosure: option %d counts %d of %d voters", o, x, c.Turnout)
			}
		}
	}
	if c.Kind.Additive() {
		if sum := sumOf(column(c.Ranks)); sum != c.Turnout && len(c.Ranks) > 0 {
			return fmt.Errorf("disclosure: %s counts add up to %d, turnout %d", c.Kind, sum, c.Turnout)
		}
	}
	if c.Kind == MultipleChoice && len(c.Ranks) > 0 {
		// Every child chooses at least one option and at most MaxChoices.
		sum := sumOf(column(c.Ranks))
		if sum < c.Turnout || c.MaxChoices > 0 && sum > c.MaxChoices*c.Turnout {
			return fmt.Errorf("disclosure: %d choices by %d voters (at most %d each)", sum, c.Turnout, c.MaxChoices)
		}
	}
	if c.Kind == Ranking && fullRanks(c.Ranks) {
		for o, row := range c.Ranks {
			if sumOf(row) != c.Turnout {
				return fmt.Errorf("disclosure: option %d is ranked %d times, turnout %d", o, sumOf(row), c.Turnout)
			}
		}
	}
	return nil
}

// fullRanks: a rank table with a column per option (not only first preferences).
func fullRanks(ranks [][]int) bool { return len(ranks) > 1 && len(ranks[0]) == len(ranks) }

func anySmall(ranks [][]int, k int) bool {
	for _, row := range ranks {
		for _, x := range row {
			if x > 0 && x < k {
				return true
			}
		}
	}
	return false
}

// column is the first column of a rank table: the option counts.
func column(ranks [][]int) []int {
	out := make([]int, len(ranks))
	for o, row := range ranks {
		out[o] = row[0]
	}
	return out
}

func sumOf(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

// BordaPoints gives each option n-r+1 points for every child who put it at rank r (n options).
func BordaPoints(ranks [][]int) []int {
	n := len(ranks)
	points := make([]int, n)
	for o, row := range ranks {
		for r, c := range row {
			points[o] += (n - r) * c
		}
	}
	return points
}

// Median is the middle answer of a scale of points 1..n given the number of children per point
// (counts[i] chose point i+1); between two values it is their mean. ok is false without answers.
func Median(counts []int) (median float64, ok bool) {
	total := sumOf(counts)
	if total == 0 {
		return 0, false
	}
	// The values at positions (total+1)/2 and total/2+1 (1-based) of the sorted answers.
	at := func(pos int) int {
		seen := 0
		for i, c := range counts {
			seen += c
			if seen >= pos {
				return i + 1
			}
		}
		return len(counts)
	}
	lo, hi := at((total+1)/2), at(total/2+1)
	return float64(lo+hi) / 2, true
}

// Mean is the average answer of a scale of points 1..n (counts[i] chose point i+1), to one decimal; NaN
// without answers.
func Mean(counts []int) float64 {
	sum, n := 0, 0
	for i, c := range counts {
		sum += (i + 1) * c
		n += c
	}
	if n == 0 {
		return math.NaN()
	}
	return math.Round(10*float64(sum)/float64(n)) / 10
}

// SuppressGroup decides which counts of one group of children to withhold, when each child is in
// exactly one count and the turnout n (their sum) is shown ("fewer than k" below k):
//
//   - n from 1 to k-1: every count, zeros too (they would tell what the few did).
//   - No count from 1 to k-1: nothing is withheld.
//   - Otherwise the counts from 1 to k-1 are withheld, and always the smallest other non-zero
//     count with them (all of them when several are equal). It counts at least k, so the withheld
//     counts together count at least k and are never one alone; and because it is always taken,
//     the reader cannot tell it from the small ones by the sum. (Taking it only when the small
//     ones sum below k, as the line rule of Table does, leaves 5,4,4 readable: two hidden counts
//     that add up to 8 and are both below 5 can only be 4 and 4.) Its equals go with it because
//     a shown count equal to it would bound it from both sides: with 5,5,1 shown as -,5,- the
//     hidden count of at least 5 and at most 5 is 5, and the other one is the turnout minus 10.
//   - When there is no such count (every child is in a small count), the zeros are withheld too,
//     so that 1,1,1,1,1 is not told from 2,1,1,1,0 nor 4,4 from 3,5.
//
// Zeros are otherwise shown: "nobody chose it" singles nobody out. The exhaustive search in
// search_test.go checks that no count of 1 to k-1 can be worked out from what is shown.
func SuppressGroup(k, n int, counts []int) []bool {
	hidden := make([]bool, len(counts))
	if n > 0 && n < k {
		for i := range hidden {
			hidden[i] = true
		}
		return hidden
	}
	small := false
	for i, x := range counts {
		if x > 0 && x < k {
			hidden[i], small = true, true
		}
	}
	if !small {
		return hidden
	}
	least := 0 // the smallest count that is not withheld yet, 0 if there is none
	for i, x := range counts {
		if !hidden[i] && x > 0 && (least == 0 || x < least) {
			least = x
		}
	}
	if least > 0 {
		for i, x := range counts {
			hidden[i] = hidden[i] || x == least
		}
		return hidden
	}
	for i := range hidden {
		hidden[i] = true
	}
	return hidden
}

// suppressChoices decides which counts of a MULTIPLE_CHOICE poll to withhold. A child may choose
// several options, so a withheld count is not the turnout minus the others, and each count is
// judged on its own: withheld when it is 1 to k-1, or when the children who did NOT choose the
// option (turnout minus the count, which anyone can compute) are 1 to k-1. Below k voters
// everything is withheld.
func suppressChoices(k, n, maxChoices int, counts []int) []bool {
	hidden := make([]bool, len(counts))
	small := func(x int) bool { return x > 0 && x < k }
	hiddenCount, shownSum := 0, 0
	for i, x := range counts {
		hidden[i] = small(n) || small(x) || small(n-x)
		if hidden[i] {
			hiddenCount++
		} else {
			shownSum += x
		}
	}
	// Every child chooses at least one option and at most maxChoices: the withheld counts add up
	// to at least n and at most maxChoices·n, minus what is shown. These bounds can pin a withheld
	// count down (11 voters choosing at most 2 of 11, 5, 5 and one withheld: it is at most
	// 22-21 = 1). Then everything is withheld, zeros too. Whether that happens depends only on
	// what would be shown, so it tells nothing more.
	if hiddenCount > 0 && n >= k {
		most := len(counts)
		if maxChoices > 0 {
			most = maxChoices
		}
		if pinned(k, n, hiddenCount, n-shownSum, most*n-shownSum) {
			for i := range hidden {
				hidden[i] = true
			}
		}
	}
	return hidden
}

// pinned reports whether h withheld multiple-choice counts, each a value a withheld count can
// have (1 to k-1, or n-k+1 to n-1: see suppressChoices) and adding up to lo..hi, leave a single
// value possible for them. They all have the same possible values, so one check covers all.
func pinned(k, n, h, lo, hi int) bool {
	var values []int
	for x := 1; x < n; x++ {
		if x < k || n-x < k {
			values = append(values, x)
		}
	}
	if len(values) > 1 && lo <= h && hi >= h*(n-1) {
		return false // the bounds cut nothing away
	}
	// reach[s]: the other h-1 withheld counts can add up to s.
	reach := []bool{true}
	for range h - 1 {
		next := make([]bool, len(reach)+n-1)
		for s, ok := range reach {
			if ok {
				for _, x := range values {
					next[s+x] = true
				}
			}
		}
		reach = next
	}
	possible := 0
	for _, x := range values {
		for s := max(lo-x, 0); s <= hi-x && s < len(reach); s++ {
			if reach[s] {
				possible++
				break
			}
		}
		if possible > 1 {
			return false
		}
	}
	return true
}
