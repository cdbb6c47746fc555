package demo

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"runtime"
	"strings"
	"sync"

	"github.com/jeugdstem/jeugdstem/internal/auth"
)

// secret is a password or picture-PIN as shown once, with its hash (argon2id for a password, the
// keyed auth.PINs hash for a PIN).
type secret struct {
	text string // password; for a PIN its auth.PINSecret form
	pin  []int  // picture-PIN, nil for a password
	hash string
}

// passwordAlphabet leaves out characters that are easily confused (0/o, 1/l/i).
const passwordAlphabet = "abcdefghjkmnpqrstuvwxyz23456789"

// newPassword returns a random readable password like "k7qm-x3pd-ra9w-t2ne": 19 characters,
// about 79 bits from crypto/rand.
func newPassword() (string, error) {
	const groups, groupLen = 4, 4
	var sb strings.Builder
	size := big.NewInt(int64(len(passwordAlphabet)))
	for g := range groups {
		if g > 0 {
			sb.WriteByte('-')
		}
		for range groupLen {
			n, err := rand.Int(rand.Reader, size)
			if err != nil {
				return "", err
			}
			sb.WriteByte(passwordAlphabet[n.Int64()])
		}
	}
	return sb.String(), nil
}

// makeSecrets draws a password per staff user and a PIN per member and hashes them all.
func (s *seeder) makeSecrets(ctx context.Context) error {
	s.passwords = map[string]secret{}
	s.pins = map[string]secret{}
	var all []*secret
	var keys []func(secret)
	for _, st := range demoStaff {
		pw, err := newPassword()
		if err != nil {
			return err
		}
		all = append(all, &secret{text: pw})
		key := st.key
		keys = append(keys, func(v secret) { s.passwords[key] = v })
	}
	for _, l := range demoLocations {
		for _, m := range l.members {
			pin, err := auth.NewPIN()
			if err != nil {
				return err
			}
			hash, err := s.pinHash.Hash(pin) // keyed: microseconds, no worker needed
			if err != nil {
				return err
			}
			s.pins[l.key+"/"+m.pseudonym] = secret{text: auth.PINSecret(pin), pin: pin, hash: hash}
		}
	}
	if err := hashAll(ctx, all); err != nil {
		return fmt.Errorf("hashing demo secrets: %w", err)
	}
	for i, sec := range all {
		keys[i](*sec)
	}
	return nil
}

// hashAll hashes every password with argon2id on a small worker pool: each hash takes ~50 ms and
// 19 MiB, so a few workers keep the seed fast without a memory spike.
func hashAll(ctx context.Context, secrets []*secret) error {
	workers := min(runtime.GOMAXPROCS(0), 4, len(secrets))
	jobs := make(chan *secret)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for sec := range jobs {
				if errs[w] != nil {
					continue
				}
				sec.hash, errs[w] = auth.HashPassword(sec.text)
			}
		})
	}
	var cerr error
feed:
	for _, sec := range secrets {
		select {
		case jobs <- sec:
		case <-ctx.Done():
			cerr = ctx.Err()
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	return errors.Join(append(errs, cerr)...)
}
