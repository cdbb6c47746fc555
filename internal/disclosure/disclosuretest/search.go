// Package disclosuretest searches every small poll table for figures that a viewer can work out
// exactly although they count 1 to k-1 children. It is used by the tests of the disclosure engine
// and of everything that shows what the engine decides (reports, exports).
//
// The attacker knows the rules (the engine's code), the poll's kind, options and k, and sees one
// view of the poll: everything that is published about it, wherever. The search enumerates every
// table of counts that a poll of that shape can have, computes its view, and groups the tables
// by view: the tables of a group are exactly those the attacker cannot tell apart. A cell whose
// value is the same in every table of its group is known to the attacker; a leak is such a cell
// that counts 1 to k-1 children.
package disclosuretest

import (
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"

	"github.com/jeugdstem/jeugdstem/internal/disclosure"
)

// Shape is the kind of poll a search covers, and how far it goes.
type Shape struct {
	Kind    disclosure.Kind
	K       int
	Options int
	// MaxVoters bounds the turnout (from 0).
	MaxVoters int
	// MaxChoices is, for MULTIPLE_CHOICE, the most options a child may choose (0: all).
	MaxChoices int
}

func (s Shape) String() string {
	out := fmt.Sprintf("%s k=%d options=%d voters≤%d", s.Kind, s.K, s.Options, s.MaxVoters)
	if s.Kind == disclosure.MultipleChoice {
		out += fmt.Sprintf(" maxChoices=%d", s.MaxChoices)
	}
	return out
}

// Tables enumerates every table of counts a poll of the shape can have with 0 to MaxVoters
// voters: the ways the voters can be spread over the options (each child one option); for
// MULTIPLE_CHOICE every vector of option counts that some set of ballots gives (each count at
// most the turnout, their sum between the turnout and MaxChoices times it: such ballots always
// exist, by spreading the choices evenly); for RANKING every rank table (rows and columns adding
// up to the turnout: by Birkhoff's theorem exactly the sums of that many rankings).
func (s Shape) Tables() iter.Seq[disclosure.PollCounts] {
	return func(yield func(disclosure.PollCounts) bool) {
		for n := 0; n <= s.MaxVoters; n++ {
			c := disclosure.PollCounts{Kind: s.Kind, K: s.K, Turnout: n, MaxChoices: s.MaxChoices}
			var ok bool
			switch s.Kind {
			case disclosure.MultipleChoice:
				ok = s.choices(n, c, yield)
			case disclosure.Ranking:
				ok = rankTables(s.Options, n, func(ranks [][]int) bool {
					c.Ranks = ranks
					return yield(c)
				})
			default:
				ok = compositions(s.Options, n, func(counts []int) bool {
					c.Ranks = columnOf(counts)
					return yield(c)
				})
			}
			if !ok {
				return
			}
		}
	}
}

func (s Shape) choices(n int, c disclosure.PollCounts, yield func(disclosure.PollCounts) bool) bool {
	most := s.MaxChoices
	if most == 0 {
		most = s.Options
	}
	counts := make([]int, s.Options)
	var rec func(i, sum int) bool
	rec = func(i, sum int) bool {
		if i == len(counts) {
			if sum < n || sum > most*n {
				return true
			}
			c.Ranks = columnOf(counts)
			return yield(c)
		}
		for x := 0; x <= n; x++ {
			counts[i] = x
			if !rec(i+1, sum+x) {
				return false
			}
		}
		return true
	}
	return rec(0, 0)
}

// compositions calls f with every way of writing n as an ordered sum of m non-negative parts.
func compositions(m, n int, f func([]int) bool) bool {
	parts := make([]int, m)
	var rec func(i, left int) bool
	rec = func(i, left int) bool {
		if i == m-1 {
			parts[i] = left
			return f(parts)
		}
		for x := 0; x <= left; x++ {
			parts[i] = x
			if !rec(i+1, left-x) {
				return false
			}
		}
		return true
	}
	return rec(0, n)
}

// rankTables calls f with every m×m table of non-negative counts whose rows and columns all add
// up to n.
func rankTables(m, n int, f func([][]int) bool) bool {
	ranks := make([][]int, m)
	for i := range ranks {
		ranks[i] = make([]int, m)
	}
	colLeft := make([]int, m)
	for i := range colLeft {
		colLeft[i] = n
	}
	var rec func(row, col, rowLeft int) bool
	rec = func(row, col, rowLeft int) bool {
		if row == m-1 { // the last row is what the columns still need
			for j := range colLeft {
				ranks[row][j] = colLeft[j]
			}
			return f(ranks)
		}
		if col == m-1 {
			if rowLeft > colLeft[col] {
				return true
			}
			ranks[row][col] = rowLeft
			colLeft[col] -= rowLeft
			ok := rec(row+1, 0, n)
			colLeft[col] += rowLeft
			return ok
		}
		for x := 0; x <= min(rowLeft, colLeft[col]); x++ {
			ranks[row][col] = x
			colLeft[col] -= x
			ok := rec(row, col+1, rowLeft-x)
			colLeft[col] += x
			if !ok {
				return false
			}
		}
		return true
	}
	return rec(0, 0, n)
}

func columnOf(counts []int) [][]int {
	out := make([][]int, len(counts))
	for i, x := range counts {
		out[i] = []int{x}
	}
	return out
}

// Cells are the groups of children a table counts, which must never be known exactly when they
// are 1 to k-1: the turnout, every count of the table (every rank of a RANKING poll), and, for
// MULTIPLE_CHOICE, the children who did not choose each option.
func Cells(c disclosure.PollCounts) []int {
	out := []int{c.Turnout}
	for _, row := range c.Ranks {
		out = append(out, row...)
	}
	if c.Kind == disclosure.MultipleChoice {
		for _, row := range c.Ranks {
			out = append(out, c.Turnout-row[0])
		}
	}
	return out
}

// CellName names cell i of Cells for a table of the shape.
func CellName(c disclosure.PollCounts, i int) string {
	if i == 0 {
		return "turnout"
	}
	i--
	width := len(c.Ranks[0])
	if i < len(c.Ranks)*width {
		if width == 1 {
			return fmt.Sprintf("option %d", i+1)
		}
		return fmt.Sprintf("option %d at rank %d", i/width+1, i%width+1)
	}
	return fmt.Sprintf("did not choose option %d", i-len(c.Ranks)*width+1)
}

// View is what a viewer receives of a poll, as a string (equal views, equal strings), and whether
// it determines the table (every count shown): such a table is checked on its own rather than
// kept for grouping, which keeps the search small.
type View func(disclosure.PollCounts) (key string, exact bool)

// Leak is a cell known exactly although it counts 1 to k-1 children.
type Leak struct {
	Shape Shape
	// Example is one table of the view (they all give the cell the same value).
	Example disclosure.PollCounts
	Tables  int // how many tables share the view
	View    string
	Cell    string
	Value   int
}

func (l Leak) String() string {
	return fmt.Sprintf("%s: %s = %d is known from the view %q (%d table(s) fit; e.g. turnout %d, counts %v)",
		l.Shape, l.Cell, l.Value, l.View, l.Tables, l.Example.Turnout, l.Example.Ranks)
}

type group struct {
	cells   []int // the value, or -1 once two tables differ
	tables  int
	example disclosure.PollCounts
}

// Search returns the leaks of view over every table of the shape, and how many tables it read.
func Search(s Shape, view View) (leaks []Leak, tables int) {
	groups := map[string]*group{}
	small := func(x int) bool { return x > 0 && x < s.K }
	for c := range s.Tables() {
		tables++
		key, exact := view(c)
		cells := Cells(c)
		if exact {
			for i, x := range cells {
				if small(x) {
					leaks = append(leaks, Leak{Shape: s, Example: clone(c), Tables: 1, View: key, Cell: CellName(c, i), Value: x})
				}
			}
			continue
		}
		g := groups[key]
		if g == nil {
			groups[key] = &group{cells: cells, tables: 1, example: clone(c)}
			continue
		}
		g.tables++
		for i, x := range cells {
			if g.cells[i] != x {
				g.cells[i] = -1
			}
		}
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, key := range keys {
		g := groups[key]
		for i, x := range g.cells {
			if small(x) {
				leaks = append(leaks, Leak{Shape: s, Example: g.example, Tables: g.tables, View: key, Cell: CellName(g.example, i), Value: x})
			}
		}
	}
	return leaks, tables
}

func clone(c disclosure.PollCounts) disclosure.PollCounts {
	c.Ranks = slices.Clone(c.Ranks)
	for i := range c.Ranks {
		c.Ranks[i] = slices.Clone(c.Ranks[i])
	}
	return c
}

// Key writes figures as a view key: nil is "-".
func Key(parts ...any) string {
	var b strings.Builder
	for _, p := range parts {
		switch v := p.(type) {
		case *int:
			if v == nil {
				b.WriteString("-")
			} else {
				b.WriteString(strconv.Itoa(*v))
			}
		case *float64:
			if v == nil {
				b.WriteString("-")
			} else {
				b.WriteString(strconv.FormatFloat(*v, 'g', -1, 64))
			}
		case string:
			b.WriteString(v)
		case int:
			b.WriteString(strconv.Itoa(v))
		default:
			fmt.Fprint(&b, v)
		}
		b.WriteByte(' ')
	}
	return b.String()
}

// EngineView is the view of a poll through the engine alone: pollResults (counts, turnout,
// median, mean, Borda points) and the live turnout.
func EngineView(c disclosure.PollCounts) (string, bool) {
	v := disclosure.Poll(c)
	live := disclosure.ShowTurnout(c.K, c.Turnout)
	return ViewKey(v, live), v.Complete() && c.Kind != disclosure.Ranking
}

// ViewKey writes a PollView and a live turnout as a view key.
func ViewKey(v disclosure.PollView, live disclosure.Turnout) string {
	parts := []any{"turnout", v.Turnout.Shown(), "live", live.Shown(), "options"}
	for _, o := range v.Options {
		parts = append(parts, o.Count, o.BordaPoints)
	}
	return Key(append(parts, "median", v.Median, "mean", v.Mean)...)
}
