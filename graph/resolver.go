// Package graph is the GraphQL API: the hand-written schema extensions (*.graphqls next to the
// generated ent.graphqls), thin resolvers that translate GraphQL into domain calls, and the
// hardened HTTP handler (transports, limits, error presentation). graph/generated is gqlgen's.
package graph

import (
	"github.com/99designs/gqlgen/graphql"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/graph/generated"
	"github.com/jeugdstem/jeugdstem/internal/auth"
	"github.com/jeugdstem/jeugdstem/internal/disclosure"
	"github.com/jeugdstem/jeugdstem/internal/live"
	"github.com/jeugdstem/jeugdstem/internal/monitor"
	"github.com/jeugdstem/jeugdstem/internal/ratelimit"
	"github.com/jeugdstem/jeugdstem/internal/reports"
	"github.com/jeugdstem/jeugdstem/internal/voting"
)

// Resolver holds what resolvers call into. Mutations are not wrapped in one big transaction
// (entgql.Transactioner): on SQLite that would hold the single write lock while a password hash
// is computed; the domain packages open short transactions around their writes instead.
type Resolver struct {
	live    *live.Hub
	client  *ent.Client
	auth    *auth.Authenticator
	reports *reports.Service
	votes   *voting.Service
	monitor *monitor.Service
	limiter *ratelimit.Limiter
	// monitorDays is --monitor-interval-days (nil: the default).
	monitorDays *int
}

// Option configures the schema.
type Option func(*Resolver)

// WithLive publishes and follows live notices (turnout) through h.
func WithLive(h *live.Hub) Option { return func(r *Resolver) { r.live = h } }

// WithReports serves locationReport and nationalReport from s.
func WithReports(s *reports.Service) Option { return func(r *Resolver) { r.reports = s } }

// WithLimiter counts children's threads, posts and "me too"s against l's limits (ratelimit.Default
// over the client when not given).
func WithLimiter(l *ratelimit.Limiter) Option { return func(r *Resolver) { r.limiter = l } }

// WithMonitorInterval is the deployment's monitor interval (--monitor-interval-days), which
// locations without a schedule of their own follow; nil: monitor.DefaultIntervalDays.
func WithMonitorInterval(days *int) Option { return func(r *Resolver) { r.monitorDays = days } }

// NewSchema returns the executable schema over client, signing people in and out with a and
// voting through votes.
func NewSchema(client *ent.Client, a *auth.Authenticator, votes *voting.Service, opts ...Option) graphql.ExecutableSchema {
	r := &Resolver{client: client, auth: a, votes: votes, live: live.NewMemoryHub()}
	for _, opt := range opts {
		opt(r)
	}
	if r.limiter == nil {
		r.limiter = ratelimit.New(client, ratelimit.Default)
	}
	// The children's monitor, built once: its polls protected at the reports' threshold.
	r.monitor = monitor.New(client, votes, monitor.Config{MinGroupSize: r.k(), IntervalDays: r.monitorDays})
	cfg := generated.Config{Resolvers: r}
	cfg.Directives.SignedIn = signedIn
	return generated.NewExecutableSchema(cfg)
}

// k is the disclosure threshold of counts shown on their own (an idea's supports): the reports'
// (--min-group-size), else disclosure's default.
func (r *Resolver) k() int {
	if r.reports != nil {
		return r.reports.Config().MinGroupSize
	}
	return disclosure.DefaultK
}
