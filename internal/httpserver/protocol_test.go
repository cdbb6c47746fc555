package httpserver_test

import (
	"bufio"
	"crypto/tls"
	"encoding/pem"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/graph"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

type answer struct {
	status      int
	contentType string
	body        string
}

func post(t *testing.T, s *apitest.Server, accept, body string) answer {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, s.URL+"/graphql", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	res, err := s.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return answer{res.StatusCode, res.Header.Get("Content-Type"), string(b)}
}

// GraphQL over HTTP: application/graphql-response+json with its status codes for clients that
// ask for it, application/json (always 200 once GraphQL ran) for those that accept only that.
func TestResponseMediaTypes(t *testing.T) {
	s := apitest.Start(t, apitest.Backends(t)[0], apitest.Options{})
	const (
		newType  = "application/graphql-response+json; charset=utf-8"
		jsonType = "application/json; charset=utf-8"
	)
	invalid := `{"query":"{ noSuchField }"}`
	for _, tc := range []struct {
		name, accept, body string
		status             int
		contentType        string
		data               bool // a data entry in the answer
	}{
		{"new type, invalid query", "application/graphql-response+json", invalid, 400, newType, false},
		{"new type, unparsable query", "application/graphql-response+json", `{"query":"{"}`, 400, newType, false},
		{"new type, variable not coercible", "application/graphql-response+json", `{"query":"query($id: ID!) { __typename }","variables":{"id":null}}`, 400, newType, false},
		{"new type, over the limits", "application/graphql-response+json", `{"query":"{ locations(first: 5000) { totalCount } }"}`, 400, newType, false},
		{"new type, ran with a field error", "application/graphql-response+json", `{"query":"{ polls { totalCount } }"}`, 200, newType, true},
		{"new type, ran", "application/graphql-response+json, application/json;q=0.9", `{"query":"{ __typename }"}`, 200, newType, true},
		{"json, invalid query", "application/json", invalid, 200, jsonType, false},
		{"json preferred", "application/json, application/graphql-response+json;q=0.5", invalid, 200, jsonType, false},
		{"no accept", "", invalid, 200, jsonType, false},
		{"any type", "*/*", `{"query":"{ __typename }"}`, 200, jsonType, true},
		{"json, body not JSON", "application/json", `{"query": "{`, 400, jsonType, false},
		{"new type, no query", "application/graphql-response+json", `{"qeury":"{ __typename }"}`, 400, newType, false},
		{"neither type", "text/html", `{"query":"{ __typename }"}`, 406, jsonType, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := post(t, s, tc.accept, tc.body)
			if a.status != tc.status || a.contentType != tc.contentType {
				t.Errorf("status %d, %s; want %d, %s (%s)", a.status, a.contentType, tc.status, tc.contentType, a.body)
			}
			if strings.Contains(a.body, `"data"`) != tc.data {
				t.Errorf("data entry: %s", a.body)
			}
		})
	}
}

// Finding 6: a POST that asks to upgrade and sends half its body still gets an answer when the
// server's read timeout passes; the deadlines are lifted only when a WebSocket is really opened.
func TestHalfSentUpgradeIsAnswered(t *testing.T) {
	s, _ := startWith(t, apitest.Backends(t)[0], graph.ServerConfig{}, time.Second)
	conn, err := tls.Dial("tcp", s.Listener.Addr().String(), &tls.Config{InsecureSkipVerify: true})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(30 * time.Second)) // a backstop: the server answers after ~1 s
	_, err = io.WriteString(conn, "POST /graphql HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"+
		"Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"query\":\"{")
	if err != nil {
		t.Fatal(err)
	}
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("no answer to a half-sent body: %v", err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusBadRequest {
		t.Errorf("status = %d, want 400", res.StatusCode)
	}
}

// Every answer says nosniff; the app's HTML carries its content security policy, everything else
// a policy that lets nothing load.
func TestSecurityHeadersOnEveryAnswer(t *testing.T) {
	s, h := startWith(t, apitest.Backends(t)[0], graph.ServerConfig{}, 0)
	metrics := httptest.NewServer(h.Metrics)
	t.Cleanup(metrics.Close)
	for _, tc := range []struct {
		name, method, url, csp string
		header                 http.Header
	}{
		{"graphql", "POST", s.URL + "/graphql", "default-src 'none'", http.Header{"Content-Type": {"application/json"}}},
		{"graphql GET", "GET", s.URL + "/graphql", "default-src 'none'", nil},
		{"healthz", "GET", s.URL + "/healthz", "default-src 'none'", nil},
		{"readyz", "GET", s.URL + "/readyz", "default-src 'none'", nil},
		{"export", "GET", s.URL + "/export/location/x.csv", "default-src 'none'", nil},
		{"audio", "GET", s.URL + "/audio/x", "default-src 'none'", nil},
		{"cross-site refusal", "POST", s.URL + "/graphql", "default-src 'none'", http.Header{"Sec-Fetch-Site": {"cross-site"}}},
		{"missing asset", "GET", s.URL + "/assets/nope.js", "script-src 'self'", nil},
		{"app", "GET", s.URL + "/", "script-src 'self'", nil},
		{"app route", "GET", s.URL + "/polls/123", "script-src 'self'", nil},
		{"metrics", "GET", metrics.URL + "/metrics", "default-src 'none'", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest(tc.method, tc.url, strings.NewReader(`{"query":"{ __typename }"}`))
			for k, v := range tc.header {
				req.Header[k] = v
			}
			res, err := s.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if got := res.Header.Get("X-Content-Type-Options"); got != "nosniff" {
				t.Errorf("%d: X-Content-Type-Options = %q", res.StatusCode, got)
			}
			if got := res.Header.Get("Content-Security-Policy"); !strings.Contains(got, tc.csp) {
				t.Errorf("%d: Content-Security-Policy = %q, want %q", res.StatusCode, got, tc.csp)
			}
			if strings.HasPrefix(tc.url, s.URL) && !strings.Contains(res.Header.Get("Strict-Transport-Security"), "max-age=") {
				t.Errorf("no HSTS on the TLS app: %v", res.Header)
			}
		})
	}
}

// graphql-http's server audit (GraphQL over HTTP) finds no MUST broken and no SHOULD missed. It
// runs through Node with the frontend's node_modules (make test installs them; CI has Node). The
// audit asks for a type by name, so the server under test allows introspection; everything else
// is as in production (TLS, secure cookies, the same transports and limits).
func TestGraphQLOverHTTPAudit(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("node is required in CI for the GraphQL over HTTP audit")
		}
		t.Skip("no node on PATH")
	}
	script, _ := filepath.Abs("../../frontend/scripts/graphql-http-audit.mjs")
	if _, err := os.Stat("../../frontend/node_modules/graphql-http/package.json"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("graphql-http is not installed in frontend/node_modules: run make frontend-deps")
		}
		t.Skip("graphql-http is not installed in frontend/node_modules (make frontend-deps)")
	}
	s, _ := startWith(t, apitest.Backends(t)[0], graph.ServerConfig{Introspection: true}, 0)
	ca := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(ca, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: s.Certificate().Raw}), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, script, s.URL+"/graphql")
	cmd.Env = append(os.Environ(), "NODE_EXTRA_CA_CERTS="+ca)
	out, err := cmd.CombinedOutput()
	t.Logf("%s", out)
	if err != nil {
		t.Fatalf("the audit failed: %v", err)
	}
}
