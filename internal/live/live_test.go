package live_test

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"

	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/live"
)

// logs collects the records the hub logs, so the test can wait for what the hub does.
type logs chan slog.Record

func (l logs) Enabled(context.Context, slog.Level) bool { return true }
func (l logs) Handle(_ context.Context, r slog.Record) error {
	select {
	case l <- r:
	default:
	}
	return nil
}
func (l logs) WithAttrs([]slog.Attr) slog.Handler { return l }
func (l logs) WithGroup(string) slog.Handler      { return l }

// next waits for the next record with message msg.
func (l logs) next(t *testing.T, msg string) slog.Record {
	t.Helper()
	timeout := time.After(time.Minute)
	for {
		select {
		case r := <-l:
			if r.Message == msg {
				return r
			}
		case <-timeout:
			t.Fatalf("no %q logged within a minute", msg)
		}
	}
}

// Three outages of the database connection in a row (the proxy drops it and refuses new ones,
// as a PostgreSQL restart does): after each, the LISTEN connection is retried after the first
// pause again, not after a pause that kept doubling across outages (1, 2, 4 s … with notices
// lost meanwhile). Each time it listens again, subscribers are told to re-read, and notices
// flow afterwards.
func TestListenBackoffStartsOverAfterEachOutage(t *testing.T) {
	pg := apitest.PostgresDSN(t)
	proxy, viaProxy := apitest.NewFaultProxy(t, pg)
	l := make(logs, 100)
	prev := slog.Default()
	slog.SetDefault(slog.New(l))
	t.Cleanup(func() { slog.SetDefault(prev) })

	db, err := sql.Open("pgx", pg) // publishing goes around the proxy
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	hub := live.NewPostgresHub(ctx, db, viaProxy)
	topic := fmt.Sprintf("backoff-test-%d", time.Now().UnixNano())
	notices, stop := hub.Subscribe(topic)
	defer stop()

	var waits []time.Duration
	for range 3 {
		proxy.Down()
		r := l.next(t, "live notices: listening failed, retrying")
		r.Attrs(func(a slog.Attr) bool {
			if a.Key == "in" {
				waits = append(waits, a.Value.Duration())
			}
			return true
		})
		proxy.Up()
		l.next(t, "live notices: listening again")
		select { // the subscriber is told to re-read what it may have missed
		case <-notices:
		case <-time.After(time.Minute):
			t.Fatal("no re-read after listening again")
		}
	}
	for i, w := range waits {
		if w != time.Second {
			t.Errorf("outage %d: first retry after %s, want 1s (the pause is not reset after a success)", i+1, w)
		}
	}
	hub.Publish(ctx, topic)
	select {
	case <-notices:
	case <-time.After(time.Minute):
		t.Fatal("a notice after the outages did not arrive")
	}
}
