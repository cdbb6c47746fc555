package apitest

import (
	"context"
	"crypto/rand"
	"fmt"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/council"
	"github.com/jeugdstem/jeugdstem/ent/location"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/auth"
	"github.com/jeugdstem/jeugdstem/internal/keyring"
	"github.com/jeugdstem/jeugdstem/internal/voting"
	"github.com/jeugdstem/jeugdstem/policies"
)

var seq atomic.Int64

// StaffPassword is the password of staff users made by NewStaff.
const StaffPassword = "correct horse battery staple"

// NewStaff stores a staff user with role and locations, directly in the database.
func (s *Server) NewStaff(t testing.TB, role staffuser.Role, locationIDs ...string) *ent.StaffUser {
	t.Helper()
	n := seq.Add(1)
	u, err := auth.CreateStaffUser(System(), s.DB.Client, auth.NewStaffUser{
		Email:       fmt.Sprintf("%s-%d@test.jeugdstem", strings.ToLower(string(role)), n),
		DisplayName: fmt.Sprintf("%s %d", role, n),
		Password:    StaffPassword,
		Role:        role,
		LocationIDs: locationIDs,
	})
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// SignIn signs u in through the API in a new browser.
func (s *Server) SignIn(t testing.TB, u *ent.StaffUser) *Client {
	t.Helper()
	c := s.NewClient(t)
	c.Do(`mutation($e: String!, $p: String!) { staffLogin(email: $e, password: $p) { id } }`,
		map[string]any{"e": u.Email, "p": StaffPassword}).Must(t, nil)
	return c
}

// SignInAs creates a staff user with role and locations and signs them in.
func (s *Server) SignInAs(t testing.TB, role staffuser.Role, locationIDs ...string) *Client {
	t.Helper()
	return s.SignIn(t, s.NewStaff(t, role, locationIDs...))
}

// NewLocation stores a location directly in the database.
func (s *Server) NewLocation(t testing.TB, name string) *ent.Location {
	t.Helper()
	l, err := s.DB.Client.Location.Create().SetName(name).SetKind(location.KindREGULAR).
		SetChildrenHoused(50).SetLanguages([]string{"ar", "nl"}).Save(System())
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// NewCouncil stores a council at a location.
func (s *Server) NewCouncil(t testing.TB, locationID, name string) *ent.Council {
	t.Helper()
	c, err := s.DB.Client.Council.Create().SetLocationID(locationID).SetName(name).
		SetAgeGroup(council.AgeGroupMIXED).Save(System())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestPIN is the picture-PIN of members made by NewMember.
var TestPIN = []int{1, 2, 3, 4}

// NewMember stores a child on a council with TestPIN as picture-PIN.
func (s *Server) NewMember(t testing.TB, c *ent.Council, pseudonym string) *ent.YouthMember {
	t.Helper()
	pins := s.PINs
	if pins == nil { // a Server put together by hand, signing with TestKey
		pins = auth.NewPINs(keyring.MustNew([][]byte{TestKey}))
	}
	hash, err := pins.Hash(TestPIN)
	if err != nil {
		t.Fatal(err)
	}
	m, err := s.DB.Client.YouthMember.Create().SetLocationID(c.LocationID).SetPseudonym(pseudonym).
		SetAvatar("fox").SetAgeBand(schematype.AgeBand9to11).SetLanguage("ar").SetPinHash(hash).Save(System())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.DB.Client.Membership.Create().SetCouncilID(c.ID).SetMemberID(m.ID).Exec(System()); err != nil {
		t.Fatal(err)
	}
	return m
}

// NewTablet returns a browser enrolled as a tablet of the location: a facilitator of it signs in
// there, enrolls it and signs out, as happens on a real device.
func (s *Server) NewTablet(t testing.TB, locationID string) *Client {
	t.Helper()
	f := s.NewStaff(t, staffuser.RoleFACILITATOR, locationID)
	c := s.NewClient(t)
	c.Do(`mutation($e: String!, $p: String!) { staffLogin(email: $e, password: $p) { id } }`,
		map[string]any{"e": f.Email, "p": StaffPassword}).Must(t, nil)
	c.Do(`mutation($l: ID!) { enrollTablet(locationID: $l, name: "Tablet") { id } }`,
		map[string]any{"l": locationID}).Must(t, nil)
	c.Do(`mutation { logout }`, nil).Must(t, nil)
	return c
}

// YouthLogin signs member in on the tablet browser c with TestPIN.
func (c *Client) YouthLogin(t testing.TB, m *ent.YouthMember) {
	t.Helper()
	c.Do(`mutation($m: ID!, $p: [Int!]!) { youthLogin(memberID: $m, pin: $p) { id } }`,
		map[string]any{"m": m.ID, "p": TestPIN}).Must(t, nil)
}

// Cookie returns the value of the named cookie the client holds for the server, or "".
func (c *Client) Cookie(name string) string {
	u, _ := url.Parse(c.srv.URL)
	for _, ck := range c.HTTP.Jar.Cookies(u) {
		if ck.Name == name {
			return ck.Value
		}
	}
	return ""
}

// Via returns the same browser (cookies and all) talking to another server, as a load balancer
// would send it to another instance. Test servers share one certificate, and cookies are kept
// per host, not per port.
func (c *Client) Via(s *Server) *Client {
	return &Client{t: c.t, srv: s, HTTP: c.HTTP, ForwardedFor: c.ForwardedFor}
}

// VoteAs casts m's ballot in pollID through the real vote (voting.CastVote), as m signed in on a
// tablet of their location: for tests that arrange many votes without a tablet session each.
func (s *Server) VoteAs(t testing.TB, m *ent.YouthMember, pollID string, optionIDs ...string) {
	t.Helper()
	ctx := policies.NewContext(context.Background(), &policies.Viewer{
		TabletID: "test-tablet", TabletLocationID: m.LocationID,
		MemberID: m.ID, AgeBand: string(m.AgeBand), Language: m.Language,
	})
	if _, err := s.Votes.CastVote(ctx, voting.Ballot{PollID: pollID, OptionIDs: optionIDs, IdempotencyKey: rand.Text()}); err != nil {
		t.Fatalf("vote of %s in %s: %v", m.ID, pollID, err)
	}
}
