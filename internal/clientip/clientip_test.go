package clientip_test

import (
	"net/http"
	"net/http/httptest"
	"net/netip"
	"testing"

	"github.com/jeugdstem/jeugdstem/internal/clientip"
)

func mustPrefixes(t *testing.T, s string) []netip.Prefix {
	t.Helper()
	p, err := clientip.ParsePrefixes(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestClient(t *testing.T) {
	proxies := mustPrefixes(t, "10.0.0.0/8, 192.0.2.7, fd00::/8")
	for _, tc := range []struct {
		name    string
		trusted []netip.Prefix
		header  clientip.Header
		remote  string
		xff     []string
		fwd     []string
		want    string
	}{
		{name: "no proxy configured: the connection", remote: "203.0.113.9:5000", want: "203.0.113.9"},
		{name: "spoofed header without trusted proxies is ignored", remote: "203.0.113.9:5000",
			xff: []string{"198.51.100.1"}, want: "203.0.113.9"},
		{name: "spoofed header from an untrusted peer is ignored", trusted: proxies, remote: "203.0.113.9:5000",
			xff: []string{"198.51.100.1"}, want: "203.0.113.9"},
		{name: "behind one proxy", trusted: proxies, remote: "10.1.2.3:443", xff: []string{"198.51.100.1"}, want: "198.51.100.1"},
		{name: "client-written entries left of the real one are not read", trusted: proxies, remote: "10.1.2.3:443",
			xff: []string{"1.1.1.1, 10.9.9.9, 198.51.100.1"}, want: "198.51.100.1"},
		{name: "trusted hops are skipped from the right", trusted: proxies, remote: "10.1.2.3:443",
			xff: []string{"6.6.6.6, 198.51.100.1", "192.0.2.7, 10.5.5.5"}, want: "198.51.100.1"},
		{name: "addresses with ports and IPv4-mapped IPv6", trusted: proxies, remote: "[::ffff:10.1.2.3]:443",
			xff: []string{"198.51.100.1:4711"}, want: "198.51.100.1"},
		{name: "IPv6 client", trusted: proxies, remote: "[fd00::1]:443", xff: []string{"2001:db8::5"}, want: "2001:db8::5"},
		{name: "unreadable hop: the nearest known proxy", trusted: proxies, remote: "10.1.2.3:443",
			xff: []string{"6.6.6.6, unknown"}, want: "10.1.2.3"},
		{name: "every hop trusted: the leftmost", trusted: proxies, remote: "10.1.2.3:443",
			xff: []string{"10.7.7.7, 10.8.8.8"}, want: "10.7.7.7"},
		{name: "proxy without header: the proxy", trusted: proxies, remote: "10.1.2.3:443", want: "10.1.2.3"},
		{name: "Forwarded when configured", trusted: proxies, header: clientip.Forwarded, remote: "10.1.2.3:443",
			fwd: []string{`for=6.6.6.6, for="[2001:db8::5]:4711";proto=https`}, want: "2001:db8::5"},
		{name: "Forwarded is not read when the proxies write X-Forwarded-For", trusted: proxies, remote: "10.1.2.3:443",
			xff: []string{"198.51.100.1"}, fwd: []string{"for=6.6.6.6"}, want: "198.51.100.1"},
		{name: "X-Forwarded-For is not read when the proxies write Forwarded", trusted: proxies, header: clientip.Forwarded,
			remote: "10.1.2.3:443", xff: []string{"6.6.6.6"}, fwd: []string{"For=198.51.100.1"}, want: "198.51.100.1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := httptest.NewRequest(http.MethodGet, "/", nil)
			r.RemoteAddr = tc.remote
			for _, v := range tc.xff {
				r.Header.Add("X-Forwarded-For", v)
			}
			for _, v := range tc.fwd {
				r.Header.Add("Forwarded", v)
			}
			var got netip.Addr
			clientip.Middleware(clientip.Config{TrustedProxies: tc.trusted, Header: tc.header})(
				http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) { got = clientip.From(r.Context()) }),
			).ServeHTTP(httptest.NewRecorder(), r)
			if got.String() != tc.want {
				t.Errorf("client = %s, want %s", got, tc.want)
			}
		})
	}
}

func TestKeyGroupsIPv6By64(t *testing.T) {
	key := func(remote string) string {
		r := httptest.NewRequest(http.MethodGet, "/", nil)
		r.RemoteAddr = remote
		var k string
		clientip.Middleware(clientip.Config{})(http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) {
			k = clientip.Key(r.Context())
		})).ServeHTTP(httptest.NewRecorder(), r)
		return k
	}
	if a, b := key("[2001:db8:1:2::1]:1"), key("[2001:db8:1:2:ffff::9]:1"); a != b || a != "2001:db8:1:2::/64" {
		t.Errorf("two addresses of one /64 have keys %q and %q", a, b)
	}
	if a, b := key("[2001:db8:1:2::1]:1"), key("[2001:db8:1:3::1]:1"); a == b {
		t.Errorf("two /64s share key %q", a)
	}
	if k := key("192.0.2.1:1"); k != "192.0.2.1" {
		t.Errorf("IPv4 key = %q", k)
	}
	if k := clientip.Key(t.Context()); k != "unknown" {
		t.Errorf("key without middleware = %q", k)
	}
}

func TestParsePrefixes(t *testing.T) {
	got := mustPrefixes(t, " 10.0.0.0/8 ,192.0.2.7,,::ffff:192.0.2.8, 2001:db8::/32")
	want := []string{"10.0.0.0/8", "192.0.2.7/32", "192.0.2.8/32", "2001:db8::/32"}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for i := range want {
		if got[i].String() != want[i] {
			t.Errorf("prefix %d = %s, want %s", i, got[i], want[i])
		}
	}
	for _, bad := range []string{"10.0.0.0/33", "proxy.example", "10.0.0.1/8/8"} {
		if _, err := clientip.ParsePrefixes(bad); err == nil {
			t.Errorf("ParsePrefixes(%q) accepted", bad)
		}
	}
}
