// Package ratelimit counts attempts in fixed windows, in the database, so every instance of
// jeugdstem counts against the same limit. It holds every rate limit of the product and its
// default (Limits): sign-ins (internal/auth) and children's posts (internal/feedback).
//
// Keys name who is counted: an account, a tablet, a child, or a client address as
// internal/clientip finds it (so limits hold behind a reverse proxy). The key is stored only as
// its SHA-256, so no address or e-mail address is kept in the clear.
package ratelimit

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"math"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/jeugdstem/jeugdstem/ent"
	entratelimit "github.com/jeugdstem/jeugdstem/ent/ratelimit"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Limit is at most N attempts per Window. Windows are at most a day: retention deletes older
// counters.
type Limit struct {
	N      int
	Window time.Duration
}

// Limits are every rate limit of the product.
type Limits struct {
	// Staff sign-in counts failed attempts only (a good password gives its attempt back), so
	// staff who type their password right are never held back by their own count.
	//
	// StaffFailuresPerAccountAddress holds back guessing one account from one address without
	// touching the account anywhere else; StaffFailuresPerAddress holds back one address trying
	// many accounts; StaffFailuresPerAccount is a generous cap against guessing one account from
	// many addresses: it pauses the account for the rest of the window, it never locks it.
	StaffFailuresPerAccountAddress Limit
	StaffFailuresPerAddress        Limit
	StaffFailuresPerAccount        Limit

	// YouthLoginPerTablet and YouthLoginPerAddress bound all children's sign-in attempts, right
	// or wrong: a tablet is shared by a whole council, so they allow a meeting's worth.
	// WrongPINsPerTablet bounds wrong PINs on one tablet across all children (one guess each
	// for many children); wrong PINs for one child are slowed per child (internal/auth).
	YouthLoginPerTablet  Limit
	YouthLoginPerAddress Limit
	WrongPINsPerTablet   Limit

	// EnrollPerAddress bounds making browsers into tablets.
	EnrollPerAddress Limit

	// A child's threads, posts and "me too"s: far more than a child writes, far less than
	// what drowns the moderation queue.
	ThreadsPerChild Limit
	PostsPerChild   Limit
	MeTooPerChild   Limit
}

// Default are the limits unless configured otherwise; README lists them.
var Default = Limits{
	StaffFailuresPerAccountAddress: Limit{N: 10, Window: 15 * time.Minute},
	StaffFailuresPerAddress:        Limit{N: 30, Window: 15 * time.Minute},
	StaffFailuresPerAccount:        Limit{N: 100, Window: 15 * time.Minute},

	YouthLoginPerTablet:  Limit{N: 40, Window: time.Minute},
	YouthLoginPerAddress: Limit{N: 120, Window: time.Minute},
	WrongPINsPerTablet:   Limit{N: 15, Window: 5 * time.Minute},

	EnrollPerAddress: Limit{N: 20, Window: time.Hour},

	ThreadsPerChild: Limit{N: 10, Window: time.Hour},
	PostsPerChild:   Limit{N: 30, Window: time.Hour},
	MeTooPerChild:   Limit{N: 60, Window: 10 * time.Minute},
}

// Unlimited is Limits with every limit out of reach, for tests about other things.
func Unlimited() Limits {
	u := Limit{N: math.MaxInt32, Window: time.Minute}
	return Limits{
		StaffFailuresPerAccountAddress: u, StaffFailuresPerAddress: u, StaffFailuresPerAccount: u,
		YouthLoginPerTablet: u, YouthLoginPerAddress: u, WrongPINsPerTablet: u,
		EnrollPerAddress: u,
		ThreadsPerChild:  u, PostsPerChild: u, MeTooPerChild: u,
	}
}

// Limiter counts attempts against Limits.
type Limiter struct {
	client *ent.Client
	// inTx is set by In: client is a transaction's, which already holds what take needs.
	inTx bool
	// Limits are the limits in force.
	Limits Limits
	now    func() time.Time
}

// New returns a limiter over client with limits (Default when zero).
func New(client *ent.Client, limits Limits) *Limiter {
	if limits == (Limits{}) {
		limits = Default
	}
	return &Limiter{client: client, Limits: limits, now: time.Now}
}

// Take counts one attempt for key. When the attempt is over the limit it returns RATE_LIMITED
// with extensions.retryAfter, the seconds until the window ends.
func (l *Limiter) Take(ctx context.Context, key string, lim Limit) error {
	// Bypass: rate-limit counters belong to no viewer; only this package reads or writes them.
	ctx = policies.System(ctx)
	n, start, err := l.take(ctx, keyID(key), lim)
	if err != nil {
		return err
	}
	if n > lim.N {
		return Limited(start.Add(lim.Window).Sub(l.now()))
	}
	return nil
}

// In returns the limiter counting inside tx: its takes and gives are written, or not, with the
// transaction's other writes, so a sign-in can count its attempts and write its outcome in one
// transaction (internal/auth).
func (l *Limiter) In(tx *ent.Tx) *Limiter {
	in := *l
	in.client, in.inTx = tx.Client(), true
	return &in
}

// Give returns an attempt that turned out fine (a right password), so only failures count.
func (l *Limiter) Give(ctx context.Context, key string, lim Limit) error {
	// Bypass: as in Take.
	ctx = policies.System(ctx)
	_, err := l.client.RateLimit.Update().
		Where(entratelimit.ID(keyID(key)), entratelimit.WindowStartGT(l.now().Add(-lim.Window)), entratelimit.CountGT(0)).
		AddCount(-1).
		Save(ctx)
	return err
}

// Limited is the RATE_LIMITED error for a wait of d, told to the client in whole seconds (at
// least one) as extensions.retryAfter.
func Limited(d time.Duration) *apierror.Error {
	secs := max(1, int(math.Ceil(d.Seconds())))
	e := apierror.New(apierror.RateLimited, "too many attempts; wait a moment and try again")
	e.Extensions = map[string]any{"retryAfter": secs}
	return e
}

// take adds one to the key's window and returns the window's count and start. The step is one
// upsert (an increment inside the window, a reset of an expired window, or the first insert), so
// it needs no retry when two create the same bucket, and it leaves a surrounding transaction
// usable (a failed insert would abort one on PostgreSQL). The upsert and the read of its count
// share one transaction (the caller's, or one of its own): the write holds the row (PostgreSQL's
// row lock, SQLite's single writer) until the count is read, so each take reads its own count.
// Read outside it, 20 takes at once could all read 20 and none of a limit of 7 would pass.
func (l *Limiter) take(ctx context.Context, id string, lim Limit) (n int, start time.Time, err error) {
	if !l.inTx {
		err = database.InTx(ctx, l.client, func(tx *ent.Tx) error {
			n, start, err = l.In(tx).take(ctx, id, lim)
			return err
		})
		return n, start, err
	}
	now := l.now().Round(0)
	cutoff := now.Add(-lim.Window)
	err = l.client.RateLimit.Create().
		SetID(id).SetWindowStart(now).SetCount(1).
		OnConflict(sql.ConflictColumns(entratelimit.FieldID), sql.ResolveWith(func(u *sql.UpdateSet) {
			start, count := u.Table().C(entratelimit.FieldWindowStart), u.Table().C(entratelimit.FieldCount)
			inWindow := func(then, otherwise func(*sql.Builder)) sql.Querier {
				return sql.ExprFunc(func(b *sql.Builder) {
					b.WriteString("CASE WHEN ").Ident(start).WriteOp(sql.OpGT).Arg(cutoff).WriteString(" THEN ")
					then(b)
					b.WriteString(" ELSE ")
					otherwise(b)
					b.WriteString(" END")
				})
			}
			u.Set(entratelimit.FieldWindowStart, inWindow(
				func(b *sql.Builder) { b.Ident(start) },
				func(b *sql.Builder) { b.Arg(now) }))
			u.Set(entratelimit.FieldCount, inWindow(
				func(b *sql.Builder) { b.Ident(count).WriteString(" + 1") },
				func(b *sql.Builder) { b.WriteString("1") }))
		})).
		Exec(ctx)
	if err != nil {
		return 0, now, err
	}
	b, err := l.client.RateLimit.Get(ctx, id)
	if err != nil {
		return 0, now, err
	}
	return b.Count, b.WindowStart, nil
}

func keyID(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])
}
