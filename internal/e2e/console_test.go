package e2e

import (
	"fmt"
	"strings"
	"testing"
)

// A facilitator writes a poll in the editor (the theme is theirs to choose, the pictures are
// named in Dutch, each language field says which language it is in Dutch too), changes the draft,
// and takes each step of its life only after a confirmation that says what will happen: opening
// warns that Tigrinya and Farsi are missing (the server's rule), closing that it cannot be undone.
// Cancelling changes nothing.
func TestPollStepsAskFirstAndDraftsCanBeEdited(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	staff := newWindow(t, demo, "facilitator", staffWidth, staffHeight)
	staffSignIn(staff, demo.staff(t, "FACILITATOR"))
	consoleLanguage(staff, "nl")
	staff.open("/staff/polls/new")
	staff.waitVisible(".poll-editor select[name=theme]")

	var editor struct {
		Theme      string
		Pictograms []string
		Tigrinya   string
	}
	staff.eval(`({
		theme: document.querySelector('select[name=theme]').value,
		pictograms: [...document.querySelector('select[name=pictogram]').options].map(o => o.textContent),
		tigrinya: document.querySelector('label[for="' + document.querySelector('[name=question-ti]').id + '"]').textContent,
	})`, &editor)
	if editor.Theme != "" {
		t.Errorf("the theme starts as %q; staff must choose it", editor.Theme)
	}
	pictograms := strings.Join(editor.Pictograms, "|")
	if strings.Contains(pictograms, "thumbs-up") || strings.Contains(pictograms, "smiley-1") || !strings.Contains(pictograms, "duim omhoog") {
		t.Errorf("the picture picker shows %q, want Dutch names", pictograms)
	}
	if editor.Tigrinya != "Tigrinya (ትግርኛ)" {
		t.Errorf("the Tigrinya field is labelled %q, want the name in Dutch and in its own script", editor.Tigrinya)
	}
	staff.audit("staff: poll editor")

	staff.fill("[name=question-nl]", "Welk uitje kiezen we?")
	staff.fill("[name=question-ar]", "أي رحلة نختار؟")
	staff.fill("[name=option1-nl]", "Zwemmen")
	staff.fill("[name=option1-ar]", "سباحة")
	staff.fill("[name=option2-nl]", "Dierentuin")
	staff.fill("[name=option2-ar]", "حديقة حيوانات")
	var missingTheme bool
	staff.eval(`document.querySelector('select[name=theme]').validity.valueMissing`, &missingTheme)
	if !missingTheme {
		t.Fatal("the form can be sent without a theme")
	}
	staff.eval(`(() => { const s = document.querySelector('select[name=theme]'); s.value = 'PLAY_ACTIVITIES'; s.dispatchEvent(new Event('change')); return true })()`, nil)
	staff.click(".poll-editor button[type=submit]")
	staff.waitPath("/staff/polls")
	card := `[...document.querySelectorAll('.card')].find(c => c.textContent.includes('uitje'))`
	staff.waitFor("the draft in the list", card+`?.dataset.status === 'DRAFT'`, stepTimeout)
	var pollID string
	staff.eval(card+`.dataset.poll`, &pollID)
	sel := fmt.Sprintf(`.card[data-poll=%q]`, pollID)

	// The draft can be changed: the editor opens with what was written.
	staff.click(sel + " .poll-edit")
	staff.waitFor("the draft in the editor", `document.querySelector('[name=question-nl]')?.value === 'Welk uitje kiezen we?'`, stepTimeout)
	staff.fill("[name=question-nl]", "Welk uitje kiezen we in de zomer?")
	staff.click(".poll-editor button[type=submit]")
	staff.waitPath("/staff/polls")
	staff.waitFor("the changed question", fmt.Sprintf(`document.querySelector(%q)?.textContent.includes('in de zomer')`, sel), stepTimeout)

	status := func() string {
		res := staff.graphql(`query($id: ID!) { node(id: $id) { ... on Poll { status } } }`, map[string]any{"id": pollID})
		return dig(t, res, "data", "node", "status")
	}
	// step clicks the step's button, checks what the dialog says, and cancels or confirms.
	step := func(button, want string, confirm bool) {
		t.Helper()
		staff.click(sel + " " + button)
		staff.waitVisible("dialog.confirm-dialog[open]")
		if got := staff.text("dialog.confirm-dialog"); !strings.Contains(got, want) {
			t.Errorf("%s: the confirmation says %q, want %q", button, got, want)
		}
		if confirm {
			staff.click("dialog .confirm-yes")
		} else {
			staff.click("dialog .confirm-no")
		}
		staff.waitFor("the dialog to close", `!document.querySelector('dialog.confirm-dialog')`, stepTimeout)
	}
	step(".poll-open", "Tigrinya (ትግርኛ), Perzisch", false)
	staff.audit("staff: open confirmation")
	if got := status(); got != "DRAFT" {
		t.Fatalf("after cancelling, the poll is %s", got)
	}
	step(".poll-open", "Toch openen", true)
	staff.waitFor("the poll to be open", fmt.Sprintf(`document.querySelector(%q)?.dataset.status === 'OPEN'`, sel), stepTimeout)
	step(".poll-close", "kan niet meer open", false)
	if got := status(); got != "OPEN" {
		t.Fatalf("after cancelling the close, the poll is %s", got)
	}
	step(".poll-close", "wordt nu geteld", true)
	staff.waitFor("the poll to be closed", fmt.Sprintf(`document.querySelector(%q)?.dataset.status === 'CLOSED'`, sel), stepTimeout)
	step(".poll-publish", "niet ongedaan", true)
	staff.waitFor("the results to be published", fmt.Sprintf(`document.querySelector(%q)?.dataset.status === 'PUBLISHED'`, sel), stepTimeout)
}

// The results page of an open poll follows its turnout live, as the list does, and both show
// what the API decides: "fewer than 5" for one vote, never the exact 1.
func TestResultsPageFollowsTurnoutLive(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	tablet := newWindow(t, demo, "tablet", tabletWidth, tabletHeight)
	enrollTablet(t, tablet, demo, "AZC Demo Rivierenland")
	signInChild(tablet, demo.child(t, "Yellow Bee"), "nl")
	tablet.click(`a[href="/polls"]`)
	tablet.click(".poll-card:not(.is-voted)")
	tablet.waitVisible(".vote-option")
	pollPath := tablet.location()
	pollID := pollPath[strings.LastIndex(pollPath, "/")+1:]

	staff := newWindow(t, demo, "facilitator", staffWidth, staffHeight)
	staffSignIn(staff, demo.staff(t, "FACILITATOR"))
	consoleLanguage(staff, "nl")
	staff.open("/staff/polls/" + pollID)
	el := fmt.Sprintf(`document.querySelector('.live-turnout[data-poll=%q]')`, pollID)
	staff.waitFor("the live turnout on the results page", el+`?.dataset.turnout === '0'`, stepTimeout)

	tablet.click(".vote-option")
	tablet.click(".vote-confirm")
	tablet.waitVisible(`.vote-message[data-state="vote.thanksTitle"]`)
	staff.waitFor("the results page to count the vote", el+`?.dataset.turnout === '<5'`, stepTimeout)
	if got := staff.text(".live-turnout"); !strings.Contains(got, "minder dan 5") {
		t.Errorf("the results page says %q, want \"minder dan 5\"", got)
	}
	staff.audit("staff: results of an open poll")
	staff.click(`.staff-main a[href="/staff/polls"]`)
	staff.waitFor("the list to show the same", el+`?.dataset.turnout === '<5'`, stepTimeout)
	if got := staff.text(fmt.Sprintf(`.live-turnout[data-poll=%q]`, pollID)); !strings.Contains(got, "minder dan 5") {
		t.Errorf("the list says %q, want \"minder dan 5\"", got)
	}
}

// Staff on a tablet: the console speaks the staff member's language, not the one the child chose
// on the start screen; at 600 px its header is two rows, not three; a tablet enrolled on the
// location page appears in its list at once.
func TestConsoleOnANarrowTablet(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	w := newWindow(t, demo, "tablet", 600, 960)
	w.open("/")
	w.click(`li[lang="ar"] .language-choose`)
	w.waitVisible(".not-a-tablet a")
	w.click(".not-a-tablet a")
	w.waitVisible("input[name=email]")
	// The staff member has chosen no console language on this device yet: the browser's.
	browserLanguage := `navigator.languages[0].split('-')[0]`
	w.waitFor("the console in the staff member's language", `document.documentElement.lang === `+browserLanguage, stepTimeout)
	var page struct{ Lang, Dir string }
	w.eval(`({lang: document.documentElement.lang, dir: document.documentElement.dir})`, &page)
	if page.Lang == "ar" || page.Dir != "ltr" {
		t.Errorf("the console opened in %s (%s), the child's language", page.Lang, page.Dir)
	}
	staffSignIn(w, demo.staff(t, "FACILITATOR"))
	var rows int
	w.eval(`(() => {
		const tops = new Set([...document.querySelectorAll('.staff-brand, .staff-nav li, .staff-header-tools')].map(e => Math.round(e.getBoundingClientRect().top / 8)));
		return tops.size; })()`, &rows)
	if rows > 2 {
		w.screenshot("staff-header-600")
		t.Errorf("at 600 px the header has %d rows, want at most 2", rows)
	}
	w.audit("staff: locations at 600 px")

	w.click(".card-list a")
	w.waitVisible("input[name=tabletName]")
	count := `document.querySelectorAll('.tablet-slot .card').length`
	var before int
	w.eval(count, &before)
	w.fill("input[name=tabletName]", "Tablet in de gang")
	w.click("form:has(input[name=tabletName]) button[type=submit]")
	w.waitVisible(".enrolled button")
	w.waitFor("the new tablet in the list without a reload", fmt.Sprintf(`%s === %d && document.querySelector('.tablet-slot').textContent.includes('Tablet in de gang')`, count, before+1), stepTimeout)
}

// The location report opens at a short page with its period filled in (the server's 13 weeks),
// its long parts folded; a SLIDER poll shows its middle answer.
func TestReportIsShortAndShowsTheSliderMedian(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	manager := newWindow(t, demo, "manager", staffWidth, staffHeight)
	staffSignIn(manager, demo.staff(t, "LOCATION_MANAGER"))
	res := manager.graphql(`mutation($l: ID!) { createPoll(input: {locationID: $l, kind: SLIDER, theme: FOOD, minGroupSize: 2,
		question: [{lang: "nl", text: "Hoe lekker was het eten?"}]}) { id options { id } } }`,
		map[string]any{"l": manager.locationID("AZC Demo Rivierenland")})
	pollID := dig(t, res, "data", "createPoll", "id")
	manager.graphql(`mutation($id: ID!) { openPoll(id: $id) { status } }`, map[string]any{"id": pollID})
	options := res["data"].(map[string]any)["createPoll"].(map[string]any)["options"].([]any)

	// Five children choose 5 (the deployment's threshold is 5, and the report shows a median only
	// when every count is shown): the middle is 5.
	tablet := newWindow(t, demo, "tablet", tabletWidth, tabletHeight)
	enrollTablet(t, tablet, demo, "AZC Demo Rivierenland")
	voted := 0
	for _, child := range demo.Children {
		if voted == 5 || child.Location != "AZC Demo Rivierenland" {
			continue
		}
		if r := tablet.graphql(`mutation($m: ID!, $p: [Int!]!) { youthLogin(memberID: $m, pin: $p) { id } }`, map[string]any{"m": child.ID, "p": child.PIN}); r["errors"] != nil {
			continue // a demo child who may not sign in (locked, left)
		}
		option := options[5].(map[string]any)["id"]
		if r := tablet.graphql(`mutation($p: ID!, $o: [ID!]!, $k: String!) { castVote(input: {pollID: $p, optionIDs: $o, idempotencyKey: $k}) { accepted } }`,
			map[string]any{"p": pollID, "o": []any{option}, "k": fmt.Sprintf("e2e-median-%d", voted)}); r["errors"] != nil {
			t.Fatalf("castVote: %v", r["errors"])
		}
		tablet.graphql(`mutation { logout }`, nil)
		voted++
	}
	if voted < 5 {
		t.Fatalf("only %d demo children could vote", voted)
	}
	manager.graphql(`mutation($id: ID!) { closePoll(id: $id) { status } }`, map[string]any{"id": pollID})

	manager.click(`a[href="/staff/reports"]`)
	manager.waitVisible(".report .figures")
	var dates struct{ From, To string }
	manager.eval(`({from: document.querySelector('input[name=from]').value, to: document.querySelector('input[name=to]').value})`, &dates)
	if dates.From == "" || dates.To == "" {
		t.Errorf("the period fields are empty (%+v): the report covers a period the page does not say", dates)
	}
	var height int
	manager.eval(`document.documentElement.scrollHeight`, &height)
	var parts []string
	manager.eval(`[...document.querySelectorAll('.report > *')].map(e => e.className + ' ' + Math.round(e.getBoundingClientRect().height))`, &parts)
	t.Logf("the report page is %d px tall: %v", height, parts)
	if height > 3000 {
		t.Errorf("the report page is %d px tall, want it short with its long parts folded", height)
	}
	manager.audit("staff: report, folded")
	manager.eval(`(document.querySelectorAll('.report details').forEach(d => d.open = true), true)`, nil)
	median := `[...document.querySelectorAll('.report-poll')].find(p => p.textContent.includes('Hoe lekker'))?.querySelector('.report-median')?.textContent ?? ''`
	manager.waitFor("the slider's median", median+` !== ''`, stepTimeout)
	var got string
	manager.eval(median, &got)
	if !strings.Contains(got, "5") {
		t.Errorf("the slider poll's middle answer reads %q, want 5", got)
	}
	manager.audit("staff: report, unfolded")
}

// consoleLanguage picks the console's language in its header, as staff do, and waits for it.
func consoleLanguage(w *window, lang string) {
	w.t.Helper()
	w.eval(fmt.Sprintf(`(() => { const s = document.querySelector('#staff-language'); s.value = %q; s.dispatchEvent(new Event('change')); return true })()`, lang), nil)
	w.waitFor("the console in "+lang, fmt.Sprintf(`document.documentElement.lang === %q && document.querySelector('#staff-language')?.value === %q`, lang, lang), stepTimeout)
}
