package reports

import (
	"context"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/internal/reports/seed"
	"github.com/jeugdstem/jeugdstem/policies"
)

// BenchmarkNationalReportCouncils times the national report with its council section (what
// NationalReport serves) beside the same report without it (the rest of the report, in one
// snapshot as NationalReport takes it), alternately in the same loop on the generated dataset:
// with-ms/op, without-ms/op and x-without, their ratio; and the section alone (section-ms/op), its
// queries on 300 locations' councils, meetings, ideas and decisions, which is the difference
// without the noise of a busy machine.
func BenchmarkNationalReportCouncils(b *testing.B) {
	for backend, db := range benchDatabases(b) {
		s := New(db, Config{Now: func() time.Time { return seed.End }})
		for _, per := range benchPeriods {
			b.Run(backend+"/"+per.name, func(b *testing.B) {
				ctx := policies.System(context.Background())
				from, to := seed.End.AddDate(0, 0, -7*per.weeks), seed.End
				p, _ := NewPeriod(&from, &to, seed.End)
				r, err := s.NationalReport(ctx, &from, &to, Options{})
				if err != nil {
					b.Fatal(err)
				}
				if r.Councils.Total.Councils == 0 || r.Councils.Total.MeetingsHeld == 0 {
					b.Fatalf("the dataset has no councils or meetings: %+v", r.Councils.Total)
				}
				without := func() {
					d, err := s.readNational(ctx, p, nil)
					if err == nil {
						_, err = s.nationalReport(d, p, Options{})
					}
					if err != nil {
						b.Fatal(err)
					}
				}
				section := func() {
					err := s.snapshot(ctx, func(ctx context.Context) error {
						_, err := s.nationalCouncils(ctx, p)
						return err
					})
					if err != nil {
						b.Fatal(err)
					}
				}
				var tw, tn, ts time.Duration
				b.ResetTimer()
				for range b.N {
					t0 := time.Now()
					if _, err := s.NationalReport(ctx, &from, &to, Options{}); err != nil {
						b.Fatal(err)
					}
					t1 := time.Now()
					without()
					t2 := time.Now()
					section()
					tw, tn, ts = tw+t1.Sub(t0), tn+t2.Sub(t1), ts+time.Since(t2)
				}
				b.StopTimer()
				ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(b.N) }
				b.ReportMetric(ms(tw), "with-ms/op")
				b.ReportMetric(ms(tn), "without-ms/op")
				b.ReportMetric(ms(ts), "section-ms/op")
				b.ReportMetric(ms(tw)/ms(tn), "x-without")
			})
		}
	}
}
