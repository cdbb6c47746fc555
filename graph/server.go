package graph

import (
	"net/http"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
)

// ServerConfig configures the GraphQL endpoint.
type ServerConfig struct {
	// Dev turns on introspection and field suggestions (off in production).
	Dev    bool
	Limits Limits
}

// NewHandler serves POST /graphql (JSON) and GET /graphql (queries only). It is built with
// handler.New and only the transports we need: no multipart, no form posts, no persisted queries,
// no websockets.
func NewHandler(es graphql.ExecutableSchema, cfg ServerConfig) http.Handler {
	if cfg.Limits == (Limits{}) {
		cfg.Limits = DefaultLimits
	}
	srv := handler.New(es)
	// Subscriptions (live turnout) over graphql-transport-ws. The WebSocket library refuses an
	// Origin other than the server's own host, so a page elsewhere cannot open a socket with the
	// viewer's cookies.
	srv.AddTransport(transport.Websocket{KeepAlivePingInterval: 15 * time.Second})
	srv.AddTransport(transport.GET{}) // refuses mutations itself
	srv.AddTransport(postJSON{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetParserTokenLimit(cfg.Limits.ParserTokens)
	srv.SetErrorPresenter(presentError)
	srv.SetRecoverFunc(recoverPanic)
	srv.SetDisableSuggestion(!cfg.Dev)
	if cfg.Dev {
		srv.Use(extension.Introspection{})
	}
	srv.Use(limitExtension{limits: cfg.Limits, allowIntrospection: cfg.Dev})
	return noStore(withoutDeadlinesForSockets(srv))
}

// withoutDeadlinesForSockets lifts the server's read and write timeouts from WebSocket upgrades:
// they bound ordinary requests, but a subscription lives as long as the screen that opened it
// (the keep-alive pings and the session check end dead ones).
func withoutDeadlinesForSockets(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
			rc := http.NewResponseController(w)
			_ = rc.SetReadDeadline(time.Time{})
			_ = rc.SetWriteDeadline(time.Time{})
		}
		next.ServeHTTP(w, r)
	})
}

// noStore keeps API answers out of every cache: they are personal.
func noStore(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		next.ServeHTTP(w, r)
	})
}
