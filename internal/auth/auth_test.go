package auth_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent/session"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/auth"
	"github.com/jeugdstem/jeugdstem/internal/ratelimit"
)

const createLocation = `mutation { createLocation(input: {name: "X", kind: REGULAR}) { id } }`

// replay sends the raw cookie header on a fresh client, as an attacker who copied it would.
func replay(t *testing.T, s *apitest.Server, cookieName, value, query string) *apitest.Response {
	t.Helper()
	c := s.NewClient(t)
	req, _ := http.NewRequest(http.MethodPost, s.URL+"/graphql", strings.NewReader(fmt.Sprintf(`{"query":%q}`, query)))
	req.Header.Set("Content-Type", "application/json")
	req.AddCookie(&http.Cookie{Name: cookieName, Value: value})
	return c.Send(req)
}

func TestSessionCookieFlags(t *testing.T) {
	b := apitest.Backends(t)[0]
	for _, tc := range []struct {
		dev                    bool
		session, tablet, flags string
	}{
		{dev: false, session: "__Host-jeugdstem-session", tablet: "__Host-jeugdstem-tablet", flags: "Secure"},
		{dev: true, session: "jeugdstem-session", tablet: "jeugdstem-tablet"},
	} {
		t.Run(fmt.Sprintf("dev=%v", tc.dev), func(t *testing.T) {
			s := apitest.Start(t, b, apitest.Options{Dev: tc.dev})
			l := s.NewLocation(t, "A")
			u := s.NewStaff(t, staffuser.RoleFACILITATOR, l.ID)
			c := s.NewClient(t)
			res := c.Do(`mutation($e: String!, $p: String!) { staffLogin(email: $e, password: $p) { id } }`,
				map[string]any{"e": u.Email, "p": apitest.StaffPassword}).Must(t, nil)
			if cc := res.Header.Get("Cache-Control"); cc != "no-store" {
				t.Errorf("Cache-Control = %q", cc)
			}
			checkCookie(t, res.Header, tc.session, tc.dev, 12*time.Hour)
			checkCookie(t, res.Header, strings.Replace(tc.session, "session", "staff-device", 1), tc.dev, 180*24*time.Hour)
			res = c.Do(`mutation($l: ID!) { enrollTablet(locationID: $l, name: "T") { id } }`, map[string]any{"l": l.ID}).Must(t, nil)
			checkCookie(t, res.Header, tc.tablet, tc.dev, 365*24*time.Hour)
		})
	}
}

func checkCookie(t *testing.T, h http.Header, name string, dev bool, maxAge time.Duration) {
	t.Helper()
	for _, line := range h.Values("Set-Cookie") {
		if !strings.HasPrefix(line, name+"=") {
			continue
		}
		want := []string{"Path=/", "HttpOnly", "SameSite=Strict", fmt.Sprintf("Max-Age=%d", int(maxAge.Seconds()))}
		if !dev {
			want = append(want, "Secure")
		}
		for _, w := range want {
			if !strings.Contains(line, w) {
				t.Errorf("cookie %s lacks %s: %s", name, w, line)
			}
		}
		if dev && strings.Contains(line, "Secure") {
			t.Errorf("dev cookie %s is Secure (plain HTTP would drop it): %s", name, line)
		}
		if strings.Contains(line, "Domain=") {
			t.Errorf("cookie %s has a Domain: %s", name, line)
		}
		return
	}
	t.Errorf("no Set-Cookie for %s in %v", name, h.Values("Set-Cookie"))
}

func TestStoredPasswordHashesAreArgon2id(t *testing.T) {
	s := apitest.Start(t, apitest.Backends(t)[0], apitest.Options{})
	l := s.NewLocation(t, "A")
	u := s.NewStaff(t, staffuser.RoleFACILITATOR, l.ID)
	for name, hash := range map[string]string{"password": u.PasswordHash} {
		p, err := auth.ParseHash(hash)
		if err != nil {
			t.Fatalf("%s hash %q: %v", name, hash, err)
		}
		if !strings.HasPrefix(hash, "$argon2id$v=19$") || p.MemoryKiB < 19*1024 || p.Time < 2 || p.Threads != 1 || len(p.Salt) < 16 || len(p.Key) < 32 {
			t.Errorf("%s hash parameters %+v are below argon2id m=19456,t=2,p=1", name, p)
		}
	}
	// The same secret hashes differently every time (a random salt).
	h1, _ := auth.HashPassword("x")
	h2, _ := auth.HashPassword("x")
	if h1 == h2 {
		t.Error("two hashes of one password are equal: no salt")
	}
}

func TestSignInLogoutAndReplay(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		u := s.NewStaff(t, staffuser.RoleNATIONAL_ADMIN)
		c := s.SignIn(t, u)
		first := c.Cookie("__Host-jeugdstem-session")
		// Signing in again in the same browser gives a new session id and ends the old session.
		c.Do(`mutation($e: String!, $p: String!) { staffLogin(email: $e, password: $p) { id } }`,
			map[string]any{"e": u.Email, "p": apitest.StaffPassword}).Must(t, nil)
		second := c.Cookie("__Host-jeugdstem-session")
		if first == "" || first == second {
			t.Fatalf("session cookie not renewed on sign-in: %q → %q", first, second)
		}
		if n := s.DB.Client.Session.Query().CountX(apitest.System()); n != 1 {
			t.Errorf("%d session rows after signing in twice, want 1", n)
		}
		replay(t, s, "__Host-jeugdstem-session", first, createLocation).WantCode(t, "UNAUTHENTICATED")
		replay(t, s, "__Host-jeugdstem-session", second, createLocation).Must(t, nil)

		c.Do(`mutation { logout }`, nil).Must(t, nil)
		replay(t, s, "__Host-jeugdstem-session", second, createLocation).WantCode(t, "UNAUTHENTICATED")
		var me struct{ Me any }
		replay(t, s, "__Host-jeugdstem-session", second, `{ me { __typename } }`).Must(t, &me)
		if me.Me != nil {
			t.Errorf("me after logout = %v", me.Me)
		}

		c.Do(`mutation { staffLogin(email: "nobody@x.test", password: "wrong password!") { id } }`, nil).WantCode(t, "UNAUTHENTICATED")
		c.Do(fmt.Sprintf(`mutation { staffLogin(email: %q, password: "wrong password!") { id } }`, u.Email), nil).WantCode(t, "UNAUTHENTICATED")
	})
}

func TestExpiredAndTamperedSessionsAreRejected(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		ctx := apitest.System()
		for _, tc := range []struct {
			name   string
			expire func(id string)
		}{
			{"idle for 31 minutes", func(id string) {
				s.DB.Client.Session.UpdateOneID(id).SetLastSeenAt(time.Now().Add(-31 * time.Minute)).ExecX(ctx)
			}},
			{"past the absolute end", func(id string) {
				s.DB.Client.Session.UpdateOneID(id).SetExpiresAt(time.Now().Add(-time.Second)).ExecX(ctx)
			}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				c := s.SignInAs(t, staffuser.RoleNATIONAL_ADMIN)
				c.Do(createLocation, nil).Must(t, nil)
				row := s.DB.Client.Session.Query().Order(session.ByCreatedAt()).AllX(ctx)
				tc.expire(row[len(row)-1].ID)
				c.Do(createLocation, nil).WantCode(t, "UNAUTHENTICATED")
			})
		}
		t.Run("tampered cookie", func(t *testing.T) {
			c := s.SignInAs(t, staffuser.RoleNATIONAL_ADMIN)
			v := c.Cookie("__Host-jeugdstem-session")
			i := len(v) / 2
			flipped := byte('A')
			if v[i] == 'A' {
				flipped = 'B'
			}
			replay(t, s, "__Host-jeugdstem-session", v[:i]+string(flipped)+v[i+1:], createLocation).WantCode(t, "UNAUTHENTICATED")
			replay(t, s, "__Host-jeugdstem-session", v, createLocation).Must(t, nil)
		})
		t.Run("youth idle for 3 minutes", func(t *testing.T) {
			l := s.NewLocation(t, "Y")
			m := s.NewMember(t, s.NewCouncil(t, l.ID, "C"), "Idle Owl")
			tab := s.NewTablet(t, l.ID)
			tab.YouthLogin(t, m)
			s.DB.Client.Session.Update().Where(session.MemberID(m.ID)).SetLastSeenAt(time.Now().Add(-3 * time.Minute)).ExecX(ctx)
			var me struct{ Me any }
			tab.Do(`{ me { __typename } }`, nil).Must(t, &me)
			if me.Me != nil {
				t.Errorf("an idle child session still signs in: %v", me.Me)
			}
		})
	})
}

func TestKeyRotation(t *testing.T) {
	b := apitest.Backends(t)[0]
	oldKey, newKey := []byte(strings.Repeat("o", 32)), []byte(strings.Repeat("n", 32))
	first := apitest.Start(t, b, apitest.Options{SessionKeys: [][]byte{oldKey}})
	c := first.SignInAs(t, staffuser.RoleNATIONAL_ADMIN)
	cookie := c.Cookie("__Host-jeugdstem-session")

	rotated := apitest.StartOn(t, first.DSN, apitest.Options{SessionKeys: [][]byte{newKey, oldKey}})
	replay(t, rotated, "__Host-jeugdstem-session", cookie, createLocation).Must(t, nil)
	// New sessions are signed with the new key: they do not verify with the old key alone.
	fresh := rotated.SignInAs(t, staffuser.RoleNATIONAL_ADMIN).Cookie("__Host-jeugdstem-session")
	replay(t, first, "__Host-jeugdstem-session", fresh, createLocation).WantCode(t, "UNAUTHENTICATED")

	dropped := apitest.StartOn(t, first.DSN, apitest.Options{SessionKeys: [][]byte{newKey}})
	replay(t, dropped, "__Host-jeugdstem-session", cookie, createLocation).WantCode(t, "UNAUTHENTICATED")
	replay(t, dropped, "__Host-jeugdstem-session", fresh, createLocation).Must(t, nil)
}

func TestCrossSitePostChangesNothing(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		c := s.SignInAs(t, staffuser.RoleNATIONAL_ADMIN)
		before := s.DB.Client.Location.Query().CountX(apitest.System())
		req, _ := http.NewRequest(http.MethodPost, s.URL+"/graphql", strings.NewReader(fmt.Sprintf(`{"query":%q}`, createLocation)))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Origin", "https://evil.example")
		req.Header.Set("Sec-Fetch-Site", "cross-site")
		res, err := c.HTTP.Do(req) // carries the signed-in cookie
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusForbidden {
			t.Errorf("cross-site POST status = %d, want 403", res.StatusCode)
		}
		if after := s.DB.Client.Location.Query().CountX(apitest.System()); after != before {
			t.Errorf("a cross-site POST created a location (%d → %d)", before, after)
		}
	})
}

// Guesses sent as aliases of one request count one by one, like guesses in separate requests:
// the free tries, then a pause; and only after MaxPINAttempts wrong in a row (the pauses waited
// out) is the member locked until a youth worker unlocks them.
func TestAliasedPINGuessesCountOneByOne(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		l := s.NewLocation(t, "A")
		m := s.NewMember(t, s.NewCouncil(t, l.ID, "C"), "Blue Fox")
		tab := s.NewTablet(t, l.ID)
		var q strings.Builder
		q.WriteString("mutation {")
		for i := range 50 {
			fmt.Fprintf(&q, " g%d: youthLogin(memberID: %q, pin: [8, 8, %d, %d]) { id }", i, m.ID, i/9%9, i%9)
		}
		q.WriteString(" }")
		res := tab.Do(q.String(), nil)
		codes := map[string]int{}
		for _, e := range res.Errors {
			codes[e.Code()]++
		}
		if codes["UNAUTHENTICATED"] != auth.FreePINTries || codes["RATE_LIMITED"] != 50-auth.FreePINTries {
			t.Errorf("error codes %v: want exactly %d wrong-PIN answers, the rest asked to wait", codes, auth.FreePINTries)
		}
		got := s.DB.Client.YouthMember.GetX(apitest.System(), m.ID)
		if got.LockedAt != nil || got.FailedPinAttempts != auth.FreePINTries || got.PinRetryAt == nil {
			t.Fatalf("after 50 aliased guesses: locked_at=%v attempts=%d retry_at=%v, want %d counted and a pause",
				got.LockedAt, got.FailedPinAttempts, got.PinRetryAt, auth.FreePINTries)
		}
		// The right PIN waits too: the pause holds for every guess.
		tab.Do(`mutation($m: ID!, $p: [Int!]!) { youthLogin(memberID: $m, pin: $p) { id } }`,
			map[string]any{"m": m.ID, "p": apitest.TestPIN}).WantCode(t, "RATE_LIMITED")

		// Wrong on, each pause waited out, up to the hard lock.
		for i := auth.FreePINTries; i < auth.MaxPINAttempts; i++ {
			s.DB.Client.YouthMember.UpdateOneID(m.ID).ClearPinRetryAt().ExecX(apitest.System())
			want := "UNAUTHENTICATED"
			if i == auth.MaxPINAttempts-1 {
				want = "FORBIDDEN"
			}
			tab.Do(`mutation($m: ID!) { youthLogin(memberID: $m, pin: [8, 8, 8, 8]) { id } }`, map[string]any{"m": m.ID}).WantCode(t, want)
		}
		got = s.DB.Client.YouthMember.GetX(apitest.System(), m.ID)
		if got.LockedAt == nil || got.FailedPinAttempts != auth.MaxPINAttempts {
			t.Fatalf("after %d wrong PINs: locked_at=%v attempts=%d, want locked", auth.MaxPINAttempts, got.LockedAt, got.FailedPinAttempts)
		}
		// The right PIN does not open a locked member, on any tablet, however long one waits.
		s.DB.Client.YouthMember.UpdateOneID(m.ID).ClearPinRetryAt().ExecX(apitest.System())
		other := s.NewTablet(t, l.ID)
		other.Do(`mutation($m: ID!, $p: [Int!]!) { youthLogin(memberID: $m, pin: $p) { id } }`,
			map[string]any{"m": m.ID, "p": apitest.TestPIN}).WantCode(t, "FORBIDDEN")

		f := s.SignInAs(t, staffuser.RoleFACILITATOR, l.ID)
		f.Do(`mutation($m: ID!) { unlockYouthMember(memberID: $m) { id lockedAt } }`, map[string]any{"m": m.ID}).Must(t, nil)
		other.YouthLogin(t, m)
	})
}

func TestChildrenOnOneTablet(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		l := s.NewLocation(t, "A")
		c := s.NewCouncil(t, l.ID, "C")
		a, b := s.NewMember(t, c, "Child A"), s.NewMember(t, c, "Child B")
		tab := s.NewTablet(t, l.ID)

		var members struct {
			TabletMembers []struct{ ID, Pseudonym string }
		}
		tab.Do(`{ tabletMembers { id pseudonym } }`, nil).Must(t, &members)
		if len(members.TabletMembers) != 2 {
			t.Fatalf("tabletMembers = %+v", members)
		}

		tab.YouthLogin(t, a)
		sessionA := tab.Cookie("__Host-jeugdstem-session")
		tab.YouthLogin(t, b)
		var me struct {
			Me struct{ ID, Pseudonym string }
		}
		tab.Do(`{ me { ... on YouthMember { id pseudonym } } }`, nil).Must(t, &me)
		if me.Me.ID != b.ID {
			t.Fatalf("me = %+v, want child B", me.Me)
		}
		// B sees nothing of A: not by id, and A's session is over.
		tab.Do(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": a.ID}).WantCode(t, "NOT_FOUND")
		if n := s.DB.Client.Session.Query().Where(session.MemberID(a.ID)).CountX(apitest.System()); n != 0 {
			t.Errorf("child A still has %d session(s) after child B signed in", n)
		}
		replay(t, s, "__Host-jeugdstem-session", sessionA, `{ me { __typename } }`).Must(t, &me)
		if me.Me.ID == a.ID {
			t.Error("child A's old cookie still signs A in")
		}
		// A youth member calling a staff mutation is FORBIDDEN.
		tab.Do(createLocation, nil).WantCode(t, "FORBIDDEN")
		tab.Do(`mutation($m: ID!) { unlockYouthMember(memberID: $m) { id } }`, map[string]any{"m": a.ID}).WantCode(t, "FORBIDDEN")
	})
}

func TestYouthSignInOnlyAtOwnLocation(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		a, b := s.NewLocation(t, "A"), s.NewLocation(t, "B")
		cb := s.NewCouncil(t, b.ID, "CB")
		child := s.NewMember(t, cb, "From B")
		tabA := s.NewTablet(t, a.ID)
		tabA.Do(`mutation($m: ID!, $p: [Int!]!) { youthLogin(memberID: $m, pin: $p) { id } }`,
			map[string]any{"m": child.ID, "p": apitest.TestPIN}).WantCode(t, "NOT_FOUND")
		s.NewClient(t).Do(`mutation($m: ID!, $p: [Int!]!) { youthLogin(memberID: $m, pin: $p) { id } }`,
			map[string]any{"m": child.ID, "p": apitest.TestPIN}).WantCode(t, "UNAUTHENTICATED")

		// After a transfer to A the child signs in on A's tablet, and no longer on B's.
		tabB := s.NewTablet(t, b.ID)
		tabB.YouthLogin(t, child)
		ca := s.NewCouncil(t, a.ID, "CA")
		m := s.SignInAs(t, staffuser.RoleLOCATION_MANAGER, a.ID, b.ID)
		m.Do(`mutation($m: ID!, $c: ID!) { transferYouthMember(memberID: $m, toCouncilID: $c) { id } }`,
			map[string]any{"m": child.ID, "c": ca.ID}).Must(t, nil)
		var me struct{ Me any }
		tabB.Do(`{ me { __typename } }`, nil).Must(t, &me)
		if me.Me != nil {
			t.Errorf("a transferred child is still signed in at the old location: %v", me.Me)
		}
		tabA.YouthLogin(t, child)
		got := s.DB.Client.YouthMember.Query().Where(youthmember.ID(child.ID)).WithMemberships().OnlyX(apitest.System())
		open := 0
		for _, ms := range got.Edges.Memberships {
			if ms.LeftAt == nil {
				open++
			}
		}
		if got.LocationID != a.ID || open != 1 || len(got.Edges.Memberships) != 2 {
			t.Errorf("after transfer: location %s, %d open of %d memberships", got.LocationID, open, len(got.Edges.Memberships))
		}
		// A facilitator of B only cannot move a child into A.
		fb := s.SignInAs(t, staffuser.RoleFACILITATOR, b.ID)
		other := s.NewMember(t, cb, "Stays in B")
		fb.Do(`mutation($m: ID!, $c: ID!) { transferYouthMember(memberID: $m, toCouncilID: $c) { id } }`,
			map[string]any{"m": other.ID, "c": ca.ID}).WantCode(t, "NOT_FOUND")
	})
}

func TestRevokedTabletEndsSessions(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		l := s.NewLocation(t, "A")
		m := s.NewMember(t, s.NewCouncil(t, l.ID, "C"), "Blue Fox")
		tab := s.NewTablet(t, l.ID)
		tab.YouthLogin(t, m)
		tabletID := s.DB.Client.Tablet.Query().OnlyX(apitest.System()).ID
		f := s.SignInAs(t, staffuser.RoleFACILITATOR, l.ID)
		f.Do(`mutation($id: ID!) { revokeTablet(id: $id) { id revokedAt } }`, map[string]any{"id": tabletID}).Must(t, nil)
		tab.Do(`{ tabletMembers { id } }`, nil).WantCode(t, "UNAUTHENTICATED")
		if n := s.DB.Client.Session.Query().Where(session.MemberID(m.ID)).CountX(apitest.System()); n != 0 {
			t.Errorf("%d child sessions survive the revocation", n)
		}
	})
}

func TestStaffLoginIsRateLimited(t *testing.T) {
	s := apitest.Start(t, apitest.Backends(t)[0], apitest.Options{Limits: ratelimit.Default})
	c := s.NewClient(t)
	var codes []string
	n := ratelimit.Default.StaffFailuresPerAccountAddress.N
	for range n + 2 {
		codes = append(codes, c.Do(`mutation { staffLogin(email: "x@y.test", password: "not the password") { id } }`, nil).Code(t))
	}
	if codes[n-1] != "UNAUTHENTICATED" || codes[n] != "RATE_LIMITED" {
		t.Errorf("codes = %v, want %d UNAUTHENTICATED then RATE_LIMITED", codes, n)
	}
}
