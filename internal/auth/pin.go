package auth

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
	"github.com/jeugdstem/jeugdstem/internal/keyring"
)

// PINLength is the number of pictures in a picture-PIN; PINPictures is how many pictures the
// keypad shows (indices 0..8).
const (
	PINLength   = 4
	PINPictures = 9
)

// NewPIN draws a uniformly random picture-PIN.
func NewPIN() ([]int, error) {
	pin := make([]int, PINLength)
	for i := range pin {
		n, err := rand.Int(rand.Reader, big.NewInt(PINPictures))
		if err != nil {
			return nil, err
		}
		pin[i] = int(n.Int64())
	}
	return pin, nil
}

// PINSecret turns a picture-PIN into the string that is hashed.
func PINSecret(pin []int) string {
	var sb strings.Builder
	for _, d := range pin {
		sb.WriteByte(byte('0' + d))
	}
	return sb.String()
}

// pinPrefix starts every keyed PIN hash: $pin-hmac-sha256$v=1$k=<key id>$<salt>$<mac>. The key
// id (keyID) names the key the hash was made with, so a check needs one HMAC, not one per listed
// key, and an operator can count the hashes whose key is about to be dropped (UnlistedKeys).
const pinPrefix = "$pin-hmac-sha256$v=1$"

// PINs hashes and checks picture-PINs with a key that never enters the database.
//
// A picture-PIN is 4 of 9 pictures: 6,561 possibilities. No slow hash can protect so few: with a
// copy of the database, argon2id's ~50 ms per try finds every PIN in minutes, and the same 50 ms
// is paid by every child signing in. What protects a PIN is a secret the database does not hold:
// the hash is HMAC-SHA256 under the deployment's PIN key (keyring.PIN), so a database copy alone
// tells nothing about any PIN, and checking one costs microseconds. Guessing through the API is
// held back by attempt limits (YouthLogin), not by the hash.
//
// A random salt per hash keeps two children with the same PIN from having the same hash. After a
// key rotation, hashes made with an older key still verify while that key is listed, and are
// replaced with the current key at the child's next sign-in; argon2id hashes from before keyed
// hashes existed are checked and replaced the same way.
type PINs struct {
	keys []pinKey // the current key first
}

type pinKey struct {
	id  string
	key []byte
}

// NewPINs returns the PIN hasher over the deployment's keys.
func NewPINs(ring *keyring.Ring) *PINs {
	p := &PINs{}
	for _, k := range ring.All(keyring.PIN) {
		p.keys = append(p.keys, pinKey{id: keyID(k), key: k})
	}
	return p
}

// keyID is a short public name of a PIN key: the start of an HMAC of a fixed text under it, which
// tells nothing about the key or any PIN.
func keyID(key []byte) string {
	m := hmac.New(sha256.New, key)
	m.Write([]byte("jeugdstem picture-pin key id"))
	return hex.EncodeToString(m.Sum(nil)[:6])
}

// Hash returns the keyed hash of pin under the current key.
func (p *PINs) Hash(pin []int) (string, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	cur := p.keys[0]
	return pinPrefix + "k=" + cur.id + "$" + b64.EncodeToString(salt) + "$" + b64.EncodeToString(pinMAC(cur.key, salt, pin)), nil
}

// Check reports whether pin matches hash. stale is true when it matches but the hash should be
// replaced by Hash(pin): it was made with an older key, or is an argon2id hash.
func (p *PINs) Check(hash string, pin []int) (ok, stale bool, err error) {
	if strings.HasPrefix(hash, "$argon2id$") {
		ok, err := CheckPassword(hash, PINSecret(pin))
		return ok, ok, err
	}
	kid, salt, mac, err := parsePINHash(hash)
	if err != nil {
		return false, false, err
	}
	for i, k := range p.keys {
		if k.id == kid {
			return hmac.Equal(pinMAC(k.key, salt, pin), mac), i > 0, nil
		}
	}
	// Made with a key no longer listed: no PIN can be checked against it (UnlistedKeys).
	return false, false, nil
}

// Listed reports whether hash can still be checked: an argon2id hash, or a keyed hash whose key is
// among the deployment's keys. A child whose hash is not listed cannot sign in until registered
// again, so keys are dropped only when no hash needs them (see UnlistedKeys).
func (p *PINs) Listed(hash string) bool {
	if strings.HasPrefix(hash, "$argon2id$") {
		return true
	}
	kid, _, _, err := parsePINHash(hash)
	if err != nil {
		return false
	}
	for _, k := range p.keys {
		if k.id == kid {
			return true
		}
	}
	return false
}

func parsePINHash(hash string) (kid string, salt, mac []byte, err error) {
	bad := fmt.Errorf("malformed picture-PIN hash")
	rest, ok := strings.CutPrefix(hash, pinPrefix)
	parts := strings.Split(rest, "$")
	if !ok || len(parts) != 3 || !strings.HasPrefix(parts[0], "k=") {
		return "", nil, nil, bad
	}
	kid = strings.TrimPrefix(parts[0], "k=")
	if salt, err = b64.DecodeString(parts[1]); err != nil || len(salt) != 16 {
		return "", nil, nil, bad
	}
	if mac, err = b64.DecodeString(parts[2]); err != nil || len(mac) != sha256.Size {
		return "", nil, nil, bad
	}
	return kid, salt, mac, nil
}

// pinMAC is HMAC-SHA256(key, salt || pin digits). The salt has a fixed length, so the message is
// unambiguous.
func pinMAC(key, salt []byte, pin []int) []byte {
	m := hmac.New(sha256.New, key)
	m.Write(salt)
	m.Write([]byte(PINSecret(pin)))
	return m.Sum(nil)
}

// PINKeyUse counts the active children whose picture-PIN hash needs a key other than the current
// one: older (still listed; the hash moves to the current key at their next sign-in) and
// unlisted (no listed key can check it: they cannot sign in until registered again). Before an
// old key is dropped, older should be zero; serve says both at start.
func PINKeyUse(ctx context.Context, client *ent.Client, pins *PINs) (older, unlisted int, err error) {
	hashes, err := client.YouthMember.Query().
		Where(youthmember.StatusEQ(youthmember.StatusACTIVE)).
		Select(youthmember.FieldPinHash).
		Strings(system(ctx))
	if err != nil {
		return 0, 0, err
	}
	for _, h := range hashes {
		switch {
		case !pins.Listed(h):
			unlisted++
		case strings.HasPrefix(h, "$argon2id$"):
		case !strings.HasPrefix(h, pinPrefix+"k="+pins.keys[0].id+"$"):
			older++
		}
	}
	return older, unlisted, nil
}
