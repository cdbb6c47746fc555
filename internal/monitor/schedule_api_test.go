package monitor_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/auditevent"
	"github.com/jeugdstem/jeugdstem/ent/monitorround"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/monitor"
	"github.com/jeugdstem/jeugdstem/internal/testclock"
)

type schedule struct {
	LocationID  string
	EveryDays   int
	Paused, Own bool
	NextRoundAt *time.Time
	Rounds      int
}

const scheduleFields = `{ locationID everyDays paused own nextRoundAt rounds }`

func setSchedule(c *apitest.Client, vars map[string]any) *apitest.Response {
	return c.Do(`mutation($l: ID!, $d: Int, $p: Boolean, $u: Boolean) {
  setMonitorSchedule(locationID: $l, everyDays: $d, paused: $p, useDefault: $u) `+scheduleFields+` }`, vars)
}

func readSchedule(t *testing.T, c *apitest.Client, locationID string) schedule {
	t.Helper()
	var d struct{ MonitorSchedule schedule }
	c.Do(`query($l: ID!) { monitorSchedule(locationID: $l) `+scheduleFields+` }`, map[string]any{"l": locationID}).Must(t, &d)
	return d.MonitorSchedule
}

func sameTime(a *time.Time, b time.Time) bool { return a != nil && a.Sub(b).Abs() < time.Second }

// A location follows the default (a quarter from its creation) until a manager sets its own:
// every 60 days, from its creation while it had no round; paused, it has no next round (and the
// scorecard says so); useDefault returns it to the default. Intervals outside 28–365 days, and
// useDefault with another field, are BAD_USER_INPUT on their field and change nothing; every change
// is audited as the manager's. A manager of another location gets NOT_FOUND, a partner FORBIDDEN.
func TestSetMonitorSchedule(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		a, b := s.NewLocation(t, "A"), s.NewLocation(t, "B")
		mgr := s.SignInAs(t, staffuser.RoleLOCATION_MANAGER, a.ID)
		sc := readSchedule(t, mgr, a.ID)
		if sc.Own || sc.Paused || sc.EveryDays != monitor.DefaultIntervalDays || sc.Rounds != 0 ||
			!sameTime(sc.NextRoundAt, a.CreatedAt.AddDate(0, 0, monitor.DefaultIntervalDays)) {
			t.Fatalf("default schedule %+v, want every 91 days from the location's creation", sc)
		}
		for _, bad := range []struct {
			vars  map[string]any
			field string
		}{
			{map[string]any{"l": a.ID, "d": 27}, "everyDays"},
			{map[string]any{"l": a.ID, "d": 366}, "everyDays"},
			{map[string]any{"l": a.ID, "d": 60, "u": true}, "useDefault"},
		} {
			if e := setSchedule(mgr, bad.vars).WantCode(t, "BAD_USER_INPUT"); e.Field() != bad.field {
				t.Errorf("%v: field %q, want %q", bad.vars, e.Field(), bad.field)
			}
		}
		if got := readSchedule(t, mgr, a.ID); got.Own || got.EveryDays != monitor.DefaultIntervalDays {
			t.Errorf("after refused changes: %+v", got)
		}
		var d struct{ SetMonitorSchedule schedule }
		setSchedule(mgr, map[string]any{"l": a.ID, "d": 60}).Must(t, &d)
		if got := d.SetMonitorSchedule; !got.Own || got.Paused || got.EveryDays != 60 || !sameTime(got.NextRoundAt, a.CreatedAt.AddDate(0, 0, 60)) {
			t.Errorf("every 60 days: %+v", got)
		}
		setSchedule(mgr, map[string]any{"l": a.ID, "p": true}).Must(t, &d)
		if got := d.SetMonitorSchedule; !got.Own || !got.Paused || got.EveryDays != 60 || got.NextRoundAt != nil {
			t.Errorf("paused: %+v", got)
		}
		if got := readSchedule(t, mgr, a.ID); got != d.SetMonitorSchedule {
			t.Errorf("read back %+v, set %+v", got, d.SetMonitorSchedule)
		}
		var card struct {
			MonitorScorecard struct {
				NextRoundAt *time.Time
				Schedule    schedule
			}
		}
		q := `query($l: ID!) { monitorScorecard(locationID: $l) { nextRoundAt schedule { paused everyDays } } }`
		mgr.Do(q, map[string]any{"l": a.ID}).Must(t, &card)
		if card.MonitorScorecard.NextRoundAt != nil || !card.MonitorScorecard.Schedule.Paused {
			t.Errorf("the scorecard of a paused location: %+v", card.MonitorScorecard)
		}
		setSchedule(mgr, map[string]any{"l": a.ID, "u": true}).Must(t, &d)
		if got := d.SetMonitorSchedule; got.Own || got.Paused || got.EveryDays != monitor.DefaultIntervalDays {
			t.Errorf("back to the default: %+v", got)
		}
		mgr.Do(q, map[string]any{"l": a.ID}).Must(t, &card)
		if !sameTime(card.MonitorScorecard.NextRoundAt, a.CreatedAt.AddDate(0, 0, monitor.DefaultIntervalDays)) {
			t.Errorf("the scorecard's next round %v, want 91 days after the location's creation", card.MonitorScorecard.NextRoundAt)
		}
		events := s.DB.Client.AuditEvent.Query().Where(auditevent.Action("MONITOR_SCHEDULE_SET")).AllX(apitest.System())
		if len(events) != 3 {
			t.Fatalf("%d audit events, want 3", len(events))
		}
		for _, e := range events {
			if e.ActorKind != auditevent.ActorKindSTAFF || e.LocationID != a.ID {
				t.Errorf("audit event %+v", e)
			}
		}
		setSchedule(mgr, map[string]any{"l": b.ID, "d": 60}).WantCode(t, "NOT_FOUND")
		setSchedule(mgr, map[string]any{"l": "loc_doesnotexist", "d": 60}).WantCode(t, "NOT_FOUND")
		setSchedule(s.SignInAs(t, staffuser.RolePARTNER, a.ID), map[string]any{"l": a.ID, "d": 60}).WantCode(t, "FORBIDDEN")
	})
}

// The scheduler honours a location's own schedule over the deployment's default, and two
// instances running it at the same moments start each round once: A every 28 days (its own), B
// every 91 (the default), C paused. With the default at 0, only own schedules start rounds.
func TestSchedulerHonoursOwnSchedulesOnce(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		a, b, c := s.NewLocation(t, "A"), s.NewLocation(t, "B"), s.NewLocation(t, "C")
		adm := s.SignInAs(t, staffuser.RoleNATIONAL_ADMIN)
		setSchedule(adm, map[string]any{"l": a.ID, "d": 28}).Must(t, nil)
		setSchedule(adm, map[string]any{"l": c.ID, "d": 28, "p": true}).Must(t, nil)
		clock := testclock.New()
		start := clock.Now()
		quarter, off := monitor.DefaultIntervalDays, 0
		instance := func(days *int) *monitor.Service {
			return monitor.New(s.DB.Client, apitest.NewVotes(s.DB), monitor.Config{IntervalDays: days, Now: clock.Now})
		}
		twins := []*monitor.Service{instance(&quarter), instance(&quarter)}
		run := func(days int, services ...*monitor.Service) {
			t.Helper()
			clock.Set(start.AddDate(0, 0, days))
			var wg sync.WaitGroup
			errs := make([]error, len(services))
			for i, svc := range services {
				wg.Go(func() { _, errs[i] = svc.StartDue(context.Background()) })
			}
			wg.Wait()
			for _, err := range errs {
				if err != nil {
					t.Fatal(err)
				}
			}
		}
		rounds := func(l *ent.Location) int {
			return s.DB.Client.MonitorRound.Query().Where(monitorround.LocationID(l.ID),
				monitorround.SourceEQ(monitorround.SourceMONITOR)).CountX(apitest.System())
		}
		for _, step := range []struct{ day, a, b int }{{27, 0, 0}, {29, 1, 0}, {30, 1, 0}, {92, 2, 1}, {113, 3, 1}} {
			run(step.day, twins...)
			if ga, gb, gc := rounds(a), rounds(b), rounds(c); ga != step.a || gb != step.b || gc != 0 {
				t.Fatalf("day %d: rounds A %d, B %d, C %d; want %d, %d, 0", step.day, ga, gb, gc, step.a, step.b)
			}
		}
		if sc := readSchedule(t, adm, a.ID); sc.Rounds != 3 || !sameTime(sc.NextRoundAt, a.CreatedAt.AddDate(0, 0, 140)) {
			t.Errorf("A after three rounds: %+v, want the next on day 140", sc)
		}
		run(200, instance(&off), instance(&off)) // B is due too (day 182), but follows the default
		if ga, gb := rounds(a), rounds(b); ga != 4 || gb != 1 {
			t.Errorf("with the default at 0: rounds A %d, B %d; want 4, 1", ga, gb)
		}
	})
}
