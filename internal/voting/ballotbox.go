package voting

import (
	"bytes"
	"crypto/ecdh"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"

	"golang.org/x/crypto/nacl/box"

	"github.com/jeugdstem/jeugdstem/internal/keyring"
)

// Box seals ballots while a poll is open and opens them when the poll is counted. The real one is
// SealedBox; tests hand the service a weakened one to show that their attacks find what a box
// that does not seal would give away.
type Box interface {
	// NewKey makes the key of a poll that opens: the public key, stored with the poll, and a
	// salt, also stored, from which the private key can be derived again with a deployment key.
	NewKey() (public, salt []byte, err error)
	// Seal seals a ballot to a poll's public key.
	Seal(public, plain []byte) ([]byte, error)
	// Open opens the sealed ballots of the poll with public key and salt, in order.
	Open(public, salt []byte, sealed [][]byte) ([][]byte, error)
}

// SealedBox is the ballot box: X25519 key pairs per poll and anonymous sealed boxes
// (NaCl's crypto_box_seal: an ephemeral X25519 key, XSalsa20-Poly1305), so a sealed ballot can be
// opened only with the poll's private key. That key is never stored anywhere: it is derived
// (HKDF-SHA256) from the poll's salt and the deployment's ballot key (internal/keyring, from the
// same keys as the session cookies, never in the database). Clearing the salt when the poll is
// counted forgets it.
type SealedBox struct {
	keys *keyring.Ring
}

// NewSealedBox returns the ballot box of the deployment keys in ring.
func NewSealedBox(ring *keyring.Ring) *SealedBox { return &SealedBox{keys: ring} }

// saltLen is the length of a poll's key salt.
const saltLen = 32

// NewKey implements Box with the current deployment key.
func (b *SealedBox) NewKey() (public, salt []byte, err error) {
	salt = make([]byte, saltLen)
	if _, err := rand.Read(salt); err != nil {
		return nil, nil, err
	}
	priv, err := pollKey(b.keys.Current(keyring.BallotBox), salt)
	if err != nil {
		return nil, nil, err
	}
	return priv.PublicKey().Bytes(), salt, nil
}

// Seal implements Box.
func (b *SealedBox) Seal(public, plain []byte) ([]byte, error) {
	if len(public) != 32 {
		return nil, errors.New("ballot box: the poll has no ballot key")
	}
	return box.SealAnonymous(nil, plain, (*[32]byte)(public), rand.Reader)
}

// errKeyUnknown: none of the deployment keys made the poll's key (a key was dropped from the
// deployment while a poll it sealed was still open).
var errKeyUnknown = errors.New("ballot box: the poll's ballot key was made with a deployment key that is no longer configured; add it back (after the current key) to count the poll")

// Open implements Box: it finds the deployment key (current or an older one of a rotation) that
// made the poll's key, then opens every ballot with it. One ballot that does not open fails all:
// a poll is counted whole or not at all.
func (b *SealedBox) Open(public, salt []byte, sealed [][]byte) ([][]byte, error) {
	for _, k := range b.keys.All(keyring.BallotBox) {
		priv, err := pollKey(k, salt)
		if err != nil {
			return nil, err
		}
		if !bytes.Equal(priv.PublicKey().Bytes(), public) {
			continue
		}
		pub, secret := (*[32]byte)(public), (*[32]byte)(priv.Bytes())
		out := make([][]byte, len(sealed))
		for i, s := range sealed {
			plain, ok := box.OpenAnonymous(nil, s, pub, secret)
			if !ok {
				return nil, fmt.Errorf("ballot box: ballot %d of the poll does not open", i)
			}
			out[i] = plain
		}
		return out, nil
	}
	return nil, errKeyUnknown
}

// pollKey derives a poll's X25519 private key from a deployment ballot key and the poll's salt.
func pollKey(ballotKey, salt []byte) (*ecdh.PrivateKey, error) {
	if len(salt) != saltLen {
		return nil, errors.New("ballot box: the poll's key salt is missing")
	}
	seed, err := hkdf.Key(sha256.New, ballotKey, salt, "jeugdstem poll key", 32)
	if err != nil {
		return nil, err
	}
	return ecdh.X25519().NewPrivateKey(seed)
}

// A ballot's plaintext has one length for every poll, so a sealed ballot's size says nothing
// about the poll or the choice: a version byte, the number of choices, then the positions of the
// chosen options (0-based, in the order given: for RANKING the most preferred first), padded.
const (
	plainVersion = 1
	maxChoices   = 20 // CastVoteInput.optionIDs and PollDraft.options allow at most 20
	plainLen     = 2 + maxChoices
	padding      = 0xFF
)

// encodeChoice writes the positions of the chosen options as a ballot's plaintext.
func encodeChoice(positions []int) ([]byte, error) {
	if len(positions) == 0 || len(positions) > maxChoices {
		return nil, fmt.Errorf("ballot box: %d choices", len(positions))
	}
	plain := bytes.Repeat([]byte{padding}, plainLen)
	plain[0], plain[1] = plainVersion, byte(len(positions))
	for i, p := range positions {
		if p < 0 || p >= maxChoices {
			return nil, fmt.Errorf("ballot box: option position %d", p)
		}
		plain[2+i] = byte(p)
	}
	return plain, nil
}

// decodeChoice reads a ballot's plaintext back into the positions of the chosen options.
func decodeChoice(plain []byte) ([]int, error) {
	if len(plain) != plainLen || plain[0] != plainVersion || plain[1] == 0 || int(plain[1]) > maxChoices {
		return nil, errors.New("ballot box: a ballot is not in the expected form")
	}
	positions := make([]int, plain[1])
	for i := range positions {
		positions[i] = int(plain[2+i])
		if positions[i] >= maxChoices {
			return nil, errors.New("ballot box: a ballot names no option")
		}
	}
	return positions, nil
}
