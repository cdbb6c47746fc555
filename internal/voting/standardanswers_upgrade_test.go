package voting_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/jeugdstem/jeugdstem/ent/polloption"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/i18n"
)

// Polls made before the standard answers existed in every language had them in Dutch and English
// only. Starting the new version fills in the other languages from the kinds table for polls whose
// answers are all still the standard ones (a child reading Arabic then hears "نعم", not "Ja"), and
// leaves alone the answers staff wrote themselves; a second start changes nothing, and later starts
// do not read the answers again (the upgrade is recorded as done).
func TestUpgradeFillsInStandardAnswersInEveryLanguage(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		ctx := apitest.System()
		w := newWorld(t, s)
		// old makes p's options look as the old version wrote them: Dutch and English only.
		old := func(p poll, texts ...[2]string) {
			for i, o := range p.Options {
				s.DB.Client.PollOption.UpdateOneID(o.ID).SetLabel([]schematype.Translation{
					{Lang: "nl", Text: texts[i][0]}, {Lang: "en", Text: texts[i][1]},
				}).ExecX(ctx)
			}
		}
		yesNo := w.openPoll(t, map[string]any{"kind": "YES_NO", "options": nil})
		old(yesNo, [2]string{"Ja", "Yes"}, [2]string{"Nee", "No"})
		smiley := w.newPoll(t, map[string]any{"kind": "SMILEY_SCALE", "options": nil})
		old(smiley, [2]string{"Heel slecht", "Very bad"}, [2]string{"Slecht", "Bad"}, [2]string{"Gaat wel", "Okay"},
			[2]string{"Goed", "Good"}, [2]string{"Heel goed", "Very good"})
		// A YES_NO poll whose staff wrote their own words is theirs.
		own := w.newPoll(t, map[string]any{"kind": "YES_NO", "options": nil})
		old(own, [2]string{"Ja, graag", "Yes please"}, [2]string{"Nee", "No"})

		labels := func(p poll) [][]schematype.Translation {
			var out [][]schematype.Translation
			for _, o := range s.DB.Client.PollOption.Query().Where(polloption.IDIn(ids(p)...)).
				Order(polloption.ByPosition()).AllX(ctx) {
				out = append(out, o.Label)
			}
			return out
		}
		textIn := func(ls []schematype.Translation, lang string) string {
			for _, l := range ls {
				if l.Lang == lang {
					return l.Text
				}
			}
			return ""
		}
		// The test server's database had the upgrade at its first start; one made by the old
		// version has no record of it.
		if _, err := s.DB.Writer.ExecContext(ctx, `DELETE FROM data_upgrades`); err != nil {
			t.Fatal(err)
		}
		for start := 1; start <= 2; start++ {
			if err := s.DB.Migrate(context.Background()); err != nil {
				t.Fatalf("start %d: %v", start, err)
			}
			for _, p := range []poll{yesNo, smiley} {
				for i, ls := range labels(p) {
					if len(ls) != len(i18n.Languages) {
						t.Errorf("start %d: poll %s option %d has %d languages, want %d", start, p.ID, i, len(ls), len(i18n.Languages))
					}
				}
			}
			if got := labels(yesNo); textIn(got[0], "ar") != "نعم" || textIn(got[1], "ti") != "ኣይፋል" || textIn(got[0], "nl") != "Ja" {
				t.Errorf("start %d: yes/no answers %v", start, got)
			}
			if got := textIn(labels(smiley)[4], "fr"); got != "Très bien" {
				t.Errorf("start %d: the happiest smiley in French is %q", start, got)
			}
			for i, ls := range labels(own) {
				if len(ls) != 2 {
					t.Errorf("start %d: staff's own answer %d became %v", start, i, ls)
				}
			}
		}
		// Done once: later starts do not read every poll's answers again (a poll the upgrade would
		// change shows it was not run).
		again := w.newPoll(t, map[string]any{"kind": "YES_NO", "options": nil})
		old(again, [2]string{"Ja", "Yes"}, [2]string{"Nee", "No"})
		if err := s.DB.Migrate(context.Background()); err != nil {
			t.Fatal(err)
		}
		if got := labels(again); len(got[0]) != 2 {
			t.Errorf("a third start ran the upgrade again: %v", got[0])
		}
		// A child reading Arabic now hears the answers in Arabic.
		_, child := w.child(t, "Kind", "")
		var open struct {
			OpenPolls []struct {
				ID      string
				Options []struct{ Label struct{ Text, Lang string } }
			}
		}
		req, err := http.NewRequest(http.MethodPost, s.URL+"/graphql", strings.NewReader(`{"query": "{ openPolls { id options { label { text lang } } } }"}`))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept-Language", "ar")
		child.Send(req).Must(t, &open)
		for _, p := range open.OpenPolls {
			if p.ID == yesNo.ID && (p.Options[0].Label.Text != "نعم" || p.Options[0].Label.Lang != "ar") {
				t.Errorf("the child reading Arabic gets %+v", p.Options[0].Label)
			}
		}
	})
}

func ids(p poll) []string {
	out := make([]string, len(p.Options))
	for i, o := range p.Options {
		out[i] = o.ID
	}
	return out
}
