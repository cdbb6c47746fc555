package auth

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/ratelimit"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
)

// Limit is at most N attempts per Window.
type Limit struct {
	N      int
	Window time.Duration
}

// Limits are the sign-in rate limits.
type Limits struct {
	StaffLoginPerAddress Limit
	YouthLoginPerTablet  Limit
	YouthLoginPerAddress Limit
	EnrollPerAddress     Limit
}

// DefaultLimits: a tablet is shared by a whole council, so its limit allows a meeting's worth of
// children signing in; wrong PINs are limited per member by the lockout, not here.
var DefaultLimits = Limits{
	StaffLoginPerAddress: Limit{N: 20, Window: time.Minute},
	YouthLoginPerTablet:  Limit{N: 40, Window: time.Minute},
	YouthLoginPerAddress: Limit{N: 120, Window: time.Minute},
	EnrollPerAddress:     Limit{N: 20, Window: time.Hour},
}

// Limiter counts attempts in fixed windows, in the database, so every instance shares the count.
type Limiter struct {
	client *ent.Client
	now    func() time.Time
}

// NewLimiter returns a limiter over client.
func NewLimiter(client *ent.Client) *Limiter {
	return &Limiter{client: client, now: time.Now}
}

// Take counts one attempt for key and returns RATE_LIMITED when the limit is spent.
func (l *Limiter) Take(ctx context.Context, key string, lim Limit) error {
	ctx = system(ctx)
	sum := sha256.Sum256([]byte(key))
	id := hex.EncodeToString(sum[:])
	for attempt := 0; ; attempt++ {
		n, err := l.take(ctx, id, lim)
		if ent.IsConstraintError(err) && attempt == 0 {
			continue // another instance created the bucket at the same moment
		}
		if err != nil {
			return err
		}
		if n > lim.N {
			return apierror.New(apierror.RateLimited, "too many attempts; wait a moment and try again")
		}
		return nil
	}
}

// take adds one to the key's window and returns the window's count. Each step is a single
// conditional statement, so concurrent instances need no row locks (which SQLite lacks): an
// increment inside the window, else a reset of an expired window, else the first insert.
func (l *Limiter) take(ctx context.Context, id string, lim Limit) (int, error) {
	now := l.now()
	cutoff := now.Add(-lim.Window)
	n, err := l.client.RateLimit.Update().
		Where(ratelimit.ID(id), ratelimit.WindowStartGT(cutoff)).
		AddCount(1).
		Save(ctx)
	if err != nil {
		return 0, err
	}
	if n == 1 {
		b, err := l.client.RateLimit.Get(ctx, id)
		if err != nil {
			return 0, err
		}
		return b.Count, nil
	}
	n, err = l.client.RateLimit.Update().
		Where(ratelimit.ID(id), ratelimit.WindowStartLTE(cutoff)).
		SetWindowStart(now).SetCount(1).
		Save(ctx)
	if err != nil || n == 1 {
		return 1, err
	}
	return 1, l.client.RateLimit.Create().SetID(id).SetWindowStart(now).SetCount(1).Exec(ctx)
}
