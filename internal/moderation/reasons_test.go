package moderation

import (
	"os"
	"strings"
	"testing"

	"github.com/jeugdstem/jeugdstem/internal/i18n"
)

func TestReasonTextsInEveryLanguage(t *testing.T) {
	texts, err := loadReasons()
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range ReasonCodes {
		if len(texts[code]) != len(i18n.Languages) {
			t.Errorf("%s has texts in %d languages, want %d", code, len(texts[code]), len(i18n.Languages))
		}
	}
	for _, l := range i18n.Languages {
		b, err := os.ReadFile("reasons/" + l.Code + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), "status: machine-drafted") {
			t.Errorf("%s: the reasons must stay marked machine-drafted until a native speaker checked them", l.Code)
		}
		seen := map[string]string{}
		for _, code := range ReasonCodes {
			text, lang := ReasonText(code, l.Code)
			if lang != l.Code || text == "" {
				t.Errorf("%s %s: got %q in %q", l.Code, code, text, lang)
			}
			if other, dup := seen[text]; dup {
				t.Errorf("%s: %s and %s have the same text", l.Code, other, code)
			}
			seen[text] = string(code)
		}
	}
	// A language without texts falls back to Dutch.
	if _, lang := ReasonText(ReasonCodes[0], "de"); lang != "nl" {
		t.Errorf("fallback language = %s, want nl", lang)
	}
}
