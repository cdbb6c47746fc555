package e2e

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// "You said, we did" for polls: a manager writes on the results page of a published poll what
// was done about it, in the location's languages side by side (a missing one is named); the
// child reads it on the board under the poll's results, in Arabic, with its status picture, and
// hears it read aloud.
func TestManagerSaysWhatWasDoneAboutAPollAndChildReadsArabic(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	tablet := newWindow(t, demo, "tablet", tabletWidth, tabletHeight)
	enrollTablet(t, tablet, demo, "AZC Demo Rivierenland")
	signInChild(tablet, demo.child(t, "Orange Cat"), "ar")
	res := tablet.graphql(`{ publishedPolls { id } }`, nil)
	raw, _ := json.Marshal(res)
	var api struct {
		Data struct{ PublishedPolls []struct{ ID string } }
	}
	if err := json.Unmarshal(raw, &api); err != nil || len(api.Data.PublishedPolls) == 0 {
		t.Fatalf("publishedPolls = %s", raw)
	}
	pollID := api.Data.PublishedPolls[0].ID

	manager := newWindow(t, demo, "manager", staffWidth, staffHeight)
	staffSignIn(manager, demo.staff(t, "LOCATION_MANAGER"))
	consoleLanguage(manager, "nl")
	manager.open("/staff/polls/" + pollID)
	form := ".poll-response-form"
	manager.waitVisible(form + ` textarea[name="body-ar"]`)
	if got := manager.text(form + " .translation-warnings"); !strings.Contains(got, "Arabisch") {
		t.Errorf("the empty form warns %q, want the missing Arabic named", got)
	}
	manager.audit("staff: poll results with the answer form")
	const arabic = "سنذهب إلى المسبح يوم الأربعاء."
	manager.eval(fmt.Sprintf(`(() => { const s = document.querySelector(%q); s.value = 'IN_PROGRESS'; s.dispatchEvent(new Event('change')); return true })()`, form+" select[name=status]"), nil)
	manager.fill(form+` textarea[name="body-ar"]`, arabic)
	manager.fill(form+` textarea[name="body-nl"]`, "We gaan woensdag zwemmen.")
	manager.click(form + ` button[type=submit]`)
	manager.waitFor("the answer saved on the page", `document.querySelector('.poll-response-current')?.dataset.status === 'IN_PROGRESS'`, stepTimeout)

	tablet.click(`a[href="/board"]`)
	did := fmt.Sprintf(`.board-results .result-card[data-poll=%q] .result-did`, pollID)
	tablet.waitVisible(did + " .result-did-text")
	if got := tablet.text(did + " .result-did-text"); got != arabic {
		t.Errorf("the child reads %q, want the Arabic answer %q", got, arabic)
	}
	var lang, status string
	var pictures int
	tablet.eval(fmt.Sprintf(`document.querySelector(%q).lang`, did+" .result-did-text"), &lang)
	tablet.eval(fmt.Sprintf(`document.querySelector(%q).dataset.status`, did), &status)
	tablet.eval(fmt.Sprintf(`document.querySelectorAll(%q).length`, did+" .result-did-status svg"), &pictures)
	if lang != "ar" || status != "IN_PROGRESS" || pictures != 1 {
		t.Errorf("what we did: lang=%q status=%q pictures=%d, want ar, IN_PROGRESS, 1", lang, status, pictures)
	}
	tablet.eval(speechSpy, nil)
	tablet.click(fmt.Sprintf(`.board-results .result-card[data-poll=%q] .result-listen`, pollID))
	tablet.waitFor("the card read aloud", `window.__spoken.length > 0`, stepTimeout)
	var spoken []string
	tablet.eval(`window.__spoken`, &spoken)
	if !strings.Contains(strings.Join(spoken, " "), arabic) {
		t.Errorf("read aloud %q, want what was done %q in it", spoken, arabic)
	}
	tablet.audit("board with what we did (Arabic)")
	tablet.screenshot("tablet-board-we-did-ar")
}
