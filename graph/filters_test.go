package graph_test

import (
	"context"
	stdsql "database/sql"
	"fmt"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/location"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/httpserver"
)

// Attacks through filters on linked records. The privacy rules narrow the rows a query returns,
// not the subqueries a filter on an edge compiles to, so a filter that reaches an edge answers
// questions about rows the viewer may not read. The API offers no such filter (see
// argumentWhitelist in schema_filters_test.go); these tests ask the questions an attacker asked
// and check that every answer is the same whatever the hidden rows hold.

// answer is what a client learns from a response: its data, or its error codes.
func answer(r *apitest.Response) string {
	if len(r.Errors) > 0 {
		codes := make([]string, len(r.Errors))
		for i, e := range r.Errors {
			codes[i] = e.Code()
		}
		return "errors " + strings.Join(codes, ",")
	}
	return string(r.Data)
}

// A partner gets NOT_FOUND for every child, so must not learn a pseudonym by asking which
// pseudonym range a location "has members with".
func TestPartnerCannotProbePseudonymsThroughFilters(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		a := s.NewLocation(t, "A")
		s.NewMember(t, s.NewCouncil(t, a.ID, "Council"), "Mila")
		partner := s.SignInAs(t, staffuser.RolePARTNER, a.ID)

		// The partner may not read the child itself.
		var members struct {
			Node struct{ Members struct{ TotalCount int } }
		}
		partner.Do(`query($id: ID!) { node(id: $id) { ... on Location { members { totalCount } } } }`,
			map[string]any{"id": a.ID}).Must(t, &members)
		if members.Node.Members.TotalCount != 0 {
			t.Fatalf("a partner counts %d members", members.Node.Members.TotalCount)
		}

		probe := func(from, to string) string {
			return answer(partner.Do(`query($id: ID!, $from: String!, $to: String!) {
				locations(where: {id: $id, hasMembersWith: [{pseudonymGTE: $from, pseudonymLT: $to}]}) { totalCount } }`,
				map[string]any{"id": a.ID, "from": from, "to": to}))
		}
		hit, miss := probe("M", "N"), probe("A", "B")
		if hit != miss {
			t.Errorf("a partner tells pseudonym ranges apart: [M,N) answers %s, [A,B) answers %s", hit, miss)
		}

		// Negative control: the same question asked of the database past the privacy rules has two
		// different answers, so equal answers above mean the API did not tell, not that the
		// question was blind.
		q := func(from, to string) int {
			return s.DB.Client.Location.Query().Where(location.ID(a.ID), location.HasMembersWith(
				youthmember.PseudonymGTE(from), youthmember.PseudonymLT(to))).CountX(apitest.System())
		}
		if q("M", "N") == q("A", "B") {
			t.Fatal("control: the probe cannot tell the ranges apart even past the privacy rules")
		}
	})
}

// A tablet sees only threads whose first post a moderator approved; it must not learn that (or
// when) a child wrote a thread that is still waiting for moderation.
func TestTabletCannotDetectUnmoderatedThreads(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		a := s.NewLocation(t, "A")
		tablet := s.NewTablet(t, a.ID)
		probe := func() string {
			return answer(tablet.Do(`query($after: Time!) {
				locations(where: {hasThreadsWith: [{visibleAtIsNil: true, createdAtGT: $after}]}) { totalCount } }`,
				map[string]any{"after": time.Now().Add(-time.Hour)}))
		}
		before := probe()
		thread := s.DB.Client.FeedbackThread.Create().SetLocationID(a.ID).SetTheme(schematype.ThemeSafety).
			SetTitle("Waiting for a moderator").SaveX(apitest.System())
		after := probe()
		if before != after {
			t.Errorf("a tablet sees that an unmoderated thread was written: %s before, %s after", before, after)
		}

		// The thread itself stays hidden: NOT_FOUND.
		tablet.Do(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": thread.ID}).WantCode(t, "NOT_FOUND")
	})
}

// Filters nested through edges (locations with polls of locations with polls …) compile to SQL
// whose cost grows exponentially with the depth; the API must refuse them before any statement
// runs, whoever asks.
func TestNestedEdgeFiltersAreRefusedBeforeTheDatabase(t *testing.T) {
	for _, backend := range apitest.Backends(t) {
		t.Run(backend.Name, func(t *testing.T) {
			s, n := startCounting(t, backend)
			a := s.NewLocation(t, "A")
			tablet := s.NewTablet(t, a.ID)

			const depth = 12
			filter := "{hasPolls: true}"
			for i := 0; i < depth; i++ {
				filter = fmt.Sprintf("{hasPollsWith: [{hasLocationWith: [%s]}]}", filter)
			}
			before := n.Load()
			r := tablet.Do(`{ locations(where: `+filter+`) { totalCount } }`, nil)
			statements := n.Load() - before
			if len(r.Errors) == 0 {
				t.Fatalf("a filter %d edges deep was run (%d statements): %s", 2*depth, statements, r.Data)
			}
			if code := r.Errors[0].Code(); code != "BAD_USER_INPUT" {
				t.Errorf("code %s, want BAD_USER_INPUT", code)
			}
			if statements != 0 {
				t.Errorf("the refused request sent %d statements on polls to the database", statements)
			}
		})
	}
}

// Announcements with a publishing time in the future, or past their expiry, are the staff's
// until then: a tablet (and the child on it) never reads them, by node(id) nor through the
// location.
func TestEmbargoedAnnouncementsStayHidden(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		a := s.NewLocation(t, "A")
		member := s.NewMember(t, s.NewCouncil(t, a.ID, "Council"), "Mila")
		tablet := s.NewTablet(t, a.ID)
		child := s.NewTablet(t, a.ID)
		child.YouthLogin(t, member)
		facilitator := s.SignInAs(t, staffuser.RoleFACILITATOR, a.ID)

		text := []schematype.Translation{{Lang: "nl", Text: "Nieuws"}}
		mk := func(publish, expires *time.Time) *ent.Announcement {
			c := s.DB.Client.Announcement.Create().SetLocationID(a.ID).SetTitle(text).SetBody(text)
			if publish != nil {
				c.SetPublishAt(*publish)
			}
			if expires != nil {
				c.SetExpiresAt(*expires)
			}
			return c.SaveX(apitest.System())
		}
		tomorrow, yesterday := time.Now().Add(24*time.Hour), time.Now().Add(-24*time.Hour)
		current := mk(&yesterday, &tomorrow)
		embargoed := mk(&tomorrow, nil)
		expired := mk(nil, &yesterday)

		listed := func(c *apitest.Client) map[string]bool {
			var d struct {
				Node struct{ Announcements []struct{ ID string } }
			}
			c.Do(`query($id: ID!) { node(id: $id) { ... on Location { announcements { id } } } }`,
				map[string]any{"id": a.ID}).Must(t, &d)
			out := map[string]bool{}
			for _, x := range d.Node.Announcements {
				out[x.ID] = true
			}
			return out
		}
		for name, c := range map[string]*apitest.Client{"tablet": tablet, "child": child} {
			got := listed(c)
			if !got[current.ID] || got[embargoed.ID] || got[expired.ID] {
				t.Errorf("%s lists current %v, embargoed %v, expired %v through the location; want only current",
					name, got[current.ID], got[embargoed.ID], got[expired.ID])
			}
			for _, id := range []string{embargoed.ID, expired.ID} {
				c.Do(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id}).WantCode(t, "NOT_FOUND")
			}
			var d struct{ Node struct{ ID string } }
			c.Do(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": current.ID}).Must(t, &d)
		}

		// Control: the staff who write announcements see all three.
		if got := listed(facilitator); !got[current.ID] || !got[embargoed.ID] || !got[expired.ID] {
			t.Errorf("the facilitator lists %v, want all three", got)
		}
	})
}

// countingDriver counts the SQL statements ent sends that read the polls table (sessions and
// tablets, which every request reads, never do).
type countingDriver struct {
	dialect.Driver
	n *atomic.Int64
}

func countPolls(n *atomic.Int64, query string) {
	if strings.Contains(query, "polls") {
		n.Add(1)
	}
}

func (d countingDriver) Exec(ctx context.Context, query string, args, v any) error {
	countPolls(d.n, query)
	return d.Driver.Exec(ctx, query, args, v)
}

func (d countingDriver) Query(ctx context.Context, query string, args, v any) error {
	countPolls(d.n, query)
	return d.Driver.Query(ctx, query, args, v)
}

// QueryContext runs a statement written by hand (the request path's, internal/auth).
func (d countingDriver) QueryContext(ctx context.Context, query string, args ...any) (*stdsql.Rows, error) {
	countPolls(d.n, query)
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
	countPolls(tx.n, query)
	return tx.Tx.Exec(ctx, query, args, v)
}

func (tx countingTx) Query(ctx context.Context, query string, args, v any) error {
	countPolls(tx.n, query)
	return tx.Tx.Query(ctx, query, args, v)
}

// startCounting serves the real handler over a database whose ent client counts the statements
// that read polls.
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
