// Package live carries "something changed" notices between the instances of jeugdstem, so a
// facilitator's screen connected to one instance hears about a vote counted by another. On
// PostgreSQL the notices travel through LISTEN/NOTIFY; on SQLite, which has one instance, they stay
// in the process. A notice names a topic (a poll's id) and nothing else: listeners read the
// current figure themselves, through their own authorisation.
package live

import (
	"context"
	"database/sql"
	"log/slog"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/jeugdstem/jeugdstem/internal/disclosure"
)

// channel is the PostgreSQL notification channel of jeugdstem.
const channel = "jeugdstem_live"

// Hub publishes notices and fans them out to local subscribers.
type Hub struct {
	mu   sync.Mutex
	subs map[string]map[chan struct{}]struct{}

	// publish sends a notice to every instance (PostgreSQL) or, when nil, straight to this one.
	publish func(ctx context.Context, topic string) error
}

// NewMemoryHub returns a hub for a single instance.
func NewMemoryHub() *Hub {
	return &Hub{subs: map[string]map[chan struct{}]struct{}{}}
}

// Publish tells every subscriber of topic, on every instance, that it changed.
func (h *Hub) Publish(ctx context.Context, topic string) {
	if h.publish == nil {
		h.deliver(topic)
		return
	}
	if err := h.publish(ctx, topic); err != nil {
		slog.WarnContext(ctx, "publishing a live notice", "error", err.Error())
	}
}

// Subscribe returns a channel that receives a value whenever topic changes. Notices that arrive
// while the subscriber is busy are merged into one. Call cancel when done.
func (h *Hub) Subscribe(topic string) (notices <-chan struct{}, cancel func()) {
	ch := make(chan struct{}, 1)
	h.mu.Lock()
	if h.subs[topic] == nil {
		h.subs[topic] = map[chan struct{}]struct{}{}
	}
	h.subs[topic][ch] = struct{}{}
	h.mu.Unlock()
	return ch, func() {
		h.mu.Lock()
		delete(h.subs[topic], ch)
		if len(h.subs[topic]) == 0 {
			delete(h.subs, topic)
		}
		h.mu.Unlock()
	}
}

// deliverAll tells every local subscriber of every topic to re-read.
func (h *Hub) deliverAll() {
	h.mu.Lock()
	topics := make([]string, 0, len(h.subs))
	for topic := range h.subs {
		topics = append(topics, topic)
	}
	h.mu.Unlock()
	for _, topic := range topics {
		h.deliver(topic)
	}
}

func (h *Hub) deliver(topic string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.subs[topic] {
		select {
		case ch <- struct{}{}:
		default: // a notice is already waiting; one is enough
		}
	}
}

// NewPostgresHub returns a hub whose notices go through PostgreSQL: Publish runs pg_notify on db,
// and a dedicated connection to dsn LISTENs until ctx ends, reconnecting after failures.
func NewPostgresHub(ctx context.Context, db *sql.DB, dsn string) *Hub {
	h := NewMemoryHub()
	h.publish = func(ctx context.Context, topic string) error {
		_, err := db.ExecContext(ctx, "SELECT pg_notify($1, $2)", channel, topic)
		return err
	}
	ready := make(chan struct{})
	go h.listen(ctx, dsn, ready)
	select { // wait briefly for LISTEN so notices right after start are not missed
	case <-ready:
	case <-time.After(5 * time.Second):
	}
	return h
}

// Reconnection pauses of the LISTEN connection: doubling from the first to the last, and back to
// the first once a connection listens again, so each outage starts with a short pause.
const (
	firstRetry = time.Second
	maxRetry   = 30 * time.Second
)

func (h *Hub) listen(ctx context.Context, dsn string, ready chan struct{}) {
	var once sync.Once
	backoff := firstRetry
	for ctx.Err() == nil {
		err := h.listenOnce(ctx, dsn, func() {
			once.Do(func() { close(ready) })
			if backoff != firstRetry {
				slog.Info("live notices: listening again")
			}
			backoff = firstRetry
		})
		if ctx.Err() != nil {
			return
		}
		slog.Warn("live notices: listening failed, retrying", "error", err.Error(), "in", backoff)
		select {
		case <-ctx.Done():
			return
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, maxRetry)
	}
}

// listenOnce listens on one connection until it fails. Once it listens, every local subscriber is
// told to re-read: notices sent while no connection listened (a database restart) are lost, and
// screens should not wait for their periodic check to catch up.
func (h *Hub) listenOnce(ctx context.Context, dsn string, listening func()) error {
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, "LISTEN "+channel); err != nil {
		return err
	}
	listening()
	h.deliverAll()
	for {
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			return err
		}
		h.deliver(n.Payload)
	}
}

// PollTurnout is how many children have voted in a poll (never how), as it may be shown: the
// number, or "fewer than k" (disclosure.ShowTurnout). It is comparable, so that Follow sends
// nothing while a poll stays below k.
type PollTurnout struct {
	PollID string
	Shown  disclosure.Turnout
}

// Turnout is the number of voters, nil when fewer than MinGroupSize.
func (t PollTurnout) Turnout() *int { return t.Shown.Shown() }

// TurnoutSuppressed reports "fewer than MinGroupSize".
func (t PollTurnout) TurnoutSuppressed() bool { return t.Shown.Suppressed }

// MinGroupSize is the poll's threshold k.
func (t PollTurnout) MinGroupSize() int { return t.Shown.K }

// CheckInterval is how often a followed value is read again without a notice, and the session
// behind it checked: a screen that missed a notice catches up, and a signed-out screen stops
// hearing, within this time.
var CheckInterval = 30 * time.Second

// Follow sends the value read by current at once and again after every notice on topic, until
// ctx ends, alive reports false, or reading fails. alive is checked at every notice and at least
// every check interval. Values equal to the last one sent are not sent again.
//
// How it ends matters to the screen: when alive reports false (signed out) the channel just
// closes; when alive or current fails (the database is unreachable), fail is called with the
// error first, so the client hears an error it can retry after rather than a normal end.
func Follow[T comparable](ctx context.Context, h *Hub, topic string, check time.Duration,
	current func(context.Context) (T, error), alive func(context.Context) (bool, error), fail func(error)) <-chan T {
	out := make(chan T, 1)
	notices, cancel := h.Subscribe(topic)
	failed := func(err error) {
		if ctx.Err() == nil {
			slog.WarnContext(ctx, "reading a live value", "error", err.Error())
			fail(err)
		}
	}
	go func() {
		defer close(out)
		defer cancel()
		tick := time.NewTicker(check)
		defer tick.Stop()
		var last T
		sent := false
		for {
			if ok, err := alive(ctx); err != nil {
				failed(err)
				return
			} else if !ok {
				return
			}
			v, err := current(ctx)
			if err != nil {
				failed(err)
				return
			}
			if !sent || v != last {
				select {
				case out <- v:
				case <-ctx.Done():
					return
				}
				last, sent = v, true
			}
			select {
			case <-ctx.Done():
				return
			case <-notices:
			case <-tick.C:
			}
		}
	}()
	return out
}
