package voting_test

import (
	"context"
	stdsql "database/sql"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// recordingDriver keeps every statement ent sends, with its arguments.
type recordingDriver struct {
	dialect.Driver
	rec *statements
}

type statement struct {
	query string
	args  []any
}

type statements struct {
	mu   sync.Mutex
	list []statement
}

func (s *statements) add(query string, args any) {
	a, _ := args.([]any)
	s.mu.Lock()
	s.list = append(s.list, statement{query, slices.Clone(a)})
	s.mu.Unlock()
}

func (s *statements) take() []statement {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := s.list
	s.list = nil
	return out
}

func (d recordingDriver) Exec(ctx context.Context, query string, args, v any) error {
	d.rec.add(query, args)
	return d.Driver.Exec(ctx, query, args, v)
}

func (d recordingDriver) Query(ctx context.Context, query string, args, v any) error {
	d.rec.add(query, args)
	return d.Driver.Query(ctx, query, args, v)
}

func (d recordingDriver) QueryContext(ctx context.Context, query string, args ...any) (*stdsql.Rows, error) {
	d.rec.add(query, args)
	return d.Driver.(*entsql.Driver).QueryContext(ctx, query, args...)
}

func (d recordingDriver) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := d.Driver.Tx(ctx)
	return recordingTx{Tx: tx, rec: d.rec}, err
}

type recordingTx struct {
	dialect.Tx
	rec *statements
}

func (tx recordingTx) Exec(ctx context.Context, query string, args, v any) error {
	tx.rec.add(query, args)
	return tx.Tx.Exec(ctx, query, args, v)
}

func (tx recordingTx) Query(ctx context.Context, query string, args, v any) error {
	tx.rec.add(query, args)
	return tx.Tx.Query(ctx, query, args, v)
}

// ExecContext and QueryContext are the statements a transaction runs by hand (the vote's).
func (tx recordingTx) ExecContext(ctx context.Context, query string, args ...any) (stdsql.Result, error) {
	tx.rec.add(query, args)
	return tx.Tx.(interface {
		ExecContext(context.Context, string, ...any) (stdsql.Result, error)
	}).ExecContext(ctx, query, args...)
}

func (tx recordingTx) QueryContext(ctx context.Context, query string, args ...any) (*stdsql.Rows, error) {
	tx.rec.add(query, args)
	return tx.Tx.(interface {
		QueryContext(context.Context, string, ...any) (*stdsql.Rows, error)
	}).QueryContext(ctx, query, args...)
}

// scanOf finds a whole-table (or whole-index) scan in a line of SQLite's EXPLAIN QUERY PLAN:
// "SCAN memberships" or "SCAN polls USING INDEX …"; searchOf a search and the columns it is
// keyed by: "SEARCH polls USING INDEX poll_status_closes_at (status=?)".
var (
	scanOf   = regexp.MustCompile(`^SCAN (\w+)`)
	aliasOf  = regexp.MustCompile("`(\\w+)` AS `(\\w+)`")
	searchOf = regexp.MustCompile(`^SEARCH (\w+)(?: AS \w+)? (?:EXISTS )?USING (?:COVERING )?INDEX \w+ \((.*)\)`)
)

// keys are the columns that single out a few rows of each table of the database: its own id and
// unique columns, the columns that refer to another row, and location_id.
func keys(t *testing.T, db *stdsql.DB, tables []string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	query := func(q string, row func(*stdsql.Rows) error) {
		rows, err := db.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			if err := row(rows); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, table := range tables {
		out[table] = []string{"id", "location_id"}
		query(`SELECT "from" FROM pragma_foreign_key_list('`+table+`')`, func(r *stdsql.Rows) error {
			var col string
			err := r.Scan(&col)
			out[table] = append(out[table], col)
			return err
		})
		query(`SELECT ii.name FROM pragma_index_list('`+table+`') il, pragma_index_info(il.name) ii WHERE il."unique"`, func(r *stdsql.Rows) error {
			var col string
			err := r.Scan(&col)
			out[table] = append(out[table], col)
			return err
		})
	}
	return out
}

// selective tells whether the constraint of a search ("status=? AND opens_at<?") narrows to a few
// rows: an equality on one of the table's keys, or a range (those of the tablet path are on times
// that have come, so they find what is due now, not everything).
func selective(constraint string, keys []string) bool {
	for _, c := range strings.Split(constraint, " AND ") {
		col, op := c, ""
		if i := strings.IndexAny(c, "=<>"); i > 0 {
			col, op = c[:i], c[i:]
		}
		if strings.HasPrefix(op, "<") || strings.HasPrefix(op, ">") || op == "=?" && slices.Contains(keys, col) {
			return true
		}
	}
	return false
}

// TestTabletPathSearchesNeverScans: every statement of a child's turn on the tablet (sign in, the
// open polls, a vote, published results, sign out) finds its rows through an index. A national
// check-in round runs these 30 times a second for 18,000 children; one statement that reads a
// whole table of memberships or participations costs in proportion to every child in the country
// (the first full round spent 47% of its CPU scanning memberships for each child's councils). The
// plans are SQLite's, which without ANALYZE statistics uses any index that fits, so a scan here
// means no index fits. A search must also be keyed by something that singles out a few rows (an
// id, a reference, a location), not only by a status: "the open polls" of the whole country are
// thousands. Tables that do not grow with children may be read whole (listed below).
func TestTabletPathSearchesNeverScans(t *testing.T) {
	backend := apitest.Backends(t)[0]
	if backend.Name != "sqlite" {
		t.Fatalf("the first backend is %s, want sqlite", backend.Name)
	}
	s, rec := startRecording(t, backend)
	db := s.DB
	w := newWorld(t, s)
	p := w.openPoll(t, nil)
	closed := w.openPoll(t, nil)
	m, first := w.child(t, "Vos", "")
	vote(first, closed.ID, newKey(), closed.Options[0].ID).Must(t, nil)
	w.move(t, "closePoll", closed.ID)
	w.move(t, "publishPollResults", closed.ID)

	// Small tables, a handful of rows per location or per deployment.
	small := []string{"locations", "schema_revisions", "data_upgrades"}
	var tables []string
	rows, err := db.Writer.Query(`SELECT name FROM sqlite_master WHERE type = 'table'`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		tables = append(tables, name)
	}
	rows.Close()
	key := keys(t, db.Writer, tables)

	c := w.onTablet(t)
	rec.take()
	turn := []struct {
		name string
		do   func()
	}{
		{"youthLogin", func() { c.YouthLogin(t, m) }},
		{"openPolls", func() { c.Do(openPolls, nil).Must(t, nil) }},
		{"castVote", func() { vote(c, p.ID, newKey(), p.Options[0].ID).Must(t, nil) }},
		{"castVote again", func() { vote(c, p.ID, newKey(), p.Options[1].ID) }},
		{"publishedPolls", func() { c.Do(publishedPolls, nil).Must(t, nil) }},
		{"logout", func() { c.Do(`mutation { logout }`, nil).Must(t, nil) }},
	}
	checked := 0
	for _, step := range turn {
		step.do()
		for _, st := range rec.take() {
			plan, err := db.Writer.Query("EXPLAIN QUERY PLAN "+st.query, st.args...)
			if err != nil {
				t.Fatalf("%s: explain %s: %v", step.name, st.query, err)
			}
			var lines []string
			for plan.Next() {
				var id, parent, unused int
				var detail string
				if err := plan.Scan(&id, &parent, &unused, &detail); err != nil {
					t.Fatal(err)
				}
				lines = append(lines, detail)
			}
			plan.Close()
			checked++
			if testing.Verbose() {
				t.Logf("%s: %s\n  %s", step.name, st.query, strings.Join(lines, "\n  "))
			}
			// The plan names a table by its alias in the statement ("SEARCH t USING …").
			table := map[string]string{}
			for _, a := range aliasOf.FindAllStringSubmatch(st.query, -1) {
				table[a[2]] = a[1]
			}
			named := func(m []string) []string {
				if m != nil && table[m[1]] != "" {
					m[1] = table[m[1]]
				}
				return m
			}
			for _, l := range lines {
				if m := named(scanOf.FindStringSubmatch(l)); m != nil && slices.Contains(tables, m[1]) && !slices.Contains(small, m[1]) {
					t.Errorf("%s reads all of %s:\n%s\nplan:\n  %s", step.name, m[1], st.query, strings.Join(lines, "\n  "))
				}
				if m := named(searchOf.FindStringSubmatch(l)); m != nil && !slices.Contains(small, m[1]) && !selective(m[2], key[m[1]]) {
					t.Errorf("%s reads %s by (%s) only, which is not one child's or one location's:\n%s\nplan:\n  %s",
						step.name, m[1], m[2], st.query, strings.Join(lines, "\n  "))
				}
			}
		}
	}
	if checked < len(turn) {
		t.Fatalf("checked the plans of %d statements, want at least one per step", checked)
	}
	t.Logf("checked the plans of %d statements", checked)
}
