package auth

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"fmt"
	"math/big"
	"strings"

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

// pinPrefix starts every keyed PIN hash: $pin-hmac-sha256$v=1$<salt>$<mac>.
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
	ring *keyring.Ring
}

// NewPINs returns the PIN hasher over the deployment's keys.
func NewPINs(ring *keyring.Ring) *PINs { return &PINs{ring: ring} }

// Hash returns the keyed hash of pin under the current key.
func (p *PINs) Hash(pin []int) (string, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	return pinPrefix + b64.EncodeToString(salt) + "$" + b64.EncodeToString(pinMAC(p.ring.Current(keyring.PIN), salt, pin)), nil
}

// Check reports whether pin matches hash. stale is true when it matches but the hash should be
// replaced by Hash(pin): it was made with an older key, or is an argon2id hash.
func (p *PINs) Check(hash string, pin []int) (ok, stale bool, err error) {
	if strings.HasPrefix(hash, "$argon2id$") {
		ok, err := CheckPassword(hash, PINSecret(pin))
		return ok, ok, err
	}
	salt, mac, err := parsePINHash(hash)
	if err != nil {
		return false, false, err
	}
	for i, key := range p.ring.All(keyring.PIN) {
		if hmac.Equal(pinMAC(key, salt, pin), mac) {
			return true, i > 0, nil
		}
	}
	return false, false, nil
}

func parsePINHash(hash string) (salt, mac []byte, err error) {
	rest, ok := strings.CutPrefix(hash, pinPrefix)
	saltText, macText, ok2 := strings.Cut(rest, "$")
	if !ok || !ok2 {
		return nil, nil, fmt.Errorf("malformed picture-PIN hash")
	}
	if salt, err = b64.DecodeString(saltText); err != nil || len(salt) != 16 {
		return nil, nil, fmt.Errorf("malformed picture-PIN hash")
	}
	if mac, err = b64.DecodeString(macText); err != nil || len(mac) != sha256.Size {
		return nil, nil, fmt.Errorf("malformed picture-PIN hash")
	}
	return salt, mac, nil
}

// pinMAC is HMAC-SHA256(key, salt || pin digits). The salt has a fixed length, so the message is
// unambiguous.
func pinMAC(key, salt []byte, pin []int) []byte {
	m := hmac.New(sha256.New, key)
	m.Write(salt)
	m.Write([]byte(PINSecret(pin)))
	return m.Sum(nil)
}
