package e2e

import (
	"fmt"
	"testing"
	"time"
)

// The control that ends a child's turn looks nothing like "yes, send my vote" (another shape,
// colour and picture, in another place), and it never drops a ballot silently: on the confirm
// screen it asks first. "Don't send" ends the turn without the vote (the poll is still open for
// the child next time); "send it" counts the vote and then ends the turn.
func TestEndingTheTurnNeverLosesAVoteSilently(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	tablet := newWindow(t, demo, "tablet", tabletWidth, tabletHeight)
	enrollTablet(t, tablet, demo, "AZC Demo Rivierenland")
	child := demo.child(t, "Yellow Bee")

	toConfirm := func() string {
		signInChild(tablet, child, "nl")
		tablet.click(`a[href="/polls"]`)
		tablet.click(".poll-card:not(.is-voted)")
		tablet.click(".vote-option")
		tablet.waitVisible(".vote-confirm")
		path := tablet.location()
		return path[len(demo.URL+"/polls/"):]
	}
	pollID := toConfirm()

	// Two different controls: not the same colour, shape or picture, and not side by side.
	var look struct {
		SameColour, SameShape, SamePicture, SameRow bool
	}
	tablet.eval(`(() => {
		const end = document.querySelector('.button-end'), yes = document.querySelector('.vote-confirm');
		const a = getComputedStyle(end), b = getComputedStyle(yes);
		const ra = end.getBoundingClientRect(), rb = yes.getBoundingClientRect();
		return {
			SameColour: a.backgroundColor === b.backgroundColor,
			SameShape: a.borderRadius === b.borderRadius,
			SamePicture: end.querySelector('svg path')?.getAttribute('d') === yes.querySelector('svg path')?.getAttribute('d'),
			SameRow: Math.abs(ra.top - rb.top) < 200,
		};
	})()`, &look)
	if look.SameColour || look.SameShape || look.SamePicture || look.SameRow {
		t.Errorf("ending the turn looks like confirming the vote: %+v", look)
	}

	// Ending the turn asks; the child is still signed in while it asks.
	tablet.click(".button-end")
	tablet.waitVisible(".end-dialog .end-send")
	tablet.audit("end the turn: a vote not sent yet")
	tablet.screenshot("tablet-end-unsent-vote-nl")
	if me := tablet.graphql(`{ me { __typename } }`, nil); me["data"].(map[string]any)["me"] == nil {
		t.Fatal("the turn ended before the child answered the question")
	}
	tablet.click(".end-dialog .end-discard")
	tablet.waitPath("/")
	if me := tablet.graphql(`{ me { __typename } }`, nil); me["data"].(map[string]any)["me"] != nil {
		t.Errorf("after \"don't send\", me = %v, want null", me["data"])
	}

	// Not counted: the poll still asks the child. This time "send it".
	if got := toConfirm(); got != pollID {
		t.Fatalf("the first open poll is now %s, want %s again (the vote was not sent)", got, pollID)
	}
	tablet.click(".button-end")
	tablet.click(".end-dialog .end-send")
	tablet.waitPath("/")
	if me := tablet.graphql(`{ me { __typename } }`, nil); me["data"].(map[string]any)["me"] != nil {
		t.Errorf("after \"send it\", me = %v, want null", me["data"])
	}
	signInChild(tablet, child, "nl")
	tablet.click(`a[href="/polls"]`)
	tablet.waitVisible(fmt.Sprintf(`.poll-card.is-voted[data-poll=%q]`, pollID))
}

// The picture-PIN is nobody else's business: its slots show dots, never the pictures tapped; a
// half-entered PIN clears after a while without a tap and on "not me"; and a tablet left on the
// avatars or the PIN returns to the start by itself. The test shortens the times (the app reads
// them from localStorage, as it does the signed-in idle time) and waits for each to happen.
func TestPictureSlotsStayPrivate(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	tablet := newWindow(t, demo, "tablet", tabletWidth, tabletHeight)
	enrollTablet(t, tablet, demo, "AZC Demo Rivierenland")
	child := demo.child(t, "Yellow Bee")
	tablet.eval(`localStorage.setItem('jeugdstem.pinClearSeconds', '2'), true`, nil)

	tablet.open("/")
	tablet.click(`li[lang="nl"] .language-choose`)
	tablet.click(fmt.Sprintf(`[data-member=%q]`, child.ID))
	tablet.waitVisible(".pin-keypad")
	enterPIN(tablet, child.PIN[:2])
	tablet.waitFor("two filled slots", `document.querySelectorAll('.pin-dot.is-filled').length === 2`, stepTimeout)
	var shown int
	tablet.eval(`document.querySelectorAll('.pin-dots svg, .pin-dots img').length`, &shown)
	if shown != 0 {
		t.Errorf("the PIN slots show %d pictures, want neutral dots", shown)
	}
	tablet.screenshot("tablet-pin-dots")
	tablet.waitFor("the half-entered PIN to clear by itself", `document.querySelectorAll('.pin-dot.is-filled').length === 0`, stepTimeout)

	// "Not me" forgets the pictures tapped.
	enterPIN(tablet, child.PIN[:3])
	tablet.click(`.pin-screen a[href="/start"]`)
	tablet.click(fmt.Sprintf(`[data-member=%q]`, child.ID))
	tablet.waitVisible(".pin-keypad")
	var filled int
	tablet.eval(`document.querySelectorAll('.pin-dot.is-filled').length`, &filled)
	if filled != 0 {
		t.Errorf("after \"not me\" the PIN shows %d pictures entered, want none", filled)
	}
	// And the tapped pictures do not count: the whole PIN signs in.
	enterPIN(tablet, child.PIN)
	tablet.waitPath("/home")
	tablet.click(".button-end")
	tablet.waitPath("/")

	// Left on the PIN screen, and left on the avatars: back to the start.
	tablet.eval(`localStorage.setItem('jeugdstem.idleSeconds', '4'), true`, nil)
	tablet.click(`li[lang="nl"] .language-choose`)
	tablet.click(fmt.Sprintf(`[data-member=%q]`, child.ID))
	tablet.waitVisible(".pin-keypad")
	enterPIN(tablet, child.PIN[:1])
	tablet.waitFor("the start screen after idle on the PIN", `location.pathname === '/' && !!document.querySelector('.language-grid')`, 10*time.Second)
	tablet.click(`li[lang="nl"] .language-choose`)
	tablet.waitVisible(".avatar-card")
	tablet.waitFor("the start screen after idle on the avatars", `location.pathname === '/' && !!document.querySelector('.language-grid')`, 10*time.Second)
}
