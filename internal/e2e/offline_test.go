package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// ballotSpy runs first on every page: it notes the idempotency key of every castVote the app
// sends (window.__keys), and when window.__loseNextAnswer is set it lets the next one reach the
// server but throws its answer away, as a Wi-Fi that drops just then does (window.__lost).
const ballotSpy = `(() => {
	window.__keys = []; window.__lost = 0;
	const real = window.fetch.bind(window);
	window.fetch = async (input, init) => {
		const body = init && typeof init.body === 'string' ? init.body : '';
		const ballot = body.includes('castVote') && JSON.parse(body).variables.input;
		if (!ballot) return real(input, init); // not the app's ballot (the test's own requests)
		window.__keys.push(ballot.idempotencyKey);
		const response = await real(input, init);
		if (window.__loseNextAnswer) { window.__loseNextAnswer = false; window.__lost++; throw new TypeError('Failed to fetch'); }
		return response;
	};
})()`

// The tablet as an installable app that survives the shelter's Wi-Fi: with the DevTools network
// switched off mid-vote the child is told kindly that their vote is waiting (never "counted"),
// and when it is back the same ballot, with the same idempotency key, is counted once; an answer
// lost on the way is sent again the same way; a reload without network draws the app with a
// kind picture, not the browser's error page; and after the child's turn nothing of their
// choice is on the tablet: no ballot in local or session storage, IndexedDB or the caches,
// which hold only the app's own files.
func TestTabletSurvivesLostNetwork(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	tablet := newWindow(t, demo, "tablet", tabletWidth, tabletHeight)
	enrollTablet(t, tablet, demo, "AZC Demo Rivierenland")
	tablet.do(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: ballotSpy})
		return err
	}))
	tablet.open("/")
	tablet.waitFor("the service worker to control the app", `!!navigator.serviceWorker.controller`, stepTimeout)
	var installable []string
	tablet.do(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		res, err := chromedp.Call(ctx, page.GetInstallabilityErrors, cdp.Empty{})
		for _, e := range res.InstallabilityErrors {
			if e.ErrorID != "in-incognito" { // the test's windows are incognito; a tablet's browser is not
				installable = append(installable, e.ErrorID)
			}
		}
		return err
	}))
	if len(installable) > 0 {
		t.Errorf("the app is not installable: %v", installable)
	}

	child := demo.child(t, "Yellow Bee")
	signInChild(tablet, child, "nl")
	res := tablet.graphql(`{ openPolls { id kind voted options { id } } }`, nil)
	var polls, firstOption []string
	for _, p := range res["data"].(map[string]any)["openPolls"].([]any) {
		p := p.(map[string]any)
		if p["voted"] == false && (p["kind"] == "SINGLE_CHOICE" || p["kind"] == "SMILEY_SCALE" || p["kind"] == "YES_NO") {
			polls = append(polls, p["id"].(string))
			firstOption = append(firstOption, p["options"].([]any)[0].(map[string]any)["id"].(string))
		}
	}
	if len(polls) < 2 {
		t.Fatalf("the demo has %d single-tap polls for %s, want 2: %v", len(polls), child.Pseudonym, res)
	}
	toConfirm := func(pollID string) {
		tablet.click(`a[href="/polls"]`) // a tile at home, "other polls" after a vote
		tablet.click(fmt.Sprintf(`.poll-card[data-poll=%q]`, pollID))
		tablet.click(".vote-option")
		tablet.waitVisible(".vote-confirm")
	}
	sameKey := func(what string, atLeast int) {
		var keys []string
		tablet.eval(`window.__keys`, &keys)
		if len(keys) < atLeast {
			t.Errorf("%s: the ballot was sent %d times, want at least %d", what, len(keys), atLeast)
		}
		for _, k := range keys {
			if k != keys[0] {
				t.Errorf("%s: the ballot was sent again with another idempotency key: %v", what, keys)
			}
		}
		tablet.eval(`window.__keys = [], true`, nil)
	}
	thanks := `.vote-message[data-state="vote.thanksTitle"]`

	// 1. The network goes at the confirm screen: "waiting", never "counted", until it is back.
	toConfirm(polls[0])
	tablet.setNetwork(netOffline)
	tablet.click(".vote-confirm")
	tablet.waitVisible(`.vote-problem [data-state="offline.voteWaiting"]`)
	tablet.waitVisible(".offline-screen")
	var counted bool
	tablet.eval(fmt.Sprintf(`!!document.querySelector(%q)`, thanks), &counted)
	if counted {
		t.Error("the child is told the vote counted while the tablet is offline")
	}
	tablet.audit("vote waiting, offline")
	tablet.screenshot("tablet-vote-offline-nl")
	tablet.setNetwork(netOnline)
	tablet.waitVisible(thanks)
	tablet.waitFor("the offline picture to go", `!document.querySelector('.offline-screen')`, stepTimeout)
	sameKey("offline mid-vote", 2)
	again := tablet.graphql(`mutation($p: ID!, $o: [ID!]!, $k: String!) { castVote(input: {pollID: $p, optionIDs: $o, idempotencyKey: $k}) { accepted } }`,
		map[string]any{"p": polls[0], "o": firstOption[:1], "k": "another-ballot-after-the-network-came-back"})
	if !strings.Contains(fmt.Sprint(again["errors"]), "ALREADY_VOTED") {
		t.Errorf("after the network came back the vote was not counted: a new ballot got %v", again)
	}

	// 2. The answer is lost after the server counted the vote: sent again with the same key,
	// the server answers as the first time (not ALREADY_VOTED), and only then "thank you".
	toConfirm(polls[1])
	tablet.eval(`window.__loseNextAnswer = true`, nil)
	tablet.click(".vote-confirm")
	tablet.waitVisible(thanks)
	var lost int
	tablet.eval(`window.__lost`, &lost)
	if lost != 1 {
		t.Errorf("%d answers were lost, want 1", lost)
	}
	sameKey("lost answer", 2)

	// 3. A reload without network: the app from the tablet, with the kind picture.
	tablet.setNetwork(netOffline)
	tablet.do(chromedp.Navigate(tablet.base + "/home"))
	tablet.waitFor("the app drawn offline", `location.protocol === 'http:' && !!document.querySelector('#main h1') && !!document.querySelector('.offline-screen')`, stepTimeout)
	tablet.audit("offline start")
	tablet.screenshot("tablet-offline-start-nl")
	tablet.setNetwork(netOnline)

	// 4. The child's turn ends: nothing of their choice stays on the tablet.
	tablet.open("/home")
	tablet.eval(`window.dispatchEvent(new Event('jeugdstem:signed-out')), true`, nil)
	tablet.waitPath("/")
	var left struct {
		Local, Session, Databases, Cached, Personal []string
	}
	tablet.eval(fmt.Sprintf(`(async () => {
		const cached = [], personal = [];
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				cached.push(new URL(request.url).pathname);
				const response = await cache.match(request);
				if (/font|woff/.test(response.headers.get('content-type') || '')) continue;
				const text = await response.text();
				for (const secret of %s) if (text.includes(secret)) personal.push(request.url + ': ' + secret);
			}
		}
		return {
			Local: Object.keys(localStorage), Session: Object.keys(sessionStorage),
			Databases: (await indexedDB.databases()).map((d) => d.name), Cached: cached, Personal: personal,
		};
	})()`, jsStrings(append([]string{child.ID, child.Pseudonym}, polls...))), &left)
	for _, k := range left.Local {
		if k != "jeugdstem.language" {
			t.Errorf("local storage keeps %q after the child's turn", k)
		}
	}
	if len(left.Session)+len(left.Databases)+len(left.Personal) > 0 {
		t.Errorf("after the child's turn: session storage %v, IndexedDB %v, personal data in the caches %v", left.Session, left.Databases, left.Personal)
	}
	if len(left.Cached) == 0 {
		t.Error("the service worker kept nothing: the app would not survive a lost network")
	}
	for _, path := range left.Cached {
		if path != "/" && path != "/favicon.svg" && path != "/manifest.webmanifest" && !strings.HasPrefix(path, "/assets/") {
			t.Errorf("the service worker keeps %s, which is not one of the app's own files", path)
		}
	}
	t.Logf("kept by the service worker: %v", left.Cached)
}

func jsStrings(ss []string) string {
	quoted := make([]string, len(ss))
	for i, s := range ss {
		quoted[i] = fmt.Sprintf("%q", s)
	}
	return "[" + strings.Join(quoted, ",") + "]"
}
