package auth

import (
	"context"

	"github.com/jeugdstem/jeugdstem/ent"
	entsession "github.com/jeugdstem/jeugdstem/ent/session"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/policies"
)

// MaxPINAttempts wrong picture-PINs lock a member until a facilitator unlocks them.
const MaxPINAttempts = 5

// YouthLogin signs a child in on an enrolled tablet of the child's own location with their
// picture-PIN. Every guess first takes one of the member's MaxPINAttempts in a single conditional
// update, so guesses count one by one however they arrive: in parallel requests, or as aliases in
// one request.
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
	if err := a.limiter.Take(ctx, "youth-login-tablet:"+v.TabletID, a.limits.YouthLoginPerTablet); err != nil {
		return nil, err
	}
	if err := a.limiter.Take(ctx, "youth-login-address:"+clientAddress(ctx), a.limits.YouthLoginPerAddress); err != nil {
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
	reserved, err := a.client.YouthMember.Update().
		Where(youthmember.ID(m.ID), youthmember.LockedAtIsNil(), youthmember.FailedPinAttemptsLT(MaxPINAttempts)).
		AddFailedPinAttempts(1).
		Save(sys)
	if err != nil {
		return nil, err
	}
	if reserved == 0 {
		return nil, errLocked
	}
	ok, err := CheckPassword(m.PinHash, PINSecret(pin))
	if err != nil {
		return nil, err
	}
	if !ok {
		// The attempt stays counted; the one that reaches the maximum locks the member.
		if _, err := a.client.YouthMember.Update().
			Where(youthmember.ID(m.ID), youthmember.LockedAtIsNil(), youthmember.FailedPinAttemptsGTE(MaxPINAttempts)).
			SetLockedAt(a.now()).
			Save(sys); err != nil {
			return nil, err
		}
		return nil, apierror.New(apierror.Unauthenticated, "that is not the right picture-PIN")
	}
	n, err := a.client.YouthMember.Update().
		Where(youthmember.ID(m.ID), youthmember.LockedAtIsNil()).
		SetFailedPinAttempts(0).
		SetLastSignInAt(a.now()).
		Save(sys)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, errLocked
	}
	err = a.startSession(ctx, map[any]any{
		valKind: string(entsession.KindYOUTH), valMemberID: m.ID, valTabletID: v.TabletID,
	})
	return m, err
}

var errLocked = apierror.New(apierror.Forbidden, "this member is locked after too many wrong picture-PINs; a youth worker can unlock")

// UnlockYouthMember lets a locked member try again; the privacy rules decide who may (the
// location's facilitators and managers).
func (a *Authenticator) UnlockYouthMember(ctx context.Context, memberID string) (*ent.YouthMember, error) {
	return a.client.YouthMember.UpdateOneID(memberID).
		SetFailedPinAttempts(0).
		ClearLockedAt().
		Save(ctx)
}
