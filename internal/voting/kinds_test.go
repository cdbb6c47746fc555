package voting

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/schema"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/disclosure"
	"github.com/jeugdstem/jeugdstem/internal/i18n"
)

// Adding a value to the poll kind enum (ent's schema, and so GraphQL's PollKind) without a row in
// the kinds table fails here, not in production at the first poll of that kind.
func TestKindsCoverEveryEnumValue(t *testing.T) {
	var rows []string
	for _, k := range kinds {
		if slices.Contains(rows, string(k.Kind)) {
			t.Errorf("%s has two rows", k.Kind)
		}
		rows = append(rows, string(k.Kind))
	}
	var entValues []string
	for _, f := range (schema.Poll{}).Fields() {
		if d := f.Descriptor(); d.Name == "kind" {
			for _, e := range d.Enums {
				entValues = append(entValues, e.V)
			}
		}
	}
	schema, err := os.ReadFile("../../graph/ent.graphqls")
	if err != nil {
		t.Fatal(err)
	}
	block := regexp.MustCompile(`(?s)enum PollKind\b[^{]*\{(.*?)\}`).FindSubmatch(schema)
	if block == nil {
		t.Fatal("graph/ent.graphqls has no enum PollKind")
	}
	var gqlValues []string
	for _, line := range strings.Split(string(block[1]), "\n") {
		if v := strings.TrimSpace(line); v != "" && !strings.HasPrefix(v, "#") && !strings.HasPrefix(v, `"`) {
			gqlValues = append(gqlValues, v)
		}
	}
	for name, values := range map[string][]string{"ent": entValues, "GraphQL": gqlValues} {
		if len(values) == 0 {
			t.Errorf("no %s poll kinds read", name)
		}
		for _, v := range values {
			if !slices.Contains(rows, v) {
				t.Errorf("%s poll kind %s has no row in the kinds table (internal/voting/kinds.go)", name, v)
			}
		}
		for _, r := range rows {
			if !slices.Contains(values, r) {
				t.Errorf("the kinds table has %s, which is not a %s poll kind", r, name)
			}
		}
	}
}

// Every row is complete and consistent: the rules elsewhere rely on it.
func TestKindsAreConsistent(t *testing.T) {
	for _, k := range kinds {
		if k.MinOptions < 2 || k.MaxOptions < k.MinOptions || k.MaxOptions > maxOptions {
			t.Errorf("%s: %d to %d options", k.Kind, k.MinOptions, k.MaxOptions)
		}
		if k.Choices == 0 || k.Summary == 0 || k.Disclosure == "" {
			t.Errorf("%s: choices, summary and disclosure must be set: %+v", k.Kind, k)
		}
		if k.Standard != nil && (len(k.Standard) < k.MinOptions || len(k.Standard) > k.MaxOptions) {
			t.Errorf("%s: %d standard answers, but %d to %d options", k.Kind, len(k.Standard), k.MinOptions, k.MaxOptions)
		}
		if k.OnlyStandard && k.Standard == nil {
			t.Errorf("%s: only standard answers, but has none", k.Kind)
		}
		// Disclosure's treatment must fit the ballot: one answer each is additive; several are not;
		// a ranking is ranked.
		switch {
		case k.Choices == ChooseOne && !slices.Contains([]disclosure.Kind{disclosure.SingleChoice, disclosure.Scale}, k.Disclosure),
			k.Choices == ChooseUpTo && k.Disclosure != disclosure.MultipleChoice,
			k.Choices == ChooseAllInOrder && k.Disclosure != disclosure.Ranking:
			t.Errorf("%s: a %v ballot treated as %s", k.Kind, k.Choices, k.Disclosure)
		}
		scaleSummary := k.Summary == ScaleScore || k.Summary == ScaleMedian
		if (k.Scale != nil) != scaleSummary || (k.Scale != nil) != (k.Disclosure == disclosure.Scale) {
			t.Errorf("%s: a scale needs a scale summary and disclosure treatment, and only a scale has them", k.Kind)
		}
		if k.Scale != nil && (k.MinOptions != k.Scale.Points() || k.MaxOptions != k.Scale.Points() || k.Choices != ChooseOne) {
			t.Errorf("%s: a scale of %d points has exactly one option per point, one chosen", k.Kind, k.Scale.Points())
		}
		if (k.Summary == BordaPoints) != k.Ranked() {
			t.Errorf("%s: Borda points are the summary of a ranked kind, and only of one", k.Kind)
		}
	}
}

// Issue 14: a child reads and hears the standard answers in their own language ("Ja" and "Nee"
// were read aloud to Arabic-speaking children). Every standard answer of every kind exists in
// every language, distinct from the kind's other answers, and every language says whether a
// native speaker checked it (a name) or it is machine-drafted (empty).
func TestStandardAnswersInEveryLanguage(t *testing.T) {
	for _, l := range i18n.Languages {
		if _, ok := answersReviewedBy[l.Code]; !ok {
			t.Errorf("%s: say who reviewed its standard answers, or \"\" for machine-drafted", l.Code)
		}
	}
	if len(answersReviewedBy) != len(i18n.Languages) {
		t.Errorf("answersReviewedBy lists %d languages, want %d", len(answersReviewedBy), len(i18n.Languages))
	}
	standard := 0
	for _, k := range kinds {
		if k.Standard == nil {
			continue
		}
		standard++
		for _, l := range i18n.Languages {
			seen := map[string]int{}
			for i, a := range k.Standard {
				var texts []string
				for _, tr := range a.Label {
					if tr.Lang == l.Code {
						texts = append(texts, tr.Text)
					}
				}
				if len(texts) != 1 || strings.TrimSpace(texts[0]) == "" || texts[0] != strings.TrimSpace(texts[0]) {
					t.Errorf("%s answer %d in %s: %q", k.Kind, i, l.Code, texts)
					continue
				}
				if j, dup := seen[texts[0]]; dup {
					t.Errorf("%s answers %d and %d in %s are both %q", k.Kind, j, i, l.Code, texts[0])
				}
				seen[texts[0]] = i
			}
		}
		for i, a := range k.Standard {
			if len(a.Label) != len(i18n.Languages) {
				t.Errorf("%s answer %d has %d labels, want one per language", k.Kind, i, len(a.Label))
			}
			if a.Pictogram != "" && !isPictogramKey(a.Pictogram) {
				t.Errorf("%s answer %d: pictogram %q", k.Kind, i, a.Pictogram)
			}
		}
		// A draft without answers gets the standard ones, and they pass the checks staff's own
		// answers get (13 labels is the most an option may have).
		d := PollDraft{Kind: k.Kind, Theme: schematype.ThemeFood, Question: []schematype.Translation{{Lang: "nl", Text: "Vraag?"}}}
		d.normalize()
		if err := d.check(time.Now()); err != nil || len(d.Options) != len(k.Standard) {
			t.Errorf("%s with its standard answers: %v", k.Kind, err)
		}
	}
	if standard < 3 {
		t.Errorf("%d kinds have standard answers, want at least YES_NO, SMILEY_SCALE and SLIDER", standard)
	}
}

// The slider's points are its values, in each language's digits.
func TestSliderPoints(t *testing.T) {
	k := KindOf(poll.KindSLIDER)
	if k.Scale == nil || k.Scale.Min != 0 || k.Scale.Max != 10 || len(k.Standard) != 11 {
		t.Fatalf("SLIDER: %+v", k)
	}
	for lang, want := range map[string]string{"nl": "7", "ar": "٧", "fa": "۷", "ckb": "٧", "ti": "7"} {
		for _, tr := range k.Standard[7].Label {
			if tr.Lang == lang && tr.Text != want {
				t.Errorf("point 7 in %s is %q, want %q", lang, tr.Text, want)
			}
		}
	}
	if got := numeral("ar", 10); got != "١٠" {
		t.Errorf("10 in Arabic digits: %q", got)
	}
	if m := k.Scale.Median(ptr(1.0)); *m != 0 { // disclosure's point 1 is the value 0
		t.Errorf("median of point 1 = %v, want 0", *m)
	}
	if KindOf(poll.KindSMILEY_SCALE).Scale.Median(ptr(3.5)) == nil || *KindOf(poll.KindSMILEY_SCALE).Scale.Median(ptr(3.5)) != 3.5 {
		t.Error("a smiley scale's points are its values 1–5")
	}
}

func ptr[T any](v T) *T { return &v }
