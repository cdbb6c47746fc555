package auth

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/gorilla/securecookie"
	"github.com/gorilla/sessions"

	"github.com/jeugdstem/jeugdstem/ent"
	entsession "github.com/jeugdstem/jeugdstem/ent/session"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/ent/tablet"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/keyring"
	"github.com/jeugdstem/jeugdstem/internal/ratelimit"
	"github.com/jeugdstem/jeugdstem/policies"
)

// tabletCookieMaxAge is how long an enrolled tablet stays enrolled without being used.
const tabletCookieMaxAge = 365 * 24 * time.Hour

// Authenticator finds the viewer of each request (from the tablet cookie and the session
// cookie) and signs people in and out.
type Authenticator struct {
	client  *ent.Client
	store   *Store
	tablets []securecookie.Codec // sign the tablet cookie with the same keys
	devices []securecookie.Codec // and the staff device cookie (staffDevice)
	secure  bool
	limiter *ratelimit.Limiter
	pins    *PINs
	dialect string
	now     func() time.Time

	sessionCookie, tabletCookie, deviceCookie string
}

// Config configures an Authenticator.
type Config struct {
	// Keys sign the cookies: the first signs, all verify (rotation).
	Keys [][]byte
	// Secure marks cookies Secure and gives them the __Host- prefix; off only in --dev.
	Secure bool
	// Limiter counts sign-in attempts; ratelimit.Default limits over the client when nil.
	Limiter *ratelimit.Limiter
	// Dialect is the client's database (dialect.SQLite or dialect.Postgres), for the statement
	// of the request path (readRequest).
	Dialect string
}

// New returns an Authenticator over client.
func New(client *ent.Client, cfg Config) *Authenticator {
	a := &Authenticator{
		client:  client,
		store:   NewStore(client, cfg.Keys, cfg.Secure),
		secure:  cfg.Secure,
		limiter: cfg.Limiter,
		// The PIN key comes from the same deployment keys as the cookies' (keyring.PIN). ParseKeys
		// admits only keys keyring accepts.
		pins:    NewPINs(keyring.MustNew(cfg.Keys)),
		dialect: cfg.Dialect,
		now:     time.Now,
	}
	if a.limiter == nil {
		a.limiter = ratelimit.New(client, ratelimit.Default)
	}
	for _, k := range cfg.Keys {
		sc := securecookie.New(k, nil)
		sc.MaxAge(int(tabletCookieMaxAge.Seconds()))
		a.tablets = append(a.tablets, sc)
		dc := securecookie.New(k, nil)
		dc.MaxAge(int(staffDeviceMaxAge.Seconds()))
		a.devices = append(a.devices, dc)
	}
	a.sessionCookie, a.tabletCookie, a.deviceCookie = "jeugdstem-session", "jeugdstem-tablet", "jeugdstem-staff-device"
	if cfg.Secure {
		// __Host- cookies are only accepted over HTTPS, for path / and without a Domain, so no
		// other host or path can set or shadow them.
		a.sessionCookie, a.tabletCookie, a.deviceCookie = "__Host-"+a.sessionCookie, "__Host-"+a.tabletCookie, "__Host-"+a.deviceCookie
	}
	return a
}

// SessionCookieName and TabletCookieName are the cookie names in use.
func (a *Authenticator) SessionCookieName() string { return a.sessionCookie }

// TabletCookieName is the name of the tablet's device cookie.
func (a *Authenticator) TabletCookieName() string { return a.tabletCookie }

type exchangeKey struct{}

// exchange is the request and response of the current HTTP call, so sign-in mutations can set
// cookies.
type exchange struct {
	w http.ResponseWriter
	r *http.Request
}

// Middleware puts the viewer of every request in its context.
func (a *Authenticator) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v, err := a.viewer(r)
		if err != nil {
			// The database did not answer: 503 with UNAVAILABLE, which the app shows as "try
			// again in a moment" (nobody is signed out by an outage).
			if database.IsUnavailable(err) {
				slog.WarnContext(r.Context(), "authenticating request: database unavailable", "error", err.Error())
				apierror.Write(w, apierror.New(apierror.Unavailable, apierror.UnavailableMessage))
				return
			}
			slog.ErrorContext(r.Context(), "authenticating request", "error", err.Error())
			apierror.Write(w, apierror.New(apierror.Internal, "internal error"))
			return
		}
		ctx := policies.NewContext(r.Context(), v)
		ctx = context.WithValue(ctx, exchangeKey{}, &exchange{w: w, r: r})
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// viewer finds who is asking. A child voting on a tablet costs one statement: the session, the
// tablet and the child are read together (readRequest), with every check of the separate reads.
func (a *Authenticator) viewer(r *http.Request) (*policies.Viewer, error) {
	ctx := system(r.Context())
	v := &policies.Viewer{}
	token, hasTablet := a.tabletToken(r)
	raw, hasSession := a.store.cookieID(r, a.sessionCookie)
	if !hasSession {
		return v, a.setTablet(ctx, v, token, hasTablet)
	}
	hash := ""
	if hasTablet {
		hash = tokenHash(token)
	}
	row, ok, err := a.readRequest(ctx, rowID(raw), hash)
	if err != nil {
		return nil, err
	}
	if !ok { // no such session (ended, or never): the tablet alone, if any
		return v, a.setTablet(ctx, v, token, hasTablet)
	}
	if row.TabletID != nil && row.TabletLoc != nil {
		v.TabletID, v.TabletLocationID = *row.TabletID, *row.TabletLoc
	}
	kind := entsession.Kind(row.Kind)
	if alive, err := a.store.alive(ctx, row.SessionID, kind, row.LastSeenAt, row.ExpiresAt); err != nil || !alive {
		return v, err
	}
	switch kind {
	case entsession.KindSTAFF:
		if row.StaffID == nil || row.Role == nil { // deactivated
			return v, nil
		}
		locations, err := a.client.StaffUser.Query().Where(staffuser.ID(*row.StaffID)).QueryLocations().IDs(ctx)
		if err != nil {
			return nil, err
		}
		v.StaffID, v.Role, v.SessionID, v.LocationIDs = *row.StaffID, policies.Role(*row.Role), row.SessionID, locations
	case entsession.KindYOUTH:
		// A child's session is bound to the tablet it started on and to the child's location: it
		// is worth nothing in another browser, or after the tablet is revoked or the child moved.
		if v.TabletID == "" || row.SessionTablet == nil || *row.SessionTablet != v.TabletID ||
			row.MemberID == nil || row.AgeBand == nil || row.Language == nil {
			return v, nil
		}
		v.MemberID, v.AgeBand, v.Language, v.SessionID = *row.MemberID, *row.AgeBand, *row.Language, row.SessionID
	}
	return v, nil
}

// tabletToken returns the device token of the request's tablet cookie, if it verifies.
func (a *Authenticator) tabletToken(r *http.Request) (string, bool) {
	c, err := r.Cookie(a.tabletCookie)
	if err != nil {
		return "", false
	}
	var token string
	if err := securecookie.DecodeMulti(a.tabletCookie, c.Value, &token, a.tablets...); err != nil {
		return "", false
	}
	return token, true
}

// setTablet makes v the enrolled, unrevoked tablet the token names, if any.
func (a *Authenticator) setTablet(ctx context.Context, v *policies.Viewer, token string, has bool) error {
	if !has {
		return nil
	}
	t, err := a.client.Tablet.Query().
		Where(tablet.TokenHash(tokenHash(token)), tablet.RevokedAtIsNil()).
		Only(ctx)
	if ent.IsNotFound(err) {
		return nil
	} else if err != nil {
		return err
	}
	v.TabletID, v.TabletLocationID = t.ID, t.LocationID
	return nil
}

// startSession replaces whatever session the browser had with a new one (replaceSession) and
// sends its cookie.
func (a *Authenticator) startSession(ctx context.Context, values map[any]any) error {
	send, err := a.replaceSession(ctx, a.client, values)
	if err != nil {
		return err
	}
	return send()
}

// replaceSession deletes the session row the request's cookie names, if any, and writes a new
// one for values through client (a sign-in's transaction), with a new id on every sign-in, so a
// planted id is worthless. The returned function sends the new cookie: call it once the row is
// committed.
func (a *Authenticator) replaceSession(ctx context.Context, client *ent.Client, values map[any]any) (func() error, error) {
	ex, err := exchangeOf(ctx)
	if err != nil {
		return nil, err
	}
	sys := system(ctx)
	if raw, ok := a.store.cookieID(ex.r, a.sessionCookie); ok {
		if _, err := client.Session.Delete().Where(entsession.ID(rowID(raw))).Exec(sys); err != nil {
			return nil, err
		}
	}
	sess := sessions.NewSession(a.store, a.sessionCookie)
	opts := a.store.options
	sess.Options = &opts
	sess.Values = values
	if err := a.store.insert(sys, client, sess); err != nil {
		return nil, err
	}
	return func() error { return a.store.setCookie(ex.w, sess) }, nil
}

// inTx runs fn in one write transaction (on SQLite it takes the write lock at BEGIN). An answer
// for the client that fn returns (an *apierror.Error: a wrong PIN, a limit reached) is returned
// after the transaction commits, so what led to it stays written; any other error rolls it back.
func (a *Authenticator) inTx(ctx context.Context, fn func(tx *ent.Tx) error) error {
	tx, err := a.client.Tx(ctx)
	if err != nil {
		return err
	}
	ferr := fn(tx)
	var answer *apierror.Error
	if ferr != nil && !errors.As(ferr, &answer) {
		return errors.Join(ferr, tx.Rollback())
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	return ferr
}

// endSession deletes the browser's session row and cookie, if it has one.
func (a *Authenticator) endSession(ctx context.Context) error {
	ex, err := exchangeOf(ctx)
	if err != nil {
		return err
	}
	sess, err := a.store.Get(ex.r, a.sessionCookie)
	if err != nil {
		return err
	}
	if sess.IsNew {
		return nil
	}
	sess.Options.MaxAge = -1
	if err := a.store.Save(ex.r, ex.w, sess); err != nil {
		return err
	}
	sess.ID, sess.IsNew = "", true
	sess.Values = map[any]any{}
	return nil
}

func exchangeOf(ctx context.Context) (*exchange, error) {
	ex, ok := ctx.Value(exchangeKey{}).(*exchange)
	if !ok {
		return nil, apierror.New(apierror.Internal, "no HTTP exchange in context")
	}
	return ex, nil
}

// PINs hashes picture-PINs with the deployment's PIN key, for registering children.
func (a *Authenticator) PINs() *PINs { return a.pins }

func tokenHash(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

func str(v any) string { s, _ := v.(string); return s }

// StillSignedIn reports whether the session that authenticated the viewer still exists and is
// in time: a long-lived connection (a subscription) ends when its session is logged out, reaches
// its end, or has seen no request for the idle timeout (an open socket alone does not keep a
// session alive; it does not touch last_seen_at). An error means the database could not tell (it
// is unreachable), which is not the same as signed out.
func (a *Authenticator) StillSignedIn(ctx context.Context) (bool, error) {
	v := policies.FromContext(ctx)
	if v.SessionID == "" {
		return false, nil
	}
	s, err := a.client.Session.Get(system(ctx), v.SessionID)
	if ent.IsNotFound(err) {
		return false, nil
	} else if err != nil {
		return false, err
	}
	now := a.now()
	return now.Before(s.ExpiresAt) && now.Before(s.LastSeenAt.Add(timeouts[s.Kind].Idle)), nil
}
