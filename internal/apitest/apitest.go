// Package apitest runs API scenarios the way a client meets the product: through the real HTTP
// handler on a loopback server, with a cookie jar, against a real database. Every scenario runs on
// SQLite and, when JEUGDSTEM_TEST_POSTGRES names a server, on PostgreSQL too (in CI it must).
package apitest

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/internal/auth"
	"github.com/jeugdstem/jeugdstem/internal/clientip"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/httpserver"
	"github.com/jeugdstem/jeugdstem/internal/keyring"
	"github.com/jeugdstem/jeugdstem/internal/ratelimit"
	"github.com/jeugdstem/jeugdstem/internal/reports"
	"github.com/jeugdstem/jeugdstem/internal/voting"
	"github.com/jeugdstem/jeugdstem/policies"
)

// PostgresEnv names the variable holding a PostgreSQL DSN for tests.
const PostgresEnv = "JEUGDSTEM_TEST_POSTGRES"

// Backend is a database a scenario runs on.
type Backend struct {
	Name string // "sqlite" or "postgres"
	// NewDSN returns the DSN of a new, empty database that is removed when t ends.
	NewDSN func(t testing.TB) string
}

// Backends are the databases every API scenario runs on. Without JEUGDSTEM_TEST_POSTGRES only
// SQLite runs; under CI (CI=true) the variable is required, so PostgreSQL cannot be skipped there
// by accident.
func Backends(t testing.TB) []Backend {
	bs := []Backend{{Name: "sqlite", NewDSN: func(t testing.TB) string {
		return "sqlite://" + filepath.Join(t.TempDir(), "jeugdstem.db")
	}}}
	pg := postgresDSN(t)
	if pg == "" {
		return bs
	}
	return append(bs, Backend{Name: "postgres", NewDSN: func(t testing.TB) string { return NewPostgresSchema(t, pg) }})
}

// PostgresDSN is the PostgreSQL server of a test that needs PostgreSQL itself (a fault of the
// server, a race only PostgreSQL has): the test is skipped without one, except in CI, where it
// fails, as Backends does.
func PostgresDSN(t testing.TB) string {
	t.Helper()
	pg := postgresDSN(t)
	if pg == "" {
		t.Skip(PostgresEnv + " not set")
	}
	return pg
}

func postgresDSN(t testing.TB) string {
	t.Helper()
	pg := os.Getenv(PostgresEnv)
	if pg == "" && os.Getenv("CI") == "true" {
		t.Fatalf("%s must be set in CI: the API suite runs on PostgreSQL too", PostgresEnv)
	}
	return pg
}

// NewPostgresSchema creates an empty schema on the server at dsn and returns a DSN whose
// search_path points at it; the schema is dropped when t ends.
func NewPostgresSchema(t testing.TB, dsn string) string {
	t.Helper()
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	schema := "t_" + hex.EncodeToString(b)
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		admin.Close()
		t.Fatalf("creating test schema on %s: %v", PostgresEnv, err)
	}
	t.Cleanup(func() {
		defer admin.Close()
		if _, err := admin.Exec("DROP SCHEMA " + schema + " CASCADE"); err != nil {
			t.Errorf("dropping test schema: %v", err)
		}
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// Server is jeugdstem's HTTP surface on a loopback port, over a fresh database.
type Server struct {
	*httptest.Server
	DB  *database.DB
	DSN string
	// Votes is the server's voting, for tests that drive the clock (closing polls) directly.
	Votes *voting.Service
	// PINs hashes picture-PINs with the server's keys, as registering a child does (nil on a
	// Server put together by hand: NewMember then uses TestKey).
	PINs *auth.PINs
}

// Options adjust a test server.
type Options struct {
	// Dev serves plain HTTP with dev cookies; otherwise the server speaks TLS and sets Secure,
	// __Host- cookies, as in production.
	Dev bool
	// SessionKeys sign cookies; a fixed test key when empty.
	SessionKeys [][]byte
	// Limits are the rate limits. Zero means limits high enough that scenarios signing in and
	// writing many times from 127.0.0.1 never meet them; tests of the limits set them.
	Limits ratelimit.Limits
	// TrustedProxies are the networks whose X-Forwarded-For is believed ("" for none). Test
	// clients connect from 127.0.0.1, so "127.0.0.1" makes every client's ForwardedFor its address.
	TrustedProxies string
	// BallotBox seals ballots; the real sealed box of SessionKeys when nil. Secrecy tests give a
	// weakened one to show that their attacks find what an unsealed ballot gives away.
	BallotBox voting.Box
	// ReportsNow is the reports' clock (a testclock.Clock's Now); time.Now when nil.
	ReportsNow func() time.Time
}

// TestKey is the signing key test servers use unless told otherwise.
var TestKey = []byte("jeugdstem-test-session-key-32-bytes!")

// Start opens a fresh database on backend, migrates it and serves the real handler.
func Start(t testing.TB, backend Backend, opts Options) *Server {
	t.Helper()
	return StartOn(t, backend.NewDSN(t), opts)
}

// StartOn serves the real handler over the database at dsn (migrating it), e.g. to restart a
// server on the same database with other options.
func StartOn(t testing.TB, dsn string, opts Options) *Server {
	t.Helper()
	ctx := context.Background()
	db, err := database.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if len(opts.SessionKeys) == 0 {
		opts.SessionKeys = [][]byte{TestKey}
	}
	if opts.Limits == (ratelimit.Limits{}) {
		opts.Limits = ratelimit.Unlimited()
	}
	proxies, err := clientip.ParsePrefixes(opts.TrustedProxies)
	if err != nil {
		t.Fatal(err)
	}
	liveCtx, stopLive := context.WithCancel(context.Background())
	t.Cleanup(stopLive)
	if opts.BallotBox == nil {
		opts.BallotBox = voting.NewSealedBox(keyring.MustNew(opts.SessionKeys))
	}
	votes := voting.New(db.Client, db.Dialect, opts.BallotBox)
	h := httpserver.New(httpserver.Config{DB: db, Dev: opts.Dev, SessionKeys: opts.SessionKeys, Limits: opts.Limits,
		ClientIP: clientip.Config{TrustedProxies: proxies}, Live: db.NewLiveHub(liveCtx), Votes: votes,
		Reports: reports.Config{Now: opts.ReportsNow}})
	var srv *httptest.Server
	if opts.Dev {
		srv = httptest.NewServer(h)
	} else {
		srv = httptest.NewTLSServer(h)
	}
	t.Cleanup(func() {
		srv.Close()
		db.Close()
	})
	return &Server{Server: srv, DB: db, DSN: dsn, Votes: votes, PINs: auth.NewPINs(keyring.MustNew(opts.SessionKeys))}
}

// Each runs scenario once per backend, as a subtest named after it.
func Each(t *testing.T, opts Options, scenario func(t *testing.T, s *Server)) {
	for _, b := range Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			scenario(t, Start(t, b, opts))
		})
	}
}

// System returns a context that passes every privacy rule, for arranging test data directly.
func System() context.Context {
	return policies.System(context.Background())
}

// Client is one browser: it keeps cookies between requests.
type Client struct {
	t    testing.TB
	srv  *Server
	HTTP *http.Client
	// ForwardedFor, when set, is sent as X-Forwarded-For on every request, as a reverse proxy
	// in front of the server would for a client at that address.
	ForwardedFor string
}

// NewClient returns a client with an empty cookie jar.
func (s *Server) NewClient(t testing.TB) *Client {
	jar, _ := cookiejar.New(nil)
	hc := *s.Client() // a copy: trusts the test server's certificate, with a jar of its own
	hc.Jar = jar
	return &Client{t: t, srv: s, HTTP: &hc}
}

// Response is a GraphQL answer.
type Response struct {
	Status int
	Header http.Header
	Data   json.RawMessage
	Errors []Error
}

// Error is one GraphQL error.
type Error struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// Code is the error's extensions.code.
func (e Error) Code() string { c, _ := e.Extensions["code"].(string); return c }

// Field is the error's extensions.field.
func (e Error) Field() string { f, _ := e.Extensions["field"].(string); return f }

// Do posts a GraphQL operation as the app does (JSON, same origin).
func (c *Client) Do(query string, vars map[string]any) *Response {
	c.t.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		c.t.Fatal(err)
	}
	req, err := http.NewRequest(http.MethodPost, c.srv.URL+"/graphql", bytes.NewReader(body))
	if err != nil {
		c.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	return c.Send(req)
}

// Send sends a prepared request and decodes the GraphQL answer.
func (c *Client) Send(req *http.Request) *Response {
	c.t.Helper()
	if c.ForwardedFor != "" && req.Header.Get("X-Forwarded-For") == "" {
		req.Header.Set("X-Forwarded-For", c.ForwardedFor)
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		c.t.Fatal(err)
	}
	out := &Response{Status: res.StatusCode, Header: res.Header}
	if err := json.Unmarshal(raw, out); err != nil {
		c.t.Fatalf("answer is not GraphQL JSON (status %d): %q", res.StatusCode, truncate(raw))
	}
	return out
}

// Must fails the test when the answer has errors, and decodes data into v (if not nil).
func (r *Response) Must(t testing.TB, v any) *Response {
	t.Helper()
	if len(r.Errors) > 0 {
		t.Fatalf("unexpected errors: %+v", r.Errors)
	}
	if v != nil {
		if err := json.Unmarshal(r.Data, v); err != nil {
			t.Fatalf("decoding data %s: %v", r.Data, err)
		}
	}
	return r
}

// Code returns the code of the only error, failing the test unless there is exactly one.
func (r *Response) Code(t testing.TB) string {
	t.Helper()
	if len(r.Errors) != 1 {
		t.Fatalf("want exactly one error, got %d: %+v (data %s)", len(r.Errors), r.Errors, r.Data)
	}
	return r.Errors[0].Code()
}

// WantCode fails the test unless the answer's only error has code.
func (r *Response) WantCode(t testing.TB, code string) Error {
	t.Helper()
	if got := r.Code(t); got != code {
		t.Fatalf("error code = %s, want %s (%+v)", got, code, r.Errors[0])
	}
	return r.Errors[0]
}

func truncate(b []byte) string {
	s := string(b)
	if len(s) > 300 {
		s = s[:300] + "…"
	}
	return strings.TrimSpace(s)
}

// NewVotes returns a voting service over db sealing with TestKey, as a second instance of a
// test server (with the default keys) would have.
func NewVotes(db *database.DB) *voting.Service {
	return voting.New(db.Client, db.Dialect, voting.NewSealedBox(keyring.MustNew([][]byte{TestKey})))
}
