package e2e

import "testing"

// A manager opens the location report: participation figures and charts, ready to print.
func TestManagerOpensLocationReport(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	manager := newWindow(t, demo, "manager", staffWidth, staffHeight)
	staffSignIn(manager, demo.staff(t, "LOCATION_MANAGER"))
	manager.click(`a[href="/staff/reports"]`)
	manager.waitVisible(".report svg.bar-chart")
	manager.audit("staff: location report")
	manager.screenshot("staff-report")
	if figures := manager.text(".report .figures"); figures == "" {
		t.Error("the report shows no participation figures")
	}
	var charts int
	manager.eval(`document.querySelectorAll('.report figure.chart').length`, &charts)
	if charts < 2 {
		t.Errorf("the report has %d charts, want several", charts)
	}
}
