package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"strings"
	"sync/atomic"
	"time"
)

// browser is one cookie jar: a tablet, or an adult's computer. Requests go round-robin over the
// instances. Each browser has an address of its own, which it names in the forwarding header as
// a reverse proxy would (the servers must trust loadgen's address with --trusted-proxies): every
// tablet counts against its own rate limits, as at a real location.
type browser struct {
	http   *http.Client
	urls   []string
	next   *atomic.Uint64
	rec    *recorder
	header string // the forwarding header, or "" to send none
	addr   string
}

func (r *runner) newBrowser() *browser {
	jar, _ := cookiejar.New(nil)
	n := r.addrs.Add(1)
	return &browser{
		http: &http.Client{Jar: jar, Timeout: 30 * time.Second, Transport: r.transport},
		urls: r.urls, next: &r.rr, rec: r.rec, header: r.cfg.forwardedHeader,
		addr: fmt.Sprintf("10.%d.%d.%d", 1+n>>16&0xff, n>>8&0xff, n&0xff),
	}
}

type gqlError struct {
	Message    string         `json:"message"`
	Extensions map[string]any `json:"extensions"`
}

func (e gqlError) code() string { c, _ := e.Extensions["code"].(string); return c }

// setup sends a set-up operation, waiting out sign-in rate limits (a set-up signs in and enrolls
// more often per minute from one address than a real deployment does).
func (b *browser) setup(ctx context.Context, query string, vars map[string]any, out any) error {
	for {
		err := b.do(ctx, "setup", query, vars, out)
		if err == nil || !strings.HasPrefix(err.Error(), "RATE_LIMITED") || ctx.Err() != nil {
			return err
		}
		time.Sleep(5 * time.Second)
	}
}

// do sends one GraphQL operation, timing it under op; it returns the data or an error whose
// text is the error code.
func (b *browser) do(ctx context.Context, op, query string, vars map[string]any, out any) error {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	base := b.urls[b.next.Add(1)%uint64(len(b.urls))]
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/graphql", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	switch strings.ToLower(b.header) {
	case "":
	case "forwarded":
		req.Header.Set("Forwarded", "for="+b.addr)
	default:
		req.Header.Set(b.header, b.addr)
	}
	start := time.Now()
	res, err := b.http.Do(req)
	if err != nil {
		b.transportError(ctx, op, time.Since(start))
		return err
	}
	raw, err := io.ReadAll(res.Body)
	res.Body.Close()
	elapsed := time.Since(start)
	if err != nil {
		b.transportError(ctx, op, elapsed)
		return err
	}
	var answer struct {
		Data   json.RawMessage `json:"data"`
		Errors []gqlError      `json:"errors"`
	}
	if err := json.Unmarshal(raw, &answer); err != nil {
		b.rec.observe(op, elapsed, fmt.Sprintf("HTTP_%d", res.StatusCode))
		return fmt.Errorf("HTTP %d", res.StatusCode)
	}
	if len(answer.Errors) > 0 {
		code := answer.Errors[0].code()
		b.rec.observe(op, elapsed, code)
		return fmt.Errorf("%s: %s", code, answer.Errors[0].Message)
	}
	b.rec.observe(op, elapsed, "")
	if out != nil {
		return json.Unmarshal(answer.Data, out)
	}
	return nil
}

// transportError records a request that got no answer, unless the run itself ended it (its
// context is done: a report reader's request in flight when the round ends is not an error).
func (b *browser) transportError(ctx context.Context, op string, elapsed time.Duration) {
	if ctx.Err() == nil {
		b.rec.observe(op, elapsed, "TRANSPORT")
	}
}
