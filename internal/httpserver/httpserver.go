// Package httpserver assembles the HTTP surface of jeugdstem: /graphql, the health and metrics
// endpoints and the embedded frontend, behind the middleware every request passes (recovery,
// request logging without personal data, cross-origin protection, metrics).
package httpserver

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/jeugdstem/jeugdstem/frontend"
	"github.com/jeugdstem/jeugdstem/graph"
	"github.com/jeugdstem/jeugdstem/internal/announcements"
	"github.com/jeugdstem/jeugdstem/internal/auth"
	"github.com/jeugdstem/jeugdstem/internal/clientip"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/live"
	"github.com/jeugdstem/jeugdstem/internal/ratelimit"
	"github.com/jeugdstem/jeugdstem/internal/reports"
)

// Config is what the HTTP surface needs.
type Config struct {
	DB  *database.DB
	Dev bool // plain HTTP on loopback: introspection on, cookies without Secure
	// SessionKeys sign the session and tablet cookies: the first signs, all verify.
	SessionKeys [][]byte
	// Limits are the rate limits (sign-ins, children's posts); ratelimit.Default when zero.
	Limits ratelimit.Limits
	// ClientIP says which reverse proxies are trusted to name the client (--trusted-proxies),
	// for every per-address limit.
	ClientIP clientip.Config
	// Reports are the deployment's report settings (disclosure threshold, answer deadline).
	Reports reports.Config
	// Live carries live notices (turnout) between instances; in-process when nil.
	Live *live.Hub
}

// New returns the handler for every route of the binary.
func New(cfg Config) http.Handler {
	reg := prometheus.NewRegistry()
	reg.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		collectors.NewDBStatsCollector(cfg.DB.Writer, "writer"),
	)
	if cfg.DB.Reader != cfg.DB.Writer {
		reg.MustRegister(collectors.NewDBStatsCollector(cfg.DB.Reader, "reader"))
	}
	m := newMetrics(reg)

	reportService := reports.New(cfg.DB, cfg.Reports)
	hub := cfg.Live
	if hub == nil {
		hub = live.NewMemoryHub()
	}
	limiter := ratelimit.New(cfg.DB.Client, cfg.Limits)
	authn := auth.New(cfg.DB.Client, auth.Config{Keys: cfg.SessionKeys, Secure: !cfg.Dev, Limiter: limiter})
	api := authn.Middleware(graph.NewHandler(graph.NewSchema(cfg.DB.Client, authn, graph.WithReports(reportService), graph.WithLive(hub),
		graph.WithLimiter(limiter)), graph.ServerConfig{Dev: cfg.Dev}))

	mux := http.NewServeMux()
	mux.Handle("/graphql", m.instrument("graphql", api))
	mux.Handle("/upload/audio", m.instrument("upload", authn.Middleware(announcements.UploadHandler(cfg.DB.Client))))
	mux.Handle("GET /audio/", m.instrument("audio", authn.Middleware(announcements.ServeHandler(cfg.DB.Client))))
	mux.Handle("GET /export/location/{file}", m.instrument("export", authn.Middleware(reports.ExportHandler(reportService))))
	mux.Handle("GET /healthz", m.instrument("healthz", http.HandlerFunc(healthz)))
	mux.Handle("GET /readyz", m.instrument("readyz", readyz(cfg.DB)))
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	mux.Handle("/", m.instrument("frontend", frontend.Handler()))

	var h http.Handler = mux
	h = crossOrigin(h)
	h = clientip.Middleware(cfg.ClientIP)(h)
	h = logRequests(h)
	return h
}

func healthz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write([]byte("ok\n"))
}

// readyz answers 200 only when the database answers within a second.
func readyz(db *database.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), time.Second)
		defer cancel()
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		if err := db.Ping(ctx); err != nil {
			slog.WarnContext(ctx, "readiness check failed", "error", err.Error())
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte("database unavailable\n"))
			return
		}
		_, _ = w.Write([]byte("ready\n"))
	}
}

// crossOrigin refuses state-changing requests that a browser marks as cross-site (Go's
// http.CrossOriginProtection reads Sec-Fetch-Site and Origin), so a page elsewhere cannot use a
// signed-in child's or adult's cookies.
func crossOrigin(next http.Handler) http.Handler {
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusForbidden)
		_, _ = w.Write([]byte(`{"errors":[{"message":"cross-origin request refused","extensions":{"code":"FORBIDDEN"}}]}`))
	}))
	return cop.Handler(next)
}
