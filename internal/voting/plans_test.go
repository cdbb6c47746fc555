package voting_test

import (
	"context"
	stdsql "database/sql"
	"fmt"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/httpserver"
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

// scanOf finds a whole-table (or whole-index) scan in a line of SQLite's EXPLAIN QUERY PLAN:
// "SCAN memberships" or "SCAN polls USING INDEX …"; a search is "SEARCH t USING INDEX … (col=?)".
var scanOf = regexp.MustCompile(`^SCAN (\w+)`)

// TestTabletPathSearchesNeverScans: every statement of a child's turn on the tablet (sign in, the
// open polls, a vote, published results, sign out) finds its rows through an index. A national
// check-in round runs these 30 times a second for 18,000 children; one statement that reads a
// whole table of memberships or participations costs in proportion to every child in the country
// (the first full round spent 47% of its CPU scanning memberships for each child's councils). The
// plans are SQLite's, which without ANALYZE statistics uses any index that fits, so a scan here
// means no index fits. Tables that do not grow with children may be scanned (listed below).
func TestTabletPathSearchesNeverScans(t *testing.T) {
	backend := apitest.Backends(t)[0]
	if backend.Name != "sqlite" {
		t.Fatalf("the first backend is %s, want sqlite", backend.Name)
	}
	ctx := context.Background()
	dsn := backend.NewDSN(t)
	db, err := database.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	rec := &statements{}
	recorded := *db
	recorded.Client = ent.NewClient(ent.Driver(recordingDriver{Driver: entsql.OpenDB(db.Dialect, db.Writer), rec: rec}))
	srv := httptest.NewTLSServer(httpserver.New(httpserver.Config{DB: &recorded, SessionKeys: [][]byte{apitest.TestKey}}))
	t.Cleanup(func() {
		srv.Close()
		db.Close()
	})
	s := &apitest.Server{Server: srv, DB: &recorded, DSN: dsn}
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
			for _, l := range lines {
				if m := scanOf.FindStringSubmatch(l); m != nil && slices.Contains(tables, m[1]) && !slices.Contains(small, m[1]) {
					t.Errorf("%s reads all of %s:\n%s\nplan:\n  %s", step.name, m[1], st.query, strings.Join(lines, "\n  "))
				}
			}
		}
	}
	if checked < len(turn) {
		t.Fatalf("checked the plans of %d statements, want at least one per step", checked)
	}
	t.Log(fmt.Sprintf("checked the plans of %d statements", checked))
}
