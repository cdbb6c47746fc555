package signals

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/jeugdstem/jeugdstem/internal/mail"
)

// JobInterval is how often RunJobs starts due check-ins, applies the rules and sends e-mail.
const JobInterval = time.Minute

// RunOnce does one pass of the jobs: start the check-ins that are due (closing the previous
// ones), raise the signals that are new, then send the outbox (when outbox is not nil). Each
// step is safe to run on several instances at once.
func (s *Service) RunOnce(ctx context.Context, outbox *mail.Outbox) error {
	var errs []error
	if n, err := s.StartDueCheckIns(ctx); err != nil {
		errs = append(errs, err)
	} else if n > 0 {
		slog.InfoContext(ctx, "wellbeing check-ins started", "count", n)
	}
	if _, err := s.Evaluate(ctx); err != nil {
		errs = append(errs, err)
	}
	if outbox != nil {
		if _, err := outbox.SendDue(ctx); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// RunJobs runs RunOnce every interval until ctx ends. Run it once per instance.
func (s *Service) RunJobs(ctx context.Context, every time.Duration, outbox *mail.Outbox) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if err := s.RunOnce(ctx, outbox); err != nil && ctx.Err() == nil {
			slog.WarnContext(ctx, "wellbeing check-ins and signals", "error", err.Error())
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
