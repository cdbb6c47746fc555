package graph

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/jeugdstem/jeugdstem/internal/apierror"
)

// MaxBodyBytes bounds a GraphQL request body; larger requests get 413 before any parsing.
const MaxBodyBytes = 1 << 20

// The response media types of GraphQL over HTTP. application/graphql-response+json says what the
// status code means (4xx: the request was refused before execution); application/json is for
// clients that accept only that (the app among them) and is answered 200 whenever GraphQL ran.
const (
	mediaGraphQLResponse = "application/graphql-response+json"
	mediaJSON            = "application/json"
)

// postJSON is the only POST transport: a JSON body with query, operationName and variables.
// Unlike gqlgen's transport.POST it never echoes the body back in an error, refuses anything
// that is not application/json (so a cross-site HTML form cannot submit it), enforces the body
// limit with 413, and answers with the media type and status codes of GraphQL over HTTP.
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
	media, ok := negotiate(r.Header.Values("Accept"))
	if !ok {
		writeTransportError(w, mediaJSON, http.StatusNotAcceptable, apierror.BadUserInput,
			"accept application/graphql-response+json or application/json")
		return
	}
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		writeTransportError(w, media, http.StatusUnsupportedMediaType, apierror.BadUserInput, "the request body must be application/json")
		return
	}
	if r.ContentLength > MaxBodyBytes {
		writeCodedError(w, media, apierror.LimitExceeded, "the request body is too large")
		return
	}
	start := graphql.Now()
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			writeCodedError(w, media, apierror.LimitExceeded, "the request body is too large")
			return
		}
		writeCodedError(w, media, apierror.BadUserInput, "the request body could not be read")
		return
	}
	var req rawRequest
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(&req); err != nil || dec.More() {
		writeCodedError(w, media, apierror.BadUserInput, "the request body is not valid JSON for a GraphQL request")
		return
	}
	if req.Query == "" {
		writeCodedError(w, media, apierror.BadUserInput, "the request has no query")
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
	w.Header().Set("Content-Type", media+"; charset=utf-8")
	rc, opErr := exec.CreateOperationContext(ctx, params)
	if opErr != nil {
		// Not parsed, not valid, variables not coercible, or over the limits: nothing ran. The
		// new media type says so with 400; plain JSON answers 200, as GraphQL over HTTP asks.
		if media == mediaGraphQLResponse {
			w.WriteHeader(http.StatusBadRequest)
		}
		writeRequestError(w, exec.DispatchError(graphql.WithOperationContext(ctx, rc), opErr))
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, rc)
	resp := responses(ctx)
	if unavailable(resp) { // the database is out of reach: 503, so proxies and clients know to retry
		w.Header().Set("Retry-After", apierror.RetryAfterSeconds)
		w.WriteHeader(apierror.HTTPStatus(apierror.Unavailable))
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

// negotiate picks the response media type from the Accept headers: the new media type only when
// the client names it (and prefers it at least as much as application/json), application/json
// when it names that, application/*, */* or nothing. ok is false when it accepts neither.
func negotiate(accept []string) (media string, ok bool) {
	var qNew, qJSON float64 = -1, -1
	seen := false
	for _, header := range accept {
		for _, part := range strings.Split(header, ",") {
			if strings.TrimSpace(part) == "" {
				continue
			}
			seen = true
			mt, params, err := mime.ParseMediaType(part)
			if err != nil {
				continue
			}
			q := 1.0
			if s, ok := params["q"]; ok {
				if f, err := strconv.ParseFloat(s, 64); err == nil {
					q = f
				}
			}
			switch mt {
			case mediaGraphQLResponse:
				qNew = max(qNew, q)
			case mediaJSON, "application/*", "*/*":
				qJSON = max(qJSON, q)
			}
		}
	}
	switch {
	case !seen:
		return mediaJSON, true
	case qNew > 0 && qNew >= qJSON:
		return mediaGraphQLResponse, true
	case qJSON > 0:
		return mediaJSON, true
	}
	return "", false
}

func writeResponse(w io.Writer, resp any) {
	b, err := json.Marshal(resp)
	if err != nil {
		panic(err)
	}
	_, _ = w.Write(b)
}

// writeRequestError writes the answer to a request that did not run: errors and no data entry
// at all (not "data": null), which tells the client that nothing was executed.
func writeRequestError(w io.Writer, resp *graphql.Response) {
	writeResponse(w, &struct {
		Errors     gqlerror.List  `json:"errors"`
		Extensions map[string]any `json:"extensions,omitempty"`
	}{resp.Errors, resp.Extensions})
}

// writeTransportError answers before GraphQL runs, with the same error shape.
func writeTransportError(w http.ResponseWriter, media string, status int, code apierror.Code, msg string) {
	w.Header().Set("Content-Type", media+"; charset=utf-8")
	w.WriteHeader(status)
	writeRequestError(w, &graphql.Response{Errors: gqlerror.List{{
		Message:    msg,
		Extensions: map[string]any{"code": string(code)},
	}}})
}

// writeCodedError is writeTransportError with the status apierror.HTTPStatus gives code. The
// callers of writeTransportError itself pass a status that is about HTTP (405 method, 406 and 415
// media types, 429 when the live sockets are full), not a mapping of the code.
func writeCodedError(w http.ResponseWriter, media string, code apierror.Code, msg string) {
	writeTransportError(w, media, apierror.HTTPStatus(code), code, msg)
}
