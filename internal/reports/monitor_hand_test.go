package reports_test

import (
	"context"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/reports"
	"github.com/jeugdstem/jeugdstem/internal/reports/seed"
	"github.com/jeugdstem/jeugdstem/policies"
)

// The hand-written SQL that BenchmarkNationalMonitor times nationalMonitor against computes the
// same figures: on a small generated dataset (6 locations, their quarterly rounds), every answer
// count, score and trend the national monitor shows, and every pooled score, agree with it, for
// the quarter and the year. So the benchmark's baseline is honest work, not a shortcut.
func TestHandWrittenMonitorSQLAgrees(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		ctx := context.Background()
		if _, err := seed.Generate(ctx, s.DB, seed.Of(50)); err != nil {
			t.Fatal(err)
		}
		svc := reports.New(s.DB, reports.Config{Now: func() time.Time { return seed.End }})
		for _, weeks := range []int{13, 52} {
			from, to := seed.End.AddDate(0, 0, -7*weeks), seed.End
			nm, err := svc.NationalMonitor(policies.System(ctx), &from, &to)
			if err != nil {
				t.Fatal(err)
			}
			n, err := reports.HandMonitorAgrees(t, s.DB, svc.Config().MinGroupSize, nm)
			if err != nil {
				t.Fatalf("%d weeks: %v", weeks, err)
			}
			t.Logf("%d weeks: %d figures of %d locations agree", weeks, n, len(nm.Locations))
			if n < 50 || len(nm.Locations) == 0 {
				t.Errorf("%d weeks: only %d figures over %d locations compared", weeks, n, len(nm.Locations))
			}
		}
	})
}
