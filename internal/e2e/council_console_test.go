package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// The facilitator's side of TestCouncilIdeaDecisionAndElection, through the console's Council
// pages as a facilitator uses them: the overview (support threshold, a new meeting), the agenda
// prepared from the children's idea, the meeting on a large screen with a decision and a show of
// hands, and the minutes published after their warnings. axe on every page.

// consoleCouncil opens the council's overview, sets the support threshold and plans a meeting;
// it returns the meeting's id (from the agenda page the console moves to).
func consoleCouncil(t *testing.T, staff *window, councilID string, supports int) string {
	t.Helper()
	staff.open("/staff/council")
	staff.audit("staff: councils")
	staff.click(fmt.Sprintf(`[data-council=%q] .council-open`, councilID))
	staff.waitVisible(".council-threshold [name=supports]")
	staff.audit("staff: council overview")
	staff.fill(".council-threshold [name=supports]", fmt.Sprint(supports))
	staff.click(".council-threshold button[type=submit]")
	staff.waitFor("the threshold saved", fmt.Sprintf(`(() => { const el = document.querySelector('.council-threshold [name=supports]'); return !!el && el.value === %q && el.defaultValue === %q })()`,
		fmt.Sprint(supports), fmt.Sprint(supports)), stepTimeout)
	at := time.Now().Add(7 * 24 * time.Hour).Format("2006-01-02T15:04")
	staff.eval(fmt.Sprintf(`(() => { document.querySelector('.council-new-meeting [name=startsAt]').value = %q; return true })()`, at), nil)
	staff.fill(".council-new-meeting [name=place]", "Huiskamer")
	staff.click(".council-new-meeting button[type=submit]")
	prefix := "/staff/council/" + councilID + "/meetings/"
	staff.waitFor("the agenda page", fmt.Sprintf(`location.pathname.startsWith(%q)`, prefix), stepTimeout)
	staff.waitVisible(".council-source-ideas, .council-free-item")
	var path string
	staff.eval(`location.pathname`, &path)
	return strings.TrimPrefix(path, prefix)
}

// consoleAgendaFromIdea puts the idea on the meeting's agenda from the agenda page's list of
// ideas; it returns the new item's id.
func consoleAgendaFromIdea(t *testing.T, staff *window, councilID, meetingID, ideaID string) string {
	t.Helper()
	staff.open(fmt.Sprintf("/staff/council/%s/meetings/%s", councilID, meetingID))
	idea := fmt.Sprintf(`.council-source-ideas [data-idea=%q]`, ideaID)
	staff.waitVisible(idea)
	staff.audit("staff: council agenda")
	staff.click(idea + " .add-idea")
	staff.waitVisible(".council-console-agenda li[data-item]")
	var itemID string
	staff.eval(`document.querySelector('.council-console-agenda li[data-item]').dataset.item`, &itemID)
	return itemID
}

// consoleDecideAndPublish runs the meeting on the large screen, records the decision with a show
// of hands (a count too many is refused first), and publishes the minutes after their warnings.
func consoleDecideAndPublish(t *testing.T, staff *window, councilID, meetingID, itemID, dutch, arabic string) {
	t.Helper()
	base := fmt.Sprintf("/staff/council/%s/meetings/%s", councilID, meetingID)
	staff.open(base + "/run")
	slide := fmt.Sprintf(`.council-run-slide[data-item=%q]`, itemID)
	staff.waitVisible(slide + " .council-decision-form")
	staff.audit("staff: council meeting, large screen")
	staff.screenshot("staff-council-run")
	staff.fill(slide+` .council-decision-form textarea[name$="-nl"]`, dutch)
	staff.fill(slide+` .council-decision-form textarea[name$="-ar"]`, arabic)
	staff.fill(slide+" [name=handsFor]", "30")
	staff.fill(slide+" [name=handsAgainst]", "1")
	staff.fill(slide+" [name=handsAbstain]", "0")
	staff.click(slide + " .decision-record")
	staff.waitVisible(slide + ` .council-decision-form .outcome.is-error[role=alert]`)
	var invalid string
	staff.eval(`document.querySelector('[name=handsFor]').getAttribute('aria-invalid')`, &invalid)
	if invalid != "true" {
		t.Errorf("too many hands: handsFor is aria-invalid=%q", invalid)
	}
	staff.fill(slide+" [name=handsFor]", "3")
	staff.click(slide + " .decision-record")
	staff.waitVisible(slide + ` .council-run-decided[data-outcome="ADOPTED"] .council-run-hands`)
	if got := staff.text(slide + " .council-run-hands"); !strings.Contains(got, "3") || !strings.Contains(got, "1") {
		t.Errorf("the large screen shows the hands as %q", got)
	}
	// Right to left: the large screen in Arabic.
	consoleLanguage(staff, "ar")
	staff.waitVisible(slide + " .council-run-decided")
	var dir string
	staff.eval(`getComputedStyle(document.querySelector('.council-run')).direction`, &dir)
	if dir != "rtl" {
		t.Errorf("the large screen in Arabic reads %q", dir)
	}
	staff.audit("staff: council meeting, large screen (Arabic)")
	consoleLanguage(staff, "nl")

	staff.open(base + "/minutes")
	staff.waitVisible(fmt.Sprintf(`.council-minutes tr.minutes-decision[data-item=%q]`, itemID))
	staff.audit("staff: council minutes")
	staff.fill(".council-publish [name=attendance]", "6")
	staff.click(".minutes-publish")
	staff.waitVisible("dialog .confirm-warnings li")
	staff.audit("staff: council minutes, before publishing")
	staff.click("dialog .confirm-yes")
	staff.waitVisible(".minutes-published")
}
