package voting

// Suppression says which cells of a table of counts, and whether its total, are withheld.
type Suppression struct {
	Cells []bool // Cells[i] withholds counts[i]
	Total bool
}

// Hidden counts the withheld cells.
func (s Suppression) Hidden() int {
	n := 0
	for _, h := range s.Cells {
		if h {
			n++
		}
	}
	return n
}

// SuppressSmallCells decides which counts of a table (how many children chose each option) may
// be shown when groups of fewer than k children must never be recognisable, neither directly
// nor by subtraction from what is shown.
//
//   - A total below k (but not zero) is withheld, and with it every cell: a handful of voters is
//     itself the small group.
//   - A cell of 1 to k-1 is withheld (primary suppression).
//   - The withheld cells together must count at least k, or subtracting the shown cells from
//     the total (turnout is shown, also while the poll is open) would give a small group, or the
//     hidden cell itself when it is the only one. So while they count fewer than k, the smallest
//     shown non-zero cell is withheld too (complementary suppression). This also means a lone
//     withheld cell never stays alone.
//   - Zeros are shown: no child is in them, and withholding one adds nothing to the withheld sum.
//     A table with every vote in one cell (7 and 0) is therefore shown as it is, as a ballot box
//     with only one kind of vote in it would be.
//
// counts must be non-negative; total is the number of voters (for a single-answer poll the sum
// of the cells; for MULTIPLE_CHOICE the cells add up to more, which only makes the rule stricter).
func SuppressSmallCells(counts []int, total, k int) Suppression {
	s := Suppression{Cells: make([]bool, len(counts))}
	if total > 0 && total < k {
		s.Total = true
		for i := range s.Cells {
			s.Cells[i] = true
		}
		return s
	}
	hiddenSum := 0
	for i, c := range counts {
		if c > 0 && c < k {
			s.Cells[i] = true
			hiddenSum += c
		}
	}
	for hiddenSum > 0 && hiddenSum < k {
		next := -1
		for i, c := range counts {
			if !s.Cells[i] && c > 0 && (next < 0 || c < counts[next]) {
				next = i
			}
		}
		if next < 0 {
			// The cells do not add up to the total (they always do for real polls): hide the
			// total rather than let the difference show.
			s.Total = true
			break
		}
		s.Cells[next] = true
		hiddenSum += counts[next]
	}
	return s
}

// SuppressBorda decides which Borda points of a RANKING poll to withhold, given its rank table
// (ranks[o][r-1] children put option o at rank r) and the suppression of its first preferences.
// Borda points (n-r+1 for rank r, summed) are totals over every voter, but together with the
// first preferences and the turnout they can be turned back into rank counts:
//
//   - with 2 options an option's points are turnout + its first preferences, and with 3 options
//     points and first preferences give every rank count exactly. So an option's points are
//     withheld when its first preferences are, and with 2 or 3 options all points are withheld
//     when any rank count is 1 to k-1.
//   - the points of all options add up to turnout·n(n+1)/2, which is known: if exactly one
//     option's points were withheld they could be worked out, so then the smallest other is
//     withheld too.
//
// With 4 or more options the rank counts behind the points are no longer determined; what can
// be bounded is documented in README.md ("Ballot secrecy").
func SuppressBorda(ranks [][]int, first Suppression, k int) []bool {
	n := len(ranks)
	hidden := make([]bool, n)
	if first.Total {
		for i := range hidden {
			hidden[i] = true
		}
		return hidden
	}
	small := false
	for _, row := range ranks {
		for _, c := range row {
			if c > 0 && c < k {
				small = true
			}
		}
	}
	count := 0
	for o := range ranks {
		hidden[o] = first.Cells[o] || (n <= 3 && small)
		if hidden[o] {
			count++
		}
	}
	if count == 1 {
		points := BordaPoints(ranks)
		next := -1
		for o := range ranks {
			if !hidden[o] && (next < 0 || points[o] < points[next]) {
				next = o
			}
		}
		if next >= 0 {
			hidden[next] = true
		}
	}
	return hidden
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

// Median is the middle answer of a 1–5 scale given the number of children per value
// (counts[i] chose value i+1); between two values it is their mean. ok is false without answers.
func Median(counts []int) (median float64, ok bool) {
	total := 0
	for _, c := range counts {
		total += c
	}
	if total == 0 {
		return 0, false
	}
	// The values at positions total/2 and (total+1)/2 (1-based) of the sorted answers.
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
