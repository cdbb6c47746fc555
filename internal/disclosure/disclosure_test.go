package disclosure

import (
	"errors"
	"slices"
	"testing"
)

// twoWay builds a rows × columns table with row totals, column totals and a grand total.
type twoWay struct {
	t          *Table
	cells      [][]Cell
	rowTotal   []Cell
	colTotal   []Cell
	grandTotal Cell
}

func newTwoWay(k int, values [][]int) *twoWay {
	w := &twoWay{t: NewTable(k)}
	cols := len(values[0])
	colSums := make([]int, cols)
	grand := 0
	for _, row := range values {
		var cs []Cell
		sum := 0
		for j, v := range row {
			cs = append(cs, w.t.Add(v))
			sum += v
			colSums[j] += v
		}
		grand += sum
		w.cells = append(w.cells, cs)
		w.rowTotal = append(w.rowTotal, w.t.Add(sum))
	}
	for _, s := range colSums {
		w.colTotal = append(w.colTotal, w.t.Add(s))
	}
	w.grandTotal = w.t.Add(grand)
	for i, cs := range w.cells {
		w.t.Sum(w.rowTotal[i], cs...)
	}
	for j := range cols {
		var col []Cell
		for i := range w.cells {
			col = append(col, w.cells[i][j])
		}
		w.t.Sum(w.colTotal[j], col...)
	}
	w.t.Sum(w.grandTotal, w.rowTotal...)
	w.t.Sum(w.grandTotal, w.colTotal...)
	return w
}

// pattern renders hidden cells as "x" and shown ones as ".", row by row, then the row totals,
// the column totals and the grand total.
func (w *twoWay) pattern() []string {
	mark := func(c Cell) byte {
		if w.t.Hidden(c) {
			return 'x'
		}
		return '.'
	}
	var out []string
	for _, cs := range w.cells {
		var b []byte
		for _, c := range cs {
			b = append(b, mark(c))
		}
		out = append(out, string(b))
	}
	var rt, ct []byte
	for _, c := range w.rowTotal {
		rt = append(rt, mark(c))
	}
	for _, c := range w.colTotal {
		ct = append(ct, mark(c))
	}
	return append(out, "rows "+string(rt), "cols "+string(ct), "all "+string(mark(w.grandTotal)))
}

func TestTwoWayTables(t *testing.T) {
	tests := []struct {
		name   string
		values [][]int
		want   []string
	}{
		{
			name:   "nothing small",
			values: [][]int{{10, 6}, {7, 9}},
			want:   []string{"..", "..", "rows ..", "cols ..", "all ."},
		},
		{
			// The 2 hides; its row takes the 6 (smallest there), its column the 8; then the 6's
			// column and the 8's row are left with one hidden cell each and take the 9.
			name:   "a small cell hides a rectangle",
			values: [][]int{{2, 6, 20}, {8, 9, 30}, {11, 12, 40}},
			want:   []string{"xx.", "xx.", "...", "rows ...", "cols ...", "all ."},
		},
		{
			// A row of 3 hides its cell and its total (its zero is shown: rows of a table are not
			// groups). The 3's column then takes the 7 (whose row has no hidden cell either way;
			// the smaller); the column of row totals takes the third row's total, whose row already
			// holds a hidden cell, rather than the second's.
			name:   "a small row total",
			values: [][]int{{3, 0}, {10, 5}, {7, 8}},
			want:   []string{"x.", "..", "x.", "rows x.x", "cols ..", "all ."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newTwoWay(5, tt.values)
			if got := w.pattern(); !slices.Equal(got, tt.want) {
				t.Errorf("pattern\n got %q\nwant %q", got, tt.want)
			}
			assertNoLineGivesAway(t, w.t)
		})
	}
}

// assertNoLineGivesAway checks the invariant Protect promises, for every line.
func assertNoLineGivesAway(t *testing.T, tb *Table) {
	t.Helper()
	for _, l := range tb.lines {
		if tb.violated(l) {
			t.Errorf("line with total %d still gives a cell away", l.total)
		}
	}
}

func TestUnpublishedComplement(t *testing.T) {
	// A multiple-choice option chosen by 8 of 10 voters: the 2 who did not choose it are a small
	// group a reader can compute (turnout − count), so the count is hidden.
	tb := NewTable(5)
	turnout := tb.Add(10)
	chose := tb.Add(8)
	notChose := tb.AddUnpublished(2)
	tb.Sum(turnout, chose, notChose)
	if !tb.Hidden(chose) || tb.Hidden(turnout) {
		t.Errorf("chose hidden = %v, turnout hidden = %v; want true, false", tb.Hidden(chose), tb.Hidden(turnout))
	}

	// 5 of 10 chose it: nothing to protect.
	tb = NewTable(5)
	turnout, chose, notChose = tb.Add(10), tb.Add(5), tb.AddUnpublished(5)
	tb.Sum(turnout, chose, notChose)
	if tb.Hidden(chose) {
		t.Error("an option chosen by 5 of 10 is hidden")
	}
}

func TestOverlapping(t *testing.T) {
	// Multiple choice by 13 children: 9, 9, 0, 0, 3, 6. The 3 is hidden; alone it counts fewer
	// than k = 6, so the smallest other, the 6, goes with it. A single hidden option (the 9s are
	// big enough) would not be hidden further: options are no sum of each other.
	tb := NewTable(6)
	turnout := tb.Add(13)
	var cells []Cell
	for _, n := range []int{9, 9, 0, 0, 3, 6} {
		cells = append(cells, tb.Add(n))
	}
	tb.Overlapping(turnout, cells...)
	var got []bool
	for _, c := range cells {
		got = append(got, tb.Hidden(c))
	}
	if want := []bool{false, false, false, false, true, true}; !slices.Equal(got, want) || tb.Hidden(turnout) {
		t.Errorf("hidden %v (turnout %v), want %v", got, tb.Hidden(turnout), want)
	}

	// 10 voters, options 10 and 8 and 5: the 8 is hidden as the complement of its 2 non-choosers
	// (Sum with an unpublished cell), and stays the only hidden option.
	tb = NewTable(5)
	turnout = tb.Add(10)
	a, b, c := tb.Add(10), tb.Add(8), tb.Add(5)
	tb.Overlapping(turnout, a, b, c)
	tb.Sum(turnout, b, tb.AddUnpublished(2))
	if tb.Hidden(a) || !tb.Hidden(b) || tb.Hidden(c) {
		t.Errorf("hidden %v %v %v, want false true false", tb.Hidden(a), tb.Hidden(b), tb.Hidden(c))
	}
}

func TestFixedCells(t *testing.T) {
	// Three locations whose own reports hid the first (3 threads) and showed the others; a total
	// over them must hide itself, since it may not hide what the other reports show.
	tb := NewTable(5)
	a, b, c := tb.AddFixed(3, true), tb.AddFixed(12, false), tb.AddFixed(20, false)
	total := tb.Add(35)
	tb.Sum(total, a, b, c)
	if err := tb.Protect(); err != nil {
		t.Fatal(err)
	}
	if !tb.Hidden(total) || tb.Hidden(b) || tb.Hidden(c) {
		t.Errorf("total hidden = %v, b = %v, c = %v; want true, false, false", tb.Hidden(total), tb.Hidden(b), tb.Hidden(c))
	}

	// Two hidden locations that together count at least k leave the total shown.
	tb = NewTable(5)
	a, b, c = tb.AddFixed(3, true), tb.AddFixed(4, true), tb.AddFixed(20, false)
	total = tb.Add(27)
	tb.Sum(total, a, b, c)
	if tb.Hidden(total) {
		t.Error("the total is hidden although the hidden locations count 7 together")
	}

	// A fixed total cannot be protected by this table.
	tb = NewTable(5)
	a, b = tb.AddFixed(3, true), tb.AddFixed(20, false)
	total = tb.AddFixed(23, false)
	tb.Sum(total, a, b)
	if err := tb.Protect(); !errors.Is(err, ErrUnprotectable) {
		t.Errorf("Protect() = %v, want ErrUnprotectable", err)
	}
}

func TestShown(t *testing.T) {
	tb := NewTable(5)
	small, large := tb.Add(2), tb.Add(7)
	if tb.Shown(small) != nil {
		t.Error("a cell of 2 is shown")
	}
	if v := tb.Shown(large); v == nil || *v != 7 {
		t.Errorf("Shown(7) = %v", v)
	}
}
