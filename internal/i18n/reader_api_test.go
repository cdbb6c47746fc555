package i18n_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/jeugdstem/jeugdstem/ent/area"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/ent/threadresponse"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/i18n"
)

// A child whose profile says Farsi picks Tigrinya on the tablet's start screen, at a location
// whose languages are Arabic and Farsi. Nothing is written in Tigrinya, so every text a child
// reads (the poll's question and answers, the news, the places, the adults' answers) follows the
// one rule: the language chosen, the location's languages in order (Arabic), Dutch, English;
// never the profile's Farsi, never Dutch while Arabic exists. Choosing Dutch gives Dutch
// everywhere; a text written in the chosen language is shown in it.
func TestEveryTextFollowsTheLanguageChosen(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		ctx := apitest.System()
		l := s.NewLocation(t, "Rivierenland")
		s.DB.Client.Location.UpdateOneID(l.ID).SetLanguages([]string{"ar", "fa"}).ExecX(ctx)
		child := s.NewMember(t, s.NewCouncil(t, l.ID, "C"), "Red Lion")
		s.DB.Client.YouthMember.UpdateOneID(child.ID).SetLanguage("fa").ExecX(ctx)
		tablet := s.NewTablet(t, l.ID)
		tablet.YouthLogin(t, child)

		// Every text in Dutch, English, Farsi (second of the location) and Arabic (first).
		tr := func(word string) []map[string]string {
			return []map[string]string{{"lang": "nl", "text": word + "-nl"}, {"lang": "en", "text": word + "-en"},
				{"lang": "fa", "text": word + "-fa"}, {"lang": "ar", "text": word + "-ar"}}
		}
		staff := s.SignInAs(t, staffuser.RoleLOCATION_MANAGER, l.ID)
		var created struct {
			CreatePoll struct{ ID string } `json:"createPoll"`
		}
		staff.Do(`mutation($l: ID!, $q: [TranslationInput!]!, $a: [TranslationInput!]!, $b: [TranslationInput!]!) {
			createPoll(input: {scope: LOCATION, locationID: $l, kind: SINGLE_CHOICE, theme: FOOD, question: $q,
				options: [{label: $a}, {label: $b}]}) { id } }`,
			map[string]any{"l": l.ID, "q": tr("question"), "a": tr("answer"),
				"b": []map[string]string{{"lang": "nl", "text": "other-nl"}, {"lang": "ti", "text": "other-ti"}}}).Must(t, &created)
		staff.Do(`mutation($id: ID!) { openPoll(id: $id) { id } }`, map[string]any{"id": created.CreatePoll.ID}).Must(t, nil)
		staff.Do(`mutation($l: ID!, $t: [TranslationInput!]!, $b: [TranslationInput!]!) {
			createAnnouncement(input: {locationID: $l, title: $t, body: $b}) { id } }`,
			map[string]any{"l": l.ID, "t": tr("news"), "b": tr("body")}).Must(t, nil)

		translations := func(word string) []schematype.Translation {
			var ts []schematype.Translation
			for _, x := range tr(word) {
				ts = append(ts, schematype.Translation{Lang: x["lang"], Text: x["text"]})
			}
			return ts
		}
		place := s.DB.Client.Area.Create().SetLocationID(l.ID).SetKind(area.KindKITCHEN).SetName(translations("place")).SaveX(ctx)
		thread := s.DB.Client.FeedbackThread.Create().SetLocationID(l.ID).SetTheme(schematype.ThemeFood).
			SetTitle("Soup").SetArea(place).SetVisibleAt(place.CreatedAt).SaveX(ctx)
		manager := s.DB.Client.StaffUser.Query().Where(staffuser.RoleEQ(staffuser.RoleLOCATION_MANAGER)).FirstX(ctx)
		s.DB.Client.ThreadResponse.Create().SetThread(thread).SetAuthor(manager).SetStatus(threadresponse.StatusDONE).
			SetBody(translations("reply")).ExecX(ctx)

		read := func(acceptLanguage string) map[string]string {
			t.Helper()
			body, _ := json.Marshal(map[string]any{"query": `{
				openPolls { question { text lang } options { label { text lang } } }
				announcements { title body language }
				threadBoard { area { localName { text lang } } latestResponse { text language } }
				me { ... on YouthMember { location { areas { localName { text lang } } } } }
			}`})
			req, _ := http.NewRequest(http.MethodPost, s.URL+"/graphql", strings.NewReader(string(body)))
			req.Header.Set("Content-Type", "application/json")
			if acceptLanguage != "" {
				req.Header.Set("Accept-Language", acceptLanguage)
			}
			var data struct {
				OpenPolls []struct {
					Question i18n.Text
					Options  []struct{ Label i18n.Text }
				}
				Announcements []struct{ Title, Body, Language string }
				ThreadBoard   []struct {
					Area           struct{ LocalName i18n.Text }
					LatestResponse struct{ Text, Language string }
				}
				Me struct {
					Location struct {
						Areas []struct{ LocalName i18n.Text }
					}
				}
			}
			tablet.Send(req).Must(t, &data)
			if len(data.OpenPolls) != 1 || len(data.OpenPolls[0].Options) != 2 || len(data.Announcements) != 1 ||
				len(data.ThreadBoard) != 1 || len(data.Me.Location.Areas) != 1 {
				t.Fatalf("the child reads %+v, want one poll with two answers, one news item, one answered thread, one place", data)
			}
			p, a, b := data.OpenPolls[0], data.Announcements[0], data.ThreadBoard[0]
			return map[string]string{
				"question": p.Question.Text + "|" + p.Question.Lang,
				"answer":   p.Options[0].Label.Text + "|" + p.Options[0].Label.Lang,
				"other":    p.Options[1].Label.Text + "|" + p.Options[1].Label.Lang,
				"news":     a.Title + "|" + a.Language,
				"body":     a.Body,
				"place":    b.Area.LocalName.Text + "|" + b.Area.LocalName.Lang,
				"my place": data.Me.Location.Areas[0].LocalName.Text + "|" + data.Me.Location.Areas[0].LocalName.Lang,
				"reply":    b.LatestResponse.Text + "|" + b.LatestResponse.Language,
			}
		}
		want := func(lang, other string) map[string]string {
			return map[string]string{
				"question": "question-" + lang + "|" + lang, "answer": "answer-" + lang + "|" + lang,
				"other": "other-" + other + "|" + other, "news": "news-" + lang + "|" + lang, "body": "body-" + lang,
				"place": "place-" + lang + "|" + lang, "my place": "place-" + lang + "|" + lang, "reply": "reply-" + lang + "|" + lang,
			}
		}
		for _, tc := range []struct {
			name, header string
			want         map[string]string
		}{
			// Tigrinya chosen: Arabic, the location's first language, wherever Tigrinya is missing.
			{"Tigrinya", "ti", want("ar", "ti")},
			{"Tigrinya, as a browser says it", "ti-ER,ti;q=0.9,en;q=0.5", want("ar", "ti")},
			{"Dutch", "nl", want("nl", "nl")},
			{"Arabic", "ar", want("ar", "nl")},
			// Nothing chosen (an API client): the child's profile language.
			{"none", "", want("fa", "nl")},
			{"an unsupported one", "de-DE", want("fa", "nl")},
		} {
			got := read(tc.header)
			for k, w := range tc.want {
				if got[k] != w {
					t.Errorf("%s chosen: %s is %q, want %q", tc.name, k, got[k], w)
				}
			}
		}
	})
}

// The chain itself: each language once, unsupported ones left out, Dutch and English last.
func TestChainFor(t *testing.T) {
	for _, tc := range []struct {
		chosen   string
		location []string
		want     string
	}{
		{"ti", []string{"ar", "fa"}, "ti ar fa nl en"},
		{"ar", []string{"ar", "nl"}, "ar nl en"},
		{"xx", []string{"fa", "yy"}, "fa nl en"},
		{"", nil, "nl en"},
		{"en", nil, "en nl"},
	} {
		if got := strings.Join(i18n.ChainFor(tc.chosen, tc.location), " "); got != tc.want {
			t.Errorf("ChainFor(%q, %v) = %q, want %q", tc.chosen, tc.location, got, tc.want)
		}
	}
	for header, want := range map[string]string{
		"ti": "ti", "ar-SY,ar;q=0.9": "ar", "de,fa;q=0.8,nl;q=0.9": "nl", "en;q=0.1,ps;q=0.2": "ps", "": "", "de": "", "nl;q=x": "",
	} {
		if got := i18n.FromAcceptLanguage(header); got != want {
			t.Errorf("FromAcceptLanguage(%q) = %q, want %q", header, got, want)
		}
	}
}
