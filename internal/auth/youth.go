package auth

import (
	"context"
	"strings"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	entsession "github.com/jeugdstem/jeugdstem/ent/session"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/clientip"
	"github.com/jeugdstem/jeugdstem/internal/ratelimit"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Wrong picture-PINs for one child: FreePINTries may be wrong in a row without waiting; after
// that every wrong one is followed by a pause (pinPause) that ends by itself. Only
// MaxPINAttempts wrong in a row lock the member until a facilitator unlocks them: with the
// pauses in between, that many takes one child tapping at a tablet for over twenty minutes,
// which is guessing, not a friend playing a trick, while the chance of guessing a PIN in that
// many tries stays 10 in 6,561.
const (
	FreePINTries   = 3
	MaxPINAttempts = 10
)

// pinPause is the wait after the failures-th wrong PIN in a row: none for the free tries, then
// 30 seconds, doubling up to 5 minutes.
func pinPause(failures int) time.Duration {
	if failures < FreePINTries {
		return 0
	}
	d := 30 * time.Second << min(failures-FreePINTries, 4)
	return min(d, 5*time.Minute)
}

// YouthLogin signs a child in on an enrolled tablet of the child's own location with their
// picture-PIN.
//
// Every guess first takes one of the member's attempts with a conditional update (compare and
// set on the count of wrong PINs), so guesses count one by one however they arrive: in parallel
// requests, or as aliases in one request. Taking an attempt also sets the pause that follows it
// if it turns out wrong, so a guess made while another is being checked already waits. Limits
// per tablet and per client address bound all attempts, and wrong PINs per tablet bound one
// guess each for many children.
//
// All of it is one write transaction (inTx): the limits taken, the attempt, the PIN checked (a
// keyed hash costs microseconds), the outcome and the new session. During a national round every
// sign-in queues for SQLite's one writer, once instead of once per statement, and writes each
// page once. What it answers (a wrong PIN, a limit, a lock) is committed with what led to it, so
// nothing counted is rolled back. Only an argon2id hash from before keyed hashes (replaced at
// that first sign-in) is checked between two transactions: its ~50 ms must not hold the writer.
func (a *Authenticator) YouthLogin(ctx context.Context, memberID string, pin []int) (*ent.YouthMember, error) {
	v := policies.FromContext(ctx)
	if !v.IsTablet() {
		return nil, apierror.New(apierror.Unauthenticated, "children sign in on an enrolled tablet of their location")
	}
	if len(pin) != PINLength {
		return nil, apierror.BadInput("pin", "a picture-PIN has %d pictures", PINLength)
	}
	for _, d := range pin {
		if d < 0 || d >= PINPictures {
			return nil, apierror.BadInput("pin", "pictures are numbered 0 to %d", PINPictures-1)
		}
	}
	var (
		m        *ent.YouthMember
		failures int
		slow     bool
		send     func() error
	)
	err := a.inTx(ctx, func(tx *ent.Tx) error {
		var err error
		if m, failures, err = a.takeYouthAttempt(ctx, tx, v, memberID); err != nil {
			return err
		}
		if slow = slowPINHash(m.PinHash); slow {
			return nil // checked outside the transaction, below
		}
		ok, stale, err := a.pins.Check(m.PinHash, pin)
		if err != nil {
			return err
		}
		send, err = a.settleYouthAttempt(ctx, tx, v, m, failures, pin, ok, stale)
		return err
	})
	if err == nil && slow {
		ok, stale, cerr := a.pins.Check(m.PinHash, pin)
		if cerr != nil {
			return nil, cerr
		}
		err = a.inTx(ctx, func(tx *ent.Tx) error {
			var err error
			send, err = a.settleYouthAttempt(ctx, tx, v, m, failures, pin, ok, stale)
			return err
		})
	}
	if err != nil {
		return nil, err
	}
	return m, send()
}

// takeYouthAttempt takes the sign-in limits of the tablet and the client address, finds the
// member on the tablet's location, takes a wrong PIN of the tablet's and one of the member's
// attempts (takePINAttempt): the guess is counted as wrong until settleYouthAttempt shows it
// right. It returns the member and the count of wrong PINs in a row including this guess.
func (a *Authenticator) takeYouthAttempt(ctx context.Context, tx *ent.Tx, v *policies.Viewer, memberID string) (*ent.YouthMember, int, error) {
	limiter := a.limiter.In(tx)
	lims := limiter.Limits
	if err := limiter.Take(ctx, "youth-login-tablet:"+v.TabletID, lims.YouthLoginPerTablet); err != nil {
		return nil, 0, err
	}
	if err := limiter.Take(ctx, "youth-login-address:"+clientip.Key(ctx), lims.YouthLoginPerAddress); err != nil {
		return nil, 0, err
	}
	sys := system(ctx)
	m, err := tx.YouthMember.Query().
		Where(youthmember.ID(memberID), youthmember.LocationID(v.TabletLocationID), youthmember.StatusEQ(youthmember.StatusACTIVE)).
		Only(sys)
	if ent.IsNotFound(err) {
		return nil, 0, apierror.NotFoundf("no such member on this tablet")
	} else if err != nil {
		return nil, 0, err
	}
	// Counted as wrong until shown right; given back when the PIN is right or never checked.
	wrongKey := "wrong-pin-tablet:" + v.TabletID
	if err := limiter.Take(ctx, wrongKey, lims.WrongPINsPerTablet); err != nil {
		return nil, 0, err
	}
	failures, err := a.takePINAttempt(sys, tx.Client(), m)
	if err != nil {
		if gerr := limiter.Give(ctx, wrongKey, lims.WrongPINsPerTablet); gerr != nil {
			return nil, 0, gerr
		}
		return nil, 0, err
	}
	return m, failures, nil
}

// settleYouthAttempt writes the outcome of a checked guess: a wrong PIN stays counted (and the
// MaxPINAttempts-th locks the member); a right one gives back the tablet's wrong PIN, clears the
// member's count, replaces a stale hash and writes the new session, whose cookie the returned
// function sends once the transaction is committed.
func (a *Authenticator) settleYouthAttempt(ctx context.Context, tx *ent.Tx, v *policies.Viewer, m *ent.YouthMember, failures int, pin []int, ok, stale bool) (func() error, error) {
	sys := system(ctx)
	if !ok {
		return nil, a.wrongPIN(sys, tx.Client(), m.ID, failures)
	}
	limiter := a.limiter.In(tx)
	if err := limiter.Give(ctx, "wrong-pin-tablet:"+v.TabletID, limiter.Limits.WrongPINsPerTablet); err != nil {
		return nil, err
	}
	n, err := tx.YouthMember.Update().
		Where(youthmember.ID(m.ID), youthmember.LockedAtIsNil()).
		SetFailedPinAttempts(0).
		ClearPinRetryAt().
		SetLastSignInAt(a.now()).
		Save(sys)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, errLocked
	}
	if stale {
		if err := a.rehashPIN(sys, tx.Client(), m, pin); err != nil {
			return nil, err
		}
	}
	return a.replaceSession(ctx, tx.Client(), map[any]any{
		valKind: string(entsession.KindYOUTH), valMemberID: m.ID, valTabletID: v.TabletID,
	})
}

// slowPINHash reports whether checking hash takes a slow hash (argon2id, from before keyed
// hashes), too slow to do while holding the database's write lock.
func slowPINHash(hash string) bool { return strings.HasPrefix(hash, "$argon2id$") }

// takePINAttempt counts one wrong PIN for the member m (as just read) before the PIN is checked
// and returns the count of wrong PINs in a row including this one. A locked member is FORBIDDEN;
// a member in a pause is RATE_LIMITED with retryAfter and triesBeforeLock, and the guess is not
// checked or counted.
func (a *Authenticator) takePINAttempt(ctx context.Context, client *ent.Client, m *ent.YouthMember) (int, error) {
	for range 8 {
		now := a.now().Round(0)
		switch {
		case m.LockedAt != nil || m.FailedPinAttempts >= MaxPINAttempts:
			return 0, errLocked
		case m.PinRetryAt != nil && now.Before(*m.PinRetryAt):
			return 0, pinWait(m.PinRetryAt.Sub(now), m.FailedPinAttempts)
		}
		failures := m.FailedPinAttempts + 1
		update := client.YouthMember.Update().
			Where(youthmember.ID(m.ID), youthmember.LockedAtIsNil(), youthmember.FailedPinAttemptsEQ(m.FailedPinAttempts)).
			SetFailedPinAttempts(failures)
		if d := pinPause(failures); d > 0 {
			update.SetPinRetryAt(now.Add(d))
		}
		n, err := update.Save(ctx)
		if err != nil {
			return 0, err
		}
		if n == 1 {
			return failures, nil
		}
		// Another guess for this member was counted meanwhile (PostgreSQL lets transactions
		// interleave; SQLite's write lock does not): read again.
		if m, err = client.YouthMember.Get(ctx, m.ID); err != nil {
			return 0, err
		}
	}
	return 0, ratelimit.Limited(time.Second)
}

// wrongPIN answers a wrong PIN, the failures-th in a row: kindly, with how many tries are left
// before a pause and before the lock and, when a pause starts now, how long it is. The one that
// reaches MaxPINAttempts locks the member.
func (a *Authenticator) wrongPIN(ctx context.Context, client *ent.Client, memberID string, failures int) error {
	if failures >= MaxPINAttempts {
		if _, err := client.YouthMember.Update().
			Where(youthmember.ID(memberID), youthmember.LockedAtIsNil()).
			SetLockedAt(a.now()).
			Save(ctx); err != nil {
			return err
		}
		return errLocked
	}
	e := apierror.New(apierror.Unauthenticated, "that is not the right picture-PIN")
	e.Extensions = map[string]any{"triesLeft": max(0, FreePINTries-failures), "triesBeforeLock": triesBeforeLock(failures)}
	if d := pinPause(failures); d > 0 {
		e.Extensions["retryAfter"] = int(d.Seconds())
	}
	return e
}

// pinWait is the answer to a guess during a pause, after failures wrong PINs in a row.
func pinWait(d time.Duration, failures int) error {
	e := ratelimit.Limited(d)
	e.Message = "let's wait a moment before the next try"
	e.Extensions["triesLeft"] = 0
	e.Extensions["triesBeforeLock"] = triesBeforeLock(failures)
	return e
}

// triesBeforeLock is how many more wrong PINs, after failures in a row, the member may enter
// before the last one locks them: the child is told before it happens, not after.
func triesBeforeLock(failures int) int {
	return max(0, MaxPINAttempts-failures)
}

// rehashPIN replaces an argon2id hash, or one made with an older key, with one under the current
// key, unless the hash changed meanwhile (a facilitator gave a new PIN).
func (a *Authenticator) rehashPIN(ctx context.Context, client *ent.Client, m *ent.YouthMember, pin []int) error {
	hash, err := a.pins.Hash(pin)
	if err != nil {
		return err
	}
	_, err = client.YouthMember.Update().
		Where(youthmember.ID(m.ID), youthmember.PinHash(m.PinHash)).
		SetPinHash(hash).
		Save(ctx)
	return err
}

var errLocked = apierror.New(apierror.Forbidden, "this member is locked after too many wrong picture-PINs; a youth worker can unlock")

// UnlockYouthMember lets a locked or pausing member try again; the privacy rules decide who may
// (the location's facilitators and managers).
func (a *Authenticator) UnlockYouthMember(ctx context.Context, memberID string) (*ent.YouthMember, error) {
	return a.client.YouthMember.UpdateOneID(memberID).
		SetFailedPinAttempts(0).
		ClearPinRetryAt().
		ClearLockedAt().
		Save(ctx)
}
