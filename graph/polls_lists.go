package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/internal/voting"
)

// Poll.options of a list of polls costs one statement for the whole list, through a loader that
// lives as long as one operation (voting.WithOptionLoader): withOptionLoader puts it into the
// operation's context, and listedPolls tells it each list of polls a field returned, before any
// poll of that list is resolved. gqlgen's batch resolvers (@goField(batch: true)) were not
// enough: they group the polls of a plain list, but not the nodes of a connection's edges, which
// is how staff list polls.

// withOptionLoader gives every operation its own option loader.
func withOptionLoader(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	return next(voting.WithOptionLoader(ctx))
}

// listedPolls tells the operation's option loader the polls a field returned: a list of polls
// or a connection of them.
func listedPolls(ctx context.Context, next graphql.Resolver) (any, error) {
	res, err := next(ctx)
	switch list := res.(type) {
	case []*ent.Poll:
		voting.Listed(ctx, list...)
	case *ent.PollConnection:
		if list != nil {
			polls := make([]*ent.Poll, 0, len(list.Edges))
			for _, e := range list.Edges {
				if e != nil {
					polls = append(polls, e.Node)
				}
			}
			voting.Listed(ctx, polls...)
		}
	}
	return res, err
}
