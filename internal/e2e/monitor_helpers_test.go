package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// gql runs an operation in the window's session and decodes its data into out, failing the
// test on any error.
func gql(w *window, query string, vars map[string]any, out any) {
	w.t.Helper()
	res := w.graphql(query, vars)
	if res["errors"] != nil {
		w.t.Fatalf("%s: %v", strings.Fields(query)[0:2], res["errors"])
	}
	raw, _ := json.Marshal(res["data"])
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			w.t.Fatalf("decoding %s: %v", raw, err)
		}
	}
}

type openPoll struct {
	ID, Kind string
	Options  []struct {
		ID       string
		Position int
	}
}

func openPollsOf(w *window) []openPoll {
	var d struct{ OpenPolls []openPoll }
	gql(w, `{ openPolls { id kind options { id position } } }`, nil, &d)
	return d.OpenPolls
}

// answerOf is the answer every child gives in this test: the saddest face about safety (so the
// domain needs attention), the happiest face or "yes" about everything else.
func answerOf(p openPoll, safety bool) string {
	pos := 0
	if p.Kind == "SMILEY_SCALE" && !safety {
		pos = len(p.Options) - 1
	}
	for _, o := range p.Options {
		if o.Position == pos {
			return o.ID
		}
	}
	return ""
}

// shelterRound runs a round at another location through the API: a tablet enrolled there, five
// teenagers registered, each answering the happiest face or "yes", and the round's polls closed.
func shelterRound(t *testing.T, demo *Demo, admin, tablet *window, name string) {
	t.Helper()
	locID := admin.locationID(name)
	tablet.open("/")
	var tab struct{ EnrollTablet struct{ ID string } }
	s := demo.staff(t, "NATIONAL_ADMIN")
	gql(tablet, `mutation($e: String!, $p: String!) { staffLogin(email: $e, password: $p) { id } }`, map[string]any{"e": s.Email, "p": s.Password}, nil)
	gql(tablet, `mutation($l: ID!) { enrollTablet(locationID: $l, name: "E2E shelter tablet") { id } }`, map[string]any{"l": locID}, &tab)
	gql(tablet, `mutation { logout }`, nil, nil)
	var councils struct {
		Location struct {
			Councils []struct{ ID, AgeGroup string }
		}
	}
	gql(admin, `query($l: ID!) { location: node(id: $l) { ... on Location { councils { id ageGroup } } } }`, map[string]any{"l": locID}, &councils)
	teens := ""
	for _, c := range councils.Location.Councils {
		if c.AgeGroup == "TEENS" {
			teens = c.ID
		}
	}
	var started struct{ StartMonitorRound struct{ PollIDs []string } }
	gql(admin, `mutation($l: ID!) { startMonitorRound(locationID: $l) { pollIDs } }`, map[string]any{"l": locID}, &started)
	inRound := map[string]bool{}
	for _, id := range started.StartMonitorRound.PollIDs {
		inRound[id] = true
	}
	for i := range 5 {
		var reg struct {
			RegisterYouthMember struct {
				Member struct{ ID string }
				Pin    []int
			}
		}
		gql(admin, `mutation($c: ID!, $p: String!) { registerYouthMember(input: {councilID: $c, pseudonym: $p,
			avatar: "owl", ageBand: AGE_15_17, language: "uk"}) { member { id } pin } }`,
			map[string]any{"c": teens, "p": fmt.Sprintf("Shelter Teen %d", i+1)}, &reg)
		m := reg.RegisterYouthMember
		gql(tablet, `mutation($m: ID!, $p: [Int!]!) { youthLogin(memberID: $m, pin: $p) { id } }`, map[string]any{"m": m.Member.ID, "p": m.Pin}, nil)
		asked := 0
		for _, p := range openPollsOf(tablet) {
			if !inRound[p.ID] {
				continue
			}
			asked++
			gql(tablet, `mutation($p: ID!, $o: [ID!]!, $k: String!) { castVote(input: {pollID: $p, optionIDs: $o, idempotencyKey: $k}) { accepted } }`,
				map[string]any{"p": p.ID, "o": []string{answerOf(p, false)}, "k": m.Member.ID + p.ID}, nil)
		}
		if asked != 10 {
			t.Fatalf("a teenager of %s is asked %d of the round's questions, want 10", name, asked)
		}
		gql(tablet, `mutation { logout }`, nil, nil)
	}
	for id := range inRound {
		gql(admin, `mutation($id: ID!) { closePoll(id: $id) { status } }`, map[string]any{"id": id}, nil)
	}
}

// printMedia lays the window out as printed (CSS @media print), or back as on screen.
func (w *window) printMedia(on bool) {
	w.t.Helper()
	media := ""
	if on {
		media = "print"
	}
	w.do(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: media})
		return err
	}))
}

// nextRoundShown is the next round's date on the location's Monitor page, and the same date from
// the API as the page writes dates (the console reads English here).
func nextRoundShown(w *window, locID string) (shown, want string) {
	w.t.Helper()
	var s struct{ MonitorSchedule struct{ NextRoundAt string } }
	gql(w, `query($l: ID!) { monitorSchedule(locationID: $l) { nextRoundAt } }`, map[string]any{"l": locID}, &s)
	if s.MonitorSchedule.NextRoundAt == "" {
		w.t.Fatalf("the location's schedule has no next round")
	}
	w.eval(fmt.Sprintf(`new Date(%q).toLocaleDateString(document.documentElement.lang, {dateStyle: 'medium'})`, s.MonitorSchedule.NextRoundAt), &want)
	return w.text(".monitor-schedule-facts .figure:first-child dd"), want
}

// changeSchedule sets the location's rounds to every `days` days on its Monitor page, confirmed.
func changeSchedule(w *window, days string) {
	w.t.Helper()
	w.fill(".monitor-schedule-form input[name=everyDays]", days)
	w.click(".monitor-schedule-save")
	w.waitVisible(".confirm-dialog .confirm-yes")
	w.click(".confirm-dialog .confirm-yes")
}
