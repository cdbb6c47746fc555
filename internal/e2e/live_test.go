package e2e

import (
	"fmt"
	"strings"
	"testing"
)

// The facilitator's live turnout survives a restart of the server (and, on SQLite, of its
// database): the socket closes, the screen marks the figure as paused instead of freezing
// silently, the app reconnects by itself with a growing pause, and votes cast after the restart
// show up without a reload.
func TestLiveTurnoutResumesAfterServerRestart(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	tablet := newWindow(t, demo, "tablet", tabletWidth, tabletHeight)
	enrollTablet(t, tablet, demo, "AZC Demo Rivierenland")
	signInChild(tablet, demo.child(t, "Yellow Bee"), "nl")
	tablet.click(`a[href="/polls"]`)
	tablet.waitVisible(".poll-card")
	tablet.click(".poll-card:not(.is-voted)")
	tablet.waitVisible(".vote-option")
	pollPath := tablet.location()
	pollID := pollPath[strings.LastIndex(pollPath, "/")+1:]

	facilitator := newWindow(t, demo, "facilitator", staffWidth, staffHeight)
	staffSignIn(facilitator, demo.staff(t, "FACILITATOR"))
	facilitator.click(`a[href="/staff/polls"]`)
	el := fmt.Sprintf(`document.querySelector('.live-turnout[data-poll=%q]')`, pollID)
	facilitator.waitFor("the live turnout", el+`?.dataset.turnout === '0'`, stepTimeout)

	demo.Restart(t)
	// While the server was away the screen said so; now it follows again by itself.
	facilitator.waitFor("the screen to mark the figure as paused", el+`?.dataset.paused === 'true'`, stepTimeout)
	facilitator.waitFor("the live turnout to resume", el+`?.dataset.paused === undefined && `+el+`?.dataset.turnout === '0'`, stepTimeout)

	tablet.click(".vote-option")
	tablet.waitVisible(".vote-confirm")
	tablet.click(".vote-confirm")
	tablet.waitVisible(`.vote-message[data-state="vote.thanksTitle"]`)
	// One vote is fewer than the poll's threshold (5): the screen says so, never the exact 1.
	facilitator.waitFor("the live turnout to count the vote cast after the restart", el+`?.dataset.turnout === '<5'`, stepTimeout)
}
