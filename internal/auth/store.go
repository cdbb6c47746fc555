package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"time"

	"github.com/gorilla/securecookie"
	"github.com/gorilla/sessions"

	"github.com/jeugdstem/jeugdstem/ent"
	entsession "github.com/jeugdstem/jeugdstem/ent/session"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Timeouts per kind of session: staff sessions end after 30 minutes without a request or 12 hours
// in all; a child's after 2 minutes without a request (a shared tablet: the next child must not
// find the last one signed in) or 15 minutes in all.
var timeouts = map[entsession.Kind]struct{ Idle, Absolute time.Duration }{
	entsession.KindSTAFF: {Idle: 30 * time.Minute, Absolute: 12 * time.Hour},
	entsession.KindYOUTH: {Idle: 2 * time.Minute, Absolute: 15 * time.Minute},
}

// touchEvery bounds how often a session's last_seen_at is written: every request would make
// every read a write.
const touchEvery = 15 * time.Second

// Session values the store understands. They are kept as columns of the session row, so a
// session can be found (and ended) by who it belongs to.
const (
	valKind     = "kind"
	valStaffID  = "staff"
	valMemberID = "member"
	valTabletID = "tablet"
)

// Store is a gorilla/sessions store that keeps sessions in our database. The cookie carries only
// the session's random id, signed (and rotatable) with securecookie; the row is keyed by the id's
// SHA-256, so the database alone cannot be used to forge a cookie. Deleting the row ends the
// session at once on every instance.
type Store struct {
	client  *ent.Client
	codecs  []securecookie.Codec
	options sessions.Options
	now     func() time.Time
}

var _ sessions.Store = (*Store)(nil)

// NewStore returns a store signing with keys[0] and verifying with all keys.
func NewStore(client *ent.Client, keys [][]byte, secure bool) *Store {
	codecs := make([]securecookie.Codec, len(keys))
	for i, k := range keys {
		sc := securecookie.New(k, nil)
		sc.MaxAge(int(timeouts[entsession.KindSTAFF].Absolute.Seconds()))
		codecs[i] = sc
	}
	return &Store{
		client: client,
		codecs: codecs,
		options: sessions.Options{
			Path:     "/",
			HttpOnly: true,
			Secure:   secure,
			SameSite: http.SameSiteStrictMode,
		},
		now: time.Now,
	}
}

// Get returns the request's session, decoding it once per request.
func (s *Store) Get(r *http.Request, name string) (*sessions.Session, error) {
	return sessions.GetRegistry(r).Get(s, name)
}

// New loads the session named by the request's cookie, or returns a new empty session when
// there is none, it does not verify, or it has expired. A bad cookie is not an error for the
// request: its sender is simply nobody.
func (s *Store) New(r *http.Request, name string) (*sessions.Session, error) {
	sess := sessions.NewSession(s, name)
	opts := s.options
	sess.Options = &opts
	sess.IsNew = true
	raw, ok := s.cookieID(r, name)
	if !ok {
		return sess, nil
	}
	ctx := system(r.Context())
	row, err := s.client.Session.Get(ctx, rowID(raw))
	if ent.IsNotFound(err) {
		return sess, nil
	} else if err != nil {
		return sess, err
	}
	if alive, err := s.alive(ctx, row.ID, row.Kind, row.LastSeenAt, row.ExpiresAt); !alive || err != nil {
		return sess, err
	}
	sess.ID = raw
	sess.IsNew = false
	sess.Values[valKind] = string(row.Kind)
	for key, id := range map[string]*string{valStaffID: row.StaffUserID, valMemberID: row.MemberID, valTabletID: row.TabletID} {
		if id != nil {
			sess.Values[key] = *id
		}
	}
	return sess, nil
}

// alive reports whether a session row is still in time: an expired one (idle too long, or past
// its absolute end) is deleted; a live one has its last-seen time written, at most every
// touchEvery.
func (s *Store) alive(ctx context.Context, id string, kind entsession.Kind, lastSeen, expires time.Time) (bool, error) {
	now := s.now()
	if now.After(expires) || now.After(lastSeen.Add(timeouts[kind].Idle)) {
		_ = s.client.Session.DeleteOneID(id).Exec(ctx)
		return false, nil
	}
	if now.Sub(lastSeen) > touchEvery {
		if err := s.client.Session.UpdateOneID(id).SetLastSeenAt(now).Exec(ctx); err != nil {
			return false, err
		}
	}
	return true, nil
}

// cookieID returns the session id the named cookie carries, if it verifies.
func (s *Store) cookieID(r *http.Request, name string) (string, bool) {
	c, err := r.Cookie(name)
	if err != nil {
		return "", false
	}
	var raw string
	if err := securecookie.DecodeMulti(name, c.Value, &raw, s.codecs...); err != nil {
		return "", false
	}
	return raw, true
}

// Save writes the session: a new session gets a fresh random id and a row; MaxAge < 0 deletes
// the row and the cookie.
func (s *Store) Save(r *http.Request, w http.ResponseWriter, sess *sessions.Session) error {
	ctx := system(r.Context())
	if sess.Options.MaxAge < 0 {
		if sess.ID != "" {
			if err := s.client.Session.DeleteOneID(rowID(sess.ID)).Exec(ctx); err != nil && !ent.IsNotFound(err) {
				return err
			}
		}
		http.SetCookie(w, sessions.NewCookie(sess.Name(), "", sess.Options))
		return nil
	}
	if sess.ID == "" {
		if err := s.insert(ctx, s.client, sess); err != nil {
			return err
		}
	}
	return s.setCookie(w, sess)
}

// insert writes a new session's row through client (the store's, or a sign-in's transaction)
// and gives it its fresh random id and lifetime.
func (s *Store) insert(ctx context.Context, client *ent.Client, sess *sessions.Session) error {
	raw, err := newRawID()
	if err != nil {
		return err
	}
	kind := entsession.Kind(sess.Values[valKind].(string))
	now := s.now()
	create := client.Session.Create().
		SetID(rowID(raw)).
		SetKind(kind).
		SetCreatedAt(now).
		SetLastSeenAt(now).
		SetExpiresAt(now.Add(timeouts[kind].Absolute))
	if v, ok := sess.Values[valStaffID].(string); ok {
		create.SetStaffUserID(v)
	}
	if v, ok := sess.Values[valMemberID].(string); ok {
		create.SetMemberID(v)
	}
	if v, ok := sess.Values[valTabletID].(string); ok {
		create.SetTabletID(v)
	}
	if err := create.Exec(ctx); err != nil {
		return err
	}
	sess.ID = raw
	sess.Options.MaxAge = int(timeouts[kind].Absolute.Seconds())
	return nil
}

// setCookie sends the cookie naming the session.
func (s *Store) setCookie(w http.ResponseWriter, sess *sessions.Session) error {
	encoded, err := securecookie.EncodeMulti(sess.Name(), sess.ID, s.codecs...)
	if err != nil {
		return err
	}
	http.SetCookie(w, sessions.NewCookie(sess.Name(), encoded, sess.Options))
	return nil
}

func newRawID() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

// rowID is the database key of a session: the SHA-256 of the id in the cookie.
func rowID(raw string) string {
	sum := sha256.Sum256([]byte(raw))
	return hex.EncodeToString(sum[:])
}

// system lets auth's own bookkeeping (sessions, lockouts, tablets) pass the privacy rules: it runs
// before there is a viewer, or on rows no viewer may read.
func system(ctx context.Context) context.Context {
	return policies.System(ctx)
}
