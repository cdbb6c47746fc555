package voting_test

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"testing"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// world is a location with a council, a facilitator signed in, and a tablet, as a poll scenario
// starts.
type world struct {
	s       *apitest.Server
	loc     *ent.Location
	council *ent.Council
	staff   *apitest.Client // a facilitator of loc
	tablet  *apitest.Client // an enrolled tablet of loc, nobody signed in
}

func newWorld(t *testing.T, s *apitest.Server) *world {
	t.Helper()
	w := &world{s: s, loc: s.NewLocation(t, "Locatie Noord")}
	w.council = s.NewCouncil(t, w.loc.ID, "Jongerenraad")
	w.staff = s.SignInAs(t, staffuser.RoleFACILITATOR, w.loc.ID)
	w.tablet = s.NewTablet(t, w.loc.ID)
	return w
}

// child registers a member of the council in band and signs them in on a browser that carries
// the world's tablet cookie (children share one tablet; enrolling many is rate limited).
func (w *world) child(t *testing.T, name string, band schematype.AgeBand) (*ent.YouthMember, *apitest.Client) {
	t.Helper()
	m := w.s.NewMember(t, w.council, name)
	if band != "" && band != m.AgeBand {
		m = w.s.DB.Client.YouthMember.UpdateOne(m).SetAgeBand(band).SaveX(apitest.System())
	}
	c := w.onTablet(t)
	c.YouthLogin(t, m)
	return m, c
}

// onTablet returns a new browser holding the world's tablet cookie.
func (w *world) onTablet(t *testing.T) *apitest.Client {
	t.Helper()
	c := w.s.NewClient(t)
	u, _ := url.Parse(w.s.URL)
	name := "__Host-jeugdstem-tablet"
	c.HTTP.Jar.SetCookies(u, []*http.Cookie{{Name: name, Value: w.tablet.Cookie(name), Path: "/", Secure: true}})
	return c
}

// poll is a created poll's ids.
type poll struct {
	ID      string
	Options []struct{ ID string }
}

const createPoll = `mutation($in: CreatePollInput!) { createPoll(input: $in) { id status options { id } } }`

// newPoll creates a poll as the world's facilitator; in is merged over a council SINGLE_CHOICE
// poll with three options.
func (w *world) newPoll(t *testing.T, in map[string]any) poll {
	t.Helper()
	base := map[string]any{
		"councilID": w.council.ID, "kind": "SINGLE_CHOICE", "theme": "FOOD",
		"question": []map[string]any{{"lang": "nl", "text": "Wat eten we vrijdag?"}, {"lang": "en", "text": "What do we eat on Friday?"}},
		"options": []map[string]any{
			{"label": []map[string]any{{"lang": "nl", "text": "Rijst"}}, "pictogram": "rice"},
			{"label": []map[string]any{{"lang": "nl", "text": "Pasta"}}, "pictogram": "pasta"},
			{"label": []map[string]any{{"lang": "nl", "text": "Soep"}}, "pictogram": "soup"},
		},
	}
	for k, v := range in {
		if v == nil {
			delete(base, k)
		} else {
			base[k] = v
		}
	}
	var d struct{ CreatePoll poll }
	w.staff.Do(createPoll, map[string]any{"in": base}).Must(t, &d)
	return d.CreatePoll
}

// openPoll creates a poll (as newPoll) and opens it.
func (w *world) openPoll(t *testing.T, in map[string]any) poll {
	t.Helper()
	p := w.newPoll(t, in)
	w.staff.Do(`mutation($id: ID!) { openPoll(id: $id) { status } }`, map[string]any{"id": p.ID}).Must(t, nil)
	return p
}

func (w *world) move(t *testing.T, op, id string) {
	t.Helper()
	w.staff.Do(fmt.Sprintf(`mutation($id: ID!) { %s(id: $id) { status } }`, op), map[string]any{"id": id}).Must(t, nil)
}

const castVote = `mutation($in: CastVoteInput!) { castVote(input: $in) { pollID accepted } }`

func vote(c *apitest.Client, pollID string, key string, optionIDs ...string) *apitest.Response {
	if key == "" {
		key = newKey()
	}
	return c.Do(castVote, map[string]any{"in": map[string]any{"pollID": pollID, "optionIDs": optionIDs, "idempotencyKey": key}})
}

func newKey() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// results is the answer of pollResults.
type results struct {
	Status            string
	Turnout           *int
	TurnoutSuppressed bool
	CountsVisible     bool
	Options           []struct {
		OptionID         string
		Count            *int
		Suppressed       bool
		FirstPreferences *int
		BordaPoints      *int
	}
	Distribution []struct {
		Value      int
		Count      *int
		Suppressed bool
	}
	Median *float64
}

const pollResults = `query($id: ID!) { pollResults(pollID: $id) { status turnout turnoutSuppressed countsVisible
	options { optionID count suppressed firstPreferences bordaPoints } distribution { value count suppressed } median } }`

func getResults(t *testing.T, c *apitest.Client, id string) results {
	t.Helper()
	var d struct{ PollResults results }
	c.Do(pollResults, map[string]any{"id": id}).Must(t, &d)
	return d.PollResults
}

func (r results) String() string {
	b, _ := json.Marshal(r)
	return string(b)
}

func intp(n int) *int { return &n }

func eqp(a, b *int) bool { return (a == nil) == (b == nil) && (a == nil || *a == *b) }
