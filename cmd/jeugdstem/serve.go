package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"time"

	"github.com/jeugdstem/jeugdstem/internal/auth"
	"github.com/jeugdstem/jeugdstem/internal/clientip"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/demo"
	"github.com/jeugdstem/jeugdstem/internal/httpserver"
	"github.com/jeugdstem/jeugdstem/internal/keyring"
	"github.com/jeugdstem/jeugdstem/internal/mail"
	"github.com/jeugdstem/jeugdstem/internal/monitor"
	"github.com/jeugdstem/jeugdstem/internal/retention"
	"github.com/jeugdstem/jeugdstem/internal/signals"
	"github.com/jeugdstem/jeugdstem/internal/voting"
	"github.com/jeugdstem/jeugdstem/policies"
)

// shutdownGrace is how long requests in flight may take to finish after SIGTERM.
const shutdownGrace = 8 * time.Second

func serveCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	start := time.Now()
	fs := newFlagSet("serve", stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	metricsAddr := fs.String("metrics-addr", "127.0.0.1:9090", "address of the Prometheus /metrics listener, for the monitoring only (no sign-in: keep it on loopback or a private network); empty: no metrics")
	withPprof := fs.Bool("pprof", false, "also serve Go's profiler (/debug/pprof/) on the metrics listener, which must then be on loopback: CPU and memory profiles hold code paths and sizes, never request data")
	dsn := fs.String("db", database.DefaultDSN, "database: sqlite://PATH or postgres://…")
	dev := fs.Bool("dev", false, "development: plain HTTP on loopback, introspection on, cookies without Secure")
	withDemo := fs.Bool("demo", false, "on an empty database, create a demo and print how to sign in")
	sessionKeys := fs.String("session-keys", "", "cookie signing keys, base64, comma-separated; the first signs (overrides --key-file)")
	keyFile := fs.String("key-file", "jeugdstem.keys", "file with the cookie signing keys; created with a new key if missing")
	trustedProxies := fs.String("trusted-proxies", "", "reverse proxies (CIDR or address, comma-separated) whose forwarding header names the client for rate limits; none when empty")
	forwardedHeader := fs.String("forwarded-header", "X-Forwarded-For", "the header the trusted proxies set: X-Forwarded-For or Forwarded")
	rf := addReportFlags(fs)
	retentionPolicy := addRetentionFlags(fs)
	wf := addWellbeingFlags(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	reportConfig, err := rf.config()
	if err != nil {
		return err
	}
	if *wf.safetyThreshold <= 0 || *wf.safetyThreshold > 5 || *wf.safetyDrop <= 0 || *wf.checkInDays < 0 || *wf.monitorDays < 0 || *wf.monitorDays > 366 {
		return fmt.Errorf("--safety-threshold must be in (0, 5], --safety-drop above 0, --checkin-interval-days 0 or more, --monitor-interval-days 0 to 366")
	}
	reportConfig.SafetyScoreThreshold = *wf.safetyThreshold
	if *withPprof && !isLoopback(*metricsAddr) {
		return fmt.Errorf("--pprof is served on the metrics listener, so only with a loopback --metrics-addr, not %q", *metricsAddr)
	}
	if *dev && !isLoopback(*addr) {
		return fmt.Errorf("--dev serves without Secure cookies and only on a loopback address, not %s", *addr)
	}
	clientIP, err := clientIPConfig(*trustedProxies, *forwardedHeader)
	if err != nil {
		return err
	}
	slog.SetDefault(newLogger(stderr, *dev))
	keys, err := loadKeys(*sessionKeys, *keyFile)
	if err != nil {
		return err
	}

	ring, err := keyring.New(keys)
	if err != nil {
		return err
	}

	db, err := openMigrated(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.WarmPool(ctx); err != nil {
		return err
	}
	pins := auth.NewPINs(ring)
	if err := warnPINKeys(ctx, db, pins); err != nil {
		return err
	}
	// One voting service for the API, the scheduler and the check-ins, sealing ballots with the
	// deployment keys.
	votes := voting.New(db.Client, db.Dialect, voting.NewSealedBox(ring))
	if *withDemo {
		// Bypass: the operator asked for the demo; it is written before anyone can sign in.
		in, err := demo.Seed(policies.System(ctx), db.Client, votes, pins)
		if err != nil {
			return fmt.Errorf("creating the demo: %w", err)
		}
		if in != nil {
			if _, err := in.WriteTo(stdout); err != nil {
				return err
			}
		} else {
			fmt.Fprintln(stdout, "The database already has data; the demo was not created again.")
		}
	}

	// Polls open and close by themselves at their times; stopped before the database closes.
	schedCtx, stopScheduler := context.WithCancel(ctx)
	schedDone := make(chan struct{})
	go func() {
		defer close(schedDone)
		votes.RunScheduler(schedCtx, voting.SchedulerInterval)
	}()
	defer func() { stopScheduler(); <-schedDone }()

	// Retention runs once a day for the whole deployment (one instance claims each day's run).
	retentionCtx, stopRetention := context.WithCancel(ctx)
	retentionDone := make(chan struct{})
	go func() {
		defer close(retentionDone)
		retention.Daily(retentionCtx, db.Client, retentionPolicy.policy(), time.Hour)
	}()
	defer func() { stopRetention(); <-retentionDone }()

	// Wellbeing check-ins, signals and their e-mail, on the same footing as the scheduler.
	wellbeing, outbox, err := wf.setup(db, votes, reportConfig.MinGroupSize, reportConfig.AnswerDeadline, *addr)
	if err != nil {
		return err
	}
	jobsCtx, stopJobs := context.WithCancel(ctx)
	jobsDone := make(chan struct{})
	go func() {
		defer close(jobsDone)
		wellbeing.RunJobs(jobsCtx, signals.JobInterval)
	}()
	defer func() { stopJobs(); <-jobsDone }()
	// E-mail in a loop of its own: a mail server that hangs delays only e-mail.
	if outbox != nil {
		mailCtx, stopMail := context.WithCancel(ctx)
		mailDone := make(chan struct{})
		go func() {
			defer close(mailDone)
			outbox.Run(mailCtx, signals.JobInterval)
		}()
		defer func() { stopMail(); <-mailDone }()
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	handlers := httpserver.Build(httpserver.Config{DB: db, Dev: *dev, SessionKeys: keys, Reports: reportConfig, Live: db.NewLiveHub(ctx),
		Votes: votes, ClientIP: clientIP, MonitorIntervalDays: wf.monitorDays})
	stopMetrics, err := serveMetrics(*metricsAddr, handlers.Metrics, *withPprof)
	if err != nil {
		return err
	}
	defer stopMetrics()
	srv := &http.Server{
		Handler:           handlers.App,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	slog.Info("jeugdstem is ready", "addr", "http://"+ln.Addr().String(), "database", db.Dialect,
		"dev", *dev, "startup_ms", time.Since(start).Milliseconds())

	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	slog.Info("shutting down: finishing requests in flight")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	slog.Info("stopped")
	return nil
}

// serveMetrics serves /metrics on addr (nothing when addr is empty) until stop is called, and with
// withPprof Go's profiler under /debug/pprof/ (only on a loopback address).
func serveMetrics(addr string, h http.Handler, withPprof bool) (stop func(), err error) {
	if addr == "" {
		slog.Info("no --metrics-addr: metrics are not served")
		return func() {}, nil
	}
	if !isLoopback(addr) {
		slog.Warn("metrics are served beyond loopback: make sure only the monitoring can reach them", "addr", addr)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("--metrics-addr: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", h)
	if withPprof {
		mux.HandleFunc("GET /debug/pprof/", pprof.Index)
		mux.HandleFunc("GET /debug/pprof/profile", pprof.Profile)
		mux.HandleFunc("GET /debug/pprof/trace", pprof.Trace)
		mux.HandleFunc("GET /debug/pprof/symbol", pprof.Symbol)
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second,
		WriteTimeout: 30 * time.Second, IdleTimeout: 120 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			slog.Error("metrics listener stopped", "error", err.Error())
		}
	}()
	slog.Info("metrics are served", "addr", "http://"+ln.Addr().String()+"/metrics")
	return func() { _ = srv.Close() }, nil
}

// warnPINKeys says at start whether children's picture-PINs still need an older key (keep it
// listed) or a key that is gone (those children cannot sign in until registered again).
func warnPINKeys(ctx context.Context, db *database.DB, pins *auth.PINs) error {
	older, unlisted, err := auth.PINKeyUse(ctx, db.Client, pins)
	if err != nil {
		return fmt.Errorf("checking picture-PIN keys: %w", err)
	}
	if unlisted > 0 {
		slog.Warn("picture-PINs hashed with a key that is no longer in --session-keys: these children cannot sign in; put the old key back (after the new one) or register them again",
			"children", unlisted)
	}
	if older > 0 {
		slog.Info("picture-PINs still hashed with an older key: keep it in --session-keys until these children have signed in",
			"children", older)
	}
	return nil
}

// loadKeys takes the signing keys from the flag (or JEUGDSTEM_SESSION_KEYS), which several
// instances must share, or else from the key file.
func loadKeys(fromFlag, file string) ([][]byte, error) {
	if fromFlag != "" {
		return auth.ParseKeys(fromFlag)
	}
	return auth.LoadOrCreateKeyFile(file)
}

// clientIPConfig reads --trusted-proxies and --forwarded-header.
func clientIPConfig(proxies, header string) (clientip.Config, error) {
	p, err := clientip.ParsePrefixes(proxies)
	if err != nil {
		return clientip.Config{}, fmt.Errorf("--trusted-proxies: %w", err)
	}
	h, err := clientip.ParseHeader(header)
	if err != nil {
		return clientip.Config{}, fmt.Errorf("--forwarded-header: %w", err)
	}
	return clientip.Config{TrustedProxies: p, Header: h}, nil
}

func isLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// wellbeingFlags configure the check-ins, the signal rules and the e-mail about signals.
type wellbeingFlags struct {
	safetyThreshold, safetyDrop                    *float64
	checkInDays                                    *int
	monitorDays                                    *int
	publicURL                                      *string
	smtpAddr, smtpFrom, smtpUsername, smtpPassword *string
	smtpInsecure                                   *bool
}

func addWellbeingFlags(fs *flag.FlagSet) wellbeingFlags {
	return wellbeingFlags{
		safetyThreshold: fs.Float64("safety-threshold", signals.DefaultSafetyThreshold, "a check-in whose safety score (1-5) is below this raises a signal (and flags the location in reports)"),
		safetyDrop:      fs.Float64("safety-drop", signals.DefaultSafetyDrop, "a safety score that fell by this much since the previous check-in raises a signal"),
		checkInDays:     fs.Int("checkin-interval-days", signals.DefaultIntervalDays, "days between wellbeing check-ins of a location without a schedule of its own; 0: only scheduled locations"),
		monitorDays:     fs.Int("monitor-interval-days", monitor.DefaultIntervalDays, "days between rounds of the children's monitor at a location without a schedule of its own; 0: only rounds managers start"),
		publicURL:       fs.String("public-url", "", "where staff open jeugdstem, for links in e-mails (default http://ADDR)"),
		smtpAddr:        fs.String("smtp-addr", "", "mail server host:port for signal e-mails (STARTTLS required); no e-mail when empty"),
		smtpInsecure:    fs.Bool("smtp-insecure", false, "send e-mail without TLS when the mail server does not offer STARTTLS (only for a relay on a trusted network)"),
		smtpFrom:        fs.String("smtp-from", "", "sender of signal e-mails, e.g. 'jeugdstem <noreply@example.org>'"),
		smtpUsername:    fs.String("smtp-username", "", "mail server user (AUTH PLAIN, only over TLS)"),
		smtpPassword:    fs.String("smtp-password", "", "mail server password; prefer JEUGDSTEM_SMTP_PASSWORD"),
	}
}

// setup returns the wellbeing service and, with --smtp-addr, the outbox that sends its e-mail.
// k and answerDeadline are the reports' (0: their defaults), so signals and reports agree.
func (f wellbeingFlags) setup(db *database.DB, votes *voting.Service, k int, answerDeadline time.Duration, addr string) (*signals.Service, *mail.Outbox, error) {
	publicURL := *f.publicURL
	if publicURL == "" {
		publicURL = "http://" + addr
	}
	days, monitorDays := *f.checkInDays, *f.monitorDays
	cfg := signals.Config{MinGroupSize: k, AnswerDeadline: answerDeadline,
		SafetyThreshold: *f.safetyThreshold, SafetyDrop: *f.safetyDrop, CheckInIntervalDays: &days, MonitorIntervalDays: &monitorDays,
		PublicURL: publicURL, Mail: *f.smtpAddr != ""}
	if *f.smtpAddr == "" {
		slog.Info("no --smtp-addr: wellbeing signals are shown in the console but not sent by e-mail")
		return signals.New(db.Client, votes, cfg), nil, nil
	}
	if *f.publicURL == "" {
		slog.Warn("no --public-url: links in signal e-mails point at the listen address", "url", publicURL)
	}
	sender, err := mail.NewSMTP(mail.SMTPConfig{Addr: *f.smtpAddr, From: *f.smtpFrom,
		Username: *f.smtpUsername, Password: *f.smtpPassword, Insecure: *f.smtpInsecure})
	if err != nil {
		return nil, nil, fmt.Errorf("--smtp-addr/--smtp-from: %w", err)
	}
	return signals.New(db.Client, votes, cfg), mail.NewOutbox(db.Client, sender), nil
}
