package auth

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"strings"

	"github.com/gorilla/securecookie"

	"github.com/jeugdstem/jeugdstem/ent"
	entsession "github.com/jeugdstem/jeugdstem/ent/session"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/clientip"
	"github.com/jeugdstem/jeugdstem/policies"
)

// EnrollTablet makes the browser a shared tablet of a location: a device cookie with a random
// token, whose hash is stored. The privacy rules decide who may enroll (facilitators and managers
// of that location).
func (a *Authenticator) EnrollTablet(ctx context.Context, locationID, name string) (*ent.Tablet, error) {
	name = strings.TrimSpace(name)
	if name == "" || len(name) > 80 {
		return nil, apierror.BadInput("name", "must be 1 to 80 characters")
	}
	if err := a.limiter.Take(ctx, "enroll:"+clientip.Key(ctx), a.limiter.Limits.EnrollPerAddress); err != nil {
		return nil, err
	}
	ex, err := exchangeOf(ctx)
	if err != nil {
		return nil, err
	}
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}
	token := hex.EncodeToString(b)
	v := policies.FromContext(ctx)
	create := a.client.Tablet.Create().SetLocationID(locationID).SetName(name).SetTokenHash(tokenHash(token))
	if v.IsStaff() {
		create.SetEnrolledByID(v.StaffID)
	}
	t, err := create.Save(ctx)
	if err != nil {
		return nil, err
	}
	encoded, err := securecookie.EncodeMulti(a.tabletCookie, token, a.tablets...)
	if err != nil {
		return nil, err
	}
	http.SetCookie(ex.w, &http.Cookie{
		Name: a.tabletCookie, Value: encoded, Path: "/",
		MaxAge: int(tabletCookieMaxAge.Seconds()), HttpOnly: true, Secure: a.secure, SameSite: http.SameSiteStrictMode,
	})
	return t, nil
}

// RevokeTablet un-enrolls a tablet at once: its cookie stops working and the sessions of children
// on it end.
func (a *Authenticator) RevokeTablet(ctx context.Context, id string) (*ent.Tablet, error) {
	t, err := a.client.Tablet.UpdateOneID(id).SetRevokedAt(a.now()).Save(ctx)
	if err != nil {
		return nil, err
	}
	_, err = a.client.Session.Delete().Where(entsession.TabletID(id)).Exec(system(ctx))
	return t, err
}
