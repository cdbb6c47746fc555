package signals

import (
	"context"
	"errors"
	"log/slog"
	"time"
)

// JobInterval is how often RunJobs starts due check-ins and applies the rules (and how often
// the outbox's own loop sends e-mail).
const JobInterval = time.Minute

// RunOnce does one pass of the jobs: start the check-ins and the monitor rounds that are due
// (closing the previous ones), then raise the signals that are new. Each step is safe to run on several instances at
// once. E-mail about signals goes out from the outbox's own loop (mail.Outbox.Run), so a mail
// server that hangs cannot hold up check-ins and signals.
func (s *Service) RunOnce(ctx context.Context) error {
	var errs []error
	if n, err := s.StartDueCheckIns(ctx); err != nil {
		errs = append(errs, err)
	} else if n > 0 {
		slog.InfoContext(ctx, "wellbeing check-ins started", "count", n)
	}
	if n, err := s.rounds.StartDue(ctx); err != nil {
		errs = append(errs, err)
	} else if n > 0 {
		slog.InfoContext(ctx, "monitor rounds started", "count", n)
	}
	if _, err := s.Evaluate(ctx); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// RunJobs runs RunOnce every interval until ctx ends. Run it once per instance.
func (s *Service) RunJobs(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if err := s.RunOnce(ctx); err != nil && ctx.Err() == nil {
			slog.WarnContext(ctx, "wellbeing check-ins and signals", "error", err.Error())
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
