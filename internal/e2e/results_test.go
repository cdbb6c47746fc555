package e2e

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// speechSpy replaces the browser's speech with one that records what it was asked to read (the
// headless browser has no voices): window.__spoken holds the texts, in order.
const speechSpy = `(() => {
	window.__spoken = [];
	const voices = ['ar-SA', 'ti-ER', 'nl-NL', 'en-GB'].map((lang) => ({ lang, localService: true, name: lang }));
	Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: {
		getVoices: () => voices, speak: (u) => window.__spoken.push(u.text), cancel() {},
		addEventListener() {}, removeEventListener() {} } });
	window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
	return true })()`

// A child sees what came of the polls they were asked: the published results in their
// language, with pictures, on the polls screen and on "you said, we did", read aloud on a tap,
// with exactly the figures the API gives them (small counts withheld as there). Screenshots in
// Arabic and Tigrinya (artifacts/e2e/tablet-results-*.png).
func TestChildSeesPublishedResults(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	tablet := newWindow(t, demo, "tablet", tabletWidth, tabletHeight)
	enrollTablet(t, tablet, demo, "AZC Demo Rivierenland")

	for _, c := range []struct{ lang, child string }{{"ar", "Orange Cat"}, {"ti", "Red Lion"}} {
		signInChild(tablet, demo.child(t, c.child), c.lang)
		tablet.click(`a[href="/polls"]`)
		tablet.waitVisible(".result-card")

		// Every figure on the screen is the API's for this child: a withheld count is shown as
		// withheld, never as a number.
		res := tablet.graphql(`{ publishedPolls { id voted question { text lang } results { turnout turnoutSuppressed options { optionID count suppressed } } } }`, nil)
		var api struct {
			Data struct {
				PublishedPolls []struct {
					ID       string
					Voted    bool
					Question struct{ Text, Lang string }
					Results  struct {
						Turnout *int
						Options []struct {
							OptionID   string
							Count      *int
							Suppressed bool
						}
					}
				}
			}
		}
		raw, _ := json.Marshal(res)
		if err := json.Unmarshal(raw, &api); err != nil || len(api.Data.PublishedPolls) == 0 {
			t.Fatalf("%s: publishedPolls = %s", c.lang, raw)
		}
		for _, p := range api.Data.PublishedPolls {
			var shown map[string]string
			tablet.eval(fmt.Sprintf(`Object.fromEntries([...document.querySelectorAll('.result-card[data-poll=%q] .result-option')]
				.map((o) => [o.dataset.option, o.dataset.count]))`, p.ID), &shown)
			if len(shown) != len(p.Results.Options) {
				t.Errorf("%s: poll %s shows %d answers, the API has %d", c.lang, p.ID, len(shown), len(p.Results.Options))
			}
			for _, o := range p.Results.Options {
				want := "suppressed"
				if o.Count != nil {
					want = fmt.Sprint(*o.Count)
				}
				if shown[o.OptionID] != want {
					t.Errorf("%s: poll %s answer %s shows %q, the API gives this child %q", c.lang, p.ID, o.OptionID, shown[o.OptionID], want)
				}
			}
			var pictures, voted int
			tablet.eval(fmt.Sprintf(`document.querySelectorAll('.result-card[data-poll=%q] .result-option .result-pictogram svg').length`, p.ID), &pictures)
			tablet.eval(fmt.Sprintf(`document.querySelectorAll('.result-card[data-poll=%q] .result-voted').length`, p.ID), &voted)
			if pictures != len(p.Results.Options) {
				t.Errorf("%s: poll %s has %d pictures for %d answers", c.lang, p.ID, pictures, len(p.Results.Options))
			}
			if (voted == 1) != p.Voted {
				t.Errorf("%s: poll %s: 'you voted' shown %d times, voted=%v", c.lang, p.ID, voted, p.Voted)
			}
		}
		var dir, lang string
		tablet.eval(`document.documentElement.dir`, &dir)
		tablet.eval(`document.querySelector('.results-section h2').closest('[lang]').lang`, &lang)
		if want := map[bool]string{true: "rtl", false: "ltr"}[c.lang == "ar"]; dir != want || lang != c.lang {
			t.Errorf("%s: results section dir=%q lang=%q", c.lang, dir, lang)
		}
		tablet.audit("results " + c.lang)
		tablet.screenshot("tablet-results-" + c.lang)

		// Read aloud: the card's own button reads its question and what the children said.
		first := api.Data.PublishedPolls[0]
		tablet.eval(speechSpy, nil)
		tablet.click(fmt.Sprintf(`.result-card[data-poll=%q] .result-listen`, first.ID))
		tablet.waitFor("the card read aloud", `window.__spoken.length > 0`, stepTimeout)
		var spoken []string
		tablet.eval(`window.__spoken`, &spoken)
		if !strings.Contains(spoken[0], first.Question.Text) {
			t.Errorf("%s: read aloud %q, want the question %q", c.lang, spoken[0], first.Question.Text)
		}

		// "You said, we did": the same results on the board.
		tablet.click(`.youth-bar a[href="/home"]`)
		tablet.click(`a[href="/board"]`)
		tablet.waitVisible(fmt.Sprintf(`.board-results .result-card[data-poll=%q]`, first.ID))
		tablet.audit("board with results " + c.lang)
		tablet.screenshot("tablet-board-results-" + c.lang)
		tablet.graphql(`mutation { logout }`, nil) // the next child's turn
	}
}
