package auth

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/gorilla/securecookie"

	"github.com/jeugdstem/jeugdstem/ent"
	entsession "github.com/jeugdstem/jeugdstem/ent/session"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/clientip"
	"github.com/jeugdstem/jeugdstem/internal/ratelimit"
	"github.com/jeugdstem/jeugdstem/internal/validation"
)

// NewStaffUser is the input for creating a staff user.
type NewStaffUser struct {
	Email       string         `json:"email" validate:"required,email,max=254"`
	DisplayName string         `json:"displayName" validate:"required,max=120"`
	Password    string         `json:"password" validate:"required,min=12,max=256"`
	Role        staffuser.Role `json:"role" validate:"required"`
	LocationIDs []string       `json:"locationIDs" validate:"max=300"`
}

// CreateStaffUser validates in, hashes the password and stores the user. The e-mail address is
// stored lower-cased; a second user with the same address is CONFLICT.
func CreateStaffUser(ctx context.Context, client *ent.Client, in NewStaffUser) (*ent.StaffUser, error) {
	in.Email = strings.ToLower(strings.TrimSpace(in.Email))
	in.DisplayName = strings.TrimSpace(in.DisplayName)
	if err := validation.Struct("input", in); err != nil {
		return nil, err
	}
	if err := staffuser.RoleValidator(in.Role); err != nil {
		return nil, apierror.BadInput("input.role", "is not a staff role")
	}
	if in.Role != staffuser.RoleNATIONAL_ADMIN && len(in.LocationIDs) == 0 {
		return nil, apierror.BadInput("input.locationIDs", "a %s needs at least one location", in.Role)
	}
	hash, err := HashPassword(in.Password)
	if err != nil {
		return nil, err
	}
	u, err := client.StaffUser.Create().
		SetEmail(in.Email).
		SetDisplayName(in.DisplayName).
		SetPasswordHash(hash).
		SetRole(in.Role).
		AddLocationIDs(in.LocationIDs...).
		Save(ctx)
	if ent.IsConstraintError(err) {
		return nil, apierror.New(apierror.Conflict, "a staff user with this e-mail address already exists")
	}
	return u, err
}

// dummyHash is checked when an e-mail address is unknown, so a wrong address takes as long as a
// wrong password and sign-in does not reveal who has an account. It is a constant (the hash of a
// throw-away password with the current parameters) rather than computed at start-up, which would
// cost every start 50 ms and 19 MiB.
const dummyHash = "$argon2id$v=19$m=19456,t=2,p=1$TXeD6WDDr9gjeBJL4LFkgA$3BaIWWXZCKF6MVtFTzQ08ZuNi9SNXEDX4SosnZklTjg"

// StaffLogin checks an e-mail address and password and starts a staff session.
//
// Only failed attempts count against the limits (a right password gives its attempt back), in
// three buckets: the account from this address, this address on any account, and the account
// from anywhere. So wrong passwords from one address pause that address, never the account
// elsewhere; only guessing from many addresses at once pauses the account itself, for the rest
// of a window and never with a lock that needs an administrator. Unknown addresses are counted
// like accounts, so the answers do not tell who has an account.
//
// A browser where the account signed in before carries a device cookie for it (see
// staffDevice). Its attempts for that account count only against the device's own bucket, so
// neither someone on the same Wi-Fi trying accounts nor guessing from many addresses keeps a
// member of staff out of their own browser.
func (a *Authenticator) StaffLogin(ctx context.Context, email, password string) (*ent.StaffUser, error) {
	email = strings.ToLower(strings.TrimSpace(email))
	release, err := a.takeStaffAttempt(ctx, email)
	if err != nil {
		return nil, err
	}
	u, err := a.client.StaffUser.Query().Where(staffuser.Email(email)).Only(system(ctx))
	if err != nil && !ent.IsNotFound(err) {
		return nil, err
	}
	hash := dummyHash
	if u != nil {
		hash = u.PasswordHash
	}
	ok, err := CheckPassword(hash, password)
	if err != nil {
		return nil, err
	}
	if !ok || u == nil || !u.Active {
		return nil, apierror.New(apierror.Unauthenticated, "wrong e-mail address or password")
	}
	if err := release(); err != nil {
		return nil, err
	}
	if err := a.startSession(ctx, map[any]any{valKind: string(entsession.KindSTAFF), valStaffID: u.ID}); err != nil {
		return nil, err
	}
	if err := a.setStaffDevice(ctx, email); err != nil {
		return nil, err
	}
	return u, nil
}

// takeStaffAttempt counts a sign-in attempt for email from the client's address in each staff
// bucket; release gives it back (the password was right). An attempt one bucket refuses is
// given back to the others: it checked no password.
func (a *Authenticator) takeStaffAttempt(ctx context.Context, email string) (release func() error, err error) {
	addr := clientip.Key(ctx)
	lims := a.limiter.Limits
	type bucket struct {
		key string
		lim ratelimit.Limit
	}
	buckets := []bucket{
		{"staff-login-account-address:" + email + "|" + addr, lims.StaffFailuresPerAccountAddress},
		{"staff-login-address:" + addr, lims.StaffFailuresPerAddress},
		{"staff-login-account:" + email, lims.StaffFailuresPerAccount},
	}
	if device, ok := a.staffDevice(ctx, email); ok {
		buckets = []bucket{{"staff-login-device:" + device, lims.StaffFailuresPerAccountAddress}}
	}
	giveBack := func(n int) error {
		for _, b := range buckets[:n] {
			if err := a.limiter.Give(ctx, b.key, b.lim); err != nil {
				return err
			}
		}
		return nil
	}
	for i, b := range buckets {
		if err := a.limiter.Take(ctx, b.key, b.lim); err != nil {
			if gerr := giveBack(i); gerr != nil {
				return nil, gerr
			}
			return nil, err
		}
	}
	return func() error { return giveBack(len(buckets)) }, nil
}

// staffDeviceMaxAge is how long a browser is known for an account after its last sign-in there.
const staffDeviceMaxAge = 180 * 24 * time.Hour

// staffDevice returns the nonce of the request's device cookie when it was issued for email: the
// browser signed in as that account before. The cookie is signed with the session keys.
func (a *Authenticator) staffDevice(ctx context.Context, email string) (string, bool) {
	ex, err := exchangeOf(ctx)
	if err != nil {
		return "", false
	}
	c, err := ex.r.Cookie(a.deviceCookie)
	if err != nil {
		return "", false
	}
	var v struct{ Email, Nonce string }
	if err := securecookie.DecodeMulti(a.deviceCookie, c.Value, &v, a.devices...); err != nil || v.Email != email || v.Nonce == "" {
		return "", false
	}
	return v.Nonce, true
}

// setStaffDevice marks the browser as known for email, with a fresh nonce (its own bucket).
func (a *Authenticator) setStaffDevice(ctx context.Context, email string) error {
	ex, err := exchangeOf(ctx)
	if err != nil {
		return err
	}
	nonce, err := newRawID()
	if err != nil {
		return err
	}
	encoded, err := securecookie.EncodeMulti(a.deviceCookie, struct{ Email, Nonce string }{email, nonce}, a.devices...)
	if err != nil {
		return err
	}
	http.SetCookie(ex.w, &http.Cookie{
		Name: a.deviceCookie, Value: encoded, Path: "/",
		MaxAge: int(staffDeviceMaxAge.Seconds()), HttpOnly: true, Secure: a.secure, SameSite: http.SameSiteStrictMode,
	})
	return nil
}

// Logout ends the browser's session at once; a tablet stays enrolled.
func (a *Authenticator) Logout(ctx context.Context) error {
	return a.endSession(ctx)
}
