package auth_test

import (
	"context"
	"fmt"
	"maps"
	"sync"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/auth"
	"github.com/jeugdstem/jeugdstem/internal/ratelimit"
)

const staffLogin = `mutation($e: String!, $p: String!) { staffLogin(email: $e, password: $p) { id } }`

// Behind the reverse proxy every connection comes from the proxy. 22 wrong passwords for a
// manager from one client must not keep the manager out when they sign in from somewhere else.
func TestWrongPasswordsFromOneAddressDoNotLockAnother(t *testing.T) {
	apitest.Each(t, apitest.Options{Limits: ratelimit.Default, TrustedProxies: "127.0.0.1"}, func(t *testing.T, s *apitest.Server) {
		l := s.NewLocation(t, "A")
		manager := s.NewStaff(t, staffuser.RoleLOCATION_MANAGER, l.ID)
		attacker := s.NewClient(t)
		attacker.ForwardedFor = "198.51.100.7"
		codes := map[string]int{}
		for range 22 {
			codes[attacker.Do(staffLogin, map[string]any{"e": manager.Email, "p": "not the password"}).Code(t)]++
		}
		if codes["RATE_LIMITED"] == 0 {
			t.Errorf("22 wrong passwords from one address were never limited: %v", codes)
		}
		// Negative control: from the attacker's own address the account is held back too.
		same := s.NewClient(t)
		same.ForwardedFor = attacker.ForwardedFor
		same.Do(staffLogin, map[string]any{"e": manager.Email, "p": apitest.StaffPassword}).WantCode(t, "RATE_LIMITED")

		office := s.NewClient(t)
		office.ForwardedFor = "203.0.113.20"
		office.Do(staffLogin, map[string]any{"e": manager.Email, "p": apitest.StaffPassword}).Must(t, nil)
	})
}

// A client that is not behind a trusted proxy cannot buy itself new buckets with a forged
// X-Forwarded-For; behind a trusted proxy two clients with different addresses have their own.
func TestForwardedForOnlyFromTrustedProxies(t *testing.T) {
	limits := ratelimit.Unlimited()
	limits.YouthLoginPerAddress = ratelimit.Limit{N: 3, Window: ratelimit.Default.YouthLoginPerAddress.Window}
	for _, tc := range []struct {
		name     string
		trusted  string
		separate bool
	}{
		{"not behind a trusted proxy", "", false},
		{"behind a trusted proxy", "127.0.0.1", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			apitest.Each(t, apitest.Options{Limits: limits, TrustedProxies: tc.trusted}, func(t *testing.T, s *apitest.Server) {
				l := s.NewLocation(t, "A")
				c := s.NewCouncil(t, l.ID, "C")
				first, second := s.NewMember(t, c, "First"), s.NewMember(t, c, "Second")
				tab1, tab2 := s.NewTablet(t, l.ID), s.NewTablet(t, l.ID)
				tab1.ForwardedFor, tab2.ForwardedFor = "198.51.100.1", "198.51.100.2"
				for range 3 {
					tab1.YouthLogin(t, first)
				}
				res := tab2.Do(`mutation($m: ID!, $p: [Int!]!) { youthLogin(memberID: $m, pin: $p) { id } }`,
					map[string]any{"m": second.ID, "p": apitest.TestPIN})
				if tc.separate {
					res.Must(t, nil)
				} else {
					res.WantCode(t, "RATE_LIMITED")
				}
				// Rotating the forged address buys nothing either way for the first child's address.
				for i := range 2 {
					tab1.ForwardedFor = fmt.Sprintf("198.51.100.%d", 50+i)
					if tc.separate {
						continue
					}
					tab1.Do(`mutation($m: ID!, $p: [Int!]!) { youthLogin(memberID: $m, pin: $p) { id } }`,
						map[string]any{"m": first.ID, "p": apitest.TestPIN}).WantCode(t, "RATE_LIMITED")
				}
			})
		})
	}
}

// One child typing wrong pictures for another, as fast as the tablet allows, must not lock the
// other child out until a youth worker comes: they wait a moment and are told how long.
func TestOneChildCannotLockAnother(t *testing.T) {
	apitest.Each(t, apitest.Options{Limits: ratelimit.Default}, func(t *testing.T, s *apitest.Server) {
		l := s.NewLocation(t, "A")
		victim := s.NewMember(t, s.NewCouncil(t, l.ID, "C"), "Victim")
		tab := s.NewTablet(t, l.ID)
		codes := map[string]int{}
		var answers []apitest.Error
		for i := range 30 {
			res := tab.Do(`mutation($m: ID!, $p: [Int!]!) { youthLogin(memberID: $m, pin: $p) { id } }`,
				map[string]any{"m": victim.ID, "p": []int{8, 8, i / 9 % 9, i % 9}})
			codes[res.Code(t)]++
			answers = append(answers, res.Errors[0])
		}
		got := s.DB.Client.YouthMember.GetX(apitest.System(), victim.ID)
		if got.LockedAt != nil || codes["FORBIDDEN"] > 0 {
			t.Fatalf("30 quick wrong PINs locked the member (answers %v): a youth worker is needed", codes)
		}
		if codes["RATE_LIMITED"] == 0 {
			t.Fatalf("30 quick wrong PINs were never slowed down: %v", codes)
		}
		// The child is told how many tries are left before a pause and before the lock, and how
		// long to wait.
		for i, want := range []map[string]any{
			{"code": "UNAUTHENTICATED", "triesLeft": float64(auth.FreePINTries - 1), "triesBeforeLock": float64(auth.MaxPINAttempts - 1)},
			{"code": "UNAUTHENTICATED", "triesLeft": float64(auth.FreePINTries - 2), "triesBeforeLock": float64(auth.MaxPINAttempts - 2)},
			{"code": "UNAUTHENTICATED", "triesLeft": float64(0), "triesBeforeLock": float64(auth.MaxPINAttempts - 3), "retryAfter": float64(30)},
		} {
			if fmt.Sprint(answers[i].Extensions) != fmt.Sprint(want) {
				t.Errorf("answer %d: extensions %v, want %v", i+1, answers[i].Extensions, want)
			}
		}
		if wait, _ := answers[3].Extensions["retryAfter"].(float64); answers[3].Code() != "RATE_LIMITED" || wait < 1 || wait > 30 ||
			answers[3].Extensions["triesBeforeLock"] != float64(auth.MaxPINAttempts-3) {
			t.Errorf("a guess during the pause: %+v, want RATE_LIMITED with retryAfter in 1..30 and triesBeforeLock %d", answers[3], auth.MaxPINAttempts-3)
		}
		// Once the short pause is over the child signs in with their own pictures, on the same
		// tablet, without a youth worker.
		s.DB.Client.YouthMember.UpdateOneID(victim.ID).ClearPinRetryAt().ExecX(apitest.System())
		tab.YouthLogin(t, victim)
	})
}

// The tries before the lock count down to the last one, which the child is told is the last;
// it locks, and only then: a PIN right just before the lock is still let in.
func TestPINLockIsAnnouncedBeforeItHappens(t *testing.T) {
	apitest.Each(t, apitest.Options{Limits: ratelimit.Default}, func(t *testing.T, s *apitest.Server) {
		l := s.NewLocation(t, "A")
		child := s.NewMember(t, s.NewCouncil(t, l.ID, "C"), "Child")
		tab := s.NewTablet(t, l.ID)
		wrong := map[string]any{"m": child.ID, "p": []int{8, 8, 8, 8}}
		const login = `mutation($m: ID!, $p: [Int!]!) { youthLogin(memberID: $m, pin: $p) { id } }`
		for failures := 1; failures < auth.MaxPINAttempts; failures++ {
			s.DB.Client.YouthMember.UpdateOneID(child.ID).ClearPinRetryAt().ExecX(apitest.System()) // the pause is over
			res := tab.Do(login, wrong)
			res.WantCode(t, "UNAUTHENTICATED")
			if got, want := res.Errors[0].Extensions["triesBeforeLock"], float64(auth.MaxPINAttempts-failures); got != want {
				t.Fatalf("after %d wrong PINs: triesBeforeLock %v, want %v", failures, got, want)
			}
			// During the pause that follows, the same count.
			if failures >= auth.FreePINTries {
				wait := tab.Do(login, wrong)
				wait.WantCode(t, "RATE_LIMITED")
				if got := wait.Errors[0].Extensions["triesBeforeLock"]; got != float64(auth.MaxPINAttempts-failures) {
					t.Fatalf("during the pause after %d wrong PINs: triesBeforeLock %v", failures, got)
				}
			}
		}
		s.DB.Client.YouthMember.UpdateOneID(child.ID).ClearPinRetryAt().ExecX(apitest.System())
		tab.Do(login, wrong).WantCode(t, "FORBIDDEN")
		if s.DB.Client.YouthMember.GetX(apitest.System(), child.ID).LockedAt == nil {
			t.Fatal("the last try announced did not lock the member")
		}
	})
}

// A child on the location's Wi-Fi trying staff accounts, or someone guessing a manager's password
// from many addresses, fills the address's and the account's buckets. A manager who signed in on
// this browser before still gets in there: a known browser counts only its own attempts.
func TestKnownStaffBrowserIsNotKeptOut(t *testing.T) {
	limits := ratelimit.Default
	limits.StaffFailuresPerAddress = ratelimit.Limit{N: 5, Window: limits.StaffFailuresPerAddress.Window}
	limits.StaffFailuresPerAccount = ratelimit.Limit{N: 6, Window: limits.StaffFailuresPerAccount.Window}
	apitest.Each(t, apitest.Options{Limits: limits, TrustedProxies: "127.0.0.1"}, func(t *testing.T, s *apitest.Server) {
		l := s.NewLocation(t, "A")
		manager := s.NewStaff(t, staffuser.RoleLOCATION_MANAGER, l.ID)
		const wifi = "192.0.2.50"
		laptop := s.NewClient(t)
		laptop.ForwardedFor = wifi
		laptop.Do(staffLogin, map[string]any{"e": manager.Email, "p": apitest.StaffPassword}).Must(t, nil)
		laptop.Do(`mutation { logout }`, nil).Must(t, nil)

		child := s.NewClient(t)
		child.ForwardedFor = wifi
		for i := range limits.StaffFailuresPerAddress.N + 1 {
			child.Do(staffLogin, map[string]any{"e": fmt.Sprintf("guess%d@x.test", i), "p": "not the password"})
		}
		for i := range 4 { // the account from several addresses, past its cap
			guesser := s.NewClient(t)
			guesser.ForwardedFor = fmt.Sprintf("198.51.100.%d", i+1)
			for range 2 {
				guesser.Do(staffLogin, map[string]any{"e": manager.Email, "p": "not the password"})
			}
		}
		// Negative control: a new browser on the same Wi-Fi is held back, as is the account from
		// anywhere new.
		fresh := s.NewClient(t)
		fresh.ForwardedFor = wifi
		fresh.Do(staffLogin, map[string]any{"e": manager.Email, "p": apitest.StaffPassword}).WantCode(t, "RATE_LIMITED")
		elsewhere := s.NewClient(t)
		elsewhere.ForwardedFor = "203.0.113.99"
		elsewhere.Do(staffLogin, map[string]any{"e": manager.Email, "p": apitest.StaffPassword}).WantCode(t, "RATE_LIMITED")

		laptop.Do(staffLogin, map[string]any{"e": manager.Email, "p": apitest.StaffPassword}).Must(t, nil)
		// The device cookie is the account's: another account from that browser is an ordinary attempt.
		other := s.NewStaff(t, staffuser.RoleFACILITATOR, l.ID)
		laptop.Do(staffLogin, map[string]any{"e": other.Email, "p": apitest.StaffPassword}).WantCode(t, "RATE_LIMITED")
	})
}

// Guesses sent in parallel count one by one too: exactly the free tries are checked, every other
// guess waits, whichever instance or connection it arrives on.
func TestParallelPINGuessesCountOneByOne(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		l := s.NewLocation(t, "A")
		m := s.NewMember(t, s.NewCouncil(t, l.ID, "C"), "Blue Fox")
		tab := s.NewTablet(t, l.ID)
		const n = 24
		codes := make(chan string, n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Go(func() {
				res := tab.Do(`mutation($m: ID!, $p: [Int!]!) { youthLogin(memberID: $m, pin: $p) { id } }`,
					map[string]any{"m": m.ID, "p": []int{8, 8, i / 9 % 9, i % 9}})
				if len(res.Errors) != 1 {
					codes <- fmt.Sprintf("%d errors", len(res.Errors))
					return
				}
				codes <- res.Errors[0].Code()
			})
		}
		wg.Wait()
		close(codes)
		got := map[string]int{}
		for c := range codes {
			got[c]++
		}
		if got["UNAUTHENTICATED"] != auth.FreePINTries || got["RATE_LIMITED"] != n-auth.FreePINTries {
			t.Errorf("%d parallel guesses: %v, want %d checked and the rest asked to wait", n, got, auth.FreePINTries)
		}
		if f := s.DB.Client.YouthMember.GetX(apitest.System(), m.ID).FailedPinAttempts; f != auth.FreePINTries {
			t.Errorf("%d wrong PINs counted, want %d", f, auth.FreePINTries)
		}
	})
}

// A sign-in is one write transaction: when its last write (the session) fails, the limits it took,
// the attempt it counted and the member's sign-in time are not left half-written either, and the
// child is not signed in. (Without the transaction the tablet's and the address's counts stayed.)
func TestFailedSignInWritesNothing(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		l := s.NewLocation(t, "A")
		m := s.NewMember(t, s.NewCouncil(t, l.ID, "C"), "Blue Fox")
		tab := s.NewTablet(t, l.ID)
		refuse, allow := `CREATE TRIGGER refuse_sessions BEFORE INSERT ON sessions BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`,
			`DROP TRIGGER refuse_sessions`
		if s.DB.Dialect == dialect.Postgres {
			refuse = `CREATE FUNCTION refuse_sessions() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$ LANGUAGE plpgsql;
				CREATE TRIGGER refuse_sessions BEFORE INSERT ON sessions FOR EACH ROW EXECUTE FUNCTION refuse_sessions()`
			allow = `DROP TRIGGER refuse_sessions ON sessions`
		}
		counts := func() map[string]int {
			got := map[string]int{}
			for _, b := range s.DB.Client.RateLimit.Query().AllX(apitest.System()) {
				got[b.ID] = b.Count
			}
			return got
		}
		before := counts()
		if _, err := s.DB.Writer.ExecContext(context.Background(), refuse); err != nil {
			t.Fatal(err)
		}
		tab.Do(`mutation($m: ID!, $p: [Int!]!) { youthLogin(memberID: $m, pin: $p) { id } }`,
			map[string]any{"m": m.ID, "p": apitest.TestPIN}).WantCode(t, "INTERNAL")
		if after := counts(); !maps.Equal(before, after) {
			t.Errorf("rate-limit counts after a failed sign-in: %v, want them as before: %v", after, before)
		}
		got := s.DB.Client.YouthMember.GetX(apitest.System(), m.ID)
		if got.FailedPinAttempts != 0 || got.PinRetryAt != nil || got.LastSignInAt != nil {
			t.Errorf("member after a failed sign-in: attempts=%d retry_at=%v last_sign_in_at=%v, want untouched",
				got.FailedPinAttempts, got.PinRetryAt, got.LastSignInAt)
		}
		if n := s.DB.Client.Session.Query().CountX(apitest.System()); n != 0 {
			t.Errorf("%d sessions after a failed sign-in", n)
		}

		// Negative control: the same sign-in, once the session can be written, writes it all.
		if _, err := s.DB.Writer.ExecContext(context.Background(), allow); err != nil {
			t.Fatal(err)
		}
		tab.YouthLogin(t, m)
		if after := counts(); len(after) <= len(before) {
			t.Errorf("rate-limit buckets after a sign-in: %v, want the tablet's and the address's beside %v", after, before)
		}
		if s.DB.Client.YouthMember.GetX(apitest.System(), m.ID).LastSignInAt == nil {
			t.Error("no sign-in time after a sign-in")
		}
	})
}
