package apierror

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

// TestHTTPStatus pins the status every code gets outside a GraphQL operation; a new code must be
// added here, so its status is a decision rather than the 500 fallback.
func TestHTTPStatus(t *testing.T) {
	want := map[Code]int{
		Unauthenticated: http.StatusUnauthorized,
		Forbidden:       http.StatusForbidden,
		BadUserInput:    http.StatusBadRequest,
		NotFound:        http.StatusNotFound,
		Conflict:        http.StatusConflict,
		RateLimited:     http.StatusTooManyRequests,
		AlreadyVoted:    http.StatusConflict,
		PollNotOpen:     http.StatusConflict,
		LimitExceeded:   http.StatusRequestEntityTooLarge,
		Unavailable:     http.StatusServiceUnavailable,
		Internal:        http.StatusInternalServerError,
	}
	for _, c := range Codes() {
		status, ok := want[c]
		if !ok {
			t.Errorf("code %s has no status in this table", c)
			continue
		}
		if got := HTTPStatus(c); got != status {
			t.Errorf("HTTPStatus(%s) = %d, want %d", c, got, status)
		}
	}
	if len(want) != len(Codes()) {
		t.Errorf("table has %d codes, Codes() %d", len(want), len(Codes()))
	}
	if got := HTTPStatus("SOMETHING_ELSE"); got != http.StatusInternalServerError {
		t.Errorf("unknown code: %d, want 500", got)
	}
}

func TestWrite(t *testing.T) {
	rec := httptest.NewRecorder()
	Write(rec, BadInput("file", "is missing"))
	if rec.Code != http.StatusBadRequest {
		t.Fatalf("status %d, want 400", rec.Code)
	}
	var body struct {
		Errors []struct {
			Message    string
			Extensions map[string]any
		}
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || len(body.Errors) != 1 {
		t.Fatalf("body %q: %v", rec.Body.String(), err)
	}
	if e := body.Errors[0]; e.Message != "is missing" || e.Extensions["code"] != "BAD_USER_INPUT" || e.Extensions["field"] != "file" {
		t.Fatalf("error %+v", e)
	}

	rec = httptest.NewRecorder()
	Write(rec, New(Unavailable, UnavailableMessage))
	if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") != RetryAfterSeconds {
		t.Fatalf("unavailable: status %d, Retry-After %q", rec.Code, rec.Header().Get("Retry-After"))
	}
}
