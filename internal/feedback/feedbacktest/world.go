// Package feedbacktest builds the world the feedback and moderation API scenarios run in: two
// locations, their children on enrolled tablets, and staff in every role, all signed in through
// the real API. Staff browsers are made when first asked for, since sign-ins are rate limited.
package feedbacktest

import (
	"encoding/json"
	"testing"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// World is location A (where most things happen) and location B (someone else's).
type World struct {
	S          *apitest.Server
	LocA, LocB *ent.Location
	CouncilA   *ent.Council
	CouncilB   *ent.Council
	// Children of A: Author writes most posts, Other reads them; ChildB lives at B.
	Author, Other, ChildB *ent.YouthMember

	tablets map[string]*apitest.Client // by "member@location", or location for a bare tablet
	staff   map[string]*apitest.Client
	users   map[string]*ent.StaffUser
}

// New builds the world on a fresh server.
func New(t testing.TB, s *apitest.Server) *World {
	t.Helper()
	w := &World{S: s, tablets: map[string]*apitest.Client{}, staff: map[string]*apitest.Client{},
		users: map[string]*ent.StaffUser{}}
	w.LocA, w.LocB = s.NewLocation(t, "Azc Noord"), s.NewLocation(t, "Azc Zuid")
	w.CouncilA, w.CouncilB = s.NewCouncil(t, w.LocA.ID, "Raad A"), s.NewCouncil(t, w.LocB.ID, "Raad B")
	w.Author = s.NewMember(t, w.CouncilA, "Blue Fox")
	w.Other = s.NewMember(t, w.CouncilA, "Green Owl")
	w.ChildB = s.NewMember(t, w.CouncilB, "Red Bear")
	return w
}

// Staff roles, as World.As names them: a role alone works at A; with the suffix _B at B.
const (
	Moderator           = "MODERATOR"
	SafeguardingOfficer = "SAFEGUARDING_OFFICER"
	Facilitator         = "FACILITATOR"
	Manager             = "LOCATION_MANAGER"
	Partner             = "PARTNER"
	NationalAdmin       = "NATIONAL_ADMIN"
	ModeratorB          = "MODERATOR_B"
	SafeguardingB       = "SAFEGUARDING_OFFICER_B"
	ManagerB            = "LOCATION_MANAGER_B"
)

// As returns a browser signed in as the staff user with that role (see the constants).
func (w *World) As(t testing.TB, who string) *apitest.Client {
	t.Helper()
	if c, ok := w.staff[who]; ok {
		return c
	}
	role, locs := who, []string{w.LocA.ID}
	switch who {
	case ModeratorB, SafeguardingB, ManagerB:
		role, locs = who[:len(who)-2], []string{w.LocB.ID}
	case NationalAdmin:
		locs = nil
	}
	u := w.S.NewStaff(t, staffuser.Role(role), locs...)
	w.users[who] = u
	w.staff[who] = w.S.SignIn(t, u)
	return w.staff[who]
}

// User is the staff user behind As(who).
func (w *World) User(t testing.TB, who string) *ent.StaffUser {
	t.Helper()
	w.As(t, who)
	return w.users[who]
}

// Child returns a tablet at m's current location with m signed in on it. Every child gets a
// tablet of their own (at each location they live at), so scenarios never switch children on one
// tablet and stay far below the sign-in rate limits.
func (w *World) Child(t testing.TB, m *ent.YouthMember) *apitest.Client {
	t.Helper()
	loc := w.S.DB.Client.YouthMember.GetX(apitest.System(), m.ID).LocationID
	key := m.ID + "@" + loc
	if c, ok := w.tablets[key]; ok {
		return c
	}
	c := w.S.NewTablet(t, loc)
	c.YouthLogin(t, m)
	w.tablets[key] = c
	return c
}

// BareTablet returns an enrolled tablet of a location with nobody signed in on it.
func (w *World) BareTablet(t testing.TB, locationID string) *apitest.Client {
	t.Helper()
	if c, ok := w.tablets[locationID]; ok {
		return c
	}
	w.tablets[locationID] = w.S.NewTablet(t, locationID)
	return w.tablets[locationID]
}

// StartThread has child start a thread at their location and returns the thread's and the first
// post's ids.
func (w *World) StartThread(t testing.TB, child *ent.YouthMember, title, body string) (threadID, postID string) {
	t.Helper()
	var d struct {
		StartThread struct {
			ID           string
			Conversation []struct{ ID string }
		}
	}
	loc := w.S.DB.Client.YouthMember.GetX(apitest.System(), child.ID).LocationID
	w.Child(t, child).Do(`mutation($l: ID!, $title: String!, $body: String!) {
		startThread(input: {locationID: $l, theme: HOUSING_HYGIENE, title: $title, body: $body, language: "nl"}) { id conversation { id } } }`,
		map[string]any{"l": loc, "title": title, "body": body}).Must(t, &d)
	if len(d.StartThread.Conversation) != 1 {
		t.Fatalf("the child does not see their first post: %+v", d)
	}
	return d.StartThread.ID, d.StartThread.Conversation[0].ID
}

// Post has child post in a thread and returns the post's id.
func (w *World) Post(t testing.TB, child *ent.YouthMember, threadID, body string) string {
	t.Helper()
	var d struct {
		PostFeedback struct{ ID, ModerationState string }
	}
	w.Child(t, child).Do(`mutation($t: ID!, $b: String!) { postFeedback(input: {threadID: $t, body: $b, language: "nl"}) { id moderationState } }`,
		map[string]any{"t": threadID, "b": body}).Must(t, &d)
	if d.PostFeedback.ModerationState != "PENDING" {
		t.Fatalf("a new post is %s, want PENDING", d.PostFeedback.ModerationState)
	}
	return d.PostFeedback.ID
}

// Moderate has the moderator of A decide on a post; reason is "" unless rejecting.
func (w *World) Moderate(t testing.TB, postID, decision, reason string) {
	t.Helper()
	w.Decide(t, w.As(t, Moderator), postID, decision, reason).Must(t, nil)
}

// Decide sends moderatePost as c and returns the answer.
func (w *World) Decide(t testing.TB, c *apitest.Client, postID, decision, reason string) *apitest.Response {
	t.Helper()
	vars := map[string]any{"p": postID, "d": decision}
	if reason != "" {
		vars["r"] = reason
	}
	return c.Do(`mutation($p: ID!, $d: ModerationDecisionDecision!, $r: ModerationDecisionReasonCode) {
		moderatePost(input: {postID: $p, decision: $d, reasonCode: $r}) { id moderationState } }`, vars)
}

// IDs decodes the ids at a JSON path of an answer's data, e.g. IDs(t, r, "node", "posts").
func IDs(t testing.TB, r *apitest.Response, path ...string) []string {
	t.Helper()
	var v any
	r.Must(t, &v)
	var ids []string
	var walk func(v any, path []string)
	walk = func(v any, path []string) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				walk(e, path)
			}
		case map[string]any:
			if len(path) == 0 {
				if id, ok := x["id"].(string); ok {
					ids = append(ids, id)
				}
				return
			}
			walk(x[path[0]], path[1:])
		}
	}
	walk(v, path)
	return ids
}

// Data decodes an answer's data into v, failing on errors.
func Data[T any](t testing.TB, r *apitest.Response) T {
	t.Helper()
	var v T
	if len(r.Errors) > 0 {
		t.Fatalf("unexpected errors: %+v", r.Errors)
	}
	if err := json.Unmarshal(r.Data, &v); err != nil {
		t.Fatalf("decoding %s: %v", r.Data, err)
	}
	return v
}
