package voting_test

import (
	"context"
	stdsql "database/sql"
	"fmt"
	"net/http/httptest"
	"sync/atomic"
	"testing"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/httpserver"
)

// countingDriver counts the SQL statements ent sends.
type countingDriver struct {
	dialect.Driver
	n *atomic.Int64
}

func (d countingDriver) Exec(ctx context.Context, query string, args, v any) error {
	d.n.Add(1)
	return d.Driver.Exec(ctx, query, args, v)
}

func (d countingDriver) Query(ctx context.Context, query string, args, v any) error {
	d.n.Add(1)
	return d.Driver.Query(ctx, query, args, v)
}

// QueryContext runs a statement written by hand (the request path's, internal/auth).
func (d countingDriver) QueryContext(ctx context.Context, query string, args ...any) (*stdsql.Rows, error) {
	d.n.Add(1)
	return d.Driver.(*entsql.Driver).QueryContext(ctx, query, args...)
}

func (d countingDriver) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := d.Driver.Tx(ctx)
	return countingTx{Tx: tx, n: d.n}, err
}

type countingTx struct {
	dialect.Tx
	n *atomic.Int64
}

func (tx countingTx) Exec(ctx context.Context, query string, args, v any) error {
	tx.n.Add(1)
	return tx.Tx.Exec(ctx, query, args, v)
}

func (tx countingTx) Query(ctx context.Context, query string, args, v any) error {
	tx.n.Add(1)
	return tx.Tx.Query(ctx, query, args, v)
}

// startCounting serves the real handler over a database whose ent client counts statements.
func startCounting(t *testing.T, backend apitest.Backend) (*apitest.Server, *atomic.Int64) {
	t.Helper()
	ctx := context.Background()
	dsn := backend.NewDSN(t)
	db, err := database.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	n := &atomic.Int64{}
	counted := *db
	counted.Client = ent.NewClient(ent.Driver(countingDriver{Driver: entsql.OpenDB(db.Dialect, db.Writer), n: n}))
	srv := httptest.NewTLSServer(httpserver.New(httpserver.Config{DB: &counted, SessionKeys: [][]byte{apitest.TestKey}}))
	t.Cleanup(func() {
		srv.Close()
		db.Close()
	})
	return &apitest.Server{Server: srv, DB: &counted, DSN: dsn}, n
}

// Listing open polls with their options costs the same number of statements for 5 polls as for
// 20: the options of a list load in one query (staff: Poll.options over the polls connection, and
// over a council's plain list of polls beside it in the same request; children: openPolls).
func TestListingPollsCostsConstantStatements(t *testing.T) {
	for _, backend := range apitest.Backends(t) {
		t.Run(backend.Name, func(t *testing.T) {
			s, n := startCounting(t, backend)
			w := newWorld(t, s)
			_, child := w.child(t, "Teller", "")
			admin := s.SignInAs(t, staffuser.RoleNATIONAL_ADMIN)

			const staffList = `{ polls(first: 50, where: {status: OPEN}) { edges { node { id question { text }
				options { id position label { text lang } } } } } }`
			// The council's polls, a plain list, and the connection in one request: each list's
			// options load in at most one statement.
			const bothLists = `query($council: ID!) { node(id: $council) { ... on Council { polls { id options { id position } } } }
				polls(first: 50, where: {status: OPEN}) { edges { node { id options { id } } } } }`
			vars := map[string]any{"council": w.council.ID}
			measure := func(c *apitest.Client, query string, wantPolls int) int64 {
				t.Helper()
				c.Do(query, vars).Must(t, nil) // warm up: the session's last-seen time is written at most every 15 s
				n.Store(0)
				res := c.Do(query, vars).Must(t, nil)
				stmts := n.Load()
				if got := countPolls(t, res); got != wantPolls {
					t.Fatalf("listed %d polls, want %d", got, wantPolls)
				}
				return stmts
			}
			cost := map[int][4]int64{}
			made := 0
			for _, polls := range []int{5, 20} {
				for ; made < polls; made++ {
					w.openPoll(t, map[string]any{"question": []map[string]any{{"lang": "nl", "text": fmt.Sprintf("Vraag %d", made)}}})
				}
				cost[polls] = [4]int64{measure(w.staff, staffList, polls), measure(admin, staffList, polls), measure(child, openPolls, polls),
					measure(admin, bothLists, 2*polls)}
			}
			t.Logf("statements per request for 5 and 20 open polls (facilitator, national admin, child, admin with both lists): %v, %v", cost[5], cost[20])
			if cost[5] != cost[20] {
				t.Errorf("statements grow with the number of polls: 5 polls %v, 20 polls %v", cost[5], cost[20])
			}
		})
	}
}

func countPolls(t *testing.T, res *apitest.Response) int {
	t.Helper()
	var d struct {
		Polls struct {
			Edges []struct {
				Node struct{ Options []struct{ ID string } }
			}
		}
		OpenPolls []struct{ Options []struct{ ID string } }
		Node      struct {
			Polls []struct{ Options []struct{ ID string } }
		}
	}
	res.Must(t, &d)
	for _, p := range d.Node.Polls {
		if len(p.Options) != 3 {
			t.Fatalf("a council's poll is listed with %d options", len(p.Options))
		}
	}
	for _, e := range d.Polls.Edges {
		if len(e.Node.Options) != 3 {
			t.Fatalf("a poll is listed with %d options", len(e.Node.Options))
		}
	}
	for _, p := range d.OpenPolls {
		if len(p.Options) != 3 {
			t.Fatalf("an open poll is listed with %d options", len(p.Options))
		}
	}
	return len(d.Polls.Edges) + len(d.OpenPolls) + len(d.Node.Polls)
}
