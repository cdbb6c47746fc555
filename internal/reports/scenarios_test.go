package reports_test

import (
	"bytes"
	"encoding/csv"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/jeugdstem/jeugdstem/ent/auditevent"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/reports"
)

// Two reports one vote apart must tell nothing about that vote: a poll with a single vote closes
// on Wednesday 2 April. Asked for periods ending just before and just after it closed, both
// reports cover the same whole weeks and are the same report; and the report of the week with it
// differs from the one without only by that poll, whose every count is hidden.
func TestDifferencingRevealsNothing(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newWorld(t, s)
		w.buildMarch()
		closes := time.Date(2025, 4, 2, 15, 0, 0, 0, time.UTC)
		w.poll("lonely", w.a, poll.KindSMILEY_SCALE, schematype.ThemeSafety, &closes, []int{1, 0, 0, 0, 0}, w.members(12, 12))
		c := s.SignInAs(t, staffuser.RoleNATIONAL_ADMIN)

		before := locationReport(t, c, w.a.ID, march4, closes.Add(-5*time.Hour))
		after := locationReport(t, c, w.a.ID, march4, closes.Add(3*time.Hour))
		if !before.Period.To.Equal(after.Period.To) || before.Period.Weeks != 5 {
			t.Fatalf("periods %v and %v: want the same five weeks", before.Period, after.Period)
		}
		for _, r := range []*reports.LocationReport{before, after} {
			r.Period.RequestedTo, r.GeneratedAt = time.Time{}, time.Time{}
		}
		assertSame(t, after, before)

		// The same from, asked on Monday 00:00 or on Wednesday of the first week, is one report.
		monday := time.Date(2025, 3, 3, 0, 0, 0, 0, mustAmsterdam(t))
		march := locationReport(t, c, w.a.ID, monday, march30)
		march2 := locationReport(t, c, w.a.ID, monday.Add(58*time.Hour), march30)
		for _, r := range []*reports.LocationReport{march, march2} {
			r.Period.RequestedFrom, r.GeneratedAt = time.Time{}, time.Time{}
		}
		assertSame(t, march2, march)

		// The week with the lonely vote against the weeks without it: only its poll is new, and
		// nothing of it shows. Voters, averages, trends and feedback are unchanged.
		lonely := after.Polls[len(after.Polls)-1]
		want := reports.PollResult{PollID: w.polls["lonely"].ID, Scope: poll.ScopeLOCATION, Kind: poll.KindSMILEY_SCALE,
			Theme: schematype.ThemeSafety, Status: poll.StatusCLOSED, ClosedAt: closes, MinGroupSize: 5,
			TurnoutSuppressed: true, Question: lonely.Question}
		for i := range 5 {
			want.Options = append(want.Options, reports.OptionResult{OptionID: w.options["lonely"][i], Position: i,
				Suppressed: true, Label: lonely.Options[i].Label})
		}
		assertSame(t, lonely, want)
		after.Polls = after.Polls[:len(after.Polls)-1]
		after.Period, march.Period = reports.Period{}, reports.Period{}
		assertSame(t, after, march)
	})
}

func mustAmsterdam(t *testing.T) *time.Location {
	loc, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// Who reads which report (docs/api.md): partners and managers their linked locations,
// national admins all; another location is NOT_FOUND; roles without reports are FORBIDDEN.
func TestWhoReadsReports(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newWorld(t, s)
		w.buildMarch()
		q := `query($l: ID!) { locationReport(locationID: $l) { locationID participation { activeMembers } } }`
		national := `{ nationalReport { locations { locationID kind participation { voters } } } }`
		partner := s.SignInAs(t, staffuser.RolePARTNER, w.a.ID)
		manager := s.SignInAs(t, staffuser.RoleLOCATION_MANAGER, w.a.ID)
		admin := s.SignInAs(t, staffuser.RoleNATIONAL_ADMIN)
		moderator := s.SignIn(t, w.moderator)
		for _, tc := range []struct {
			name   string
			c      *apitest.Client
			query  string
			loc    string
			result string // "ok" or the error code
		}{
			{"partner reads a linked location", partner, q, w.a.ID, "ok"},
			{"partner, another location", partner, q, w.b.ID, "NOT_FOUND"},
			{"manager reads their location", manager, q, w.a.ID, "ok"},
			{"manager of A, location B", manager, q, w.b.ID, "NOT_FOUND"},
			{"admin, any location", admin, q, w.b.ID, "ok"},
			{"admin, no such location", admin, q, "loc_nosuchlocation", "NOT_FOUND"},
			{"moderator of A has no reports", moderator, q, w.a.ID, "FORBIDDEN"},
			{"nobody", s.NewClient(t), q, w.a.ID, "UNAUTHENTICATED"},
			{"a tablet", s.NewTablet(t, w.a.ID), q, w.a.ID, "FORBIDDEN"},
			{"admin, national", admin, national, "", "ok"},
			{"partner, national", partner, national, "", "FORBIDDEN"},
			{"manager, national", manager, national, "", "FORBIDDEN"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				var vars map[string]any
				if tc.loc != "" {
					vars = map[string]any{"l": tc.loc}
				}
				res := tc.c.Do(tc.query, vars)
				if tc.result == "ok" {
					res.Must(t, nil)
					return
				}
				res.WantCode(t, tc.result)
				if string(res.Data) != "null" && string(res.Data) != "" {
					t.Errorf("refused answer carries data: %s", res.Data)
				}
			})
		}
	})
}

func TestNationalReport(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newWorld(t, s)
		w.buildMarch()
		c := s.SignInAs(t, staffuser.RoleNATIONAL_ADMIN)
		var d struct{ NationalReport *reports.NationalReport }
		c.Do(`query($from: Time, $to: Time) { nationalReport(from: $from, to: $to) {
  period { from to weeks } minGroupSize safetyScoreThreshold
  locations { locationID locationName kind locations childrenHoused
    participation { activeMembers voters posts turnoutPercent }
    feedback { `+figuresFields+` } overdueResponses openSafeguardingCases safetyScore concerns }
  kinds { kind locations childrenHoused participation { activeMembers voters posts } feedback { threads open overdue } safetyScore }
  total { locations participation { activeMembers voters posts } feedback { threads posts open inProgress done overdue medianResponseHours } }
  themes { `+figuresFields+` }
  polls { pollID turnout turnoutSuppressed options { count suppressed } }
  smileyTrend { theme polls responses score } } }`, map[string]any{"from": march4, "to": march30}).Must(t, &d)
		r := d.NationalReport
		if r.MinGroupSize != 5 || r.Period.Weeks != 4 || r.SafetyScoreThreshold != 3 {
			t.Errorf("period/threshold: %+v, k %d, safety %v", r.Period, r.MinGroupSize, r.SafetyScoreThreshold)
		}
		// A (overdue answers) is flagged and comes first; B's one overdue thread is hidden (1 < 5)
		// but a hidden count is never zero, so B is flagged too, after A (6 > 1).
		if len(r.Locations) != 2 || *r.Locations[0].LocationID != w.a.ID || *r.Locations[1].LocationID != w.b.ID {
			t.Fatalf("locations in order %v", r.Locations)
		}
		a, b := r.Locations[0], r.Locations[1]
		if !slices.Equal(a.Concerns, []reports.Concern{reports.ConcernOverdueAnswers}) ||
			!slices.Equal(b.Concerns, []reports.Concern{reports.ConcernOverdueAnswers}) {
			t.Errorf("concerns A %v, B %v", a.Concerns, b.Concerns)
		}
		// A's line is its location report's: the same cells, hidden the same way.
		march := locationReport(t, c, w.a.ID, march4, march30)
		assertSame(t, a.Participation, reports.Participation{ActiveMembers: march.Participation.ActiveMembers,
			Voters: march.Participation.Voters, Posts: march.Participation.Posts, TurnoutPercent: march.Participation.TurnoutPercent})
		assertSame(t, a.Feedback, march.Feedback)
		assertSame(t, a.SafetyScore, march.SafetyScore)
		// B: 6 members, all of whom voted in the national poll; one thread with one post.
		assertSame(t, b.Participation, reports.Participation{ActiveMembers: n(6), Voters: n(6), Posts: nil, TurnoutPercent: fl(100)})
		if b.Feedback.Threads != nil || b.OverdueResponses != nil || b.OpenSafeguardingCases != n(0) && *b.OpenSafeguardingCases != 0 {
			t.Errorf("B's feedback %+v, overdue %v, cases %v", b.Feedback, b.OverdueResponses, b.OpenSafeguardingCases)
		}
		// Kinds: one location each, so each kind's figures are its location's; the total sums
		// them. B's 1 thread is hidden in B's line, so the REGULAR kind (B alone) must hide its
		// thread count too, and then the total must not give it away: A's 17 + B's 1 = 18 would.
		if len(r.Kinds) != 2 || *r.Kinds[0].Kind != "REGULAR" || *r.Kinds[1].Kind != "EMERGENCY" {
			t.Fatalf("kinds %+v", r.Kinds)
		}
		if r.Kinds[0].Feedback.Threads != nil {
			t.Errorf("REGULAR threads shown: %v", *r.Kinds[0].Feedback.Threads)
		}
		if tt := r.Total.Feedback.Threads; tt != nil && r.Kinds[1].Feedback.Threads != nil {
			t.Errorf("total threads %d beside EMERGENCY's %d give B's single thread away", *tt, *r.Kinds[1].Feedback.Threads)
		}
		assertSame(t, r.Total.Participation, reports.Participation{ActiveMembers: n(18), Voters: n(19), Posts: r.Total.Participation.Posts})
		// The national poll: 4 and 3 of 7, both hidden; the turnout shows.
		if len(r.Polls) != 1 || r.Polls[0].PollID != w.polls["N1"].ID || r.Polls[0].Turnout == nil || *r.Polls[0].Turnout != 7 ||
			r.Polls[0].Options[0].Count != nil || r.Polls[0].Options[1].Count != nil {
			t.Errorf("national polls %+v", r.Polls)
		}
		// Themes: SAFETY has A's 7 threads (shown in A's report) and B's 1, so its 8 is hidden;
		// FOOD has A's 10 and B's 0, both shown in their reports.
		safety, food := r.Themes[0], r.Themes[7]
		if *safety.Theme != schematype.ThemeSafety || safety.Threads != nil {
			t.Errorf("SAFETY threads nationally: %v, want hidden", *safety.Threads)
		}
		if *food.Theme != schematype.ThemeFood || food.Threads == nil || *food.Threads != 10 {
			t.Errorf("FOOD nationally: %+v", food)
		}
		if len(r.SmileyTrend) != 2 {
			t.Errorf("trend %+v", r.SmileyTrend)
		}
	})
}

func TestExports(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newWorld(t, s)
		w.buildMarch()
		managerUser := s.NewStaff(t, staffuser.RoleLOCATION_MANAGER, w.a.ID)
		manager := s.SignIn(t, managerUser)
		get := func(c *apitest.Client, path string, header http.Header) (*http.Response, []byte) {
			t.Helper()
			req, _ := http.NewRequest(http.MethodGet, s.URL+path, nil)
			for k, v := range header {
				req.Header[k] = v
			}
			res, err := c.HTTP.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			body, _ := io.ReadAll(res.Body)
			return res, body
		}
		period := "?" + url.Values{"from": {"2025-03-04"}, "to": {"2025-03-30"}}.Encode()

		res, body := get(manager, "/export/location/"+w.a.ID+".csv"+period, nil)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("csv: %d %s", res.StatusCode, body)
		}
		wantName := "jeugdstem-report-" + w.a.ID + "-2025-03-03-2025-03-30"
		for h, want := range map[string]string{
			"Cache-Control":       "no-store",
			"Content-Type":        "text/csv; charset=utf-8",
			"Content-Disposition": `attachment; filename="` + wantName + `.csv"`,
		} {
			if got := res.Header.Get(h); got != want {
				t.Errorf("%s = %q, want %q", h, got, want)
			}
		}
		rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		has := func(row ...string) {
			t.Helper()
			if !slices.ContainsFunc(rows, func(r []string) bool { return slices.Equal(r, row) }) {
				t.Errorf("csv has no row %q", row)
			}
		}
		p1 := w.polls["P1"].ID
		has("section", "key", "measure", "value")
		has("report", "", "period_from", "2025-03-02T23:00:00Z")
		has("report", "", "min_group_size", "5")
		has("report", "", "active_members", "12")
		has("report", "", "voters", "13")
		has("report", "", "open_safeguarding_cases", Suppressed)
		has("report", "", "safety_score", "3.5")
		has("poll", p1, "turnout", "11")
		has("poll", p1, "question", "Vraag P1")
		has("poll_option", p1+"/0", "count", Suppressed) // complementary
		has("poll_option", p1+"/1", "count", Suppressed) // primary
		has("poll_option", p1+"/2", "count", "0")
		has("theme", "SAFETY", "threads", "7")
		has("theme", "SAFETY", "open", Suppressed)
		has("theme", "SAFETY", "median_response_hours", "84")
		has("theme", "ALL", "open", "6")
		has("theme", "ALL", "in_progress", Suppressed)
		has("trend", "SAFETY/2025-03-10", "score", "3.5")
		for _, secret := range []string{"Wat ik wil zeggen", "Iets ergs", "A12", w.m[1].ID} {
			if bytes.Contains(body, []byte(secret)) {
				t.Errorf("the export contains %q", secret)
			}
		}

		res, body = get(manager, "/export/location/"+w.a.ID+".xlsx"+period, nil)
		if res.StatusCode != http.StatusOK || res.Header.Get("Cache-Control") != "no-store" ||
			res.Header.Get("Content-Disposition") != `attachment; filename="`+wantName+`.xlsx"` {
			t.Fatalf("xlsx: %d %v", res.StatusCode, res.Header)
		}
		book, err := excelize.OpenReader(bytes.NewReader(body))
		if err != nil {
			t.Fatalf("the xlsx does not open: %v", err)
		}
		defer book.Close()
		if got := book.GetSheetList(); !slices.Equal(got, []string{"Report", "Polls", "Themes", "Trend", "Councils"}) {
			t.Errorf("sheets %v", got)
		}
		themes, err := book.GetRows("Themes")
		if err != nil {
			t.Fatal(err)
		}
		if want := []string{"SAFETY", "7", "13", Suppressed, "0", Suppressed, "0", "0", Suppressed, "6.5", "84"}; !slices.Equal(themes[1], want) {
			t.Errorf("Themes row 2 = %q, want %q", themes[1], want)
		}
		if last := themes[len(themes)-1]; last[0] != "ALL" || last[1] != "17" || last[3] != "6" || last[4] != Suppressed {
			t.Errorf("Themes totals = %q", last)
		}
		polls, _ := book.GetRows("Polls")
		if !slices.Equal(polls[1][:9], []string{p1, "Vraag P1", "SINGLE_CHOICE", "FOOD", "CLOSED", "2025-03-05T12:00:00Z", "5", "11", ""}) ||
			polls[1][12] != Suppressed || polls[3][12] != "0" {
			t.Errorf("Polls rows %q", polls[1:4])
		}

		// Every export is audited, without content.
		events := s.DB.Client.AuditEvent.Query().Where(auditevent.Action(reports.ActionReportExported)).AllX(apitest.System())
		if len(events) != 2 {
			t.Fatalf("%d export events, want 2", len(events))
		}
		for _, e := range events {
			if e.ActorKind != auditevent.ActorKindSTAFF || e.ActorID != managerUser.ID || e.ObjectID != w.a.ID || e.LocationID != w.a.ID {
				t.Errorf("audit event %+v", e)
			}
		}

		// Refusals, with the API's codes, and no event.
		partner := s.SignInAs(t, staffuser.RolePARTNER, w.a.ID)
		for _, tc := range []struct {
			c      *apitest.Client
			path   string
			header http.Header
			status int
			code   string
		}{
			{partner, "/export/location/" + w.b.ID + ".csv", nil, http.StatusNotFound, "NOT_FOUND"},
			{s.SignIn(t, w.moderator), "/export/location/" + w.a.ID + ".csv", nil, http.StatusForbidden, "FORBIDDEN"},
			{s.NewClient(t), "/export/location/" + w.a.ID + ".csv", nil, http.StatusUnauthorized, "UNAUTHENTICATED"},
			{manager, "/export/location/" + w.a.ID + ".pdf", nil, http.StatusNotFound, "NOT_FOUND"},
			{manager, "/export/location/" + w.a.ID + ".csv?from=yesterday", nil, http.StatusBadRequest, "BAD_USER_INPUT"},
			{manager, "/export/location/" + w.a.ID + ".csv", http.Header{"Sec-Fetch-Site": {"cross-site"}}, http.StatusForbidden, "FORBIDDEN"},
		} {
			res, body := get(tc.c, tc.path, tc.header)
			if res.StatusCode != tc.status || !strings.Contains(string(body), `"code":"`+tc.code+`"`) {
				t.Errorf("%s: %d %s, want %d %s", tc.path, res.StatusCode, body, tc.status, tc.code)
			}
			if res.Header.Get("Content-Disposition") != "" {
				t.Errorf("%s: a refusal is an attachment", tc.path)
			}
		}
		if n := s.DB.Client.AuditEvent.Query().Where(auditevent.Action(reports.ActionReportExported)).CountX(apitest.System()); n != 2 {
			t.Errorf("%d export events after refusals, want 2", n)
		}
	})
}

// Suppressed is the exports' marker for a hidden count.
const Suppressed = reports.Suppressed
