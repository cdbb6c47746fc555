package voting_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"testing"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/httpserver"
)

// startRecording serves the real handler over a database whose ent client records every
// statement it sends (recordingDriver, plans_test.go).
func startRecording(t *testing.T, backend apitest.Backend) (*apitest.Server, *statements) {
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
	rec := &statements{}
	recorded := *db
	recorded.Client = ent.NewClient(ent.Driver(recordingDriver{Driver: entsql.OpenDB(db.Dialect, db.Writer), rec: rec}))
	srv := httptest.NewTLSServer(httpserver.New(httpserver.Config{DB: &recorded, SessionKeys: [][]byte{apitest.TestKey}}))
	t.Cleanup(func() {
		srv.Close()
		db.Close()
	})
	return &apitest.Server{Server: srv, DB: &recorded, DSN: dsn}, rec
}

// Listing open polls with their options costs the same number of statements for 5 polls as for
// 20: the options of a list load in one query (staff: Poll.options over the polls connection, and
// over a council's plain list of polls beside it in the same request; children: openPolls).
func TestListingPollsCostsConstantStatements(t *testing.T) {
	for _, backend := range apitest.Backends(t) {
		t.Run(backend.Name, func(t *testing.T) {
			s, rec := startRecording(t, backend)
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
				rec.take()
				res := c.Do(query, vars).Must(t, nil)
				stmts := int64(len(rec.take()))
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
