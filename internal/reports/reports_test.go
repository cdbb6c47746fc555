package reports_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/reports"
)

const figuresFields = `theme threads posts open inProgress done notPossible closed overdue medianModerationHours medianResponseHours`

const pollFields = `pollID scope kind theme status question { lang text } closedAt minGroupSize turnout turnoutSuppressed
  options { optionID position label { lang text } count suppressed } score`

const locationReportQuery = `query($l: ID!, $from: Time, $to: Time) { locationReport(locationID: $l, from: $from, to: $to) {
  locationID locationName kind municipality childrenHoused
  period { from to requestedFrom requestedTo weeks timeZone }
  minGroupSize answerDeadlineDays
  participation { activeMembers voters posts turnoutPercent turnoutOfHousedPercent }
  polls { ` + pollFields + ` }
  themes { ` + figuresFields + ` }
  feedback { ` + figuresFields + ` }
  overdueResponses openSafeguardingCases safetyScore
  smileyTrend { theme start polls responses score }
  generatedAt } }`

func locationReport(t *testing.T, c *apitest.Client, locationID string, from, to time.Time) *reports.LocationReport {
	t.Helper()
	var d struct{ LocationReport *reports.LocationReport }
	c.Do(locationReportQuery, map[string]any{"l": locationID, "from": from, "to": to}).Must(t, &d)
	return d.LocationReport
}

func n(v int) *int                            { return &v }
func fl(v float64) *float64                   { return &v }
func th(t schematype.Theme) *schematype.Theme { return &t }

var (
	march4  = time.Date(2025, 3, 4, 10, 0, 0, 0, time.UTC)  // a Tuesday
	march30 = time.Date(2025, 3, 30, 12, 0, 0, 0, time.UTC) // a Sunday
)

// pollResult is the expected result of a poll of the world: counts by position, nil where hidden.
func (w *world) pollResult(name string, kind poll.Kind, theme schematype.Theme, closed time.Time, turnout *int,
	score *float64, counts ...*int) reports.PollResult {
	r := reports.PollResult{PollID: w.polls[name].ID, Scope: poll.ScopeLOCATION, Kind: kind, Theme: theme,
		Status: poll.StatusCLOSED, ClosedAt: closed, MinGroupSize: 5, Turnout: turnout, TurnoutSuppressed: turnout == nil,
		Question: []schematype.Translation{{Lang: "nl", Text: "Vraag " + name}, {Lang: "en", Text: "Question " + name}},
		Score:    score}
	for i, c := range counts {
		r.Options = append(r.Options, reports.OptionResult{OptionID: w.options[name][i], Position: i, Count: c, Suppressed: c == nil,
			Label: []schematype.Translation{{Lang: "nl", Text: fmt.Sprintf("Optie %d", i+1)}}})
	}
	return r
}

// expectedMarch is location A's report for the weeks of March 2025, figure by figure, with the
// reason for every hidden one (k = 5).
func expectedMarch(w *world) *reports.LocationReport {
	r := &reports.LocationReport{
		LocationID: w.a.ID, LocationName: "Azc Ter Apel", Kind: "EMERGENCY", Municipality: "Westerwolde", ChildrenHoused: 40,
		Period: reports.Period{
			// Tuesday 4 March is widened to Monday 3 March 00:00 in Amsterdam (CET, UTC+1); Sunday
			// 30 March to Monday 31 March 00:00, when Amsterdam is on summer time (UTC+2).
			From: time.Date(2025, 3, 2, 23, 0, 0, 0, time.UTC), To: time.Date(2025, 3, 30, 22, 0, 0, 0, time.UTC),
			RequestedFrom: march4, RequestedTo: march30, Weeks: 4, TimeZone: "Europe/Amsterdam",
		},
		MinGroupSize: 5, AnswerDeadlineDays: 14,
		Participation: reports.Participation{
			ActiveMembers: n(12),
			// A1..A12 voted in A's polls; A13, who left the council but lives at A, in the national
			// poll. The poll still open and the February poll do not count.
			Voters: n(13),
			// 13 SAFETY posts (12 in threads of March, 1 in a February thread) and 10 FOOD posts.
			Posts:                  n(23),
			TurnoutPercent:         fl(108.3), // 13 voters / 12 active members
			TurnoutOfHousedPercent: fl(32.5),  // 13 / 40 children housed
		},
		// SAFETY 2 (never answered; answered after 15 days) + FOOD 4 (the fifth open one is still
		// with the moderator).
		OverdueResponses: n(6),
		// Two open cases: fewer than 5.
		OpenSafeguardingCases: nil,
		// P2 alone: (3×5 + 4×6) / 11 = 3.545. P3 has hidden counts and takes no part in averages.
		SafetyScore: fl(3.5),
	}
	r.Polls = []reports.PollResult{
		// 9, 2, 0 of 11: the 2 is hidden, and the 9 with it (else 11 − 9 gives the 2 away); the
		// zero is shown.
		w.pollResult("P1", poll.KindSINGLE_CHOICE, schematype.ThemeFood, at(5, 12), n(11), nil, nil, nil, n(0)),
		w.pollResult("P2", poll.KindSMILEY_SCALE, schematype.ThemeSafety, at(12, 12), n(11), fl(3.5), n(0), n(0), n(5), n(6), n(0)),
		// 1, 0, 0, 5, 6: the 1 is hidden with the smallest other, the 5; no score.
		w.pollResult("P3", poll.KindSMILEY_SCALE, schematype.ThemeSafety, at(19, 12), n(12), nil, nil, n(0), n(0), nil, n(6)),
		// Multiple choice by 10: 10, 8, 5, 0. The 8 is hidden: the 2 who did not choose it are
		// 10 − 8. All 10 choosing the first is shown.
		w.pollResult("P4", poll.KindMULTIPLE_CHOICE, schematype.ThemePlayActivities, at(20, 12), n(10), nil, n(10), nil, n(5), n(0)),
		// 3 voters: nothing of it is shown.
		w.pollResult("P5", poll.KindYES_NO, schematype.ThemeFood, at(21, 12), nil, nil, nil, nil),
		w.pollResult("P6", poll.KindSMILEY_SCALE, schematype.ThemeFood, at(26, 12), n(11), fl(3.6), n(0), n(5), n(0), n(0), n(6)),
		// Ranking: who ranked each option first; second places are not counted.
		w.pollResult("P7", poll.KindRANKING, schematype.ThemeEducation, at(27, 12), n(11), nil, n(6), n(0), n(5)),
	}
	for _, t := range schematype.Theme("").Values() {
		switch tt := schematype.Theme(t); tt {
		case schematype.ThemeSafety:
			// 7 threads: 1 open (hidden), 6 done (hidden with it, else 7 − 1 … gives it away); 2
			// overdue (hidden; with FOOD's 4 they make 6 ≥ 5, so the total stays).
			r.Themes = append(r.Themes, reports.ThemeFigures{Theme: th(tt), Threads: n(7), Posts: n(13), Open: nil,
				InProgress: n(0), Done: nil, NotPossible: n(0), Closed: n(0), Overdue: nil,
				MedianModerationHours: fl(6.5), MedianResponseHours: fl(84)})
		case schematype.ThemeFood:
			// 10 threads: 5 open, hidden because the open column held SAFETY's 1 alone; then the 5
			// in progress, else 10 − 5 gives the open ones back. 4 overdue: fewer than 5.
			r.Themes = append(r.Themes, reports.ThemeFigures{Theme: th(tt), Threads: n(10), Posts: n(10), Open: nil,
				InProgress: nil, Done: n(0), NotPossible: n(0), Closed: n(0), Overdue: nil,
				MedianModerationHours: fl(3), MedianResponseHours: fl(30)})
		default:
			r.Themes = append(r.Themes, zeroTheme(tt))
		}
	}
	// All themes: 17 threads, 6 open (both parts hidden, together 6 ≥ 5); 5 in progress and 6
	// done hidden (each is a single theme's hidden count, and they hide each other in the row).
	r.Feedback = reports.ThemeFigures{Threads: n(17), Posts: n(23), Open: n(6), InProgress: nil, Done: nil,
		NotPossible: n(0), Closed: n(0), Overdue: n(6), MedianModerationHours: fl(4), MedianResponseHours: fl(48)}
	r.SmileyTrend = []reports.TrendPoint{
		{Theme: schematype.ThemeSafety, Start: time.Date(2025, 3, 9, 23, 0, 0, 0, time.UTC), Polls: 1, Responses: 11, Score: 3.5},
		{Theme: schematype.ThemeFood, Start: time.Date(2025, 3, 23, 23, 0, 0, 0, time.UTC), Polls: 1, Responses: 11, Score: 3.6},
	}
	return r
}

// zeroTheme is the figures of a theme nobody wrote about.
func zeroTheme(t schematype.Theme) reports.ThemeFigures {
	return reports.ThemeFigures{Theme: th(t), Threads: n(0), Posts: n(0), Open: n(0), InProgress: n(0), Done: n(0),
		NotPossible: n(0), Closed: n(0), Overdue: n(0)}
}

func TestLocationReportFigures(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newWorld(t, s)
		w.buildMarch()
		c := s.SignInAs(t, staffuser.RoleLOCATION_MANAGER, w.a.ID)
		got := locationReport(t, c, w.a.ID, march4, march30)
		want := expectedMarch(w)
		want.GeneratedAt = got.GeneratedAt
		assertSame(t, got, want)
		if testing.Verbose() {
			b, _ := json.Marshal(got)
			t.Log(string(b))
		}
	})
}

// assertSame compares two values by their JSON and reports the first line that differs.
func assertSame(t *testing.T, got, want any) {
	t.Helper()
	g, _ := json.MarshalIndent(got, "", "  ")
	wnt, _ := json.MarshalIndent(want, "", "  ")
	if string(g) == string(wnt) {
		return
	}
	gl, wl := strings.Split(string(g), "\n"), strings.Split(string(wnt), "\n")
	for i := range max(len(gl), len(wl)) {
		var a, b string
		if i < len(gl) {
			a = gl[i]
		}
		if i < len(wl) {
			b = wl[i]
		}
		if a != b {
			from := max(0, i-12)
			t.Errorf("first difference at line %d:\n got: %s\nwant: %s\ncontext (got):\n%s", i+1, a, b,
				strings.Join(gl[from:min(len(gl), i+3)], "\n"))
			return
		}
	}
}
