package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/jeugdstem/jeugdstem/ent"
)

// pollsAround returns the polls of the list the poll being resolved was listed in (the edges of
// a connection, or a plain list), read from gqlgen's field context, so that Poll.options loads
// the options of the whole list at once.
func pollsAround(ctx context.Context) []*ent.Poll {
	for fc := graphql.GetFieldContext(ctx); fc != nil; fc = fc.Parent {
		switch list := fc.Result.(type) {
		case []*ent.Poll:
			return list
		case []*ent.PollEdge:
			polls := make([]*ent.Poll, 0, len(list))
			for _, e := range list {
				if e != nil && e.Node != nil {
					polls = append(polls, e.Node)
				}
			}
			return polls
		}
	}
	return nil
}
