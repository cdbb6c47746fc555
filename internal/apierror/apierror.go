// Package apierror defines the errors a client may see: each has a code from docs/api.md and, for bad
// input, the field it is about. Anything else that reaches the API boundary is INTERNAL.
package apierror

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

// Code is one of the error codes of the API contract.
type Code string

// The codes of the API contract (docs/api.md, "Errors").
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
	// Unavailable: the database could not do the work right now (restarting, unreachable, disk
	// full). Nothing was done; the same request may be sent again in a moment. Answered with
	// HTTP 503 and extensions.retryable.
	Unavailable Code = "UNAVAILABLE"
)

// Codes are every code a client may see, in the order docs/api.md lists them.
func Codes() []Code {
	return []Code{Unauthenticated, Forbidden, BadUserInput, NotFound, Conflict, RateLimited, AlreadyVoted,
		PollNotOpen, LimitExceeded, Unavailable, Internal}
}

// Error is an error meant for the client: its message is safe to show.
type Error struct {
	Code    Code
	Field   string // for BAD_USER_INPUT: the input field, as a GraphQL path like "input.options.0.label"
	Message string
	// Extensions are further facts for the client, shown next to the code in the error's
	// extensions: e.g. retryAfter (seconds to wait), triesLeft and triesBeforeLock with
	// RATE_LIMITED and wrong PINs (docs/api.md, "Picture-PIN answers").
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
	ErrUnavailable     = &Error{Code: Unavailable}
)

// UnavailableMessage is what a client is told when the database is briefly out of reach.
const UnavailableMessage = "the service is briefly unavailable; try again in a moment"

// RetryAfterSeconds is the Retry-After of a 503: how long a client should wait before trying again.
const RetryAfterSeconds = "2"

// HTTPStatus is the one mapping from a code to the HTTP status of an answer outside a GraphQL
// operation: middleware, the GraphQL transport before an operation runs, uploads, exports. (A
// GraphQL operation that ran answers 200 with the code in its errors, except UNAVAILABLE, which
// the transport answers with 503.) A status about HTTP itself rather than about a code, such as
// 405 for a wrong method or 406/415 for media types, is chosen by the caller next to the check.
func HTTPStatus(code Code) int {
	switch code {
	case Unauthenticated:
		return http.StatusUnauthorized
	case Forbidden:
		return http.StatusForbidden
	case BadUserInput:
		return http.StatusBadRequest
	case NotFound:
		return http.StatusNotFound
	case Conflict, AlreadyVoted, PollNotOpen:
		return http.StatusConflict
	case RateLimited:
		return http.StatusTooManyRequests
	case LimitExceeded:
		return http.StatusRequestEntityTooLarge
	case Unavailable:
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// Write answers a request outside GraphQL with e and the status HTTPStatus gives its code.
func Write(w http.ResponseWriter, e *Error) {
	WriteHTTP(w, HTTPStatus(e.Code), e)
}

// WriteHTTP answers a request outside GraphQL (middleware, uploads, exports) with e in the shape
// of a GraphQL error response, so the app reads every failure the same way. UNAVAILABLE carries
// retryable and a Retry-After header.
func WriteHTTP(w http.ResponseWriter, status int, e *Error) {
	ext := map[string]any{"code": string(e.Code)}
	if e.Field != "" {
		ext["field"] = e.Field
	}
	if e.Code == Unavailable {
		ext["retryable"] = true
		w.Header().Set("Retry-After", RetryAfterSeconds)
	}
	body, _ := json.Marshal(map[string]any{"errors": []any{map[string]any{"message": e.Message, "extensions": ext}}})
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

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
