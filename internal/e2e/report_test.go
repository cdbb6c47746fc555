package e2e

import (
	"strings"
	"testing"
)

// A manager opens the location report: participation figures and charts, ready to print, and
// downloads it as CSV and XLSX.
func TestManagerOpensLocationReport(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	manager := newWindow(t, demo, "manager", staffWidth, staffHeight)
	staffSignIn(manager, demo.staff(t, "LOCATION_MANAGER"))
	manager.click(`a[href="/staff/reports"]`)
	manager.waitVisible(".report .figures")
	manager.click(".report details summary") // the themes, folded to keep the page short
	manager.waitVisible(".report svg.bar-chart")
	manager.audit("staff: location report")
	manager.screenshot("staff-report")
	if figures := manager.text(".report .figures"); figures == "" {
		t.Error("the report shows no participation figures")
	}
	// The demo location's youth council: its section with its figures and decisions chart.
	manager.waitVisible(".report .report-councils .figures")
	var councilFigures int
	manager.eval(`document.querySelectorAll('.report .report-councils .figures dd').length`, &councilFigures)
	if councilFigures < 18 {
		t.Errorf("the council section shows %d figures, want all 18", councilFigures)
	}
	// The exports come from the server, with the session: CSV and XLSX.
	for _, sel := range []string{".report-csv", ".report-xlsx"} {
		var got struct {
			Status int
			Type   string
		}
		manager.eval(`fetch(document.querySelector('`+sel+`').href, {credentials: 'same-origin'}).then(r => ({Status: r.status, Type: r.headers.get('Content-Type') || ''}))`, &got)
		if got.Status != 200 || got.Type == "" || strings.Contains(got.Type, "json") {
			t.Errorf("%s: HTTP %d, %q; want a file", sel, got.Status, got.Type)
		}
	}
	var charts int
	manager.eval(`document.querySelectorAll('.report figure.chart').length`, &charts)
	if charts < 2 {
		t.Errorf("the report has %d charts, want several", charts)
	}
}

// A national admin compares every location, those needing attention first.
func TestNationalAdminComparesLocations(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	admin := newWindow(t, demo, "admin", staffWidth, staffHeight)
	staffSignIn(admin, demo.staff(t, "NATIONAL_ADMIN"))
	admin.click(`a[href="/staff/reports"]`)
	admin.waitVisible(".national-table tbody tr")
	admin.audit("staff: national report")
	var rows int
	admin.eval(`document.querySelectorAll('.national-table tbody tr').length`, &rows)
	if rows < 2 {
		t.Errorf("the national report compares %d locations, want every demo location", rows)
	}
	// Every location with a youth council, in the councils' own table.
	admin.waitVisible(".report-councils .council-table tbody tr")
}
