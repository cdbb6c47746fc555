package httpserver_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/graph"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/httpserver"
	"github.com/jeugdstem/jeugdstem/internal/ratelimit"
)

// startWith serves the real handler, like apitest.Start, with the GraphQL endpoint configured by
// api, and with server timeouts like serve's when readTimeout is set.
func startWith(t *testing.T, b apitest.Backend, api graph.ServerConfig, readTimeout time.Duration) (*apitest.Server, httpserver.Handlers) {
	t.Helper()
	ctx := context.Background()
	dsn := b.NewDSN(t)
	db, err := database.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	h := httpserver.Build(httpserver.Config{DB: db, SessionKeys: [][]byte{apitest.TestKey}, API: api,
		Limits: ratelimit.Unlimited()})
	srv := httptest.NewUnstartedServer(h.App)
	if readTimeout > 0 {
		srv.Config.ReadHeaderTimeout = readTimeout
		srv.Config.ReadTimeout = readTimeout
		srv.Config.WriteTimeout = 2 * readTimeout
	}
	srv.StartTLS()
	t.Cleanup(func() {
		srv.Close()
		db.Close()
	})
	return &apitest.Server{Server: srv, DB: db, DSN: dsn}, h
}

// fragmentChain is finding 1's request: each fragment spreads the next twice, so expanding the
// spreads visits 2^n fragments; the document stays under 1 KB.
func fragmentChain(n int) string {
	var b strings.Builder
	b.WriteString("query{...F0}")
	for i := range n {
		fmt.Fprintf(&b, " fragment F%d on Query{...F%d ...F%d}", i, i+1, i+1)
	}
	fmt.Fprintf(&b, " fragment F%d on Query{__typename}", n)
	return b.String()
}

// cpuTime is the CPU this test process has used so far (the server runs in it).
func cpuTime(t *testing.T) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// postRaw posts body to /graphql without a session, with a deadline as a backstop only.
func postRaw(t *testing.T, s *apitest.Server, body []byte) (*http.Response, []byte) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, s.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/graphql-response+json")
	res, err := s.Client().Do(req)
	if err != nil {
		t.Fatalf("no answer: %v", err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, b
}

// Finding 1: a fragment chain 29 deep, without signing in, is refused with LIMIT_EXCEEDED
// before any resolver runs and without measurable work; the server answers the next request.
func TestFragmentChainFailsFast(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		query := fragmentChain(29)
		if len(query) > 1100 {
			t.Fatalf("the attack is %d bytes, want about 1 KB", len(query))
		}
		body, _ := json.Marshal(map[string]any{"query": query})
		before := cpuTime(t)
		res, b := postRaw(t, s, body)
		used := cpuTime(t) - before
		if res.StatusCode != http.StatusBadRequest || !strings.Contains(string(b), `"code":"LIMIT_EXCEEDED"`) || strings.Contains(string(b), `"data"`) {
			t.Fatalf("status %d, body %s; want 400 LIMIT_EXCEEDED without data", res.StatusCode, b)
		}
		t.Logf("CPU for the refused chain: %v", used)
		if used > 5*time.Second { // a backstop: the walk itself is a few hundred steps
			t.Errorf("refusing the chain took %v of CPU", used)
		}
		// Within the depth limit the chain is a legitimate (if silly) query: it runs, and its
		// cost is still counted once per fragment.
		s.NewClient(t).Do(fragmentChain(8), nil).Must(t, nil)
		// Over GET (no preflight needed) nothing runs at all.
		get, err := s.Client().Get(s.URL + "/graphql?query=" + url.QueryEscape(query))
		if err != nil {
			t.Fatal(err)
		}
		get.Body.Close()
		if get.StatusCode != http.StatusMethodNotAllowed {
			t.Errorf("the chain over GET: %d", get.StatusCode)
		}
	})
}

// deepInput is {"not":{"not":…{}}} nested depth levels: finding 2's 70 KB variable.
func deepInput(depth int) string {
	return strings.Repeat(`{"not":`, depth) + "{}" + strings.Repeat("}", depth)
}

// Finding 2 (input): deeply nested variables are refused before gqlgen coerces them into Go
// values (which cost 300 MB per request before), with the path of the place that is too deep.
func TestDeepVariablesRefusedBeforeCoercion(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		body := []byte(`{"query":"query($w: LocationWhereInput) { locations(where: $w) { totalCount } }","variables":{"w":` + deepInput(9000) + `}}`)
		if len(body) > 80<<10 {
			t.Fatalf("body is %d bytes", len(body))
		}
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		res, b := postRaw(t, s, body)
		runtime.ReadMemStats(&m1)
		allocated := m1.TotalAlloc - m0.TotalAlloc
		t.Logf("allocated while refusing: %d KB", allocated>>10)
		var out apitest.Response
		if err := json.Unmarshal(b, &out); err != nil {
			t.Fatalf("status %d body %s", res.StatusCode, b)
		}
		e := out.WantCode(t, "LIMIT_EXCEEDED")
		if want := "variables.w" + strings.Repeat(".not", graph.DefaultLimits.MaxInputDepth); e.Field() != want {
			t.Errorf("field = %q, want %q", e.Field(), want)
		}
		if allocated > 64<<20 { // a backstop: decoding 70 KB of JSON takes a few MB at most
			t.Errorf("refusing the input allocated %d MB", allocated>>20)
		}

		// Wide instead of deep: more values than allowed, in a list.
		wide := `{"query":"query($ids: [ID!]) { __typename }","variables":{"ids":[` + strings.TrimSuffix(strings.Repeat(`"x",`, graph.DefaultLimits.MaxInputValues+1), ",") + `]}}`
		_, b = postRaw(t, s, []byte(wide))
		if !strings.Contains(string(b), `"code":"LIMIT_EXCEEDED"`) {
			t.Errorf("wide variables: %s", b)
		}
		// The app's deepest input (a poll with translated answers) still passes the limits and
		// reaches the resolver, which wants a signed-in facilitator.
		poll := map[string]any{"kind": "MULTIPLE_CHOICE", "theme": "FOOD", "question": []any{map[string]any{"lang": "nl", "text": "Wat eten we?"}},
			"options": []any{map[string]any{"label": []any{map[string]any{"lang": "nl", "text": "Pizza"}}}}}
		s.NewClient(t).Do(`mutation($in: CreatePollInput!) { createPoll(input: $in) { id } }`, map[string]any{"in": poll}).WantCode(t, "UNAUTHENTICATED")
	})
}
