package monitor

import (
	"slices"
	"testing"

	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/internal/i18n"
	"github.com/jeugdstem/jeugdstem/internal/voting"
)

// Every domain's question exists in both age versions and in every language, its answers are a
// kind with standard answers in every language (the pictures the child taps), and every language
// is listed as reviewed or machine-drafted.
func TestFrameworkInEveryLanguage(t *testing.T) {
	want := []string{DomainSafety, DomainPrivacy, DomainPlay, DomainSchool, DomainDoctor, DomainUnderstanding,
		DomainTrustedAdult, DomainFood, DomainListened, DomainMoving}
	var keys []string
	for _, d := range Framework() {
		if slices.Contains(keys, d.Key) {
			t.Errorf("%s twice", d.Key)
		}
		keys = append(keys, d.Key)
		if d.Kind != poll.KindSMILEY_SCALE && d.Kind != poll.KindYES_NO {
			t.Errorf("%s: kind %s, want a smiley or yes/no question", d.Key, d.Kind)
		}
		if d.Pictogram == "" || d.Threshold <= 0 || d.Drop <= 0 {
			t.Errorf("%s: pictogram %q, threshold %v, drop %v", d.Key, d.Pictogram, d.Threshold, d.Drop)
		}
		if len(voting.KindOf(d.Kind).Standard) == 0 {
			t.Errorf("%s: %s has no standard answers to show as pictures", d.Key, d.Kind)
		}
		for _, a := range AgeVersions {
			if len(Bands(a)) == 0 {
				t.Errorf("%s has no age bands", a)
			}
			texts := d.Texts(a)
			if len(texts) != len(i18n.Languages) {
				t.Errorf("%s %s: %d languages, want %d", d.Key, a, len(texts), len(i18n.Languages))
			}
			for _, l := range i18n.Languages {
				if d.Question[a][l.Code] == "" {
					t.Errorf("%s %s has no question in %s", d.Key, a, l.Code)
				}
			}
			if d.Question[a]["en"] == d.Question[otherAge(a)]["en"] {
				t.Errorf("%s: the two age versions are the same question", d.Key)
			}
		}
		if len(d.Question) != len(AgeVersions) {
			t.Errorf("%s has %d age versions, want %d", d.Key, len(d.Question), len(AgeVersions))
		}
	}
	if !slices.Equal(keys, want) {
		t.Errorf("domains %v, want %v", keys, want)
	}
	for _, l := range i18n.Languages {
		if _, ok := questionsReviewedBy[l.Code]; !ok {
			t.Errorf("%s is neither reviewed nor marked machine-drafted", l.Code)
		}
	}
	if len(questionsReviewedBy) != len(i18n.Languages) {
		t.Errorf("questionsReviewedBy lists %d languages, want %d", len(questionsReviewedBy), len(i18n.Languages))
	}
}

func otherAge(a AgeVersion) AgeVersion {
	if a == Age6to11 {
		return Age12to17
	}
	return Age6to11
}

// Scores: the faces are 0..100 in steps of 25, yes is 100 and no 0.
func TestValue(t *testing.T) {
	for pos, want := range []float64{0, 25, 50, 75, 100} {
		if got := Value(poll.KindSMILEY_SCALE, pos); got != want {
			t.Errorf("face %d: %v, want %v", pos+1, got, want)
		}
	}
	if Value(poll.KindYES_NO, 0) != 100 || Value(poll.KindYES_NO, 1) != 0 {
		t.Error("yes must score 100 and no 0")
	}
}
