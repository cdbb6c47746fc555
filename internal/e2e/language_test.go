package e2e

import (
	"slices"
	"testing"
)

// Texts follow the language chosen on the start screen, not the child's profile: Orange Cat
// (Arabic profile) choosing Dutch reads Dutch; Yellow Bee (Dutch profile) choosing Arabic reads
// Arabic, right to left; Red Lion choosing Tigrinya reads Tigrinya where it is written and else
// Arabic (the location's first language, never Dutch before it), and the app says so in words.
func TestTextsFollowTheLanguageChosen(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	tablet := newWindow(t, demo, "tablet", tabletWidth, tabletHeight)
	enrollTablet(t, tablet, demo, "AZC Demo Rivierenland")

	for _, tc := range []struct {
		child, chosen string
		allowed       []string // the languages a text may come in: chosen, then its fallback
	}{
		{"Orange Cat", "nl", []string{"nl"}},
		{"Yellow Bee", "ar", []string{"ar"}},
		{"Red Lion", "ti", []string{"ti", "ar"}},
	} {
		signInChild(tablet, demo.child(t, tc.child), tc.chosen)
		for _, screen := range []struct{ path, text string }{
			{"/polls", ".poll-card-question"},
			{"/news", ".news-card"},
		} {
			tablet.open(screen.path)
			tablet.waitVisible(screen.text)
			var texts []struct {
				Lang     string
				Dir      string
				Fallback string
			}
			tablet.eval(`[...document.querySelectorAll('`+screen.text+`')].map(e => {
				const card = e.closest('li');
				return {Lang: e.lang, Dir: e.dir, Fallback: card.querySelector('.fallback-note')?.dataset.lang ?? ''};
			})`, &texts)
			for i, x := range texts {
				if !slices.Contains(tc.allowed, x.Lang) {
					t.Errorf("%s chose %s: %s text %d is in %q, want one of %v", tc.child, tc.chosen, screen.path, i+1, x.Lang, tc.allowed)
				}
				if x.Lang == tc.chosen && x.Fallback != "" {
					t.Errorf("%s chose %s: %s text %d is in it, but a note says %q", tc.child, tc.chosen, screen.path, i+1, x.Fallback)
				}
				if x.Lang != tc.chosen && x.Fallback != x.Lang {
					t.Errorf("%s chose %s: %s text %d is in %s without saying so (note %q)", tc.child, tc.chosen, screen.path, i+1, x.Lang, x.Fallback)
				}
				if want := map[bool]string{true: "rtl", false: "ltr"}[x.Lang == "ar"]; x.Dir != want {
					t.Errorf("%s: text %d in %s runs %q, want %q", screen.path, i+1, x.Lang, x.Dir, want)
				}
			}
			if len(texts) == 0 {
				t.Errorf("%s chose %s: no texts on %s", tc.child, tc.chosen, screen.path)
			}
			tablet.audit(screen.path + " in " + tc.chosen)
			tablet.screenshot("tablet-language" + sanitize(screen.path) + "-" + tc.chosen)
		}
		tablet.click(".button-end")
		tablet.waitPath("/")
	}
}
