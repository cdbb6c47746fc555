// Package apierror defines the errors a client may see: each has a code from API.md and, for bad
// input, the field it is about. Anything else that reaches the API boundary is INTERNAL.
package apierror

import (
	"errors"
	"fmt"
)

// Code is one of the error codes of the API contract.
type Code string

// The codes of API.md.
const (
	Unauthenticated Code = "UNAUTHENTICATED"
	Forbidden       Code = "FORBIDDEN"
	BadUserInput    Code = "BAD_USER_INPUT"
	NotFound        Code = "NOT_FOUND"
	Conflict        Code = "CONFLICT"
	RateLimited     Code = "RATE_LIMITED"
	AlreadyVoted    Code = "ALREADY_VOTED"
	PollNotOpen     Code = "POLL_NOT_OPEN"
	LimitExceeded   Code = "LIMIT_EXCEEDED"
	Internal        Code = "INTERNAL"
)

// Error is an error meant for the client: its message is safe to show.
type Error struct {
	Code    Code
	Field   string // for BAD_USER_INPUT: the input field, as a GraphQL path like "input.options.0.label"
	Message string
	// Extensions are further facts for the client, shown next to the code in the error's
	// extensions: e.g. retryAfter (seconds to wait) and triesLeft with RATE_LIMITED and wrong PINs.
	Extensions map[string]any
}

func (e *Error) Error() string {
	if e.Field != "" {
		return fmt.Sprintf("%s: %s (%s)", e.Code, e.Message, e.Field)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

// Is makes errors.Is match on the code, so callers can test errors.Is(err, apierror.ErrNotFound).
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Field == "" && t.Message == "" && t.Code == e.Code
}

// Sentinels for errors.Is.
var (
	ErrUnauthenticated = &Error{Code: Unauthenticated}
	ErrForbidden       = &Error{Code: Forbidden}
	ErrNotFound        = &Error{Code: NotFound}
	ErrConflict        = &Error{Code: Conflict}
	ErrRateLimited     = &Error{Code: RateLimited}
)

// New returns a coded error with a message safe to show.
func New(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// BadInput reports a bad value for one input field.
func BadInput(field, format string, args ...any) *Error {
	return &Error{Code: BadUserInput, Field: field, Message: fmt.Sprintf(format, args...)}
}

// NotFoundf says the object does not exist or the viewer may not see it; the two are never told apart.
func NotFoundf(format string, args ...any) *Error {
	return New(NotFound, format, args...)
}

// As returns the *Error in err's chain, if there is one.
func As(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}
