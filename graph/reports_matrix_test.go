package graph_test

import (
	"testing"

	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// Rows of reports (issue 6). Every staff viewer of the matrix works at location A: managers and
// partners read A's report, national admins every report; the roles that work with the children
// themselves have none.
func init() {
	rows = append(rows,
		row{op: "locationReport", do: q(`query($l: ID!) { locationReport(locationID: $l) { locationID minGroupSize participation { activeMembers } } }`,
			func(e *env) map[string]any { return map[string]any{"l": e.locA.ID} }),
			want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=FORBIDDEN", "LOCATION_MANAGER,PARTNER,NATIONAL_ADMIN=ok"),
			check: func(t *testing.T, e *env, viewer string, r *apitest.Response) {
				var d struct{ LocationReport struct{ LocationID string } }
				r.Must(t, &d)
				if d.LocationReport.LocationID != e.locA.ID {
					t.Errorf("%s got the report of %s", viewer, d.LocationReport.LocationID)
				}
			}},
		row{op: "nationalReport", do: q(`{ nationalReport { locations { locationID kind participation { voters } } } }`, nil),
			want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=FORBIDDEN", "NATIONAL_ADMIN=ok")},
	)
}
