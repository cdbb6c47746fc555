package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// A third tap on a "choose two" poll says why nothing more is chosen, instead of doing nothing.
func TestChooseTwoSaysWhyAThirdTapDoesNothing(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	facilitator := newWindow(t, demo, "facilitator", staffWidth, staffHeight)
	staffSignIn(facilitator, demo.staff(t, "FACILITATOR"))
	var pollID string
	res := facilitator.graphql(`mutation($l: ID!) { createPoll(input: {scope: LOCATION, locationID: $l, kind: MULTIPLE_CHOICE, theme: PLAY_ACTIVITIES, maxChoices: 2,
		question: [{lang: "nl", text: "Wat doen we zaterdag? Kies er twee."}],
		options: [{label: [{lang: "nl", text: "Zwemmen"}], pictogram: "swim"}, {label: [{lang: "nl", text: "Voetbal"}], pictogram: "football"},
			{label: [{lang: "nl", text: "Knutselen"}], pictogram: "craft"}]}) { id } }`,
		map[string]any{"l": facilitator.locationID("AZC Demo Rivierenland")})
	if res["errors"] != nil {
		t.Fatalf("createPoll: %v", res["errors"])
	}
	pollID = res["data"].(map[string]any)["createPoll"].(map[string]any)["id"].(string)
	facilitator.graphql(`mutation($id: ID!) { openPoll(id: $id) { status } }`, map[string]any{"id": pollID})

	tablet := newWindow(t, demo, "tablet", tabletWidth, tabletHeight)
	enrollTablet(t, tablet, demo, "AZC Demo Rivierenland")
	signInChild(tablet, demo.child(t, "Yellow Bee"), "ar")
	tablet.open("/polls/" + pollID)
	for i := 1; i <= 3; i++ {
		tablet.click(fmt.Sprintf(`li:nth-child(%d) > .vote-option`, i))
	}
	tablet.waitVisible(".vote-full")
	var pressed int
	tablet.eval(`document.querySelectorAll('.vote-option[aria-pressed="true"]').length`, &pressed)
	if pressed != 2 {
		t.Errorf("%d answers chosen after three taps on 'choose two'", pressed)
	}
	if got := tablet.text(".vote-full"); !strings.Contains(got, "2") {
		t.Errorf("the note %q does not say that two may be chosen", got)
	}
	tablet.audit("choose two, a third tap")
	// Taking one back and choosing the third works, and the note goes.
	tablet.click(`li:nth-child(1) > .vote-option`)
	tablet.click(`li:nth-child(3) > .vote-option`)
	tablet.waitFor("the note to go", `!document.querySelector('.vote-full') && document.querySelectorAll('.vote-option[aria-pressed="true"]').length === 2`, stepTimeout)
}

// After a child's turn the start screen is back in the tablet's own language, not the one the
// previous child chose; and dates are written the way each language writes them (Intl), not in
// US order for Tigrinya.
func TestNextChildStartsFreshAndDatesFollowTheLanguage(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	tablet := newWindow(t, demo, "tablet", tabletWidth, tabletHeight)
	enrollTablet(t, tablet, demo, "AZC Demo Rivierenland")
	var before string
	tablet.eval(`document.documentElement.lang`, &before)

	signInChild(tablet, demo.child(t, "Red Lion"), "ti")
	tablet.click(`a[href="/board"]`)
	tablet.waitVisible(".board-commitment")
	res := tablet.graphql(`{ threadBoard { latestResponse { commitmentDate } } }`, nil)
	var date time.Time
	for _, th := range res["data"].(map[string]any)["threadBoard"].([]any) {
		if r, ok := th.(map[string]any)["latestResponse"].(map[string]any); ok && r["commitmentDate"] != nil {
			date, _ = time.Parse(time.RFC3339, r["commitmentDate"].(string))
		}
	}
	var local struct{ D, M, Y int }
	tablet.eval(fmt.Sprintf(`(() => { const d = new Date(%q); return {D: d.getDate(), M: d.getMonth() + 1, Y: d.getFullYear()} })()`, date.Format(time.RFC3339)), &local)
	shown := tablet.text(".board-commitment")
	if us := fmt.Sprintf("%d/%d/%d", local.M, local.D, local.Y); strings.Contains(shown, us) {
		t.Errorf("the Tigrinya board shows the date in US order: %q", shown)
	}
	if !strings.Contains(shown, fmt.Sprint(local.Y)) || strings.Index(shown, fmt.Sprint(local.D)) > strings.Index(shown, fmt.Sprint(local.Y)) {
		t.Errorf("the Tigrinya board's date %q does not put the day (%d) before the year", shown, local.D)
	}
	tablet.screenshot("tablet-board-ti")

	tablet.eval(`window.dispatchEvent(new Event('jeugdstem:signed-out')), true`, nil)
	tablet.waitPath("/")
	tablet.waitVisible(".language-grid")
	var after struct {
		Lang, Dir string
		Stored    *string
	}
	tablet.eval(`({Lang: document.documentElement.lang, Dir: document.documentElement.dir, Stored: localStorage.getItem('jeugdstem.language')})`, &after)
	if after.Lang != before || after.Dir != "ltr" || after.Stored != nil {
		t.Errorf("after Red Lion's turn the start screen is in %q (%s, remembered %v), want the tablet's %q", after.Lang, after.Dir, after.Stored, before)
	}
	tablet.audit("start after a turn")
}

// "Me too" tapped by mistake can be taken back with a second tap.
func TestMeTooCanBeUndone(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	tablet := newWindow(t, demo, "tablet", tabletWidth, tabletHeight)
	enrollTablet(t, tablet, demo, "AZC Demo Rivierenland")
	signInChild(tablet, demo.child(t, "Green Owl"), "nl")
	tablet.click(`a[href="/board"]`)
	tablet.waitVisible(".board-card")
	var thread string
	tablet.eval(`document.querySelector('.board-card:has(.me-too[aria-pressed="false"]:not([disabled]))')?.dataset.thread ?? ''`, &thread)
	if thread == "" {
		t.Fatal("no thread to say 'me too' to")
	}
	button := fmt.Sprintf(`.board-card[data-thread=%q] .me-too`, thread)
	count := func() string { return tablet.text(button + " .me-too-count") }
	before := count()
	tablet.click(button)
	tablet.waitFor("me too", fmt.Sprintf(`document.querySelector(%q).getAttribute('aria-pressed') === 'true' && !document.querySelector(%q).disabled`, button, button), stepTimeout)
	tablet.click(button)
	tablet.waitFor("me too taken back", fmt.Sprintf(`document.querySelector(%q).getAttribute('aria-pressed') === 'false'`, button), stepTimeout)
	if after := count(); after != before {
		t.Errorf("after 'me too' and taking it back the count is %s, was %s", after, before)
	}
	tablet.audit("board, me too taken back")
}

// A child who cannot write says whether something is good or bad with a smiley: the post says
// so in words the adults read, in the child's language.
func TestFeedbackWithASmileyAndNoWords(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	tablet := newWindow(t, demo, "tablet", tabletWidth, tabletHeight)
	enrollTablet(t, tablet, demo, "AZC Demo Rivierenland")
	signInChild(tablet, demo.child(t, "Green Owl"), "nl")
	tablet.click(`a[href="/feedback"]`)
	tablet.click(`.choice-card[data-theme="FOOD"]`)
	tablet.click(`.choice-card[data-area="none"]`)
	tablet.click(`.feedback-mood[data-mood="bad"]`)
	tablet.waitFor("the smiley chosen", `document.querySelector('.feedback-mood[data-mood="bad"]').getAttribute('aria-pressed') === 'true'`, stepTimeout)
	tablet.audit("feedback with a smiley")
	tablet.click(".feedback-send-only")
	tablet.waitVisible(".feedback-thanks")
	res := tablet.graphql(`{ myPosts { body } }`, nil)
	if posts := fmt.Sprint(res["data"]); !strings.Contains(posts, "niet goed") {
		t.Errorf("the post without words does not say it is bad: %s", posts)
	}
}

// The wrong-PIN message never moves the keypad: a child aiming at a picture must not hit
// another because a message appeared above it. Its space is kept from the start, at both tablet
// sizes, and the message does not cover a key.
func TestWrongPINDoesNotMoveTheKeypad(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	for _, size := range []struct{ w, h int64 }{{768, 1024}, {600, 960}} {
		tablet := newWindow(t, demo, fmt.Sprintf("tablet-%d", size.w), size.w, size.h)
		enrollTablet(t, tablet, demo, "AZC Demo Rivierenland")
		child := demo.child(t, "Silver Fish")
		wrong := append([]int(nil), child.PIN...)
		wrong[3] = (wrong[3] + 1) % 9
		tablet.open("/")
		tablet.click(`li[lang="ar"] .language-choose`)
		tablet.click(fmt.Sprintf(`[data-member=%q]`, child.ID))
		tablet.waitVisible(".pin-keypad")
		const box = `(() => { const r = document.querySelector('.pin-keypad').getBoundingClientRect(); return [r.x, r.y, r.width, r.height] })()`
		var before, after []float64
		tablet.eval(box, &before)
		enterPIN(tablet, wrong)
		tablet.waitFor("the wrong-PIN message", `!!document.querySelector('.pin-feedback.is-error .pin-try') && !document.querySelector('.pin-key:disabled')`, stepTimeout)
		tablet.eval(box, &after)
		for i := range before {
			if d := after[i] - before[i]; d > 0.5 || d < -0.5 {
				t.Errorf("%d×%d: the keypad moved from %v to %v when the wrong-PIN message appeared", size.w, size.h, before, after)
				break
			}
		}
		var overlaps bool
		tablet.eval(`(() => { const m = document.querySelector('.pin-feedback').getBoundingClientRect(), k = document.querySelector('.pin-keypad').getBoundingClientRect();
			return m.bottom > k.top + 0.5 && m.top < k.bottom - 0.5 })()`, &overlaps)
		if overlaps {
			t.Errorf("%d×%d: the wrong-PIN message covers the keypad", size.w, size.h)
		}
		tablet.audit(fmt.Sprintf("picture-PIN, wrong, %d px", size.w))
		tablet.screenshot(fmt.Sprintf("tablet-pin-wrong-%d", size.w))
	}
}
