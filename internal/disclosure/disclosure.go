// Package disclosure is the statistical disclosure control of everything jeugdstem publishes about
// groups of children: it decides which counts of a table may be shown so that no group smaller
// than the threshold k can be singled out, neither from a cell itself nor by subtracting the cells
// that are shown from a total that is shown. It is the one place that decides this, for
// everything a person sees:
//
//   - A poll (Poll, in poll.go): its turnout, live or not, its counts, smiley median and mean,
//     Borda points, wherever they are shown: pollResults, the facilitator's live screen, reports,
//     their exports and the wellbeing signals. Its rule is checked by an exhaustive search over
//     every small table (search_test.go, package disclosuretest).
//   - Tables of linked counts (Table, below), for the figures of reports: callers describe their
//     figures as cells and the sums that link them, and read back what is hidden.
//
// The rules of Table, in order:
//
//   - Primary suppression: a cell counting n children with 0 < n < k is hidden.
//   - Zeros are shown and never chosen to protect another cell. "Nobody" is not a small group that
//     can be singled out, and hiding a zero protects nothing: a reader who sees a cell hidden next
//     to a total that the visible cells already reach knows it is zero. One exception: a group
//     (the answers to one poll, declared with Group rather than Sum) whose total is below k is
//     hidden whole, zeros too, because zeros beside a small group tell what that group did ("1 to 4
//     voted, and nobody chose anything but A").
//   - Complementary suppression: every line (a total and the cells it sums) is checked. A line may
//     not hold exactly one hidden cell that needs protection (it would be the total minus the
//     rest), and when its total is shown, the hidden cells together must count at least k (else
//     the reader learns that a handful of children sit in one of a few cells). A line that breaks
//     either rule hides one more non-zero cell of the line that this table may decide on
//     (preferring one whose other lines already hold a hidden cell, then the smallest), else its
//     total. Lines are checked again until none changes.
//
// This is the line-by-line heuristic statistical offices use for linked tables (a hidden cell is
// never alone in any line it belongs to); it does not solve the full linear system, so tables
// should stay what reports are: hierarchies of sums and two-way tables with their margins.
package disclosure

import (
	"errors"
	"fmt"
	"slices"
)

// DefaultK is the threshold when a deployment sets none: cells counting fewer than 5 children are
// hidden.
const DefaultK = 5

// Cell is a handle on a figure of a Table.
type Cell int

// Table is a set of counts linked by sums, protected together.
type Table struct {
	k     int
	cells []cell
	lines []line
	// linesOf lists, per cell, the lines it belongs to.
	linesOf map[Cell][]int
	done    bool
}

type cell struct {
	value int
	// hidden: not shown. protect: a hidden cell that must not be recoverable either (primary,
	// complementary, or an unpublished cell that counts a small group).
	hidden, protect bool
	// fixed cells are shown or hidden as another table decided (a figure that also appears in
	// another report): this table never changes them.
	fixed bool
}

type line struct {
	total Cell
	parts []Cell
	group bool // hidden whole, zeros too, when the total is below k
	// overlapping parts do not add up to the total (a child can be in several): no single part can
	// be worked out from it, but together the hidden ones must still count k.
	overlapping bool
}

// NewTable returns an empty table protected at threshold k (at least 2: with 1 nothing is hidden).
func NewTable(k int) *Table {
	if k < 1 {
		k = 1
	}
	return &Table{k: k}
}

// K is the threshold of the table.
func (t *Table) K() int { return t.k }

// Add adds a published count.
func (t *Table) Add(n int) Cell {
	t.cells = append(t.cells, cell{value: n})
	return Cell(len(t.cells) - 1)
}

// AddUnpublished adds a count that is never shown but that a reader can compute from the cells
// that are (the children who did not choose an option of a multiple-choice poll: turnout minus
// the option's count). It is protected like any other cell when it counts a small group.
func (t *Table) AddUnpublished(n int) Cell {
	t.cells = append(t.cells, cell{value: n, hidden: true, protect: n > 0 && n < t.k})
	return Cell(len(t.cells) - 1)
}

// AddFixed adds a count whose visibility another table decided (hidden or not), for figures that
// appear in two reports: the report that sums them may hide more, never show what the other hid.
func (t *Table) AddFixed(n int, hidden bool) Cell {
	t.cells = append(t.cells, cell{value: n, hidden: hidden, protect: hidden, fixed: true})
	return Cell(len(t.cells) - 1)
}

// Sum declares that total is the sum of parts.
func (t *Table) Sum(total Cell, parts ...Cell) { t.addLine(line{total: total, parts: parts}) }

// Group declares that total is the sum of parts, which are what one group of children answered
// (a poll's options and its turnout): when the total is below k, nothing of the group is shown.
func (t *Table) Group(total Cell, parts ...Cell) {
	t.addLine(line{total: total, parts: parts, group: true})
}

// Overlapping declares a group whose parts may share children (the options of a multiple-choice
// poll and its turnout): when the total is below k nothing is shown, and the hidden parts must
// count at least k together, but a single hidden part is no sum of the others.
func (t *Table) Overlapping(total Cell, parts ...Cell) {
	t.addLine(line{total: total, parts: parts, group: true, overlapping: true})
}

func (t *Table) addLine(l line) {
	if t.linesOf == nil {
		t.linesOf = map[Cell][]int{}
	}
	i := len(t.lines)
	l.parts = append([]Cell(nil), l.parts...)
	t.lines = append(t.lines, l)
	for _, c := range append([]Cell{l.total}, l.parts...) {
		t.linesOf[c] = append(t.linesOf[c], i)
	}
}

// ErrUnprotectable is returned when a line can only be protected by hiding a fixed cell.
var ErrUnprotectable = errors.New("disclosure: a line cannot be protected without changing a fixed cell")

// Protect applies primary and complementary suppression. It is idempotent.
func (t *Table) Protect() error {
	if t.done {
		return nil
	}
	t.fixDetermined()
	for i := range t.cells {
		c := &t.cells[i]
		if !c.fixed && !c.hidden && c.value > 0 && c.value < t.k {
			c.hidden, c.protect = true, true
		}
	}
	for _, l := range t.lines {
		if total := t.cells[l.total]; !l.group || total.value <= 0 || total.value >= t.k || !total.hidden {
			continue
		}
		for _, p := range l.parts {
			if c := &t.cells[p]; c.value == 0 && !c.fixed {
				c.hidden = true
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for i, l := range t.lines {
			if !t.violated(l) {
				continue
			}
			next, ok := t.complement(i)
			if !ok {
				return fmt.Errorf("%w (line %d)", ErrUnprotectable, i)
			}
			t.cells[next].hidden, t.cells[next].protect = true, true
			changed = true
		}
	}
	t.done = true
	return nil
}

// fixDetermined fixes, as shown, every total whose parts are all fixed and shown: a reader adds
// them up, so hiding it would protect nothing, and a line it would be the only hidden cell of could
// never be protected.
func (t *Table) fixDetermined() {
	for changed := true; changed; {
		changed = false
		for _, l := range t.lines {
			if t.cells[l.total].fixed {
				continue
			}
			if !slices.ContainsFunc(l.parts, func(p Cell) bool { return !t.cells[p].fixed || t.cells[p].hidden }) {
				t.cells[l.total].fixed = true
				changed = true
			}
		}
	}
}

// violated reports whether a line gives a protected cell away.
func (t *Table) violated(l line) bool {
	hidden, protected, hiddenSum := 0, 0, 0
	for _, p := range l.parts {
		if c := t.cells[p]; c.hidden {
			hidden++
			hiddenSum += c.value
			if c.protect {
				protected++
			}
		}
	}
	total := t.cells[l.total]
	if total.hidden {
		hidden++
		if total.protect {
			protected++
		}
	}
	switch {
	case protected == 0:
		return false
	case hidden == 1 && !l.overlapping:
		return true
	default:
		return !total.hidden && hiddenSum > 0 && hiddenSum < t.k
	}
}

// complement picks the cell to hide next in a violated line, among the non-zero visible parts this
// table decides on: the one whose hiding leaves the fewest other lines with a single hidden cell
// (so suppression does not spread further than it must), then the smallest, then the first. When
// no part can be hidden, the total is.
func (t *Table) complement(current int) (Cell, bool) {
	l := t.lines[current]
	best, bestCost := Cell(-1), 0
	for _, p := range l.parts {
		c := t.cells[p]
		if c.hidden || c.fixed || c.value == 0 {
			continue
		}
		cost := t.newSingletons(p, current)
		if best < 0 || cost < bestCost || cost == bestCost && c.value < t.cells[best].value {
			best, bestCost = p, cost
		}
	}
	if best >= 0 {
		return best, true
	}
	if c := t.cells[l.total]; !c.hidden && !c.fixed {
		return l.total, true
	}
	return 0, false
}

// newSingletons counts the lines other than current in which c would be the only hidden cell.
func (t *Table) newSingletons(c Cell, current int) int {
	n := 0
	for _, i := range t.linesOf[c] {
		l := t.lines[i]
		if i == current {
			continue
		}
		if !t.cells[l.total].hidden && !slices.ContainsFunc(l.parts, func(p Cell) bool { return t.cells[p].hidden }) {
			n++
		}
	}
	return n
}

// Hidden reports whether c is suppressed. It protects the table first if that was not done.
func (t *Table) Hidden(c Cell) bool {
	t.mustProtect()
	return t.cells[c].hidden
}

// Shown returns the value of c, or nil when it is suppressed.
func (t *Table) Shown(c Cell) *int {
	t.mustProtect()
	if t.cells[c].hidden {
		return nil
	}
	v := t.cells[c].value
	return &v
}

func (t *Table) mustProtect() {
	if err := t.Protect(); err != nil {
		panic(err) // only fixed cells can make a table unprotectable; callers that use them call Protect
	}
}

// Value returns the count of c whether or not it is shown, for building a table that links to
// this one (see AddFixed).
func (t *Table) Value(c Cell) int { return t.cells[c].value }
