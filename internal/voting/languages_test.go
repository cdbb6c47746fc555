package voting_test

import (
	"fmt"
	"testing"

	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// A poll names the location's languages its question or an answer lacks, in the location's order,
// so the console can warn before it opens; standard answers count as written in every language,
// and filling in a draft (updatePoll) clears the warning.
func TestPollNamesTheLocationLanguagesItLacks(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		ctx := apitest.System()
		w := newWorld(t, s)
		s.DB.Client.Location.UpdateOneID(w.loc.ID).SetLanguages([]string{"ti", "ar", "nl"}).ExecX(ctx)
		missing := func(id string) string {
			t.Helper()
			var d struct {
				Node struct{ MissingLanguages []string }
			}
			w.staff.Do(`query($id: ID!) { node(id: $id) { ... on Poll { missingLanguages } } }`, map[string]any{"id": id}).Must(t, &d)
			return fmt.Sprint(d.Node.MissingLanguages)
		}
		tr := func(texts ...string) []map[string]any {
			var out []map[string]any
			for i := 0; i < len(texts); i += 2 {
				out = append(out, map[string]any{"lang": texts[i], "text": texts[i+1]})
			}
			return out
		}
		// Question in Dutch, English and Arabic; the answers in Dutch only.
		p := w.newPoll(t, map[string]any{"question": tr("nl", "Wat eten we?", "en", "What do we eat?", "ar", "ماذا نأكل؟")})
		if got := missing(p.ID); got != "[ti ar]" {
			t.Errorf("answers in Dutch only: missing %s, want [ti ar]", got)
		}
		w.staff.Do(`mutation($id: ID!, $in: UpdatePollInput!) { updatePoll(id: $id, input: $in) { id } }`, map[string]any{"id": p.ID, "in": map[string]any{
			"kind": "SINGLE_CHOICE", "theme": "FOOD",
			"question": tr("nl", "Wat eten we?", "ar", "ماذا نأكل؟", "ti", "እንታይ ንበልዕ?"),
			"options": []map[string]any{
				{"label": tr("nl", "Rijst", "ar", "أرز", "ti", "ሩዝ")},
				{"label": tr("nl", "Soep", "ar", "شوربة")},
			},
		}}).Must(t, nil)
		if got := missing(p.ID); got != "[ti]" {
			t.Errorf("one answer without Tigrinya: missing %s, want [ti]", got)
		}
		// Standard answers are in every language: only the question counts.
		yn := w.newPoll(t, map[string]any{"kind": "YES_NO", "options": nil, "question": tr("nl", "Goed?", "ar", "جيد؟", "ti", "ጽቡቕ ድዩ?")})
		if got := missing(yn.ID); got != "[]" {
			t.Errorf("yes/no in every location language: missing %s, want none", got)
		}
	})
}
