package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"

	"entgo.io/ent/privacy"
	"github.com/99designs/gqlgen/graphql"
	"github.com/go-playground/validator/v10"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/database"
)

// presentError turns every error into what a client may see: a message that is safe to show and
// extensions.code from docs/api.md (plus extensions.field for bad input). Database and ent texts never
// pass; unexpected errors are logged and shown as INTERNAL.
func presentError(ctx context.Context, err error) *gqlerror.Error {
	gqlErr := graphql.DefaultErrorPresenter(ctx, err)
	cause := gqlErr.Unwrap()
	if cause == nil {
		// Parse, validation and limit errors come from gqlgen itself and carry their own message.
		return presentGraphQLError(gqlErr)
	}
	var (
		apiErr    *apierror.Error
		validErrs validator.ValidationErrors
		entValid  *ent.ValidationError
	)
	switch {
	case errors.As(cause, &apiErr):
		setCode(gqlErr, apiErr.Code, apiErr.Message, apiErr.Field)
		for k, v := range apiErr.Extensions {
			if _, taken := gqlErr.Extensions[k]; !taken {
				gqlErr.Extensions[k] = v
			}
		}
	case errors.As(cause, &validErrs):
		fe := validErrs[0]
		setCode(gqlErr, apierror.BadUserInput, fmt.Sprintf("%s is not valid (%s)", fieldPath(fe.Namespace()), fe.Tag()), fieldPath(fe.Namespace()))
	case errors.As(cause, &entValid):
		setCode(gqlErr, apierror.BadUserInput, entValid.Name+" is not valid", entValid.Name)
	case ent.IsNotFound(cause):
		setCode(gqlErr, apierror.NotFound, "not found", "")
	case ent.IsConstraintError(cause):
		setCode(gqlErr, apierror.Conflict, "this conflicts with existing data", "")
	case errors.Is(cause, privacy.Deny):
		setCode(gqlErr, apierror.Forbidden, "you may not do this", "")
	case database.IsUnavailable(cause):
		slog.WarnContext(ctx, "database unavailable", "path", gqlErr.Path.String(), "error", cause.Error())
		setCode(gqlErr, apierror.Unavailable, apierror.UnavailableMessage, "")
	case errors.Is(cause, context.Canceled), errors.Is(cause, context.DeadlineExceeded):
		setCode(gqlErr, apierror.Internal, "the request was cancelled", "")
	default:
		slog.ErrorContext(ctx, "resolver error", "path", gqlErr.Path.String(), "error", cause.Error())
		setCode(gqlErr, apierror.Internal, "internal error", "")
	}
	return gqlErr
}

// presentGraphQLError keeps gqlgen's message for errors in the request itself (they describe the
// client's query, not our data) and maps its codes (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED,
// none for coercion errors) onto docs/api.md's.
func presentGraphQLError(e *gqlerror.Error) *gqlerror.Error {
	code, _ := e.Extensions["code"].(string)
	switch {
	case strings.HasPrefix(e.Message, "exceeded token limit"):
		setCode(e, apierror.LimitExceeded, e.Message, "")
	case isAPICode(apierror.Code(code)):
		// Already ours (the limit extension, the transport).
	default:
		setCode(e, apierror.BadUserInput, e.Message, fieldFromPath(e))
	}
	return e
}

func isAPICode(c apierror.Code) bool {
	switch c {
	case apierror.Unauthenticated, apierror.Forbidden, apierror.BadUserInput, apierror.NotFound, apierror.Conflict,
		apierror.RateLimited, apierror.AlreadyVoted, apierror.PollNotOpen, apierror.LimitExceeded, apierror.Internal,
		apierror.Unavailable:
		return true
	}
	return false
}

func setCode(e *gqlerror.Error, code apierror.Code, msg, field string) {
	e.Message = msg
	e.Err = nil
	e.Extensions = map[string]any{"code": string(code)}
	if code == apierror.Unavailable {
		e.Extensions["retryable"] = true
	}
	if code == apierror.BadUserInput {
		if field == "" {
			field = "query"
		}
		e.Extensions["field"] = field
	}
}

// fieldFromPath names the argument or variable an error is about, when gqlgen's path says so.
func fieldFromPath(e *gqlerror.Error) string {
	if len(e.Path) == 0 {
		return ""
	}
	return e.Path.String()
}

// fieldPath turns validator's "CastVoteInput.OptionIDs[0]" into "optionIDs.0" form: the struct
// name dropped, fields as JSON names are written by the validator's tag name function.
func fieldPath(ns string) string {
	if i := strings.IndexByte(ns, '.'); i >= 0 {
		ns = ns[i+1:]
	}
	ns = strings.NewReplacer("[", ".", "]", "").Replace(ns)
	return ns
}

// recoverPanic logs a resolver panic with its stack and answers INTERNAL; the process lives on.
func recoverPanic(ctx context.Context, p any) error {
	slog.ErrorContext(ctx, "resolver panic", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
	return apierror.New(apierror.Internal, "internal error")
}
