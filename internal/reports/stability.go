package reports

import (
	"context"
	"database/sql"
	"time"

	"github.com/jeugdstem/jeugdstem/ent/location"
	"github.com/jeugdstem/jeugdstem/ent/migrate"
	"github.com/jeugdstem/jeugdstem/internal/disclosure"
)

// Stability: how often children are moved and whether families were told in time (at least
// NoticeDays before), from the transfers staff record (transferYouthMember). Aggregates only,
// protected like every count of children: a location's figures by its own table, a kind's and the
// country's as sums of the locations' cells as those decided them.

// NoticeDays is the notice the quality framework asks before a move: at least a week.
const NoticeDays = 7

// stabilityWindow is how far back moves count: the 12 months up to the end of the period.
const stabilityMonths = 12

// MovesBucket is how many children (living at the location now) were moved a number of times in
// the last 12 months.
type MovesBucket struct {
	// Moves is "0", "1", "2" or "3+".
	Moves    string `json:"moves"`
	Children *int   `json:"children"`
}

// StabilityFigures are the moves of a location, of the locations of a kind (Kind set, no
// LocationID), or of every location (neither).
type StabilityFigures struct {
	LocationID *string        `json:"locationID"`
	Kind       *location.Kind `json:"kind"`
	// WindowFrom and WindowTo are the 12 months counted.
	WindowFrom time.Time `json:"windowFrom"`
	WindowTo   time.Time `json:"windowTo"`
	// Children are the active members now; ChildrenByMoves splits them by their moves in the window.
	Children        *int          `json:"children"`
	ChildrenByMoves []MovesBucket `json:"childrenByMoves"`
	// Moves are the moves to the location in the window, by the notice the family had.
	Moves              *int `json:"moves"`
	MovesWithNotice    *int `json:"movesWithNotice"`
	MovesShortNotice   *int `json:"movesShortNotice"`
	MovesNoticeUnknown *int `json:"movesNoticeUnknown"`
	// NoticeSharePercent is the share of moves with a known notice that had at least NoticeDays,
	// when both counts are shown.
	NoticeSharePercent *float64 `json:"noticeSharePercent"`
}

var moveBuckets = []string{"0", "1", "2", "3+"}

// stabilityCounts are one location's raw counts: children per bucket, moves with notice, short,
// unknown.
type stabilityCounts struct {
	buckets [4]int
	notice  [3]int
}

type stabilityCells struct {
	children disclosure.Cell
	buckets  [4]disclosure.Cell
	moves    disclosure.Cell
	notice   [3]disclosure.Cell
}

type stabilityResult struct {
	locations map[string]StabilityFigures
	kinds     []StabilityFigures // per kind with locations, then the total
}

// stability computes the figures of one location or of all (with their kinds and total).
func (s *Service) stability(ctx context.Context, sc scope, p Period) (*stabilityResult, error) {
	to := p.To
	from := to.AddDate(0, -stabilityMonths, 0)
	counts := map[string]*stabilityCounts{}
	at := func(loc string) *stabilityCounts {
		if counts[loc] == nil {
			counts[loc] = &stabilityCounts{}
		}
		return counts[loc]
	}
	in, inArgs := s.sql.inPeriod("t.moved_at", from, to)
	w, wArgs := sc.where("ym.location_id")
	q := `SELECT ym.location_id, COALESCE(m.n, 0), COUNT(*) FROM youth_members ym
  LEFT JOIN (SELECT t.member_id AS member, COUNT(*) AS n FROM member_transfers t WHERE ` + in + ` GROUP BY t.member_id) m
    ON m.member = ym.id
 WHERE ym.status = 'ACTIVE'` + w + ` GROUP BY ym.location_id, COALESCE(m.n, 0)`
	err := s.query(ctx, q, concat(inArgs, wArgs), func(r *sql.Rows) error {
		var loc string
		var moves, n int
		if err := r.Scan(&loc, &moves, &n); err != nil {
			return err
		}
		at(loc).buckets[min(moves, 3)] += n
		return nil
	})
	if err != nil {
		return nil, err
	}
	w2, w2Args := sc.where("t.to_location_id")
	q = `SELECT t.to_location_id, t.moved_at, t.notice_given_on FROM member_transfers t WHERE ` + in + w2
	err = s.query(ctx, q, concat(inArgs, w2Args), func(r *sql.Rows) error {
		var loc string
		var moved time.Time
		var notice sql.NullTime
		if err := r.Scan(&loc, &moved, &notice); err != nil {
			return err
		}
		at(loc).notice[noticeClass(moved, notice)]++
		return nil
	})
	if err != nil {
		return nil, err
	}
	locs, err := s.locations(ctx, sc)
	if err != nil {
		return nil, err
	}
	k := s.cfg.MinGroupSize
	res := &stabilityResult{locations: map[string]StabilityFigures{}}
	nt := disclosure.NewTable(k)
	var kindOrder []location.Kind
	kindCells := map[location.Kind][]stabilityCells{}
	kindCounts := map[location.Kind]*stabilityCounts{}
	for _, l := range locs {
		c := at(l.id)
		t := disclosure.NewTable(k)
		cells := addStability(t, t.Add, c)
		if err := t.Protect(); err != nil {
			return nil, err
		}
		f := renderStability(t, cells)
		f.WindowFrom, f.WindowTo = from.UTC(), to.UTC()
		res.locations[l.id] = f
		fixed := func(x disclosure.Cell) disclosure.Cell { return nt.AddFixed(t.Value(x), t.Hidden(x)) }
		fc := stabilityCells{children: fixed(cells.children), moves: fixed(cells.moves)}
		for i := range fc.buckets {
			fc.buckets[i] = fixed(cells.buckets[i])
		}
		for i := range fc.notice {
			fc.notice[i] = fixed(cells.notice[i])
		}
		if kindCounts[l.kind] == nil {
			kindOrder = append(kindOrder, l.kind)
			kindCounts[l.kind] = &stabilityCounts{}
		}
		kc := kindCounts[l.kind]
		for i := range c.buckets {
			kc.buckets[i] += c.buckets[i]
		}
		for i := range c.notice {
			kc.notice[i] += c.notice[i]
		}
		kindCells[l.kind] = append(kindCells[l.kind], fc)
	}
	if !sc.all() {
		return res, nil
	}
	// Kinds sum their locations' cells (as the locations' tables decided them); the total sums the
	// kinds.
	var totalCounts stabilityCounts
	var kindRows []stabilityCells
	kinds := sortKinds(kindOrder)
	for _, kd := range kinds {
		kc := addStability(nt, nt.Add, kindCounts[kd])
		sumStability(nt, kc, kindCells[kd])
		kindRows = append(kindRows, kc)
		for i := range totalCounts.buckets {
			totalCounts.buckets[i] += kindCounts[kd].buckets[i]
		}
		for i := range totalCounts.notice {
			totalCounts.notice[i] += kindCounts[kd].notice[i]
		}
	}
	total := addStability(nt, nt.Add, &totalCounts)
	sumStability(nt, total, kindRows)
	if err := nt.Protect(); err != nil {
		return nil, err
	}
	for i, kd := range kinds {
		f := renderStability(nt, kindRows[i])
		kd := kd
		f.Kind, f.WindowFrom, f.WindowTo = &kd, from.UTC(), to.UTC()
		res.kinds = append(res.kinds, f)
	}
	f := renderStability(nt, total)
	f.WindowFrom, f.WindowTo = from.UTC(), to.UTC()
	res.kinds = append(res.kinds, f)
	return res, nil
}

// noticeClass: 0 at least NoticeDays' notice, 1 less, 2 unknown; days counted between the
// calendar dates in Amsterdam.
func noticeClass(moved time.Time, notice sql.NullTime) int {
	if !notice.Valid {
		return 2
	}
	m, n := moved.In(amsterdam), notice.Time.In(amsterdam)
	md := time.Date(m.Year(), m.Month(), m.Day(), 0, 0, 0, 0, time.UTC)
	nd := time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, time.UTC)
	if md.Sub(nd) >= NoticeDays*24*time.Hour {
		return 0
	}
	return 1
}

// addStability adds one row's cells and its two lines: children = the buckets, moves = the
// notice classes.
func addStability(t *disclosure.Table, add func(int) disclosure.Cell, c *stabilityCounts) stabilityCells {
	var out stabilityCells
	children, moves := 0, 0
	for _, b := range c.buckets {
		children += b
	}
	for _, n := range c.notice {
		moves += n
	}
	out.children, out.moves = add(children), add(moves)
	for i, b := range c.buckets {
		out.buckets[i] = add(b)
	}
	for i, n := range c.notice {
		out.notice[i] = add(n)
	}
	t.Sum(out.children, out.buckets[:]...)
	t.Sum(out.moves, out.notice[:]...)
	return out
}

// sumStability declares total's every cell the sum of the rows' cells.
func sumStability(t *disclosure.Table, total stabilityCells, rows []stabilityCells) {
	col := func(pick func(stabilityCells) disclosure.Cell) {
		parts := make([]disclosure.Cell, len(rows))
		for i, r := range rows {
			parts[i] = pick(r)
		}
		t.Sum(pick(total), parts...)
	}
	col(func(c stabilityCells) disclosure.Cell { return c.children })
	col(func(c stabilityCells) disclosure.Cell { return c.moves })
	for i := range total.buckets {
		col(func(c stabilityCells) disclosure.Cell { return c.buckets[i] })
	}
	for i := range total.notice {
		col(func(c stabilityCells) disclosure.Cell { return c.notice[i] })
	}
}

func renderStability(t *disclosure.Table, c stabilityCells) StabilityFigures {
	f := StabilityFigures{Children: t.Shown(c.children), Moves: t.Shown(c.moves),
		MovesWithNotice: t.Shown(c.notice[0]), MovesShortNotice: t.Shown(c.notice[1]), MovesNoticeUnknown: t.Shown(c.notice[2])}
	for i, b := range moveBuckets {
		f.ChildrenByMoves = append(f.ChildrenByMoves, MovesBucket{Moves: b, Children: t.Shown(c.buckets[i])})
	}
	if f.MovesWithNotice != nil && f.MovesShortNotice != nil && *f.MovesWithNotice+*f.MovesShortNotice > 0 {
		f.NoticeSharePercent = round1(100 * float64(*f.MovesWithNotice) / float64(*f.MovesWithNotice+*f.MovesShortNotice))
	}
	return f
}

// sortKinds orders kinds as the enum does.
func sortKinds(ks []location.Kind) []location.Kind {
	var out []location.Kind
	for _, v := range locationKinds {
		for _, k := range ks {
			if k == v {
				out = append(out, k)
			}
		}
	}
	return out
}

// locationKinds are the kinds of location in the order of the enum, read from the ent schema (the
// one list of them), so a new kind appears in every comparison without another list to extend.
var locationKinds = func() []location.Kind {
	for _, c := range migrate.LocationsColumns {
		if c.Name == location.FieldKind {
			out := make([]location.Kind, len(c.Enums))
			for i, v := range c.Enums {
				out[i] = location.Kind(v)
			}
			return out
		}
	}
	panic("reports: the locations table has no kind column")
}()
