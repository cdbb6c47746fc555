package reports

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	"golang.org/x/sync/errgroup"

	"github.com/jeugdstem/jeugdstem/ent/location"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/voting"
)

// The aggregate queries behind both reports. Each groups by location, so the location report runs
// them for one location (an index narrows every table to it first) and the national report for all
// at once. Nothing here loads rows of children, posts or votes into Go: the database counts, and
// Go receives one row per location, theme, status or poll option, and the medians. (On SQLite the
// medians come from an aggregate function written in Go, sqlite_median.go, that SQLite calls
// inside the query.)

// scope narrows a query to one location ("" for all).
type scope struct{ locationID string }

func (sc scope) all() bool { return sc.locationID == "" }

// where returns "AND col = ?" with its argument for one location, nothing for all.
func (sc scope) where(col string) (string, []any) {
	if sc.all() {
		return "", nil
	}
	return " AND " + col + " = ?", []any{sc.locationID}
}

// finished is the condition for polls that belong to a period: closed or published, closed in
// it. Votes carry no time, so a vote belongs to the period its poll closed in; a poll still open
// belongs to no period yet (its result is secret until it closes).
func (s *Service) finished(alias string, p Period) (string, []any) {
	cond, args := s.sql.inPeriod(alias+".closed_at", p.From, p.To)
	return alias + ".status IN ('CLOSED', 'PUBLISHED') AND " + cond, args
}

// query runs q (with "?" placeholders) and hands each row to row. Statements are prepared once
// and kept: the report queries are few and long, and parsing them again on every request would
// cost more than running them on a location's rows.
func (s *Service) query(ctx context.Context, q string, args []any, row func(*sql.Rows) error) error {
	stmt, err := s.prepare(ctx, q)
	if err != nil {
		return fmt.Errorf("reports: %w", err)
	}
	if tx, ok := ctx.Value(snapshotKey{}).(*sql.Tx); ok {
		stmt = tx.StmtContext(ctx, stmt)
	}
	rows, err := stmt.QueryContext(ctx, args...)
	if err != nil {
		return fmt.Errorf("reports: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := row(rows); err != nil {
			return fmt.Errorf("reports: %w", err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("reports: %w", err)
	}
	return nil
}

type snapshotKey struct{}

// reportWorkMem is the memory a report's transaction lets PostgreSQL use per sort or hash
// (work_mem) before it writes to disk.
const reportWorkMem = "64MB"

// snapshot runs the queries of one report, which find their transaction in ctx, in one read-only
// transaction: every figure of a report is taken from the same state of the database.
func (s *Service) snapshot(ctx context.Context, fn func(context.Context) error) error {
	return s.snapshots(ctx, fn)
}

// snapshots runs each of fns in a read-only transaction of its own, side by side, all of them on
// one snapshot (database.SharedSnapshot): the figures they read add up as if read in one
// transaction. On SQLite each connection also reads the file through a memory map (PRAGMA
// mmap_size): a report reads far more pages than the connection's page cache holds, and a memory
// map spares copying each one in.
func (s *Service) snapshots(ctx context.Context, fns ...func(context.Context) error) error {
	var setup []string
	if s.sql.name != dialect.Postgres {
		setup = []string{"PRAGMA mmap_size = 1073741824"}
	}
	txs, end, err := s.db.SharedSnapshot(ctx, len(fns), setup...)
	if err != nil {
		return fmt.Errorf("reports: %w", err)
	}
	defer end()
	if s.sql.name == dialect.Postgres {
		// A national report makes half a million participations distinct; with PostgreSQL's
		// default work_mem (4 MB) that sorts on disk. Each report transaction may use more. And no
		// JIT: its costs put the report's larger statements above jit_above_cost, and compiling
		// them took 30 ms or more each, more than it saved (the national monitor over a quarter:
		// 494 ms in a benchmark run with it, 358 ms in the next without it).
		for _, tx := range txs {
			if _, err := tx.ExecContext(ctx, "SET LOCAL work_mem = '"+reportWorkMem+"'; SET LOCAL jit = off"); err != nil {
				return fmt.Errorf("reports: %w", err)
			}
		}
	}
	if len(fns) == 1 {
		return fns[0](context.WithValue(ctx, snapshotKey{}, txs[0]))
	}
	g, gctx := errgroup.WithContext(ctx)
	for i, fn := range fns {
		g.Go(func() error { return fn(context.WithValue(gctx, snapshotKey{}, txs[i])) })
	}
	return g.Wait()
}

func (s *Service) prepare(ctx context.Context, q string) (*sql.Stmt, error) {
	if st, ok := s.stmts.Load(q); ok {
		return st.(*sql.Stmt), nil
	}
	st, err := s.db.Reader.PrepareContext(ctx, s.sql.rebind(q))
	if err != nil {
		return nil, err
	}
	if prev, loaded := s.stmts.LoadOrStore(q, st); loaded {
		_ = st.Close()
		return prev.(*sql.Stmt), nil
	}
	return st, nil
}

// concat joins query arguments in the order their placeholders appear.
func concat(lists ...[]any) []any {
	var out []any
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// locationRow is a location as reports name it.
type locationRow struct {
	id, name, municipality string
	kind                   location.Kind
	housed                 int
}

func (s *Service) locations(ctx context.Context, sc scope) ([]locationRow, error) {
	q := "SELECT id, name, kind, municipality, children_housed FROM locations"
	var args []any
	if !sc.all() {
		q, args = q+" WHERE id = ?", []any{sc.locationID}
	}
	var out []locationRow
	err := s.query(ctx, q+" ORDER BY name, id", args, func(r *sql.Rows) error {
		var l locationRow
		if err := r.Scan(&l.id, &l.name, &l.kind, &l.municipality, &l.housed); err != nil {
			return err
		}
		out = append(out, l)
		return nil
	})
	return out, err
}

// countsBy runs a query of (location, count) rows into a map.
func (s *Service) countsBy(ctx context.Context, q string, args []any) (map[string]int, error) {
	out := map[string]int{}
	err := s.query(ctx, q, args, func(r *sql.Rows) error {
		var loc string
		var n int
		if err := r.Scan(&loc, &n); err != nil {
			return err
		}
		out[loc] = n
		return nil
	})
	return out, err
}

// activeMembers counts the members with status ACTIVE per location.
func (s *Service) activeMembers(ctx context.Context, sc scope) (map[string]int, error) {
	w, args := sc.where("location_id")
	return s.countsBy(ctx, "SELECT location_id, COUNT(*) FROM youth_members WHERE status = 'ACTIVE'"+w+
		" GROUP BY location_id", args)
}

// openCases counts the safeguarding cases per location that are not closed. Only the number ever
// leaves this query.
func (s *Service) openCases(ctx context.Context, sc scope) (map[string]int, error) {
	w, args := sc.where("location_id")
	return s.countsBy(ctx, "SELECT location_id, COUNT(*) FROM safeguarding_cases WHERE status <> 'CLOSED'"+w+
		" GROUP BY location_id", args)
}

// voters counts per location the distinct members who voted in a poll of the period: a poll of the
// location (by whoever voted, also a member who has moved since), or a national poll by a member
// who lives at the location now. The national part asks, member by member, whether one of their
// participations is in a national poll of the period: a short look in the (member, poll) index,
// instead of reading every participation of every national poll. For one location the OFFSET
// keeps PostgreSQL from turning the question into a semi-join that reads them all; for all
// members that semi-join is what it should do.
func (s *Service) voters(ctx context.Context, sc scope, p Period) (map[string]int, error) {
	local, localArgs := s.finished("p", p)
	national, nationalArgs := s.finished("np", p)
	locFilter, members, limit := "p.location_id IS NOT NULL", "", ""
	var locArgs, memberArgs []any
	if !sc.all() {
		locFilter, locArgs = "p.location_id = ?", []any{sc.locationID}
		members, memberArgs = "ym.location_id = ? AND ", []any{sc.locationID}
		limit = " LIMIT 1 OFFSET 0"
	}
	nationalVoters := `SELECT ym.location_id, ym.id FROM youth_members ym
   WHERE ` + members + `EXISTS (SELECT 1 FROM participations pa
                  WHERE pa.youth_member_participations = ym.id
                    AND pa.poll_participations IN (SELECT np.id FROM polls np WHERE np.location_id IS NULL AND ` + national + `)
` + limit + `)`
	if sc.all() && s.sql.name == dialect.Postgres {
		// For all members PostgreSQL hashes every participation of the national polls (a
		// national poll has thousands) to semi-join the members to them; making them distinct
		// first leaves a few thousand to join, in a third of the time.
		nationalVoters = `SELECT ym.location_id, ym.id FROM youth_members ym
   JOIN (SELECT DISTINCT pa.youth_member_participations AS member FROM participations pa
          WHERE pa.poll_participations IN (SELECT np.id FROM polls np WHERE np.location_id IS NULL AND ` + national + `)) nv
     ON nv.member = ym.id`
	}
	q := `SELECT loc, COUNT(*) FROM (
  SELECT p.location_id AS loc, pa.youth_member_participations AS member
    FROM polls p JOIN participations pa ON pa.poll_participations = p.id
   WHERE ` + locFilter + ` AND ` + local + `
  UNION
  ` + nationalVoters + `
) v GROUP BY loc`
	return s.countsBy(ctx, q, concat(locArgs, localArgs, memberArgs, nationalArgs))
}

// pollRow is a poll of the period with its turnout and option counts, before protection.
type pollRow struct {
	id         string
	locationID *string
	scope      poll.Scope
	kind       poll.Kind
	theme      schematype.Theme
	status     poll.Status
	question   []schematype.Translation
	closedAt   time.Time
	k          int
	maxChoices int // MULTIPLE_CHOICE: the most options a child may choose, 0 for all
	turnout    int
	options    []optionRow
}

type optionRow struct {
	id       string
	position int
	label    []schematype.Translation
	count    int
}

// kindsIn is the poll kinds of voting's kinds table that match, as SQL placeholders and their
// arguments ("NULL" for none).
func kindsIn(match func(voting.Kind) bool) (string, []any) {
	var marks []string
	var args []any
	for _, k := range voting.Kinds() {
		if match(k) {
			marks, args = append(marks, "?"), append(args, string(k.Kind))
		}
	}
	if len(marks) == 0 {
		return "NULL", nil
	}
	return strings.Join(marks, ", "), args
}

// overlappingKinds are the poll kinds whose counts do not add up to the turnout (a child may
// choose several options).
func overlappingKinds() (string, []any) {
	return kindsIn(func(k voting.Kind) bool { return !k.Disclosure.Additive() })
}

// polls returns the polls of the period with their turnout and, per option, its final count: for
// a RANKING poll the children who ranked it first. Where each child picks exactly one option (or
// ranks exactly one first), turnout is the sum of those counts, which closing the poll wrote for
// all its ballots at once. Only polls whose counts overlap (MULTIPLE_CHOICE) and polls without
// counts count their participations, which for a national poll are thousands of index entries.
//
// The texts (question, answers: every language, as JSON) are read only where the report shows
// them: for one location all its polls, nationally only the national polls (a location's polls
// count there in the safety scores and trend, by their numbers). A year has tens of thousands of
// polls and options; options and counts are read as they lie and matched and ordered in Go,
// which spares SQLite sorting and grouping them.
func (s *Service) polls(ctx context.Context, sc scope, p Period) ([]*pollRow, error) {
	fin, finArgs := s.finished("p", p)
	w, wArgs := sc.where("p.location_id")
	texts := "p.location_id IS NULL"
	if !sc.all() {
		texts = "1 = 1"
	} else {
		// Nationally a location's poll counts only through its score (the safety scores and the
		// trend), so a location's polls of kinds without one are not read at all.
		scored, scoredArgs := kindsIn(func(k voting.Kind) bool { return k.Summary == voting.ScaleScore })
		w, wArgs = " AND (p.location_id IS NULL OR p.kind IN ("+scored+"))", scoredArgs
	}
	var out []*pollRow
	byID := map[string]*pollRow{}
	q := `SELECT p.id, p.location_id, p.scope, p.kind, p.theme, p.status, CASE WHEN ` + texts + ` THEN p.question END, p.closed_at, p.min_group_size, p.max_choices
  FROM polls p WHERE ` + fin + w + ` ORDER BY p.closed_at, p.id`
	err := s.query(ctx, q, concat(finArgs, wArgs), func(r *sql.Rows) error {
		var pr pollRow
		var question []byte
		var maxChoices sql.NullInt64
		if err := r.Scan(&pr.id, &pr.locationID, &pr.scope, &pr.kind, &pr.theme, &pr.status, &question, &pr.closedAt, &pr.k, &maxChoices); err != nil {
			return err
		}
		pr.maxChoices = int(maxChoices.Int64)
		if question != nil {
			if err := json.Unmarshal(question, &pr.question); err != nil {
				return err
			}
		}
		out = append(out, &pr)
		byID[pr.id] = &pr
		return nil
	})
	if err != nil || len(out) == 0 {
		return out, err
	}
	// The final counts of the period's polls per option (rank 0, or 1 for a ranking's first).
	counts := map[string]int{}
	q = `SELECT t.option_id, t.count FROM polls p JOIN result_counts t ON t.poll_id = p.id WHERE ` + fin + w + ` AND t.rank <= 1`
	err = s.query(ctx, q, concat(finArgs, wArgs), func(r *sql.Rows) error {
		var id string
		var n int
		if err := r.Scan(&id, &n); err != nil {
			return err
		}
		counts[id] += n
		return nil
	})
	if err != nil {
		return nil, err
	}
	q = `SELECT o.poll_options, o.id, o.position, CASE WHEN ` + texts + ` THEN o.label END
  FROM polls p JOIN poll_options o ON o.poll_options = p.id WHERE ` + fin + w
	err = s.query(ctx, q, concat(finArgs, wArgs), func(r *sql.Rows) error {
		var pollID string
		var o optionRow
		var label []byte
		if err := r.Scan(&pollID, &o.id, &o.position, &label); err != nil {
			return err
		}
		if label != nil {
			if err := json.Unmarshal(label, &o.label); err != nil {
				return err
			}
		}
		if pr := byID[pollID]; pr != nil {
			o.count = counts[o.id]
			pr.options = append(pr.options, o)
			if voting.KindOf(pr.kind).Disclosure.Additive() {
				pr.turnout += o.count
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, pr := range out {
		slices.SortFunc(pr.options, func(a, b optionRow) int {
			return cmp.Or(cmp.Compare(a.position, b.position), strings.Compare(a.id, b.id))
		})
	}
	// Turnout from the participations where the counts cannot give it: a multiple-choice poll,
	// and a poll with no counts at all (fewer voters than its threshold when it was counted, so
	// none were stored; everything of it is then hidden, but its voters still count).
	overlapping, kindArgs := overlappingKinds()
	q = `SELECT p.id, (SELECT COUNT(*) FROM participations pa WHERE pa.poll_participations = p.id)
  FROM polls p WHERE (p.kind IN (` + overlapping + `) OR NOT EXISTS (SELECT 1 FROM result_counts t WHERE t.poll_id = p.id)) AND ` + fin + w
	err = s.query(ctx, q, concat(kindArgs, finArgs, wArgs), func(r *sql.Rows) error {
		var pollID string
		var n int
		if err := r.Scan(&pollID, &n); err != nil {
			return err
		}
		if pr := byID[pollID]; pr != nil {
			pr.turnout = n
		}
		return nil
	})
	return out, err
}

// feedbackCounts are the counts of one theme at one location.
type feedbackCounts struct {
	threads, posts, open, inProgress, done, notPossible, closed, overdue int
}

// threadKey names the feedback counts of a theme at a location.
type threadKey struct {
	location string
	theme    schematype.Theme
}

// feedbackByTheme is feedback counts per location and theme.
type feedbackByTheme map[threadKey]*feedbackCounts

func (f feedbackByTheme) at(loc string, theme schematype.Theme) *feedbackCounts {
	k := threadKey{loc, theme}
	if f[k] == nil {
		f[k] = &feedbackCounts{}
	}
	return f[k]
}

// withPosts adds the post counts of posts (read apart from the threads, see threadCounts) to f.
func (f feedbackByTheme) withPosts(posts map[threadKey]int) feedbackByTheme {
	for k, n := range posts {
		f.at(k.location, k.theme).posts += n
	}
	return f
}

// feedback counts the threads started in the period per location, theme and status now, those of
// them whose answer is overdue, the posts written in the period per location and theme, and the
// median response times (see medians).
func (s *Service) feedback(ctx context.Context, sc scope, p Period) (feedbackByTheme, map[medianKey]median, error) {
	out, err := s.threadCounts(ctx, sc, p)
	if err != nil {
		return nil, nil, err
	}
	posts := map[threadKey]int{}
	medians, err := s.posts(ctx, sc, p, posts)
	return out.withPosts(posts), medians, err
}

// threadCounts is the threads' part of feedback: per location, theme and status, the threads
// started in the period and those of them whose answer is overdue. It reads nothing posts does,
// so the national report reads the two side by side.
func (s *Service) threadCounts(ctx context.Context, sc scope, p Period) (feedbackByTheme, error) {
	out := feedbackByTheme{}
	in, inArgs := s.sql.inPeriod("t.created_at", p.From, p.To)
	w, wArgs := sc.where("t.location_id")
	deadline := int64(s.cfg.AnswerDeadline.Seconds())
	created, answered := s.sql.epoch("t.created_at"), s.sql.epoch("t.answered_at")
	// Overdue: visible to managers (its first post approved), not closed by a moderator, and
	// answered later than the deadline or not at all while the deadline has passed.
	q := `SELECT t.location_id, t.theme, t.status, COUNT(*),
       SUM(CASE WHEN t.visible_at IS NOT NULL AND t.status <> 'CLOSED' AND
                     (t.answered_at IS NULL AND ` + created + ` <= ? OR
                      t.answered_at IS NOT NULL AND ` + answered + ` - ` + created + ` > ?) THEN 1 ELSE 0 END)
  FROM feedback_threads t WHERE ` + in + w + ` GROUP BY t.location_id, t.theme, t.status`
	args := concat([]any{s.cfg.Now().Unix() - deadline, deadline}, inArgs, wArgs)
	return out, s.query(ctx, q, args, func(r *sql.Rows) error {
		var loc, status string
		var theme schematype.Theme
		var n, overdue int
		if err := r.Scan(&loc, &theme, &status, &n, &overdue); err != nil {
			return err
		}
		c := out.at(loc, theme)
		c.threads += n
		c.overdue += overdue
		switch status {
		case "OPEN":
			c.open += n
		case "IN_PROGRESS":
			c.inProgress += n
		case "DONE":
			c.done += n
		case "NOT_POSSIBLE":
			c.notPossible += n
		case "CLOSED":
			c.closed += n
		}
		return nil
	})
}
