package graph_test

import (
	"testing"

	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// Rows of the children's monitor (issue 16). Every staff viewer of the matrix works at location A:
// managers and partners read A's scorecard, national admins every scorecard and the national
// monitor; managers and national admins start rounds; the framework is open to every signed-in
// staff member and tablet (it is the questions children are asked); "what children here said"
// only to a child on a tablet, about its own location.
func init() {
	rows = append(rows,
		row{op: "monitorFramework", do: q(`{ monitorFramework { version domains { key questions { ageVersion } } } }`, nil),
			want: expect("all=ok", "nobody=UNAUTHENTICATED"),
			check: func(t *testing.T, e *env, viewer string, r *apitest.Response) {
				var d struct {
					MonitorFramework struct{ Domains []struct{ Key string } }
				}
				r.Must(t, &d)
				if len(d.MonitorFramework.Domains) != 10 {
					t.Errorf("%s got %d domains", viewer, len(d.MonitorFramework.Domains))
				}
			}},
		row{op: "monitorScorecard", do: q(`query($l: ID!) { monitorScorecard(locationID: $l) { locationID domains { domain } } }`,
			func(e *env) map[string]any { return map[string]any{"l": e.locA.ID} }),
			want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=FORBIDDEN", "LOCATION_MANAGER,PARTNER,NATIONAL_ADMIN=ok"),
			check: func(t *testing.T, e *env, viewer string, r *apitest.Response) {
				var d struct{ MonitorScorecard struct{ LocationID string } }
				r.Must(t, &d)
				if d.MonitorScorecard.LocationID != e.locA.ID {
					t.Errorf("%s got the scorecard of %s", viewer, d.MonitorScorecard.LocationID)
				}
			}},
		row{op: "nationalMonitor", do: q(`{ nationalMonitor { domains { domain } locations { locationID } } }`, nil),
			want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=FORBIDDEN", "NATIONAL_ADMIN=ok")},
		row{op: "monitorForChildren", do: q(`{ monitorForChildren { domain pictogram score needsAttention whatWeDid { text } } }`, nil),
			want: expect("nobody=UNAUTHENTICATED", "tablet,staff=FORBIDDEN", "youth=ok"),
			check: func(t *testing.T, e *env, viewer string, r *apitest.Response) {
				var d struct{ MonitorForChildren []struct{ Domain string } }
				r.Must(t, &d)
				if len(d.MonitorForChildren) != 10 {
					t.Errorf("%s got %d domains", viewer, len(d.MonitorForChildren))
				}
			}},
		row{op: "startMonitorRound", do: q(`mutation($l: ID!) { startMonitorRound(locationID: $l) { round pollIDs } }`,
			func(e *env) map[string]any { return map[string]any{"l": e.locA.ID} }),
			want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=FORBIDDEN", "LOCATION_MANAGER,NATIONAL_ADMIN=ok")},
		row{op: "monitorSchedule", do: q(`query($l: ID!) { monitorSchedule(locationID: $l) { locationID everyDays paused own nextRoundAt } }`,
			func(e *env) map[string]any { return map[string]any{"l": e.locA.ID} }),
			want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=FORBIDDEN", "LOCATION_MANAGER,PARTNER,NATIONAL_ADMIN=ok")},
		row{op: "setMonitorSchedule", do: q(`mutation($l: ID!) { setMonitorSchedule(locationID: $l, everyDays: 60) { everyDays own } }`,
			func(e *env) map[string]any { return map[string]any{"l": e.locA.ID} }),
			want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=FORBIDDEN", "LOCATION_MANAGER,NATIONAL_ADMIN=ok")},
	)
}
