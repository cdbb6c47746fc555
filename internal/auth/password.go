package auth

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"runtime"
	"strings"

	"golang.org/x/crypto/argon2"
)

// Argon2id parameters (OWASP's minimum: 19 MiB, 2 passes, 1 lane). Stored with every hash, so they
// can be raised later without invalidating existing hashes.
const (
	argonMemoryKiB = 19 * 1024
	argonTime      = 2
	argonThreads   = 1
	argonKeyLen    = 32
	argonSaltLen   = 16
)

var b64 = base64.RawStdEncoding

// hashSlots bounds how many argon2id computations run at once. Each takes 19 MiB and a core for
// ~50 ms; a burst of sign-ins beyond the cores only queues, instead of growing the heap by 19 MiB
// per waiting request.
var hashSlots = make(chan struct{}, runtime.GOMAXPROCS(0))

func argonKey(secret, salt []byte, t, m uint32, p uint8, n uint32) []byte {
	hashSlots <- struct{}{}
	defer func() { <-hashSlots }()
	return argon2.IDKey(secret, salt, t, m, p, n)
}

// HashPassword returns the argon2id hash of secret in PHC string format:
// $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>. Picture-PINs are not: see PINs.
func HashPassword(secret string) (string, error) {
	salt := make([]byte, argonSaltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key := argonKey([]byte(secret), salt, argonTime, argonMemoryKiB, argonThreads, argonKeyLen)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, argonMemoryKiB, argonTime, argonThreads, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// ErrMalformedHash means a stored hash is not an argon2id PHC string.
var ErrMalformedHash = errors.New("malformed argon2id hash")

// CheckPassword reports whether secret matches the PHC-encoded hash, in constant time.
func CheckPassword(hash, secret string) (bool, error) {
	p, err := ParseHash(hash)
	if err != nil {
		return false, err
	}
	key := argonKey([]byte(secret), p.Salt, p.Time, p.MemoryKiB, p.Threads, uint32(len(p.Key)))
	return subtle.ConstantTimeCompare(key, p.Key) == 1, nil
}

// HashParams are the parts of a PHC argon2id string.
type HashParams struct {
	Version   int
	MemoryKiB uint32
	Time      uint32
	Threads   uint8
	Salt, Key []byte
}

// ParseHash splits a PHC argon2id string into its parameters.
func ParseHash(hash string) (HashParams, error) {
	var p HashParams
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return p, ErrMalformedHash
	}
	if _, err := fmt.Sscanf(parts[2], "v=%d", &p.Version); err != nil || p.Version != argon2.Version {
		return p, ErrMalformedHash
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &p.MemoryKiB, &p.Time, &p.Threads); err != nil {
		return p, ErrMalformedHash
	}
	var err error
	if p.Salt, err = b64.DecodeString(parts[4]); err != nil {
		return p, ErrMalformedHash
	}
	if p.Key, err = b64.DecodeString(parts[5]); err != nil || len(p.Key) == 0 {
		return p, ErrMalformedHash
	}
	return p, nil
}
