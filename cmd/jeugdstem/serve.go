package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"entgo.io/ent/privacy"

	"github.com/jeugdstem/jeugdstem/internal/auth"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/demo"
	"github.com/jeugdstem/jeugdstem/internal/httpserver"
	"github.com/jeugdstem/jeugdstem/internal/voting"
)

// shutdownGrace is how long requests in flight may take to finish after SIGTERM.
const shutdownGrace = 8 * time.Second

func serveCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	start := time.Now()
	fs := newFlagSet("serve", stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	dsn := fs.String("db", database.DefaultDSN, "database: sqlite://PATH or postgres://…")
	dev := fs.Bool("dev", false, "development: plain HTTP on loopback, introspection on, cookies without Secure")
	withDemo := fs.Bool("demo", false, "on an empty database, create a demo and print how to sign in")
	sessionKeys := fs.String("session-keys", "", "cookie signing keys, base64, comma-separated; the first signs (overrides --key-file)")
	keyFile := fs.String("key-file", "jeugdstem.keys", "file with the cookie signing keys; created with a new key if missing")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *dev && !isLoopback(*addr) {
		return fmt.Errorf("--dev serves without Secure cookies and only on a loopback address, not %s", *addr)
	}
	slog.SetDefault(newLogger(stderr, *dev))
	keys, err := loadKeys(*sessionKeys, *keyFile)
	if err != nil {
		return err
	}

	db, err := database.Open(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		return fmt.Errorf("migrating the database: %w", err)
	}
	if *withDemo {
		in, err := demo.Seed(privacy.DecisionContext(ctx, privacy.Allow), db.Client)
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
		voting.For(db.Client).RunScheduler(schedCtx, voting.SchedulerInterval)
	}()
	defer func() { stopScheduler(); <-schedDone }()

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           httpserver.New(httpserver.Config{DB: db, Dev: *dev, SessionKeys: keys}),
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

// loadKeys takes the signing keys from the flag (or JEUGDSTEM_SESSION_KEYS), which several
// instances must share, or else from the key file.
func loadKeys(fromFlag, file string) ([][]byte, error) {
	if fromFlag != "" {
		return auth.ParseKeys(fromFlag)
	}
	return auth.LoadOrCreateKeyFile(file)
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
