// Package httpserver assembles the HTTP surface of jeugdstem: /graphql, the health endpoints and
// the embedded frontend, behind the middleware every request passes (security headers, request
// logging without personal data, cross-origin protection, metrics). The metrics themselves are a
// separate handler, for a listener of their own that only the monitoring reaches.
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
	"github.com/jeugdstem/jeugdstem/internal/i18n"
	"github.com/jeugdstem/jeugdstem/internal/keyring"
	"github.com/jeugdstem/jeugdstem/internal/live"
	"github.com/jeugdstem/jeugdstem/internal/ratelimit"
	"github.com/jeugdstem/jeugdstem/internal/reports"
	"github.com/jeugdstem/jeugdstem/internal/voting"
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
	// Votes is the voting of DB (the same service the scheduler and the check-ins use); when
	// nil, one sealing ballots with SessionKeys.
	Votes *voting.Service
	// MonitorIntervalDays is --monitor-interval-days, the schedule of locations without their own
	// (monitorSchedule shows it); monitor.DefaultIntervalDays when nil.
	MonitorIntervalDays *int
	// API adjusts the GraphQL endpoint (limits, sockets); its Dev is taken from Dev above.
	API graph.ServerConfig
}

// Handlers are the two surfaces of the binary: the app for everyone, the metrics for the
// monitoring only (served on --metrics-addr, never on the app's address).
type Handlers struct {
	App, Metrics http.Handler
}

// New returns the handler for every route of the app.
func New(cfg Config) http.Handler { return Build(cfg).App }

// Build returns the app's handler and the metrics handler.
func Build(cfg Config) Handlers {
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
	votes := cfg.Votes
	if votes == nil {
		votes = voting.New(cfg.DB.Client, cfg.DB.Dialect, voting.NewSealedBox(keyring.MustNew(cfg.SessionKeys)))
	}
	limiter := ratelimit.New(cfg.DB.Client, cfg.Limits)
	authn := auth.New(cfg.DB.Client, auth.Config{Keys: cfg.SessionKeys, Secure: !cfg.Dev, Limiter: limiter,
		Dialect: cfg.DB.Dialect})
	apiConfig := cfg.API
	apiConfig.Dev = cfg.Dev
	apiConfig.SignedIn = func(ctx context.Context) bool {
		// A socket closes when its session ended; a database that cannot tell right now is not a
		// reason to close it (the subscription reports the outage itself).
		ok, err := authn.StillSignedIn(ctx)
		return ok || err != nil
	}
	api := authn.Middleware(graph.NewHandler(graph.NewSchema(cfg.DB.Client, authn, votes, graph.WithReports(reportService), graph.WithLive(hub),
		graph.WithMonitorInterval(cfg.MonitorIntervalDays),
		graph.WithLimiter(limiter)), apiConfig))

	mux := http.NewServeMux()
	mux.Handle("/graphql", m.instrument("graphql", api))
	mux.Handle("/upload/audio", m.instrument("upload", authn.Middleware(announcements.UploadHandler(cfg.DB.Client))))
	mux.Handle("GET /audio/", m.instrument("audio", authn.Middleware(announcements.ServeHandler(cfg.DB.Client))))
	mux.Handle("GET /export/location/{file}", m.instrument("export", authn.Middleware(reports.ExportHandler(reportService))))
	mux.Handle("GET /export/monitor/{file}", m.instrument("export", authn.Middleware(reports.MonitorExportHandler(reportService))))
	mux.Handle("GET /healthz", m.instrument("healthz", http.HandlerFunc(healthz)))
	mux.Handle("GET /readyz", m.instrument("readyz", readyz(cfg.DB)))
	mux.Handle("/metrics", http.NotFoundHandler()) // on --metrics-addr only, not for everyone
	mux.Handle("/", m.instrument("frontend", frontend.Handler()))

	var h http.Handler = mux
	h = crossOrigin(h)
	h = securityHeaders(h, !cfg.Dev)
	h = readerLanguage(h)
	h = clientip.Middleware(cfg.ClientIP)(h)
	h = logRequests(h)
	return Handlers{App: h, Metrics: securityHeaders(promhttp.HandlerFor(reg, promhttp.HandlerOpts{}), false)}
}

// readerLanguage puts the language the request asks for (its Accept-Language; the web app sends
// the one chosen on the tablet or in the console) into the request's context, where the one rule
// of languages (internal/i18n.Reader) finds it.
func readerLanguage(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r.WithContext(i18n.WithRequest(r.Context(), r.Header.Get("Accept-Language"))))
	})
}

// securityHeaders go on every answer, whatever writes it (the API, the health checks, a 404, a
// refusal): nosniff, so no answer is ever run as a script or page it was not meant to be, and a
// policy that lets nothing load from an answer that is not the app. The frontend's handler
// replaces that policy with the app's own on its HTML. hsts asks browsers to use HTTPS only;
// it is off in dev, which serves plain HTTP on loopback.
func securityHeaders(next http.Handler, hsts bool) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
		if hsts {
			h.Set("Strict-Transport-Security", "max-age=31536000")
		}
		next.ServeHTTP(w, r)
	})
}

func healthz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write([]byte("ok\n"))
}

// readyz answers 200 only when the database answers and takes a write within two seconds
// (database.DB.Ready; the write is rate-limited).
func readyz(db *database.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		if err := db.Ready(ctx); err != nil {
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
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(http.StatusForbidden)
		_, _ = w.Write([]byte(`{"errors":[{"message":"cross-origin request refused","extensions":{"code":"FORBIDDEN"}}]}`))
	}))
	return cop.Handler(next)
}
