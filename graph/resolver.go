// Package graph is the GraphQL API: the hand-written schema extensions (*.graphqls next to the
// generated ent.graphqls), thin resolvers that translate GraphQL into domain calls, and the
// hardened HTTP handler (transports, limits, error presentation). graph/generated is gqlgen's.
package graph

import (
	"github.com/99designs/gqlgen/graphql"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/graph/generated"
)

// Resolver holds what resolvers call into. Mutations are not wrapped in one big transaction
// (entgql.Transactioner): on SQLite that would hold the single write lock while a password hash
// is computed; the domain packages open short transactions around their writes instead.
type Resolver struct {
	client *ent.Client
}

// Option configures the schema.
type Option func(*Resolver)

// NewSchema returns the executable schema over client.
func NewSchema(client *ent.Client, opts ...Option) graphql.ExecutableSchema {
	r := &Resolver{client: client}
	for _, opt := range opts {
		opt(r)
	}
	return generated.NewExecutableSchema(generated.Config{Resolvers: r})
}
