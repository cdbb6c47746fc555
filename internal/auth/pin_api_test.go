package auth_test

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
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

// splitPINHash takes the salt and MAC out of a stored "$pin-hmac-sha256$v=1$k=…$salt$mac", as
// someone holding a copy of the database would.
func splitPINHash(t *testing.T, stored string) (salt, mac []byte) {
	t.Helper()
	parts := strings.Split(stored, "$")
	if len(parts) != 6 {
		t.Fatalf("stored PIN hash %q has %d parts", stored, len(parts))
	}
	var err error
	if salt, err = base64.RawStdEncoding.DecodeString(parts[4]); err != nil {
		t.Fatal(err)
	}
	if mac, err = base64.RawStdEncoding.DecodeString(parts[5]); err != nil {
		t.Fatal(err)
	}
	return salt, mac
}

// bruteForceMAC computes the MAC of every PIN under key (SHA-256 without a key when key is nil)
// and returns the PINs whose MAC is mac.
func bruteForceMAC(key, salt, mac []byte) [][]int {
	var found [][]int
	for _, pin := range allPINs() {
		msg := append(append([]byte(nil), salt...), auth.PINSecret(pin)...)
		var sum []byte
		if key == nil {
			s := sha256.Sum256(msg)
			sum = s[:]
		} else {
			h := hmac.New(sha256.New, key)
			h.Write(msg)
			sum = h.Sum(nil)
		}
		if hmac.Equal(sum, mac) {
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
		if !strings.HasPrefix(stored, "$pin-hmac-sha256$v=1$k=") {
			t.Fatalf("stored PIN hash %q is not a keyed hash", stored)
		}
		// Whoever holds the database but not the keys tries every PIN: unkeyed, and under keys
		// they might guess. Nothing matches.
		salt, mac := splitPINHash(t, stored)
		for _, guess := range [][]byte{nil, make([]byte, 32), []byte(strings.Repeat("k", 32)), apitest.TestKey} {
			if found := bruteForceMAC(guess, salt, mac); len(found) > 0 {
				t.Fatalf("brute force without the deployment's key (trying %q) found %v", guess, found)
			}
		}
		// Negative control: the same search with the deployment's PIN key finds exactly the PIN,
		// so the search above could have found it.
		key := keyring.MustNew([][]byte{apitest.TestKey}).Current(keyring.PIN)
		if found := bruteForceMAC(key, salt, mac); len(found) != 1 || auth.PINSecret(found[0]) != auth.PINSecret(pin) {
			t.Fatalf("brute force with the key found %v, want only %v", found, pin)
		}
		if found := bruteForce(t, s.PINs, stored, allPINs()); len(found) != 1 {
			t.Fatalf("checking every PIN with the server's hasher found %v", found)
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

// A key rotation keeps every child signing in while the old key is listed: hashes under it
// verify and are replaced under the new key at the next sign-in. PINKeyUse counts who still
// needs the old key, and who can no longer sign in once it is dropped.
func TestPINKeyRotation(t *testing.T) {
	b := apitest.Backends(t)[0]
	oldKey, newKey := []byte(strings.Repeat("o", 32)), []byte(strings.Repeat("n", 32))
	first := apitest.Start(t, b, apitest.Options{SessionKeys: [][]byte{oldKey}})
	l := first.NewLocation(t, "A")
	c := first.NewCouncil(t, l.ID, "C")
	m, away := first.NewMember(t, c, "Blue Fox"), first.NewMember(t, c, "Away Owl")
	use := func(s *apitest.Server, keys ...[]byte) (older, unlisted int) {
		t.Helper()
		older, unlisted, err := auth.PINKeyUse(apitest.System(), s.DB.Client, auth.NewPINs(keyring.MustNew(keys)))
		if err != nil {
			t.Fatal(err)
		}
		return older, unlisted
	}
	if o, u := use(first, oldKey); o != 0 || u != 0 {
		t.Fatalf("before the rotation: %d older, %d unlisted", o, u)
	}

	rotated := apitest.StartOn(t, first.DSN, apitest.Options{SessionKeys: [][]byte{newKey, oldKey}})
	if o, u := use(rotated, newKey, oldKey); o != 2 || u != 0 {
		t.Fatalf("after the rotation: %d older, %d unlisted; want 2, 0", o, u)
	}
	rotated.NewTablet(t, l.ID).YouthLogin(t, m)
	hash := rotated.DB.Client.YouthMember.GetX(apitest.System(), m.ID).PinHash
	if ok, _, _ := auth.NewPINs(keyring.MustNew([][]byte{newKey})).Check(hash, apitest.TestPIN); !ok {
		t.Fatal("the hash was not replaced under the new key at sign-in")
	}
	if o, u := use(rotated, newKey, oldKey); o != 1 || u != 0 {
		t.Fatalf("after one child signed in: %d older, %d unlisted; want 1, 0", o, u)
	}

	dropped := apitest.StartOn(t, first.DSN, apitest.Options{SessionKeys: [][]byte{newKey}})
	tab := dropped.NewTablet(t, l.ID)
	tab.YouthLogin(t, m)
	// The child who did not sign in while both keys were listed cannot any more, and is counted.
	tab.Do(`mutation($m: ID!, $p: [Int!]!) { youthLogin(memberID: $m, pin: $p) { id } }`,
		map[string]any{"m": away.ID, "p": apitest.TestPIN}).WantCode(t, "UNAUTHENTICATED")
	if o, u := use(dropped, newKey); o != 0 || u != 1 {
		t.Fatalf("after dropping the old key: %d older, %d unlisted; want 0, 1", o, u)
	}
}
