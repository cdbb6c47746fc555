package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// A child votes on a SLIDER poll: in Arabic (right to left) with the keyboard, in Dutch by
// tapping a point of the slider. The value is read aloud in the child's language (a stand-in for
// the device's voice records what is said), the confirm screen shows the chosen point, and the
// vote is counted.
func TestChildVotesOnSlider(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)

	facilitator := newWindow(t, demo, "facilitator", staffWidth, staffHeight)
	staffSignIn(facilitator, demo.staff(t, "LOCATION_MANAGER"))
	res := facilitator.graphql(`mutation($l: ID!) { createPoll(input: {locationID: $l, kind: SLIDER, theme: FOOD,
		question: [{lang: "nl", text: "Hoe lekker was het eten?"}, {lang: "ar", text: "ما مدى لذة الطعام؟"}]}) { id options { id } } }`,
		map[string]any{"l": facilitator.locationID("AZC Demo Rivierenland")})
	pollID := dig(t, res, "data", "createPoll", "id")
	if res = facilitator.graphql(`mutation($id: ID!) { openPoll(id: $id) { status } }`, map[string]any{"id": pollID}); res["errors"] != nil {
		t.Fatalf("openPoll: %v", res["errors"])
	}

	tablet := newWindow(t, demo, "tablet", tabletWidth, tabletHeight)
	enrollTablet(t, tablet, demo, "AZC Demo Rivierenland")

	// open signs the child in, opens the slider poll and puts a stand-in voice in place.
	open := func(child, lang string) {
		signInChild(tablet, demo.child(t, child), lang)
		tablet.click(`a[href="/polls"]`)
		tablet.click(fmt.Sprintf(`.poll-card[data-poll=%q]`, pollID))
		tablet.waitVisible(".slider-track")
		tablet.eval(`(() => {
			window.__spoken = [];
			speechSynthesis.getVoices = () => [{ lang: document.documentElement.lang, localService: true, name: 'test', voiceURI: 'test', default: true }];
			speechSynthesis.speak = (u) => window.__spoken.push([u.text, u.lang]);
			window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
			return true;
		})()`, nil)
	}
	slider := func() (now, text string, thumbLeftOfMiddle bool, spoken [][]string) {
		var s struct {
			Now, Text string
			Left      bool
			Spoken    [][]string
		}
		tablet.eval(`(() => { const t = document.querySelector('.slider-track'), r = document.querySelector('.slider-rail').getBoundingClientRect(),
			th = document.querySelector('.slider-thumb').getBoundingClientRect();
			return { now: t.getAttribute('aria-valuenow'), text: t.getAttribute('aria-valuetext'),
				left: th.left + th.width / 2 < r.left + r.width / 2, spoken: window.__spoken }; })()`, &s)
		return s.Now, s.Text, s.Left, s.Spoken
	}
	confirmAndVote := func(want string) {
		tablet.waitVisible(".vote-confirm")
		if got := tablet.text(".vote-chosen .vote-label"); got != want {
			t.Errorf("the confirm screen shows %q, want %q", got, want)
		}
		tablet.click(".vote-confirm")
		tablet.waitVisible(`.vote-message[data-state="vote.thanksTitle"]`)
	}

	// Arabic, right to left, with the keyboard: the first arrow starts in the middle (5), and the
	// left arrow goes up, towards the high end on the left.
	open("Orange Cat", "ar")
	var dir string
	tablet.eval(`getComputedStyle(document.querySelector('.slider-track')).direction`, &dir)
	if dir != "rtl" {
		t.Fatalf("the Arabic slider runs %q", dir)
	}
	tablet.audit("vote: slider ar")
	tablet.do(chromedp.Focus(chromedp.CSS(".slider-track")))
	for range 3 {
		tablet.do(chromedp.KeyEvent(kb.ArrowLeft))
	}
	tablet.waitFor("the slider at 7", `document.querySelector('.slider-track').getAttribute('aria-valuenow') === '7'`, stepTimeout)
	now, text, left, spoken := slider()
	if now != "7" || text != "٧" || !left {
		t.Errorf("after three left arrows in Arabic: value %s, text %q, thumb left of the middle %v", now, text, left)
	}
	if len(spoken) != 3 || strings.Join(spoken[2], " ") != "٧ ar" {
		t.Errorf("read aloud: %q, want 5, 6 and 7 in Arabic, the last ٧", spoken)
	}
	tablet.do(chromedp.KeyEvent(kb.End), chromedp.KeyEvent(kb.ArrowRight)) // 10, then one down (right is lower)
	tablet.waitFor("the slider at 9", `document.querySelector('.slider-track').getAttribute('aria-valuenow') === '9'`, stepTimeout)
	tablet.screenshot("tablet-vote-slider-ar")
	tablet.do(chromedp.KeyEvent(kb.Enter))
	confirmAndVote("٩")

	// Dutch, left to right, by tapping the point 3.
	tablet.click(`a[href="/home"]`)
	tablet.click(".button-end")
	tablet.waitPath("/")
	open("Yellow Bee", "nl")
	var x, y float64
	tablet.eval(`document.querySelector('.slider-point[data-value="3"]').getBoundingClientRect().x + document.querySelector('.slider-point[data-value="3"]').getBoundingClientRect().width / 2`, &x)
	tablet.eval(`document.querySelector('.slider-rail').getBoundingClientRect().y + 8`, &y)
	tablet.do(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		if _, err := chromedp.Call(ctx, input.DispatchTouchEvent, input.DispatchTouchEventParams{
			Type: input.DispatchTouchEventTypeTouchStart, TouchPoints: []*input.TouchPoint{{X: x, Y: y}}}); err != nil {
			return err
		}
		_, err := chromedp.Call(ctx, input.DispatchTouchEvent, input.DispatchTouchEventParams{Type: input.DispatchTouchEventTypeTouchEnd, TouchPoints: []*input.TouchPoint{}})
		return err
	}))
	tablet.waitFor("the tap to choose 3", `document.querySelector('.slider-track').getAttribute('aria-valuenow') === '3'`, stepTimeout)
	now, text, left, spoken = slider()
	if now != "3" || text != "3" || !left || len(spoken) != 1 || strings.Join(spoken[0], " ") != "3 nl" {
		t.Errorf("after tapping 3 in Dutch: value %s, text %q, thumb left of the middle %v, read aloud %q", now, text, left, spoken)
	}
	tablet.audit("vote: slider nl")
	tablet.screenshot("tablet-vote-slider-nl")
	tablet.click(".slider-input .vote-send")
	confirmAndVote("3")

	// The votes were counted: two children, fewer than k, so only "fewer than 5" is shown.
	res = facilitator.graphql(`query($id: ID!) { pollResults(pollID: $id) { turnout turnoutSuppressed } }`, map[string]any{"id": pollID})
	if fmt.Sprint(res["data"]) != "map[pollResults:map[turnout:<nil> turnoutSuppressed:true]]" {
		t.Errorf("results after two votes: %v", res)
	}
}

// dig reads a string at a path of a GraphQL answer, failing the test when it is not there.
func dig(t *testing.T, v any, path ...string) string {
	t.Helper()
	for _, p := range path {
		m, ok := v.(map[string]any)
		if !ok {
			t.Fatalf("no %s in %v", p, v)
		}
		v = m[p]
	}
	s, ok := v.(string)
	if !ok {
		t.Fatalf("%v at %v is not a string", v, path)
	}
	return s
}
