package graph_test

import (
	"fmt"
	"sort"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/location"
	"github.com/jeugdstem/jeugdstem/ent/signal"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/graph/generated"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// The role × operation matrix: every query and mutation of the schema, asked by every kind of
// viewer, with the expected outcome ("ok", or the exact error code). The test fails when the
// schema has an operation without a row here, so a new operation cannot ship unexamined.

var viewers = []string{"nobody", "tablet", "youth",
	"FACILITATOR", "MODERATOR", "SAFEGUARDING_OFFICER", "LOCATION_MANAGER", "PARTNER", "NATIONAL_ADMIN"}

var staffViewers = viewers[3:]

// expect builds a row's expectations from rules applied in order, later rules winning:
// "nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=ok", "PARTNER=NOT_FOUND", "all=ok".
func expect(rules ...string) map[string]string {
	out := map[string]string{}
	for _, r := range rules {
		who, outcome, _ := strings.Cut(r, "=")
		for _, w := range strings.Split(who, ",") {
			switch w {
			case "all":
				for _, v := range viewers {
					out[v] = outcome
				}
			case "staff":
				for _, v := range staffViewers {
					out[v] = outcome
				}
			default:
				out[w] = outcome
			}
		}
	}
	return out
}

// env is the world every cell runs in: location A (where every staff viewer works and the tablet
// stands) and location B (nobody's but the national admin's).
type env struct {
	t                     testing.TB
	s                     *apitest.Server
	locA, locB            *ent.Location
	councilA, councilA2   *ent.Council
	councilB              *ent.Council
	memberA, memberMoving *ent.YouthMember
	staff                 map[string]*ent.StaffUser
	seq                   atomic.Int64
}

func (e *env) next() int64 { return e.seq.Add(1) }

type row struct {
	op string
	// fresh: the operation changes the browser's session, so each cell gets a new browser.
	fresh bool
	do    func(e *env, c *apitest.Client) *apitest.Response
	want  map[string]string
	// check, when set, looks at the data of an allowed answer.
	check func(t *testing.T, e *env, viewer string, r *apitest.Response)
}

func q(query string, vars func(e *env) map[string]any) func(e *env, c *apitest.Client) *apitest.Response {
	return func(e *env, c *apitest.Client) *apitest.Response {
		var v map[string]any
		if vars != nil {
			v = vars(e)
		}
		return c.Do(query, v)
	}
}

var readable = expect("all=ok", "nobody=UNAUTHENTICATED")

var rows = []row{
	// Queries
	{op: "node", do: q(`query($id: ID!) { node(id: $id) { id } }`, func(e *env) map[string]any { return map[string]any{"id": e.councilA.ID} }),
		want: expect("all=ok", "nobody=UNAUTHENTICATED", "PARTNER=NOT_FOUND")},
	{op: "nodes", do: q(`query($id: ID!) { nodes(ids: [$id]) { id } }`, func(e *env) map[string]any { return map[string]any{"id": e.councilA.ID} }),
		want: expect("all=ok", "nobody=UNAUTHENTICATED", "PARTNER=NOT_FOUND")},
	{op: "auditEvents", do: q(`{ auditEvents(where: {action: "THREAD_ANSWERED"}) { totalCount } }`, nil), want: readable},
	{op: "feedbackThreads", do: q(`{ feedbackThreads { totalCount } }`, nil), want: readable},
	{op: "locations", do: q(`{ locations { totalCount } }`, nil), want: readable, check: func(t *testing.T, e *env, viewer string, r *apitest.Response) {
		var d struct{ Locations struct{ TotalCount int } }
		r.Must(t, &d)
		want := 1
		if viewer == "NATIONAL_ADMIN" {
			want = 2
		}
		if d.Locations.TotalCount != want {
			t.Errorf("%s sees %d locations, want %d", viewer, d.Locations.TotalCount, want)
		}
	}},
	{op: "polls", do: q(`{ polls(where: {status: OPEN}) { totalCount } }`, nil), want: readable},
	{op: "staffUsers", do: q(`{ staffUsers { totalCount } }`, nil), want: readable, check: func(t *testing.T, e *env, viewer string, r *apitest.Response) {
		var d struct{ StaffUsers struct{ TotalCount int } }
		r.Must(t, &d)
		want := map[string]int{"tablet": 0, "youth": 0,
			"LOCATION_MANAGER": e.s.DB.Client.StaffUser.Query().Where(staffuser.HasLocationsWith(location.ID(e.locA.ID))).CountX(apitest.System()),
			"NATIONAL_ADMIN":   e.s.DB.Client.StaffUser.Query().CountX(apitest.System())}
		w, ok := want[viewer]
		if !ok {
			w = 1 // themself
		}
		if d.StaffUsers.TotalCount != w {
			t.Errorf("%s sees %d staff users, want %d", viewer, d.StaffUsers.TotalCount, w)
		}
	}},
	{op: "me", do: q(`{ me { __typename ... on StaffUser { capabilities } } }`, nil), want: expect("all=ok")},
	{op: "tabletMembers", do: q(`{ tabletMembers { id pseudonym } }`, nil),
		want: expect("nobody=UNAUTHENTICATED", "staff=FORBIDDEN", "tablet,youth=ok")},

	// Mutations
	{op: "logout", fresh: true, do: q(`mutation { logout }`, nil), want: expect("all=ok")},
	{op: "staffLogin", fresh: true, do: func(e *env, c *apitest.Client) *apitest.Response {
		return c.Do(`mutation($e: String!, $p: String!) { staffLogin(email: $e, password: $p) { id } }`,
			map[string]any{"e": e.staff["MODERATOR"].Email, "p": apitest.StaffPassword})
	}, want: expect("all=ok")},
	{op: "createStaffUser", do: func(e *env, c *apitest.Client) *apitest.Response {
		return c.Do(`mutation($e: String!, $l: ID!) { createStaffUser(input: {email: $e, displayName: "New", password: "a long enough password", role: MODERATOR, locationIDs: [$l]}) { id } }`,
			map[string]any{"e": fmt.Sprintf("new-%d@test.jeugdstem", e.next()), "l": e.locA.ID})
	}, want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=FORBIDDEN", "NATIONAL_ADMIN=ok")},
	{op: "enrollTablet", fresh: true, do: q(`mutation($l: ID!) { enrollTablet(locationID: $l, name: "Matrix") { id } }`,
		func(e *env) map[string]any { return map[string]any{"l": e.locA.ID} }),
		want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=FORBIDDEN", "FACILITATOR,LOCATION_MANAGER,NATIONAL_ADMIN=ok")},
	{op: "revokeTablet", do: func(e *env, c *apitest.Client) *apitest.Response {
		t := e.s.DB.Client.Tablet.Create().SetLocationID(e.locA.ID).SetName("To revoke").
			SetTokenHash(fmt.Sprintf("%064d", e.next())).SaveX(apitest.System())
		return c.Do(`mutation($id: ID!) { revokeTablet(id: $id) { id } }`, map[string]any{"id": t.ID})
	}, want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=FORBIDDEN", "FACILITATOR,LOCATION_MANAGER,NATIONAL_ADMIN=ok")},
	{op: "youthLogin", fresh: true, do: q(`mutation($m: ID!, $p: [Int!]!) { youthLogin(memberID: $m, pin: $p) { id } }`,
		func(e *env) map[string]any { return map[string]any{"m": e.memberA.ID, "p": apitest.TestPIN} }),
		want: expect("nobody=UNAUTHENTICATED", "staff=FORBIDDEN", "tablet,youth=ok")},
	{op: "unlockYouthMember", do: q(`mutation($m: ID!) { unlockYouthMember(memberID: $m) { id } }`,
		func(e *env) map[string]any { return map[string]any{"m": e.memberA.ID} }),
		want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=FORBIDDEN", "FACILITATOR,LOCATION_MANAGER,NATIONAL_ADMIN=ok")},
	{op: "createLocation", do: q(`mutation { createLocation(input: {name: "New", kind: EMERGENCY, languages: ["uk"]}) { id } }`, nil),
		want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=FORBIDDEN", "NATIONAL_ADMIN=ok")},
	{op: "createCouncil", do: q(`mutation($l: ID!) { createCouncil(input: {locationID: $l, name: "New", ageGroup: TEENS}) { id } }`,
		func(e *env) map[string]any { return map[string]any{"l": e.locA.ID} }),
		want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=FORBIDDEN", "FACILITATOR,LOCATION_MANAGER,NATIONAL_ADMIN=ok")},
	{op: "registerYouthMember", do: func(e *env, c *apitest.Client) *apitest.Response {
		return c.Do(`mutation($c: ID!, $p: String!) { registerYouthMember(input: {councilID: $c, pseudonym: $p, avatar: "owl", ageBand: AGE_12_14, language: "ti"}) { member { id } pin } }`,
			map[string]any{"c": e.councilA.ID, "p": fmt.Sprintf("Owl %d", e.next())})
	}, want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=FORBIDDEN", "PARTNER=NOT_FOUND", "FACILITATOR,LOCATION_MANAGER,NATIONAL_ADMIN=ok")},
	{op: "transferYouthMember", do: q(`mutation($m: ID!, $c: ID!) { transferYouthMember(memberID: $m, toCouncilID: $c) { id } }`,
		func(e *env) map[string]any { return map[string]any{"m": e.memberMoving.ID, "c": e.councilA2.ID} }),
		want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=FORBIDDEN", "PARTNER=NOT_FOUND", "FACILITATOR,LOCATION_MANAGER,NATIONAL_ADMIN=ok")},
}

// Rows of later issues are appended here, one block per area.
func init() {
	rows = append(rows,
		// Children leaving
		row{op: "youthMemberLeft", do: func(e *env, c *apitest.Client) *apitest.Response {
			m := e.s.NewMember(e.t, e.councilA, fmt.Sprintf("Leaving %d", e.next()))
			return c.Do(`mutation($m: ID!) { youthMemberLeft(memberID: $m) { id status } }`, map[string]any{"m": m.ID})
		}, want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=FORBIDDEN", "FACILITATOR,LOCATION_MANAGER,NATIONAL_ADMIN=ok")},
		// Information for children
		row{op: "announcements", do: q(`{ announcements { id title language } }`, nil),
			want: expect("nobody=UNAUTHENTICATED", "staff=FORBIDDEN", "tablet=FORBIDDEN", "youth=ok")},
		row{op: "locationAnnouncements", do: q(`query($l: ID!) { locationAnnouncements(locationID: $l) { id missingLanguages } }`,
			func(e *env) map[string]any { return map[string]any{"l": e.locA.ID} }),
			want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=ok")},
		row{op: "createAnnouncement", do: q(`mutation($l: ID!) { createAnnouncement(input: {locationID: $l, title: [{lang: "nl", text: "T"}], body: [{lang: "nl", text: "B"}]}) { id } }`,
			func(e *env) map[string]any { return map[string]any{"l": e.locA.ID} }),
			want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=FORBIDDEN", "FACILITATOR,LOCATION_MANAGER,NATIONAL_ADMIN=ok")},
	)
}

// Wellbeing signals and check-ins: signals are for location managers, partners and national
// admins; a signal the viewer may not see is NOT_FOUND, one a partner sees they may not
// acknowledge; check-in schedules are the managers' and national admins'.
func init() {
	newSignal := func(e *env, locationID string) *ent.Signal {
		return e.s.DB.Client.Signal.Create().SetLocationID(locationID).SetKind(signal.KindSAFETY_SCORE_LOW).
			SetOccurrence(fmt.Sprintf("matrix-%d", e.next())).SetDetail("Safety score below 3.00.").SaveX(apitest.System())
	}
	rows = append(rows,
		row{op: "signals", do: func(e *env, c *apitest.Client) *apitest.Response {
			newSignal(e, e.locA.ID)
			newSignal(e, e.locB.ID)
			return c.Do(`{ signals(first: 100) { totalCount edges { node { id kind locationID createdAt } } } }`, nil)
		}, want: expect("nobody=UNAUTHENTICATED", "tablet,youth,staff=FORBIDDEN", "LOCATION_MANAGER,PARTNER,NATIONAL_ADMIN=ok"),
			check: func(t *testing.T, e *env, viewer string, r *apitest.Response) {
				var d struct {
					Signals struct {
						TotalCount int
						Edges      []struct{ Node struct{ LocationID string } }
					}
				}
				r.Must(t, &d)
				seen := map[string]int{}
				for _, edge := range d.Signals.Edges {
					seen[edge.Node.LocationID]++
				}
				if seen[e.locA.ID] == 0 || (viewer == "NATIONAL_ADMIN") != (seen[e.locB.ID] > 0) {
					t.Errorf("%s sees signals of %v (A is %s, B is %s)", viewer, seen, e.locA.ID, e.locB.ID)
				}
			}},
		row{op: "acknowledgeSignal", do: func(e *env, c *apitest.Client) *apitest.Response {
			return c.Do(`mutation($id: ID!) { acknowledgeSignal(id: $id) { id acknowledgedAt } }`, map[string]any{"id": newSignal(e, e.locA.ID).ID})
		}, want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=NOT_FOUND", "PARTNER=FORBIDDEN", "LOCATION_MANAGER,NATIONAL_ADMIN=ok")},
		row{op: "checkInSchedule", do: q(`query($l: ID!) { checkInSchedule(locationID: $l) { id intervalDays enabled nextDueAt } }`,
			func(e *env) map[string]any { return map[string]any{"l": e.locA.ID} }),
			want: expect("nobody=UNAUTHENTICATED", "tablet,youth,staff=FORBIDDEN", "LOCATION_MANAGER,NATIONAL_ADMIN=ok")},
		row{op: "setCheckInSchedule", do: q(`mutation($l: ID!) { setCheckInSchedule(input: {locationID: $l, intervalDays: 7, enabled: true}) { id intervalDays } }`,
			func(e *env) map[string]any { return map[string]any{"l": e.locA.ID} }),
			want: expect("nobody=UNAUTHENTICATED", "tablet,youth,staff=FORBIDDEN", "LOCATION_MANAGER,NATIONAL_ADMIN=ok")},
	)
}

// operations lists every query and mutation of the schema.
func operations() []string {
	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	var ops []string
	for _, typ := range []string{"Query", "Mutation"} {
		for _, f := range schema.Types[typ].Fields {
			if !strings.HasPrefix(f.Name, "__") {
				ops = append(ops, f.Name)
			}
		}
	}
	sort.Strings(ops)
	return ops
}

func TestMatrixCoversEveryOperation(t *testing.T) {
	have := map[string]bool{}
	for _, r := range rows {
		if have[r.op] {
			t.Errorf("operation %s has two rows", r.op)
		}
		have[r.op] = true
		for _, v := range viewers {
			if _, ok := r.want[v]; !ok {
				t.Errorf("row %s has no expectation for %s", r.op, v)
			}
		}
	}
	for _, op := range operations() {
		if !have[op] {
			t.Errorf("operation %s has no row in the role × operation matrix", op)
		}
		delete(have, op)
	}
	for op := range have {
		t.Errorf("row %s names no operation of the schema", op)
	}
}

func TestRoleOperationMatrix(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		e := &env{t: t, s: s, staff: map[string]*ent.StaffUser{}}
		e.locA, e.locB = s.NewLocation(t, "A"), s.NewLocation(t, "B")
		e.councilA, e.councilA2, e.councilB = s.NewCouncil(t, e.locA.ID, "A1"), s.NewCouncil(t, e.locA.ID, "A2"), s.NewCouncil(t, e.locB.ID, "B1")
		e.memberA = s.NewMember(t, e.councilA, "Member A")
		e.memberMoving = s.NewMember(t, e.councilA, "Moving Member")
		youthMember := s.NewMember(t, e.councilA, "Viewer Child")
		s.NewMember(t, e.councilB, "Member B")
		for _, role := range staffViewers {
			locs := []string{e.locA.ID}
			if role == "NATIONAL_ADMIN" {
				locs = nil
			}
			e.staff[role] = s.NewStaff(t, staffuser.Role(role), locs...)
		}
		browser := func(viewer string) *apitest.Client {
			switch viewer {
			case "nobody":
				return s.NewClient(t)
			case "tablet":
				return s.NewTablet(t, e.locA.ID)
			case "youth":
				c := s.NewTablet(t, e.locA.ID)
				c.YouthLogin(t, youthMember)
				return c
			}
			return s.SignIn(t, e.staff[viewer])
		}
		shared := map[string]*apitest.Client{}
		for _, v := range viewers {
			shared[v] = browser(v)
		}
		for _, r := range rows {
			t.Run(r.op, func(t *testing.T) {
				for _, v := range viewers {
					c := shared[v]
					if r.fresh {
						c = browser(v)
					}
					res := r.do(e, c)
					want := r.want[v]
					got := "ok"
					if len(res.Errors) > 0 {
						got = res.Errors[0].Code()
						if len(res.Errors) > 1 {
							got += fmt.Sprintf(" (+%d more)", len(res.Errors)-1)
						}
					}
					if got != want {
						t.Errorf("%s: got %s, want %s (%v)", v, got, want, res.Errors)
						continue
					}
					if got == "ok" && r.check != nil {
						r.check(t, e, v, res)
					}
				}
			})
		}
	})
}
