// Package clientip finds the address of the client behind a request, for rate limits.
//
// Without configuration the client is the connection's address (RemoteAddr). Behind a reverse
// proxy every connection comes from the proxy, so all clients would share one address and one
// rate-limit bucket; naming the proxy's addresses as trusted (--trusted-proxies) makes the
// client the address the proxy reports in X-Forwarded-For (or Forwarded, RFC 7239).
//
// A forwarding header is believed only when the connection itself comes from a trusted proxy,
// and then only as far as trusted proxies wrote it: the list is read from the right (the entry
// the nearest proxy appended), trusted hops are skipped, and the first address that is not a
// trusted proxy is the client. Entries further left were written by that client and may be
// anything, so they are never read. A client that is not behind a trusted proxy can send any
// header it likes: it is ignored, so it gets no bucket but its own.
package clientip

import (
	"context"
	"fmt"
	"net/http"
	"net/netip"
	"strings"
)

// Header names the forwarding header a trusted proxy sets.
type Header string

// The forwarding headers a proxy may set. Only the one the proxies are configured to write may
// be read: a proxy that appends to X-Forwarded-For passes a client's own Forwarded header on
// untouched, so reading that one would believe the client.
const (
	XForwardedFor Header = "X-Forwarded-For"
	Forwarded     Header = "Forwarded"
)

// Config says which connections come from trusted proxies and which header they write.
type Config struct {
	// TrustedProxies are the networks of the reverse proxies in front of jeugdstem. Empty: no
	// proxy is trusted and the client is always the connection's address.
	TrustedProxies []netip.Prefix
	// Header is the forwarding header the proxies write; X-Forwarded-For when empty.
	Header Header
}

// ParsePrefixes reads a comma-separated list of networks (CIDR) or single addresses, e.g.
// "10.0.0.0/8, 192.168.1.5, fd00::/8". An empty string is no networks.
func ParsePrefixes(s string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if strings.Contains(f, "/") {
			p, err := netip.ParsePrefix(f)
			if err != nil {
				return nil, fmt.Errorf("trusted proxy %q is not a network (CIDR): %w", f, err)
			}
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(f)
		if err != nil {
			return nil, fmt.Errorf("trusted proxy %q is not an address: %w", f, err)
		}
		a = a.Unmap()
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
}

// ParseHeader accepts "X-Forwarded-For" or "Forwarded" in any case.
func ParseHeader(s string) (Header, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "x-forwarded-for":
		return XForwardedFor, nil
	case "forwarded":
		return Forwarded, nil
	}
	return "", fmt.Errorf("forwarding header %q: use X-Forwarded-For or Forwarded", s)
}

type ctxKey struct{}

// Middleware puts the client's address of every request into its context (see From).
func Middleware(cfg Config) func(http.Handler) http.Handler {
	if cfg.Header == "" {
		cfg.Header = XForwardedFor
	}
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ctx := context.WithValue(r.Context(), ctxKey{}, cfg.Client(r))
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}

// From returns the client's address the middleware found; the zero Addr when there is none
// (a context that did not pass the middleware).
func From(ctx context.Context) netip.Addr {
	a, _ := ctx.Value(ctxKey{}).(netip.Addr)
	return a
}

// Key is the client's address as a rate-limit key. An IPv6 client is keyed by its /64: one
// household or phone gets a whole /64 and can pick a new address in it for every request. A
// context without an address gives "unknown", one shared bucket, never an unlimited one.
func Key(ctx context.Context) string {
	a := From(ctx)
	if !a.IsValid() {
		return "unknown"
	}
	if a.Is6() {
		return netip.PrefixFrom(a, 64).Masked().String()
	}
	return a.String()
}

// Client returns the address of the client behind r.
func (cfg Config) Client(r *http.Request) netip.Addr {
	peer := parseAddr(r.RemoteAddr)
	if !peer.IsValid() || !cfg.trusted(peer) {
		return peer
	}
	var hops []string
	if cfg.Header == Forwarded {
		hops = forwardedFor(r.Header.Values("Forwarded"))
	} else {
		for _, v := range r.Header.Values("X-Forwarded-For") {
			hops = append(hops, strings.Split(v, ",")...)
		}
	}
	client := peer
	for i := len(hops) - 1; i >= 0; i-- {
		a := parseAddr(hops[i])
		if !a.IsValid() {
			// A trusted proxy wrote something that is no address ("unknown", an obfuscated
			// name): the nearest proxy that is known stands for the client.
			return client
		}
		client = a
		if !cfg.trusted(a) {
			return a
		}
	}
	return client // every hop is a trusted proxy: a request from inside
}

func (cfg Config) trusted(a netip.Addr) bool {
	for _, p := range cfg.TrustedProxies {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// parseAddr reads "1.2.3.4", "1.2.3.4:80", "[2001:db8::1]:80", "2001:db8::1" or the quoted
// forms of Forwarded; IPv4-mapped IPv6 becomes IPv4 and zones are dropped.
func parseAddr(s string) netip.Addr {
	s = strings.Trim(strings.TrimSpace(s), `"`)
	if ap, err := netip.ParseAddrPort(s); err == nil {
		return ap.Addr().Unmap().WithZone("")
	}
	s = strings.TrimSuffix(strings.TrimPrefix(s, "["), "]")
	if a, err := netip.ParseAddr(s); err == nil {
		return a.Unmap().WithZone("")
	}
	return netip.Addr{}
}

// forwardedFor returns the for= values of Forwarded headers (RFC 7239) in order, one per
// forwarded element; an element without for= counts as an unreadable hop.
func forwardedFor(values []string) []string {
	var out []string
	for _, v := range values {
		for _, element := range strings.Split(v, ",") {
			found := "unknown"
			for _, pair := range strings.Split(element, ";") {
				name, value, ok := strings.Cut(strings.TrimSpace(pair), "=")
				if ok && strings.EqualFold(strings.TrimSpace(name), "for") {
					found = strings.TrimSpace(value)
				}
			}
			out = append(out, found)
		}
	}
	return out
}
