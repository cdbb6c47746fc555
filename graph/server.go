package graph

import (
	"context"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/clientip"
	"github.com/jeugdstem/jeugdstem/policies"
)

// ServerConfig configures the GraphQL endpoint.
type ServerConfig struct {
	// Dev turns on introspection and field suggestions (off in production).
	Dev bool
	// Introspection allows __schema and __type without the rest of Dev (the protocol audit
	// asks for a type by name).
	Introspection bool
	Limits        Limits
	Sockets       SocketLimits
	// RequestTimeout bounds the work of one request over POST; DefaultRequestTimeout when zero.
	RequestTimeout time.Duration
	// SignedIn reports whether the session behind a context is still signed in (not logged out,
	// not idle too long, not past its end); a WebSocket whose session ended is closed. Without it
	// sockets are closed only by the client, the pings or the server.
	SignedIn func(context.Context) bool
}

// DefaultRequestTimeout is longer than the slowest screen (a national report, about a second)
// and shorter than the HTTP server's write timeout, so the answer still reaches the client.
const DefaultRequestTimeout = 30 * time.Second

// NewHandler serves POST /graphql (JSON) and subscriptions over a WebSocket (GET with Upgrade).
// It is built with handler.New and only the transports we need: no GET queries (a cross-site
// page could send them with the viewer's cookies without a preflight), no multipart, no form
// posts, no persisted queries.
func NewHandler(es graphql.ExecutableSchema, cfg ServerConfig) http.Handler {
	if cfg.Limits == (Limits{}) {
		cfg.Limits = DefaultLimits
	}
	if cfg.Sockets == (SocketLimits{}) {
		cfg.Sockets = DefaultSocketLimits
	}
	if cfg.RequestTimeout == 0 {
		cfg.RequestTimeout = DefaultRequestTimeout
	}
	srv := handler.New(es)
	// Subscriptions (live turnout) over graphql-transport-ws. The WebSocket library refuses an
	// Origin other than the server's own host, so a page elsewhere cannot open a socket with the
	// viewer's cookies. The client must say connection_init within InitTimeout and answer the
	// server's pings; a socket that does neither is closed.
	srv.AddTransport(websocketTransport{transport.Websocket{
		InitTimeout:      cfg.Sockets.InitTimeout,
		PingPongInterval: cfg.Sockets.PingInterval,
	}})
	srv.AddTransport(postJSON{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetParserTokenLimit(cfg.Limits.ParserTokens)
	srv.SetErrorPresenter(presentError)
	srv.SetRecoverFunc(recoverPanic)
	srv.SetDisableSuggestion(!cfg.Dev)
	introspection := cfg.Dev || cfg.Introspection
	if introspection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(limitExtension{limits: cfg.Limits, allowIntrospection: introspection})
	srv.AroundOperations(withOptionLoader)
	srv.AroundFields(listedPolls)
	sockets := newSocketGuard(cfg.Sockets, cfg.SignedIn)
	return noStore(onlyPostOrSocket(sockets.guard(withRequestTimeout(cfg.RequestTimeout, srv))))
}

// onlyPostOrSocket answers everything but POST and a WebSocket upgrade with 405.
func onlyPostOrSocket(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost && !isWebSocket(r) {
			w.Header().Set("Allow", "POST")
			writeTransportError(w, mediaJSON, http.StatusMethodNotAllowed, apierror.BadUserInput, "use POST with a JSON body")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// withRequestTimeout gives every POST a deadline, so a resolver that waits on the database stops
// when the time is up, as it does when the client leaves. Sockets live as long as their screen.
func withRequestTimeout(d time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if isWebSocket(r) {
			next.ServeHTTP(w, r)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// isWebSocket tells a WebSocket handshake: a GET asking to upgrade to websocket. A POST with an
// Upgrade header is an ordinary POST.
func isWebSocket(r *http.Request) bool {
	return r.Method == http.MethodGet && headerHasToken(r.Header, "Upgrade", "websocket")
}

func headerHasToken(h http.Header, name, token string) bool {
	for _, v := range h.Values(name) {
		for _, t := range strings.Split(v, ",") {
			if strings.EqualFold(strings.TrimSpace(t), token) {
				return true
			}
		}
	}
	return false
}

// websocketTransport is gqlgen's WebSocket transport, taking only real handshakes.
type websocketTransport struct{ transport.Websocket }

func (websocketTransport) Supports(r *http.Request) bool { return isWebSocket(r) }

// noStore keeps API answers out of every cache: they are personal.
func noStore(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		next.ServeHTTP(w, r)
	})
}

// SocketLimits bound the WebSockets (subscriptions) one client can hold open.
type SocketLimits struct {
	// InitTimeout: a socket that has not sent connection_init by then is closed.
	InitTimeout time.Duration
	// PingInterval: the server pings this often; a client that has not answered within two
	// intervals is gone and its socket is closed.
	PingInterval time.Duration
	// SessionCheck: how often an open socket checks that its session is still signed in.
	SessionCheck time.Duration
	// PerSession, PerAddress and Total cap the open sockets of one session, of one client
	// address, and of the whole instance. The console opens one socket per open poll it shows.
	PerSession, PerAddress, Total int
}

// DefaultSocketLimits fit a facilitator's screen showing every open poll of a location.
var DefaultSocketLimits = SocketLimits{
	InitTimeout:  10 * time.Second,
	PingInterval: 20 * time.Second,
	SessionCheck: 30 * time.Second,
	PerSession:   20,
	PerAddress:   100,
	Total:        2000,
}

// socketGuard counts open sockets and refuses handshakes over the caps, before the upgrade.
type socketGuard struct {
	limits   SocketLimits
	signedIn func(context.Context) bool
	slots    chan struct{} // one per open socket, Total in all
	counts   *keyedCounter
}

func newSocketGuard(limits SocketLimits, signedIn func(context.Context) bool) *socketGuard {
	return &socketGuard{limits: limits, signedIn: signedIn, slots: make(chan struct{}, limits.Total), counts: newKeyedCounter()}
}

// guard lets a WebSocket handshake through only for a signed-in session (only the staff console
// subscribes) that offers graphql-transport-ws, within the caps. The server's read and write
// deadlines stay in force until the upgrade has succeeded: net/http clears them itself when the
// WebSocket library takes the connection over, after it has checked the handshake. (Lifting them
// earlier, for any request that merely says Upgrade, let a half-sent body hold a connection open.)
func (g *socketGuard) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !isWebSocket(r) {
			next.ServeHTTP(w, r)
			return
		}
		v := policies.FromContext(r.Context())
		if v.SessionID == "" {
			writeCodedError(w, mediaJSON, apierror.Unauthenticated, "sign in to follow live figures")
			return
		}
		if !headerHasToken(r.Header, "Sec-WebSocket-Protocol", "graphql-transport-ws") {
			writeCodedError(w, mediaJSON, apierror.BadUserInput, "the socket must speak graphql-transport-ws")
			return
		}
		select {
		case g.slots <- struct{}{}:
		default:
			g.refuse(w)
			return
		}
		defer func() { <-g.slots }()
		keys := []string{"session:" + v.SessionID, "address:" + clientAddr(r)}
		caps := []int{g.limits.PerSession, g.limits.PerAddress}
		if !g.counts.acquire(keys, caps) {
			g.refuse(w)
			return
		}
		defer g.counts.release(keys)

		ctx, cancel := context.WithCancel(r.Context())
		defer cancel()
		if g.signedIn != nil {
			go g.watchSession(ctx, cancel)
		}
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func (g *socketGuard) refuse(w http.ResponseWriter) {
	w.Header().Set("Retry-After", "30")
	writeTransportError(w, mediaJSON, http.StatusTooManyRequests, apierror.LimitExceeded, "too many live connections are open")
}

// watchSession ends the socket (gqlgen closes it when its context ends) once its session is no
// longer signed in: logged out, idle too long or past its end.
func (g *socketGuard) watchSession(ctx context.Context, end context.CancelFunc) {
	tick := time.NewTicker(g.limits.SessionCheck)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			if !g.signedIn(ctx) {
				end()
				return
			}
		}
	}
}

// clientAddr is the client the request came from, for the per-address socket cap: as the rate
// limits see it (internal/clientip: behind a trusted proxy the forwarded client, an IPv6 client
// by its /64), else the host of the connection's remote address (a handler used without the
// middleware, in tests).
func clientAddr(r *http.Request) string {
	if clientip.From(r.Context()).IsValid() {
		return clientip.Key(r.Context())
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// keyedCounter counts open things per key, refusing when any key is at its cap.
type keyedCounter struct {
	mu sync.Mutex
	n  map[string]int
}

func newKeyedCounter() *keyedCounter { return &keyedCounter{n: map[string]int{}} }

func (c *keyedCounter) acquire(keys []string, caps []int) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, k := range keys {
		if c.n[k] >= caps[i] {
			return false
		}
	}
	for _, k := range keys {
		c.n[k]++
	}
	return true
}

func (c *keyedCounter) release(keys []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, k := range keys {
		if c.n[k]--; c.n[k] <= 0 {
			delete(c.n, k)
		}
	}
}
