package graph

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/jeugdstem/jeugdstem/internal/apierror"
)

// MaxBodyBytes bounds a GraphQL request body; larger requests get 413 before any parsing.
const MaxBodyBytes = 1 << 20

// postJSON is the only POST transport: a JSON body with query, operationName and variables.
// Unlike gqlgen's transport.POST it never echoes the body back in an error, refuses anything
// that is not application/json (so a cross-site HTML form cannot submit it), and enforces the
// body limit with 413.
type postJSON struct{}

var _ graphql.Transport = postJSON{}

func (postJSON) Supports(r *http.Request) bool {
	return r.Method == http.MethodPost
}

type rawRequest struct {
	Query         string         `json:"query"`
	OperationName string         `json:"operationName"`
	Variables     map[string]any `json:"variables"`
	Extensions    map[string]any `json:"extensions"`
}

func (postJSON) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	ctx := r.Context()
	w.Header().Set("Content-Type", "application/json")

	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		writeTransportError(w, http.StatusUnsupportedMediaType, "BAD_USER_INPUT", "the request body must be application/json")
		return
	}
	if r.ContentLength > MaxBodyBytes {
		writeTransportError(w, http.StatusRequestEntityTooLarge, "LIMIT_EXCEEDED", "the request body is too large")
		return
	}
	start := graphql.Now()
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			writeTransportError(w, http.StatusRequestEntityTooLarge, "LIMIT_EXCEEDED", "the request body is too large")
			return
		}
		writeTransportError(w, http.StatusBadRequest, "BAD_USER_INPUT", "the request body could not be read")
		return
	}
	var req rawRequest
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(&req); err != nil || dec.More() {
		writeTransportError(w, http.StatusBadRequest, "BAD_USER_INPUT", "the request body is not valid JSON for a GraphQL request")
		return
	}
	params := &graphql.RawParams{
		Query:         req.Query,
		OperationName: req.OperationName,
		Variables:     req.Variables,
		Extensions:    req.Extensions,
		Headers:       r.Header,
		ReadTime:      graphql.TraceTiming{Start: start, End: graphql.Now()},
	}
	rc, opErr := exec.CreateOperationContext(ctx, params)
	if opErr != nil {
		// Not parsed, not valid, or over the limits: 422, as gqlgen's own transports answer.
		w.WriteHeader(http.StatusUnprocessableEntity)
		writeResponse(w, exec.DispatchError(graphql.WithOperationContext(ctx, rc), opErr))
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, rc)
	resp := responses(ctx)
	if unavailable(resp) { // the database is out of reach: 503, so proxies and clients know to retry
		w.Header().Set("Retry-After", apierror.RetryAfterSeconds)
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	writeResponse(w, resp)
}

// unavailable reports whether an answer carries an UNAVAILABLE error.
func unavailable(resp *graphql.Response) bool {
	for _, e := range resp.Errors {
		if e.Extensions["code"] == string(apierror.Unavailable) {
			return true
		}
	}
	return false
}

func writeResponse(w io.Writer, resp *graphql.Response) {
	b, err := json.Marshal(resp)
	if err != nil {
		panic(err)
	}
	_, _ = w.Write(b)
}

// writeTransportError answers before GraphQL runs, with the same error shape.
func writeTransportError(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	writeResponse(w, &graphql.Response{Errors: gqlerror.List{{
		Message:    msg,
		Extensions: map[string]any{"code": code},
	}}})
}
