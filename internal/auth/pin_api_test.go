package auth_test

import (
	"strings"
	"testing"

	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/auth"
	"github.com/jeugdstem/jeugdstem/internal/keyring"
)

// allPINs are the 6,561 picture-PINs.
func allPINs() [][]int {
	var out [][]int
	for n := range auth.PINPictures * auth.PINPictures * auth.PINPictures * auth.PINPictures {
		out = append(out, []int{n / 729 % 9, n / 81 % 9, n / 9 % 9, n % 9})
	}
	return out
}

// bruteForce tries every candidate against a stored hash and returns those that verify.
func bruteForce(t *testing.T, pins *auth.PINs, hash string, candidates [][]int) [][]int {
	t.Helper()
	var found [][]int
	for _, pin := range candidates {
		ok, _, err := pins.Check(hash, pin)
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			found = append(found, pin)
		}
	}
	return found
}

func registerChild(t *testing.T, s *apitest.Server, c *apitest.Client, councilID, pseudonym string) (id string, pin []int) {
	t.Helper()
	var d struct {
		RegisterYouthMember struct {
			Member struct{ ID string }
			Pin    []int
		}
	}
	c.Do(`mutation($c: ID!, $p: String!) { registerYouthMember(input: {councilID: $c, pseudonym: $p, avatar: "fox", ageBand: AGE_9_11, language: "ar"}) { member { id } pin } }`,
		map[string]any{"c": councilID, "p": pseudonym}).Must(t, &d)
	return d.RegisterYouthMember.Member.ID, d.RegisterYouthMember.Pin
}

// A copy of the database alone cannot give away a picture-PIN: the stored hash is keyed with a
// key that is not in the database, so trying all 6,561 PINs without it finds nothing.
func TestStoredPINHashNeedsTheKey(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		l := s.NewLocation(t, "A")
		c := s.NewCouncil(t, l.ID, "C")
		f := s.SignInAs(t, staffuser.RoleFACILITATOR, l.ID)
		id, pin := registerChild(t, s, f, c.ID, "Blue Fox")
		stored := s.DB.Client.YouthMember.GetX(apitest.System(), id).PinHash
		if !strings.HasPrefix(stored, "$pin-hmac-sha256$v=1$") {
			t.Fatalf("stored PIN hash %q is not a keyed hash", stored)
		}
		// Whoever holds the database but not the keys: no PIN verifies, under any key they pick.
		for _, guess := range [][]byte{make([]byte, 32), []byte(strings.Repeat("k", 32)), []byte("jeugdstem-test-session-key-32-bytes?")} {
			if found := bruteForce(t, auth.NewPINs(keyring.MustNew([][]byte{guess})), stored, allPINs()); len(found) > 0 {
				t.Fatalf("brute force without the key found %v", found)
			}
		}
		// Negative control: with the deployment's key the same search finds exactly the PIN, so
		// the search above could have found it.
		if found := bruteForce(t, s.PINs, stored, allPINs()); len(found) != 1 || auth.PINSecret(found[0]) != auth.PINSecret(pin) {
			t.Fatalf("brute force with the key found %v, want only %v", found, pin)
		}
		// And the child signs in with it.
		tab := s.NewTablet(t, l.ID)
		tab.Do(`mutation($m: ID!, $p: [Int!]!) { youthLogin(memberID: $m, pin: $p) { id } }`, map[string]any{"m": id, "p": pin}).Must(t, nil)

		// Two children with the same PIN do not have the same hash (a salt per hash).
		h1, _ := s.PINs.Hash(pin)
		h2, _ := s.PINs.Hash(pin)
		if h1 == h2 {
			t.Error("two hashes of one PIN are equal")
		}
	})
}

// Why the keyed hash: the argon2id hash of a PIN gives the PIN away to anyone with the database,
// without any key (here over a small slice of the 6,561 PINs, for time: all of them take minutes).
func TestArgon2PINHashFallsToBruteForce(t *testing.T) {
	legacy, err := auth.HashPassword(auth.PINSecret([]int{1, 2, 3, 4}))
	if err != nil {
		t.Fatal(err)
	}
	anyKey := auth.NewPINs(keyring.MustNew([][]byte{make([]byte, 32)}))
	var slice [][]int
	for _, p := range allPINs() {
		if p[0] == 1 && p[1] == 2 {
			slice = append(slice, p)
		}
	}
	if found := bruteForce(t, anyKey, legacy, slice); len(found) != 1 || auth.PINSecret(found[0]) != "1234" {
		t.Fatalf("brute force of an argon2id PIN hash found %v", found)
	}
}

// Children whose PIN still has an argon2id hash sign in as before; the hash is replaced by a
// keyed one at that sign-in.
func TestArgon2PINHashIsUpgradedAtSignIn(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		l := s.NewLocation(t, "A")
		m := s.NewMember(t, s.NewCouncil(t, l.ID, "C"), "Old Owl")
		legacy, err := auth.HashPassword(auth.PINSecret(apitest.TestPIN))
		if err != nil {
			t.Fatal(err)
		}
		s.DB.Client.YouthMember.UpdateOneID(m.ID).SetPinHash(legacy).ExecX(apitest.System())
		tab := s.NewTablet(t, l.ID)
		tab.Do(`mutation($m: ID!) { youthLogin(memberID: $m, pin: [4, 3, 2, 1]) { id } }`, map[string]any{"m": m.ID}).WantCode(t, "UNAUTHENTICATED")
		if got := s.DB.Client.YouthMember.GetX(apitest.System(), m.ID).PinHash; got != legacy {
			t.Fatal("a wrong PIN replaced the hash")
		}
		tab.YouthLogin(t, m)
		upgraded := s.DB.Client.YouthMember.GetX(apitest.System(), m.ID).PinHash
		if ok, stale, err := s.PINs.Check(upgraded, apitest.TestPIN); !ok || stale || err != nil || !strings.HasPrefix(upgraded, "$pin-hmac-sha256$") {
			t.Fatalf("after sign-in the hash is %q (ok=%v stale=%v err=%v), want a current keyed hash", upgraded, ok, stale, err)
		}
		tab.YouthLogin(t, m)
	})
}

// A key rotation keeps every child signing in: hashes under the old key verify while it is
// listed and are replaced under the new key at the next sign-in.
func TestPINKeyRotation(t *testing.T) {
	b := apitest.Backends(t)[0]
	oldKey, newKey := []byte(strings.Repeat("o", 32)), []byte(strings.Repeat("n", 32))
	first := apitest.Start(t, b, apitest.Options{SessionKeys: [][]byte{oldKey}})
	l := first.NewLocation(t, "A")
	m := first.NewMember(t, first.NewCouncil(t, l.ID, "C"), "Blue Fox")

	rotated := apitest.StartOn(t, first.DSN, apitest.Options{SessionKeys: [][]byte{newKey, oldKey}})
	rotated.NewTablet(t, l.ID).YouthLogin(t, m)
	hash := rotated.DB.Client.YouthMember.GetX(apitest.System(), m.ID).PinHash
	if ok, _, _ := auth.NewPINs(keyring.MustNew([][]byte{newKey})).Check(hash, apitest.TestPIN); !ok {
		t.Fatal("the hash was not replaced under the new key at sign-in")
	}
	dropped := apitest.StartOn(t, first.DSN, apitest.Options{SessionKeys: [][]byte{newKey}})
	dropped.NewTablet(t, l.ID).YouthLogin(t, m)
}
