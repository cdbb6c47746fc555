package apitest

import (
	"fmt"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/location"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/auth"
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
