package voting_test

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/jeugdstem/jeugdstem/ent/participation"
	entpoll "github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

const publishedPolls = `{ publishedPolls { id kind voted question { text lang } options { id label { text lang } pictogram }
	results { pollID status turnout turnoutSuppressed countsVisible
		options { optionID count suppressed firstPreferences bordaPoints } distribution { value count suppressed } median } } }`

type published struct {
	ID       string
	Kind     string
	Voted    bool
	Question struct{ Text, Lang string }
	Options  []struct {
		ID    string
		Label struct{ Text, Lang string }
	}
	Results json.RawMessage
}

func getPublished(t *testing.T, c *apitest.Client) map[string]published {
	t.Helper()
	var d struct{ PublishedPolls []published }
	c.Do(publishedPolls, nil).Must(t, &d)
	out := map[string]published{}
	for _, p := range d.PublishedPolls {
		out[p.ID] = p
	}
	return out
}

// resultsJSON is what pollResults gives c, in the shape publishedPolls has it.
func resultsJSON(t *testing.T, c *apitest.Client, id string) json.RawMessage {
	t.Helper()
	var d struct{ PollResults json.RawMessage }
	c.Do(`query($id: ID!) { pollResults(pollID: $id) { pollID status turnout turnoutSuppressed countsVisible
		options { optionID count suppressed firstPreferences bordaPoints } distribution { value count suppressed } median } }`,
		map[string]any{"id": id}).Must(t, &d)
	return d.PollResults
}

func sameJSON(a, b json.RawMessage) bool {
	var x, y any
	return json.Unmarshal(a, &x) == nil && json.Unmarshal(b, &y) == nil && reflect.DeepEqual(x, y)
}

// Children see the published results of the polls they were asked, in their language, with
// exactly the figures pollResults gives them: small counts stay withheld. Open, closed and
// unpublished polls, other councils' polls, other age bands' and other locations' are not listed.
func TestChildrenSeePublishedResultsOfTheirPolls(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newWorld(t, s)
		arabic := []map[string]any{{"lang": "nl", "text": "Wat eten we vrijdag?"}, {"lang": "ar", "text": "ماذا نأكل يوم الجمعة؟"}}

		// A council poll of 7 children split 5/2 (k = 5): the turnout shows, both counts are
		// withheld (the 5 would give the 2 away).
		split := w.openPoll(t, map[string]any{"kind": "YES_NO", "options": nil, "question": arabic})
		w.votes(t, split, append(repeat(5, 0), repeat(2, 1)...)...)
		// A location poll of 12 children, 7/5/0: every count shown.
		clear := w.openPoll(t, map[string]any{"councilID": nil, "locationID": w.loc.ID})
		w.votes(t, clear, append(repeat(7, 0), repeat(5, 1)...)...)
		// Not for children to see: open, closed but not published, a draft, another age band.
		open := w.openPoll(t, nil)
		closed := w.openPoll(t, nil)
		w.move(t, "closePoll", closed.ID)
		draft := w.newPoll(t, nil)
		teens := w.openPoll(t, map[string]any{"audienceAgeBands": []string{string(schematype.AgeBand15to17)}})
		w.move(t, "closePoll", teens.ID)
		w.move(t, "publishPollResults", teens.ID)

		me, child := w.child(t, "Lezer", "")
		vote(child, open.ID, "", open.Options[0].ID).Must(t, nil) // voting in an open poll lists nothing new
		got := getPublished(t, child)
		if len(got) != 2 {
			t.Fatalf("the child sees %d published polls, want the 2 they were asked: %v", len(got), got)
		}
		for _, id := range []string{open.ID, closed.ID, draft.ID, teens.ID} {
			if _, ok := got[id]; ok {
				t.Errorf("poll %s is listed though the child may not see its results", id)
			}
		}
		for _, p := range []poll{split, clear} {
			g, ok := got[p.ID]
			if !ok {
				t.Fatalf("published poll %s is missing", p.ID)
			}
			if want := resultsJSON(t, child, p.ID); !sameJSON(g.Results, want) {
				t.Errorf("poll %s: publishedPolls gives\n%s\npollResults gives\n%s", p.ID, g.Results, want)
			}
			if g.Voted {
				t.Errorf("poll %s says %s voted in it", p.ID, me.Pseudonym)
			}
		}
		var r results
		if err := json.Unmarshal(got[split.ID].Results, &r); err != nil {
			t.Fatal(err)
		}
		if !r.CountsVisible || !eqp(r.Turnout, intp(7)) {
			t.Errorf("5/2 poll: %s", r)
		}
		for _, o := range r.Options {
			if o.Count != nil || !o.Suppressed {
				t.Errorf("5/2 poll: a count a child could read or work out: %s", r)
			}
		}
		if q := got[split.ID].Question; q.Lang != "ar" || q.Text != "ماذا نأكل يوم الجمعة؟" {
			t.Errorf("question %+v, want the child's Arabic", q)
		}
		if err := json.Unmarshal(got[clear.ID].Results, &r); err != nil {
			t.Fatal(err)
		}
		for i, want := range []*int{intp(7), intp(5), intp(0)} {
			if !eqp(r.Options[i].Count, want) {
				t.Errorf("7/5/0 poll, option %d: %s", i, r)
			}
		}

		// A voter's list says they voted (never how).
		voter := s.DB.Client.Participation.Query().Where(participation.HasPollWith(entpoll.ID(split.ID))).QueryMember().FirstX(apitest.System())
		c := w.onTablet(t)
		c.YouthLogin(t, voter)
		if !getPublished(t, c)[split.ID].Voted {
			t.Errorf("a child who voted is not told so")
		}

		// Another council of the same location: the location poll only.
		other := s.NewCouncil(t, w.loc.ID, "Tienerraad")
		outsider := s.NewMember(t, other, "Buiten de raad")
		c = w.onTablet(t)
		c.YouthLogin(t, outsider)
		if got := getPublished(t, c); len(got) != 1 || got[clear.ID].ID == "" {
			t.Errorf("a child of another council sees %v, want only the location poll", got)
		}
		// Another location: nothing, and pollResults of these polls is NOT_FOUND.
		elsewhere := newWorld(t, s)
		_, far := elsewhere.child(t, "Ver weg", "")
		if got := getPublished(t, far); len(got) != 0 {
			t.Errorf("a child of another location sees %v", got)
		}
		far.Do(`query($id: ID!) { pollResults(pollID: $id) { turnout } }`, map[string]any{"id": clear.ID}).WantCode(t, "NOT_FOUND")
	})
}
