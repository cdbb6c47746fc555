package auth

import (
	"context"
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
	lims := a.limiter.Limits
	if err := a.limiter.Take(ctx, "youth-login-tablet:"+v.TabletID, lims.YouthLoginPerTablet); err != nil {
		return nil, err
	}
	if err := a.limiter.Take(ctx, "youth-login-address:"+clientip.Key(ctx), lims.YouthLoginPerAddress); err != nil {
		return nil, err
	}
	sys := system(ctx)
	m, err := a.client.YouthMember.Query().
		Where(youthmember.ID(memberID), youthmember.LocationID(v.TabletLocationID), youthmember.StatusEQ(youthmember.StatusACTIVE)).
		Only(sys)
	if ent.IsNotFound(err) {
		return nil, apierror.NotFoundf("no such member on this tablet")
	} else if err != nil {
		return nil, err
	}
	// Counted as wrong until shown right; given back when the PIN is right or never checked.
	wrongKey := "wrong-pin-tablet:" + v.TabletID
	if err := a.limiter.Take(ctx, wrongKey, lims.WrongPINsPerTablet); err != nil {
		return nil, err
	}
	failures, err := a.takePINAttempt(sys, m.ID)
	if err != nil {
		if gerr := a.limiter.Give(ctx, wrongKey, lims.WrongPINsPerTablet); gerr != nil {
			return nil, gerr
		}
		return nil, err
	}
	ok, stale, err := a.pins.Check(m.PinHash, pin)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, a.wrongPIN(sys, m.ID, failures)
	}
	if err := a.limiter.Give(ctx, wrongKey, lims.WrongPINsPerTablet); err != nil {
		return nil, err
	}
	n, err := a.client.YouthMember.Update().
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
		if err := a.rehashPIN(sys, m, pin); err != nil {
			return nil, err
		}
	}
	err = a.startSession(ctx, map[any]any{
		valKind: string(entsession.KindYOUTH), valMemberID: m.ID, valTabletID: v.TabletID,
	})
	return m, err
}

// takePINAttempt counts one wrong PIN for the member before the PIN is checked and returns the
// count of wrong PINs in a row including this one. A locked member is FORBIDDEN; a member in a
// pause is RATE_LIMITED with retryAfter and triesBeforeLock, and the guess is not checked or
// counted.
func (a *Authenticator) takePINAttempt(ctx context.Context, memberID string) (int, error) {
	for range 8 {
		m, err := a.client.YouthMember.Get(ctx, memberID)
		if err != nil {
			return 0, err
		}
		now := a.now().Round(0)
		switch {
		case m.LockedAt != nil || m.FailedPinAttempts >= MaxPINAttempts:
			return 0, errLocked
		case m.PinRetryAt != nil && now.Before(*m.PinRetryAt):
			return 0, pinWait(m.PinRetryAt.Sub(now), m.FailedPinAttempts)
		}
		failures := m.FailedPinAttempts + 1
		update := a.client.YouthMember.Update().
			Where(youthmember.ID(memberID), youthmember.LockedAtIsNil(), youthmember.FailedPinAttemptsEQ(m.FailedPinAttempts)).
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
		// Another guess for this member was counted meanwhile: read again.
	}
	return 0, ratelimit.Limited(time.Second)
}

// wrongPIN answers a wrong PIN, the failures-th in a row: kindly, with how many tries are left
// before a pause and before the lock and, when a pause starts now, how long it is. The one that
// reaches MaxPINAttempts locks the member.
func (a *Authenticator) wrongPIN(ctx context.Context, memberID string, failures int) error {
	if failures >= MaxPINAttempts {
		if _, err := a.client.YouthMember.Update().
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
func (a *Authenticator) rehashPIN(ctx context.Context, m *ent.YouthMember, pin []int) error {
	hash, err := a.pins.Hash(pin)
	if err != nil {
		return err
	}
	_, err = a.client.YouthMember.Update().
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
