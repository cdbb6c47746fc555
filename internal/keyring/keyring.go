// Package keyring turns the deployment's secret keys (--session-keys, or the key file) into one
// key per purpose. The keys never enter the database: a copy of the database alone can sign no
// cookie, open no sealed ballot and test no picture-PIN.
//
// Each purpose (cookie signing, the ballot box, PIN hashes) gets its own key, derived with
// HKDF-SHA256 from a deployment key and the purpose's label, so a key used for one can never
// serve another. The first deployment key is the current one; the others are kept for a
// rotation: what was made with an older key can still be checked or opened while it is listed.
package keyring

import (
	"crypto/hkdf"
	"crypto/sha256"
	"errors"
)

// Purposes of derived keys. A new purpose gets a new label; a label is never reused.
const (
	// BallotBox seals the private keys of open polls (internal/voting).
	BallotBox = "jeugdstem ballot box v1"
	// PIN keys the hashes of children's picture-PINs (internal/auth).
	PIN = "jeugdstem picture-pin v1"
)

// Ring is the deployment's keys, the current one first.
type Ring struct {
	keys [][]byte
}

// New returns the ring of keys (the first is current). It needs at least one key of 32 bytes or
// more.
func New(keys [][]byte) (*Ring, error) {
	if len(keys) == 0 {
		return nil, errors.New("keyring: no keys")
	}
	for _, k := range keys {
		if len(k) < 32 {
			return nil, errors.New("keyring: a key has fewer than 32 bytes")
		}
	}
	return &Ring{keys: keys}, nil
}

// MustNew is New for keys known to be valid (tests, fixed configuration).
func MustNew(keys [][]byte) *Ring {
	r, err := New(keys)
	if err != nil {
		panic(err)
	}
	return r
}

// Current is the key for purpose derived from the current deployment key.
func (r *Ring) Current(purpose string) []byte { return derive(r.keys[0], purpose) }

// All are the keys for purpose derived from every deployment key, the current one first: what
// was sealed or keyed before a rotation is opened or checked with one of the later ones.
func (r *Ring) All(purpose string) [][]byte {
	out := make([][]byte, len(r.keys))
	for i, k := range r.keys {
		out[i] = derive(k, purpose)
	}
	return out
}

func derive(secret []byte, purpose string) []byte {
	k, err := hkdf.Key(sha256.New, secret, nil, purpose, 32)
	if err != nil {
		panic(err) // only for lengths HKDF cannot give; 32 bytes it always can
	}
	return k
}
