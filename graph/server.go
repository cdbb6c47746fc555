package graph

import (
	"net/http"

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
	return noStore(srv)
}

// noStore keeps API answers out of every cache: they are personal.
func noStore(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		next.ServeHTTP(w, r)
	})
}
