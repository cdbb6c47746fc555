package e2e

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
)

// The children's monitor end to end: a manager starts a round from the location's Monitor page;
// a child signs in on the tablet in Tigrinya and answers its questions by tapping pictures (the
// question in Tigrinya, every answer a picture); five more teenagers answer, the round's polls
// close, and the child reads "what children here said" in pictures, with what the manager did
// about the domain that needs attention; the manager reads the scorecard and a national admin
// compares the kinds of location. axe on the three screens.
func TestMonitorRoundFromTabletToNationalComparison(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	const locName = "AZC Demo Rivierenland"
	tablet := newWindow(t, demo, "tablet", tabletWidth, tabletHeight)
	enrollTablet(t, tablet, demo, locName)
	manager := newWindow(t, demo, "manager", staffWidth, staffHeight)
	staffSignIn(manager, demo.staff(t, "LOCATION_MANAGER"))
	consoleLanguage(manager, "en")
	locID := manager.locationID(locName)

	// Enough teenagers for figures to be shown (k = 5): the demo's four and two registered now.
	var councils struct {
		Location struct {
			Councils []struct{ ID, AgeGroup string }
		}
	}
	gql(manager, `query($l: ID!) { location: node(id: $l) { ... on Location { councils { id ageGroup } } } }`, map[string]any{"l": locID}, &councils)
	teens := ""
	for _, c := range councils.Location.Councils {
		if c.AgeGroup == "TEENS" {
			teens = c.ID
		}
	}
	type login struct {
		id  string
		pin []int
	}
	var others []login
	for _, name := range []string{"Purple Turtle", "Silver Fish", "Pink Bird"} {
		c := demo.child(t, name)
		others = append(others, login{c.ID, c.PIN})
	}
	for i, avatar := range []string{"dog", "panda"} {
		var reg struct {
			RegisterYouthMember struct {
				Member struct{ ID string }
				Pin    []int
			}
		}
		gql(manager, `mutation($c: ID!, $p: String!, $a: String!) { registerYouthMember(input: {councilID: $c, pseudonym: $p,
			avatar: $a, ageBand: AGE_12_14, language: "ti"}) { member { id } pin } }`,
			map[string]any{"c": teens, "p": fmt.Sprintf("Monitor Teen %d", i+1), "a": avatar}, &reg)
		others = append(others, login{reg.RegisterYouthMember.Member.ID, reg.RegisterYouthMember.Pin})
	}

	// Before the round: what the child is asked already.
	child := demo.child(t, "Red Lion") // 12–14, speaks Tigrinya
	signInChild(tablet, child, "ti")
	before := map[string]bool{}
	for _, p := range openPollsOf(tablet) {
		before[p.ID] = true
	}

	// The manager starts a round from the Monitor page.
	manager.open("/staff/monitor/" + locID)
	manager.waitVisible(".monitor-report .monitor-start")
	manager.click(".monitor-start")
	manager.waitVisible(".confirm-dialog .confirm-yes")
	manager.click(".confirm-dialog .confirm-yes")
	manager.waitVisible(".monitor-report .outcome.is-success")

	var round []openPoll
	for _, p := range openPollsOf(tablet) {
		if !before[p.ID] {
			round = append(round, p)
		}
	}
	if len(round) != 10 {
		t.Fatalf("the round asks this child %d questions, want the 10 domains' teenage version", len(round))
	}
	var safetyPoll string
	var framework struct {
		MonitorFramework struct {
			Domains []struct {
				Key       string
				Questions []struct {
					AgeVersion string
					Text       []struct{ Lang, Text string }
				}
			}
		}
	}
	gql(manager, `{ monitorFramework { domains { key questions { ageVersion text { lang text } } } } }`, nil, &framework)
	tigrinya := map[string]string{} // question → domain
	for _, d := range framework.MonitorFramework.Domains {
		for _, q := range d.Questions {
			for _, tr := range q.Text {
				if tr.Lang == "ti" && q.AgeVersion == "AGE_12_17" {
					tigrinya[tr.Text] = d.Key
				}
			}
		}
	}

	// The child answers every question by tapping a picture, in Tigrinya.
	for i, p := range round {
		tablet.open("/polls/" + p.ID)
		tablet.waitVisible(".vote-option")
		var question, lang string
		var options, pictures int
		tablet.eval(`document.querySelector('.vote-header h1').textContent`, &question)
		tablet.eval(`document.querySelector('.vote-header h1').lang`, &lang)
		tablet.eval(`document.querySelectorAll('.vote-option').length`, &options)
		tablet.eval(`document.querySelectorAll('.vote-option .vote-pictogram svg').length`, &pictures)
		domain, ok := tigrinya[question]
		if lang != "ti" || !ok {
			t.Errorf("question %q in %q, want a monitor question in Tigrinya", question, lang)
		}
		if options != len(p.Options) || pictures != options {
			t.Errorf("%s: %d answers with %d pictures, want %d pictures", domain, options, pictures, len(p.Options))
		}
		if domain == "SAFETY" {
			safetyPoll = p.ID
		}
		if i == 0 {
			tablet.audit("monitor question (ti)")
			tablet.screenshot("tablet-monitor-question-ti")
		}
		tablet.click(fmt.Sprintf(`.vote-option[data-option=%q]`, answerOf(p, domain == "SAFETY")))
		tablet.waitVisible(".vote-confirm")
		tablet.click(".vote-confirm")
		tablet.waitVisible(`.vote-message[data-state="vote.thanksTitle"]`)
	}
	tablet.graphql(`mutation { logout }`, nil)

	// Five more teenagers answer (through the API, on the same tablet), then the polls close.
	for _, o := range others {
		gql(tablet, `mutation($m: ID!, $p: [Int!]!) { youthLogin(memberID: $m, pin: $p) { id } }`, map[string]any{"m": o.id, "p": o.pin}, nil)
		for _, p := range round {
			gql(tablet, `mutation($p: ID!, $o: [ID!]!, $k: String!) { castVote(input: {pollID: $p, optionIDs: $o, idempotencyKey: $k}) { accepted } }`,
				map[string]any{"p": p.ID, "o": []string{answerOf(p, p.ID == safetyPoll)}, "k": o.id + p.ID}, nil)
		}
		gql(tablet, `mutation { logout }`, nil, nil)
	}
	for _, p := range round {
		gql(manager, `mutation($id: ID!) { closePoll(id: $id) { status } }`, map[string]any{"id": p.ID}, nil)
	}
	// The manager publishes the safety question's results and says what they do about it.
	const did = "ብምሸት ተወሳኺ ብርሃን ኣብ ደገ ንገብር ኣለና።"
	gql(manager, `mutation($p: ID!) { publishPollResults(id: $p) { id } }`, map[string]any{"p": safetyPoll}, nil)
	gql(manager, `mutation($p: ID!, $t: String!) { respondToPoll(input: {pollID: $p, status: IN_PROGRESS,
		body: [{lang: "ti", text: $t}, {lang: "nl", text: "We zetten 's avonds meer licht buiten."}]}) { id } }`,
		map[string]any{"p": safetyPoll, "t": did}, nil)

	// The child reads what the children here said: faces, never a number, and what was done.
	signInChild(tablet, child, "ti")
	tablet.click(`a[href="/monitor"]`)
	tablet.waitVisible(`.monitor-card[data-domain="SAFETY"] .result-did-text`)
	var faces map[string]string
	tablet.eval(`Object.fromEntries([...document.querySelectorAll('.monitor-card')].map((c) => [c.dataset.domain, c.dataset.face]))`, &faces)
	for domain, f := range faces {
		want := "5"
		if domain == "SAFETY" {
			want = "1"
		}
		if f != want {
			t.Errorf("%s shows face %q, want %s", domain, f, want)
		}
	}
	if len(faces) != 10 {
		t.Errorf("%d domains on the screen, want 10", len(faces))
	}
	if got := tablet.text(`.monitor-card[data-domain="SAFETY"] .result-did-text`); got != did {
		t.Errorf("the child reads %q, want what the manager did %q", got, did)
	}
	var attention []string
	tablet.eval(`[...document.querySelectorAll('.monitor-card.needs-attention')].map((c) => c.dataset.domain)`, &attention)
	if !slices.Equal(attention, []string{"SAFETY"}) {
		t.Errorf("domains needing attention %v, want [SAFETY]", attention)
	}
	var digits bool
	tablet.eval(`/[0-9]/.test([...document.querySelectorAll('.monitor-said')].map((e) => e.textContent).join(''))`, &digits)
	if digits {
		t.Errorf("the children's screen shows a figure")
	}
	tablet.eval(speechSpy, nil)
	tablet.click(`.monitor-card[data-domain="SAFETY"] .result-listen`)
	tablet.waitFor("the card read aloud", `window.__spoken.length > 0`, stepTimeout)
	var spoken []string
	tablet.eval(`window.__spoken`, &spoken)
	if !strings.Contains(strings.Join(spoken, " "), did) {
		t.Errorf("read aloud %q, want what was done in it", spoken)
	}
	tablet.audit("what children here said (ti)")
	tablet.screenshot("tablet-monitor-ti")

	// Right to left, in Arabic, for a younger child of the same location.
	tablet.graphql(`mutation { logout }`, nil)
	signInChild(tablet, demo.child(t, "Orange Cat"), "ar")
	tablet.click(`a[href="/monitor"]`)
	tablet.waitVisible(`.monitor-card[data-domain="SAFETY"][data-face="1"] .result-did`)
	var dir string
	tablet.eval(`document.documentElement.dir`, &dir)
	if dir != "rtl" {
		t.Errorf("Arabic screen dir=%q, want rtl", dir)
	}
	tablet.audit("what children here said (ar)")
	tablet.screenshot("tablet-monitor-ar")

	// The manager reads the scorecard: the scores, safety needing attention.
	manager.open("/staff/monitor/" + locID)
	manager.waitVisible(`.monitor-overview tr[data-domain="SAFETY"].needs-attention`)
	var scores map[string]string
	manager.eval(`Object.fromEntries([...document.querySelectorAll('.monitor-overview tbody tr')].map((r) => [r.dataset.domain, r.cells[1].textContent]))`, &scores)
	if scores["SAFETY"] != "0" || scores["FOOD"] != "100" {
		t.Errorf("scores on the page %v, want SAFETY 0 and FOOD 100", scores)
	}
	var charts int
	manager.eval(`document.querySelectorAll('.monitor-domain-card svg.monitor-chart[role=img] desc').length`, &charts)
	if charts != 10 {
		t.Errorf("%d described charts, want one per domain", charts)
	}
	// Safety needs attention: its card leads to the round's polls, where the team says what it did;
	// food, which does not, has no such link.
	var links map[string][]string
	manager.eval(`(() => { const out = {}; for (const a of document.querySelectorAll('.monitor-domain-card .monitor-answer-link')) {
		const d = a.closest('[data-domain]').dataset.domain; (out[d] ||= []).push(a.getAttribute('href')); } return out; })()`, &links)
	if !slices.Contains(links["SAFETY"], "/staff/polls/"+safetyPoll) || len(links["FOOD"]) != 0 {
		t.Errorf("links to answer %v, want /staff/polls/%s under SAFETY and none under FOOD", links, safetyPoll)
	}
	// The schedule: the next round's date; too few days is said on the field and changes nothing;
	// every 28 days is saved (the next round moves with it).
	if shown, want := nextRoundShown(manager, locID); shown != want {
		t.Errorf("next round shown %q, want %q", shown, want)
	}
	changeSchedule(manager, "10")
	manager.waitVisible(`.monitor-schedule-form input[name=everyDays][aria-invalid="true"]`)
	if msg := manager.text(".monitor-schedule-form .field-error"); !strings.Contains(msg, "28") {
		t.Errorf("the field says %q, want the allowed days", msg)
	}
	changeSchedule(manager, "28")
	manager.waitVisible(".monitor-schedule .outcome.is-success")
	var sched struct {
		MonitorSchedule struct {
			EveryDays int
			Own       bool
		}
	}
	gql(manager, `query($l: ID!) { monitorSchedule(locationID: $l) { everyDays own } }`, map[string]any{"l": locID}, &sched)
	if sched.MonitorSchedule.EveryDays != 28 || !sched.MonitorSchedule.Own {
		t.Errorf("schedule after saving %+v, want every 28 days, the location's own", sched.MonitorSchedule)
	}
	if shown, want := nextRoundShown(manager, locID); shown != want {
		t.Errorf("next round shown after the change %q, want %q", shown, want)
	}
	// The CSV link of the page downloads the scorecard with the session.
	var csv struct {
		Status int
		Body   string
	}
	manager.eval(`fetch(document.querySelector('.monitor-report .monitor-csv').href, {credentials: 'same-origin'}).then(async (r) => ({Status: r.status, Body: await r.text()}))`, &csv)
	if csv.Status != 200 || !strings.Contains(csv.Body, "\nlocation,"+locName+"\n") {
		t.Errorf("monitor CSV: HTTP %d, want the location's name in its location cell:\n%.300s", csv.Status, csv.Body)
	}
	manager.audit("staff: monitor of a location")
	manager.screenshot("staff-monitor-location")

	// Printed, the page is a report: no navigation or buttons, every chart kept, each domain on a
	// page of its own.
	manager.printMedia(true)
	var printed struct {
		Header, Buttons           string
		Charts, PageBreaks, Cards int
	}
	manager.eval(`(() => ({
		header: getComputedStyle(document.querySelector('.staff-header')).display,
		buttons: getComputedStyle(document.querySelector('.monitor-report .form-actions')).display,
		charts: [...document.querySelectorAll('.monitor-chart')].filter((c) => c.getBoundingClientRect().height > 0).length,
		pageBreaks: [...document.querySelectorAll('.monitor-domain-card')].filter((c) => getComputedStyle(c).breakBefore === 'page').length,
		cards: document.querySelectorAll('.monitor-domain-card').length }))()`, &printed)
	manager.printMedia(false)
	if printed.Header != "none" || printed.Buttons != "none" || printed.Charts != 10 || printed.PageBreaks != printed.Cards || printed.Cards != 10 {
		t.Errorf("printed: %+v, want no header or buttons, 10 charts, a page break before each of 10 domains", printed)
	}

	// A national admin compares the kinds of location: the emergency shelter's teenagers (five
	// registered there now) are happy about everything.
	admin := newWindow(t, demo, "admin", staffWidth, staffHeight)
	staffSignIn(admin, demo.staff(t, "NATIONAL_ADMIN"))
	consoleLanguage(admin, "en")
	shelterRound(t, demo, admin, newWindow(t, demo, "shelter-tablet", tabletWidth, tabletHeight), "Noodopvang Demo Sporthal")
	admin.open("/staff/monitor/national")
	admin.waitVisible(`.monitor-kinds-table tr[data-domain="SAFETY"]`)
	var kinds []string
	admin.eval(`[...document.querySelectorAll('.monitor-kinds-table th[data-kind]')].map((th) => th.dataset.kind)`, &kinds)
	if !slices.Contains(kinds, "REGULAR") || !slices.Contains(kinds, "EMERGENCY") {
		t.Errorf("kinds compared %v, want REGULAR and EMERGENCY", kinds)
	}
	var safety []string
	admin.eval(`[...document.querySelectorAll('.monitor-kinds-table tr[data-domain="SAFETY"] td > span:first-of-type')].map((s) => s.textContent)`, &safety)
	// 6 children at 0 and 5 at 100: 45.5 over all locations.
	got := map[string]string{}
	for i, k := range append([]string{"all"}, kinds...) {
		if i < len(safety) {
			got[k] = safety[i]
		}
	}
	if want := map[string]string{"all": "45.5", "REGULAR": "0", "EMERGENCY": "100"}; !maps.Equal(got, want) {
		t.Errorf("feeling safe per kind %v, want %v", got, want)
	}
	var first string
	admin.eval(`document.querySelector('.monitor-locations tbody tr')?.dataset.location ?? ''`, &first)
	if first != locID {
		t.Errorf("first location %q, want the one needing attention %q", first, locID)
	}
	admin.audit("staff: national monitor")
	admin.screenshot("staff-monitor-national")
}
