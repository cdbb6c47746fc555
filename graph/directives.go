package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/policies"
)

// signedIn implements @signedIn(as:): the coarse gate before an operation does any work (a
// password hash, a database read).
func signedIn(ctx context.Context, _ any, next graphql.Resolver, as []policies.Actor) (any, error) {
	v := policies.FromContext(ctx)
	if !v.SignedIn() {
		return nil, apierror.New(apierror.Unauthenticated, "sign in first")
	}
	if !v.Is(as...) {
		return nil, apierror.New(apierror.Forbidden, "this is not for you")
	}
	return next(ctx)
}
