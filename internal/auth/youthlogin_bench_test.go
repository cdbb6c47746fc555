package auth_test

import (
	"slices"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/auth"
)

// BenchmarkYouthLogin signs a child in through the real HTTP stack (TLS, cookies, SQLite), with
// the PIN stored as argon2id (as before keyed hashes; the hash is put back before every sign-in,
// outside the timing) and as the keyed hash, and reports the latency's p50 and p99:
//
//	go test -run '^$' -bench BenchmarkYouthLogin -benchtime 300x ./internal/auth/
func BenchmarkYouthLogin(b *testing.B) {
	s := apitest.Start(b, apitest.Backends(b)[0], apitest.Options{})
	l := s.NewLocation(b, "A")
	m := s.NewMember(b, s.NewCouncil(b, l.ID, "C"), "Blue Fox")
	tab := s.NewTablet(b, l.ID)
	keyed := s.DB.Client.YouthMember.GetX(apitest.System(), m.ID).PinHash
	legacy, err := auth.HashPassword(auth.PINSecret(apitest.TestPIN))
	if err != nil {
		b.Fatal(err)
	}
	for _, tc := range []struct{ name, hash string }{{"argon2id", legacy}, {"hmac", keyed}} {
		b.Run(tc.name, func(b *testing.B) {
			var lat []time.Duration
			for b.Loop() {
				b.StopTimer()
				s.DB.Client.YouthMember.UpdateOneID(m.ID).SetPinHash(tc.hash).ExecX(apitest.System())
				b.StartTimer()
				start := time.Now()
				tab.YouthLogin(b, m)
				lat = append(lat, time.Since(start))
			}
			slices.Sort(lat)
			q := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000 }
			b.ReportMetric(q(0.50), "p50-ms")
			b.ReportMetric(q(0.99), "p99-ms")
		})
	}
}
