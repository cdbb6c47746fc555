package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// The youth council on the tablet, end to end: a child proposes an idea by pictures, other
// children support it; the facilitator prepares the agenda from it, runs the meeting, records
// the decision with a show of hands and publishes the minutes in the console
// (council_console_test.go); a child reads it in Arabic, right to left. Then an election: two
// children stand on the tablet (their own consent), the facilitator makes the ballot (API), five
// children vote on the vote screen, it closes, and the elected member shows on the council
// screen. axe on every new screen.
func TestCouncilIdeaDecisionAndElection(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	tablet := newWindow(t, demo, "tablet", tabletWidth, tabletHeight)
	enrollTablet(t, tablet, demo, "AZC Demo Rivierenland")
	staff := newWindow(t, demo, "facilitator", staffWidth, staffHeight)
	staffSignIn(staff, demo.staff(t, "FACILITATOR"))
	api := func(w *window, query string, vars map[string]any) map[string]any {
		t.Helper()
		res := w.graphql(query, vars)
		if res["errors"] != nil {
			t.Fatalf("%s: %v", strings.Fields(query)[0]+" "+strings.Fields(query)[1], res["errors"])
		}
		data, _ := res["data"].(map[string]any)
		return data
	}

	// turn ends the signed-in child's turn ("I'm done") and signs the next one in.
	turn := func(c ChildLogin, lang string) {
		t.Helper()
		if !strings.HasSuffix(tablet.location(), "/") {
			tablet.click(".button-end")
			tablet.waitPath("/")
		}
		signInChild(tablet, c, lang)
	}
	proposer := demo.child(t, "Yellow Bee")
	turn(proposer, "nl")
	council := api(tablet, `{ myCouncil { council { id } } }`, nil)["myCouncil"].(map[string]any)["council"].(map[string]any)["id"].(string)
	// The facilitator sets a threshold the idea will not reach by itself and plans a meeting, in
	// the console: the agenda is prepared from the idea by hand.
	meetingID := consoleCouncil(t, staff, council, 10)

	// The idea, by pictures only: what it is about, and where.
	tablet.click(`a[href="/council"]`)
	tablet.waitVisible(".council-propose-start")
	tablet.audit("council")
	tablet.click(".council-propose-start")
	tablet.waitVisible(`.council-propose [data-theme="FOOD"]`)
	tablet.audit("council: idea theme")
	tablet.click(`.council-propose [data-theme="FOOD"]`)
	tablet.waitVisible(`.council-propose [data-area="none"]`)
	tablet.audit("council: idea area")
	tablet.click(`.council-propose .choice-card[data-area]:not([data-area="none"])`)
	tablet.waitVisible(".council-my-ideas .council-idea.status-pending")
	tablet.audit("council: idea sent")

	moderator := newWindow(t, demo, "moderator", staffWidth, staffHeight)
	staffSignIn(moderator, demo.staff(t, "MODERATOR"))
	queue := api(moderator, `{ moderationQueue(first: 50) { edges { node { id thread { theme } } } } }`, nil)
	approved := 0
	for _, e := range queue["moderationQueue"].(map[string]any)["edges"].([]any) {
		node := e.(map[string]any)["node"].(map[string]any)
		if node["thread"].(map[string]any)["theme"] == "FOOD" {
			api(moderator, `mutation($p: ID!) { moderatePost(input: {postID: $p, decision: APPROVE}) { id } }`, map[string]any{"p": node["id"]})
			approved++
		}
	}
	if approved == 0 {
		t.Fatal("the idea is not in the moderation queue")
	}

	// Supports from three other children of the council: the proposer's own idea has no
	// support button.
	for _, name := range []string{"Blue Fox", "Orange Cat", "Green Owl"} {
		turn(demo.child(t, name), "nl")
		tablet.click(`a[href="/council"]`)
		tablet.waitVisible(`.council-ideas .council-idea.status-open .council-support:not([disabled])`)
		tablet.click(`.council-ideas .council-idea.status-open .council-support:not([disabled])`)
		tablet.waitVisible(`.council-ideas .council-idea .council-support[aria-pressed="true"]`)
	}
	// The facilitator puts it on the agenda from the console's list of ideas.
	ideas := api(staff, `query($c: ID!) { councilIdeas(councilID: $c) { id theme status } }`, map[string]any{"c": council})
	var ideaID string
	for _, i := range ideas["councilIdeas"].([]any) {
		if i := i.(map[string]any); i["theme"] == "FOOD" && i["status"] == "OPEN" && ideaID == "" {
			ideaID = i["id"].(string)
		}
	}
	if ideaID == "" {
		t.Fatalf("no open FOOD idea: %v", ideas)
	}
	itemID := consoleAgendaFromIdea(t, staff, council, meetingID, ideaID)

	turn(proposer, "nl")
	tablet.click(`a[href="/council"]`)
	tablet.waitVisible(".council-agenda .council-agenda-item")
	tablet.waitVisible(".council-my-ideas .council-idea.status-on_agenda")
	tablet.audit("council: idea on the agenda")

	// The facilitator runs the meeting on the large screen, decides with a show of hands and
	// publishes the minutes, in the console.
	const arabic = "سنطبخ طبقًا من بلد مختلف كل يوم جمعة."
	consoleDecideAndPublish(t, staff, council, meetingID, itemID, "Elke vrijdag koken we een gerecht uit een ander land.", arabic)

	turn(demo.child(t, "Blue Fox"), "ar")
	tablet.click(`a[href="/council"]`)
	decision := ".council-decisions .council-decision .council-text"
	tablet.waitVisible(decision)
	if got := tablet.text(decision); got != arabic {
		t.Errorf("the child reads the decision %q, want %q", got, arabic)
	}
	var dir, pageDir string
	tablet.eval(fmt.Sprintf(`document.querySelector(%q).dir`, decision), &dir)
	tablet.eval(`getComputedStyle(document.querySelector('.council-body')).direction`, &pageDir)
	if dir != "rtl" || pageDir != "rtl" {
		t.Errorf("the decision has dir=%q in a %q page, want rtl in rtl", dir, pageDir)
	}
	tablet.audit("council (Arabic): decision")
	tablet.screenshot("tablet-council-ar")

	// The election: called by the facilitator, two children stand by their own tap.
	election := api(staff, `mutation($c: ID!) { callElection(input: {councilID: $c, seats: 1}) { id } }`, map[string]any{"c": council})["callElection"].(map[string]any)["id"].(string)
	for _, name := range []string{"Yellow Bee", "Orange Cat"} {
		turn(demo.child(t, name), "nl")
		tablet.click(`a[href="/council"]`)
		tablet.waitVisible(".council-stand-button")
		tablet.audit("council: election, stand")
		tablet.click(".council-stand-button")
		tablet.waitVisible(".council-withdraw")
	}
	list := api(staff, `query($c: ID!) { councilElections(councilID: $c) { id candidates { memberID } } }`, map[string]any{"c": council})
	var ids []any
	for _, c := range list["councilElections"].([]any)[0].(map[string]any)["candidates"].([]any) {
		ids = append(ids, c.(map[string]any)["memberID"])
	}
	api(staff, `mutation($c: ID!, $ids: [ID!]!, $at: Time!) { createElection(input: {councilID: $c, seats: 1, candidateIDs: $ids, closesAt: $at}) { id } }`,
		map[string]any{"c": council, "ids": ids, "at": time.Now().Add(time.Hour).Format(time.RFC3339)})

	pollID := api(staff, `query($e: ID!) { election(id: $e) { pollID } }`, map[string]any{"e": election})["election"].(map[string]any)["pollID"].(string)

	// Five children vote (k = 5): three for Yellow Bee, two for Orange Cat. Children of the
	// council find the ballot on the council screen, the location's other children among their
	// polls: every child of the location votes.
	votes := map[string]string{"Blue Fox": "Yellow Bee", "Green Owl": "Yellow Bee", "Red Lion": "Yellow Bee", "Silver Fish": "Orange Cat", "Pink Bird": "Orange Cat"}
	first := true
	for _, voter := range []string{"Blue Fox", "Green Owl", "Red Lion", "Silver Fish", "Pink Bird"} {
		turn(demo.child(t, voter), "nl")
		if voter == "Blue Fox" || voter == "Green Owl" {
			tablet.click(`a[href="/council"]`)
			tablet.waitVisible(".council-vote")
			tablet.click(".council-vote")
		} else {
			tablet.click(`a[href="/polls"]`)
			tablet.click(fmt.Sprintf(`.poll-card[data-poll=%q]`, pollID))
		}
		var option string
		tablet.waitVisible(".vote-option")
		tablet.eval(fmt.Sprintf(`[...document.querySelectorAll('.vote-option')].find(b => b.textContent.includes(%q)).dataset.option`, votes[voter]), &option)
		if first {
			tablet.audit("vote: election ballot")
			tablet.screenshot("tablet-election-ballot")
			first = false
		}
		tablet.click(fmt.Sprintf(`.vote-option[data-option=%q]`, option))
		tablet.click(".vote-send")
		tablet.waitVisible(".vote-confirm")
		tablet.click(".vote-confirm")
		tablet.waitVisible(`.vote-message[data-state="vote.thanksTitle"]`)
	}
	api(staff, `mutation($p: ID!) { closePoll(id: $p) { id } }`, map[string]any{"p": pollID})

	turn(demo.child(t, "Blue Fox"), "nl")
	tablet.click(`a[href="/council"]`)
	tablet.waitVisible(`.council-members .council-member[data-member="Yellow Bee"]`)
	tablet.waitVisible(`.council-election.status-closed .council-elected`)
	if got := tablet.text(".council-election.status-closed .council-candidates"); !strings.Contains(got, "Yellow Bee") || strings.Contains(got, "Orange Cat") {
		t.Errorf("the election result reads %q, want Yellow Bee elected (and only her)", got)
	}
	tablet.audit("council: elected")
	tablet.screenshot("tablet-council-elected")
}
