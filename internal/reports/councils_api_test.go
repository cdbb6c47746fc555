package reports_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/jeugdstem/jeugdstem/ent/signal"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/reports"
	"github.com/jeugdstem/jeugdstem/internal/signals"
	"github.com/jeugdstem/jeugdstem/internal/testclock"
)

const councilFields = `councils quietCouncils meetingsHeld agendaItems attendance averageAttendance
  decisions adopted rejected deferred actionsDone ideasRaised ideasAdopted ideasDone supports
  medianDaysToDecision medianDaysToDone electionsHeld electionsVoid seatsFilled seats vacancies`

func councilsOf(t *testing.T, c *apitest.Client, locationID string) reports.CouncilFigures {
	t.Helper()
	var d struct {
		LocationReport struct{ Councils reports.CouncilFigures }
	}
	c.Do(`query($l: ID!, $from: Time, $to: Time) { locationReport(locationID: $l, from: $from, to: $to) { councils { `+councilFields+` } } }`,
		map[string]any{"l": locationID, "from": march4, "to": march30}).Must(t, &d)
	return d.LocationReport.Councils
}

func nationalCouncils(t *testing.T, c *apitest.Client) reports.NationalCouncils {
	t.Helper()
	var d struct {
		NationalReport struct{ Councils reports.NationalCouncils }
	}
	c.Do(`query($from: Time, $to: Time) { nationalReport(from: $from, to: $to) { councils {
  locations { locationID locationName figures { `+councilFields+` } } total { `+councilFields+` } } } }`,
		map[string]any{"from": march4, "to": march30}).Must(t, &d)
	return d.NationalReport.Councils
}

// expectedCouncilsA is A's council section for the weeks of March 2025 (k = 5), figure by figure.
func expectedCouncilsA() reports.CouncilFigures {
	return reports.CouncilFigures{
		// Three councils; the one that last met on 20 January is quiet, the one from 20 March is too young.
		Councils: 3, QuietCouncils: 1,
		// 5 and 19 March (not February's, not the one planned for April): 5 items each; 6 + 7 children.
		MeetingsHeld: 2, AgendaItems: 10, Attendance: n(13), AverageAttendance: fl(6.5),
		// i1..i6 and the facilitator's item of 5 March adopted (i1..i5 and that item done), i7 and
		// the item of 19 March rejected, i8 deferred. February's decision is not of the period.
		Decisions: 10, Adopted: 7, Rejected: 2, Deferred: 1, ActionsDone: 6,
		// 10 ideas, the one waiting for a moderator too; 6 adopted, 5 done. The 4 not adopted (10 −
		// 6) are a small group that is never published, so the 6 is hidden with them; the 5 done stay
		// (adopted is hidden, so 6 − 5 = 1 adopted, not done, cannot be worked out).
		IdeasRaised: n(10), IdeasAdopted: nil, IdeasDone: n(5), Supports: n(23),
		// Decided 1..7 days after being raised (i1..i7); done 2, 4, 6, 8, 10 days after the decision.
		MedianDaysToDecision: fl(4), MedianDaysToDone: fl(6),
		// 12 March elected 4 to 5 seats; 26 March void. Now A1..A3 hold seats: 2 vacancies.
		ElectionsHeld: 1, ElectionsVoid: 1, SeatsFilled: 4, Seats: 5, Vacancies: 2,
	}
}

// B's council: one meeting of 3 children, two ideas with a support each: every count of
// children is below 5 and hidden; zeros show.
func expectedCouncilsB() reports.CouncilFigures {
	return reports.CouncilFigures{Councils: 1, MeetingsHeld: 1, AgendaItems: 1, Decisions: 1, Adopted: 1,
		IdeasAdopted: n(0), IdeasDone: n(0)}
}

func TestCouncilReportFigures(t *testing.T) {
	clock := testclock.New()
	clock.Set(councilNow)
	apitest.Each(t, apitest.Options{ReportsNow: clock.Now}, func(t *testing.T, s *apitest.Server) {
		clock.Set(councilNow)
		w := newWorld(t, s)
		cw := w.buildCouncils()
		manager := s.SignInAs(t, staffuser.RoleLOCATION_MANAGER, w.a.ID)
		assertSame(t, councilsOf(t, manager, w.a.ID), expectedCouncilsA())
		assertSame(t, councilsOf(t, s.SignInAs(t, staffuser.RolePARTNER, w.b.ID), w.b.ID), expectedCouncilsB())

		// Nationally: every location's line as its own report shows it, quiet ones first. The total
		// hides what would give B's hidden counts away (A's shown 10 ideas beside a total of 12), and
		// A's hidden adopted ideas (B's are 0); A's 5 done plus B's 0 show.
		admin := s.SignInAs(t, staffuser.RoleNATIONAL_ADMIN)
		nat := nationalCouncils(t, admin)
		assertSame(t, nat.Locations, []reports.CouncilLine{
			{LocationID: w.a.ID, LocationName: "Azc Ter Apel", Figures: expectedCouncilsA()},
			{LocationID: w.b.ID, LocationName: "Azc Budel", Figures: expectedCouncilsB()},
		})
		assertSame(t, nat.Total, reports.CouncilFigures{Councils: 4, QuietCouncils: 1, MeetingsHeld: 3, AgendaItems: 11,
			Decisions: 11, Adopted: 8, Rejected: 2, Deferred: 1, ActionsDone: 6,
			IdeasDone: n(5), MedianDaysToDecision: fl(4), MedianDaysToDone: fl(6),
			ElectionsHeld: 1, ElectionsVoid: 1, SeatsFilled: 4, Seats: 5, Vacancies: 2})

		// On 10 June every council has gone 8 weeks without a meeting (A's last was the one planned
		// for 11 April), and the report counts exactly the councils the COUNCIL_NO_MEETING signal
		// names at the same moment.
		clock.Set(time.Date(2025, 6, 10, 12, 0, 0, 0, time.UTC))
		svc := signals.New(s.DB.Client, s.Votes, signals.Config{Now: clock.Now})
		if _, err := svc.Evaluate(context.Background()); err != nil {
			t.Fatal(err)
		}
		raised := s.DB.Client.Signal.Query().Where(signal.KindEQ(signal.KindCOUNCIL_NO_MEETING)).CountX(apitest.System())
		if got := nationalCouncils(t, admin).Total.QuietCouncils; got != 4 || raised != 4 {
			t.Errorf("quiet councils %d, signals %d; want 4 and 4", got, raised)
		}
		if got := councilsOf(t, manager, w.a.ID).QuietCouncils; got != 3 {
			t.Errorf("quiet councils at A %d, want 3", got)
		}
		if strings.Contains(fmtJSON(nat), cw.pendingIdeaID) {
			t.Errorf("the national report names an idea")
		}
	})
}

// Who reads the council section is who reads the report: a partner of B reads nothing of A's,
// neither its report nor the national one; the export of A carries the section as the API shows
// it, hidden counts "suppressed", and never an idea's words.
func TestCouncilReportReadersAndExport(t *testing.T) {
	clock := testclock.New()
	clock.Set(councilNow)
	apitest.Each(t, apitest.Options{ReportsNow: clock.Now}, func(t *testing.T, s *apitest.Server) {
		w := newWorld(t, s)
		w.buildCouncils()
		partnerB := s.SignInAs(t, staffuser.RolePARTNER, w.b.ID)
		q := `query($l: ID!) { locationReport(locationID: $l) { councils { ideasRaised quietCouncils } } }`
		res := partnerB.Do(q, map[string]any{"l": w.a.ID})
		res.WantCode(t, "NOT_FOUND")
		if string(res.Data) != "null" {
			t.Errorf("a partner of B reads A's councils: %s", res.Data)
		}
		partnerB.Do(`{ nationalReport { councils { total { councils } } } }`, nil).WantCode(t, "FORBIDDEN")

		manager := s.SignInAs(t, staffuser.RoleLOCATION_MANAGER, w.a.ID)
		csv := downloadOK(t, s, manager, "/export/location/"+w.a.ID+".csv?from=2025-03-04&to=2025-03-30")
		for _, line := range []string{"council,,ideas_raised,10", "council,,ideas_adopted,suppressed", "council,,ideas_done,5",
			"council,,median_days_to_decision,4", "council,,quiet_councils,1", "council,,vacancies,2"} {
			if !strings.Contains(csv, line+"\n") && !strings.Contains(csv, line+"\r\n") {
				t.Errorf("the CSV lacks %q:\n%s", line, csv)
			}
		}
		if strings.Contains(csv, "Geheim") {
			t.Errorf("the CSV quotes an idea")
		}
		f, err := excelize.OpenReader(bytes.NewReader([]byte(downloadOK(t, s, manager, "/export/location/"+w.a.ID+".xlsx?from=2025-03-04&to=2025-03-30"))))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := f.GetRows("Councils")
		if err != nil {
			t.Fatal(err)
		}
		sheet := map[string]string{}
		for _, r := range rows[1:] {
			sheet[r[0]] = r[1]
		}
		if sheet["ideas_raised"] != "10" || sheet["ideas_adopted"] != "suppressed" || sheet["median_days_to_done"] != "6" {
			t.Errorf("the Councils sheet: %v", sheet)
		}
		b := downloadOK(t, s, s.SignInAs(t, staffuser.RoleLOCATION_MANAGER, w.b.ID), "/export/location/"+w.b.ID+".csv?from=2025-03-04&to=2025-03-30")
		for _, line := range []string{"council,,ideas_raised,suppressed", "council,,supports,suppressed", "council,,attendance,suppressed"} {
			if !strings.Contains(b, line) {
				t.Errorf("B's CSV lacks %q:\n%s", line, b)
			}
		}
	})
}

// downloadOK GETs an export as the signed-in browser does, and fails unless it is 200.
func downloadOK(t *testing.T, s *apitest.Server, c *apitest.Client, path string) string {
	t.Helper()
	res, body := download(t, s, c, path)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("%s: %d %s", path, res.StatusCode, body)
	}
	return string(body)
}

func fmtJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
