package e2e

import (
	"fmt"
	"strings"
	"testing"
)

// A child votes in an open poll with one tap and a confirmation; the poll then says "you
// voted", and a second vote is refused: the vote screen offers no answers, and a ballot sent
// anyway comes back ALREADY_VOTED. Screenshots of the vote screen in three languages.
func TestChildVotesOnceAndSecondVoteIsRefused(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	tablet := newWindow(t, demo, "tablet", tabletWidth, tabletHeight)
	enrollTablet(t, tablet, demo, "AZC Demo Rivierenland")
	// The vote screen in Dutch, Arabic (right to left) and Tigrinya (Ge'ez script), each by a
	// child who speaks it: questions come in the child's language, or a fallback.
	speakers := map[string]string{"ar": "Orange Cat", "ti": "Red Lion", "nl": "Yellow Bee"}
	for _, lang := range []string{"ar", "ti", "nl"} {
		signInChild(tablet, demo.child(t, speakers[lang]), lang)
		var dir string
		tablet.eval(`document.documentElement.dir`, &dir)
		if want := map[bool]string{true: "rtl", false: "ltr"}[lang == "ar"]; dir != want {
			t.Errorf("%s: page direction %q, want %q", lang, dir, want)
		}
		tablet.click(`a[href="/polls"]`)
		tablet.waitVisible(".poll-card")
		tablet.click(".poll-card:not(.is-voted)")
		tablet.waitVisible(".vote-option")
		tablet.audit("vote " + lang)
		tablet.screenshot("tablet-vote-" + lang)
		if lang != "nl" {
			tablet.click(".button-end")
			tablet.waitPath("/")
		}
	}

	pollPath := tablet.location()
	pollID := pollPath[strings.LastIndex(pollPath, "/")+1:]
	var options []string
	tablet.eval(`[...document.querySelectorAll('.vote-option')].map(b => b.dataset.option)`, &options)

	// The facilitator's screen shows the turnout live (over a WebSocket): how many, never how.
	facilitator := newWindow(t, demo, "facilitator", staffWidth, staffHeight)
	staffSignIn(facilitator, demo.staff(t, "FACILITATOR"))
	facilitator.click(`a[href="/staff/polls"]`)
	liveTurnout := fmt.Sprintf(`document.querySelector('.live-turnout[data-poll=%q]')?.dataset.turnout`, pollID)
	facilitator.waitFor("the live turnout", liveTurnout+` === '0'`, stepTimeout)

	tablet.click(".vote-option")
	tablet.waitVisible(".vote-confirm")
	tablet.audit("vote: confirm")
	tablet.click(".vote-confirm")
	tablet.waitVisible(`.vote-message[data-state="vote.thanksTitle"]`)
	tablet.audit("vote: thanks")
	// One vote of k = 5: the live screen says "fewer than 5", as pollResults does, never "1".
	facilitator.waitFor("the live turnout to count the vote", liveTurnout+` === '<5'`, stepTimeout)
	facilitator.audit("staff: polls with live turnout")

	// A reload (a full page load) keeps the child signed in; the poll says "you voted".
	tablet.open("/polls")
	tablet.waitVisible(fmt.Sprintf(`.poll-card.is-voted[data-poll=%q]`, pollID))
	tablet.audit("polls: voted")

	tablet.click(fmt.Sprintf(`.poll-card[data-poll=%q]`, pollID))
	tablet.waitVisible(`.vote-message[data-state="vote.alreadyTitle"]`)
	var offered int
	tablet.eval(`document.querySelectorAll('.vote-option').length`, &offered)
	if offered != 0 {
		t.Errorf("after voting the vote screen offers %d answers, want none", offered)
	}
	tablet.audit("vote: already voted")

	res := tablet.graphql(`mutation($p: ID!, $o: [ID!]!, $k: String!) { castVote(input: {pollID: $p, optionIDs: $o, idempotencyKey: $k}) { accepted } }`,
		map[string]any{"p": pollID, "o": options[:1], "k": "second-ballot-of-the-e2e-test"})
	if !strings.Contains(fmt.Sprint(res["errors"]), "ALREADY_VOTED") {
		t.Errorf("a second ballot got %v, want ALREADY_VOTED", res)
	}
}

// A manager opens the results of a published poll: a chart, with small counts withheld.
func TestManagerOpensReportWithChart(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	manager := newWindow(t, demo, "manager", staffWidth, staffHeight)
	staffSignIn(manager, demo.staff(t, "LOCATION_MANAGER"))
	manager.click(`a[href="/staff/polls"]`)
	manager.waitVisible(".poll-results")
	manager.audit("staff: polls")
	// The first published poll of the demo's list. (The demo's multiple-choice poll, where 5 of
	// 6 chose one option, now shows every bar hatched: showing 5 would tell that one child did
	// not choose it.)
	manager.click(`[data-status="PUBLISHED"] .poll-results`)
	manager.waitVisible("svg.bar-chart rect.bar, svg.bar-chart rect.bar-suppressed")
	manager.audit("staff: poll results")
	manager.screenshot("staff-poll-results")
	if table := manager.text(".chart-table"); !strings.Contains(table, "fewer than") && !strings.Contains(table, "minder dan") {
		t.Errorf("the small counts are not withheld in the table:\n%s", table)
	}

}
