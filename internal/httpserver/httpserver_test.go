package httpserver_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/graph"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// nested builds a valid query nested depth levels deep: locations → councils → location → …
func nested(depth int) string {
	var open, close strings.Builder
	open.WriteString("{ locations(first: 2) { edges { node { ")
	close.WriteString(" } } } }")
	for i := 3; i < depth; i += 2 {
		open.WriteString("councils { location { ")
		close.WriteString(" } }")
	}
	return open.String() + "id" + close.String()
}

// breakTable drops a table the queries below need, so any resolver that did run would fail with
// a database error: an answer without that error proves no resolver ran.
func breakTable(t *testing.T, s *apitest.Server, table string) {
	t.Helper()
	stmt := "DROP TABLE " + table + " CASCADE"
	if s.DB.Dialect == dialect.SQLite {
		stmt = "PRAGMA foreign_keys=OFF; DROP TABLE " + table + "; PRAGMA foreign_keys=ON"
	}
	if _, err := s.DB.Writer.Exec(stmt); err != nil {
		t.Fatal(err)
	}
}

func TestLimitsRejectBeforeResolversRun(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		c := s.SignInAs(t, staffuser.RoleNATIONAL_ADMIN)
		s.NewLocation(t, "Locatie A")
		breakTable(t, s, "councils")

		res := c.Do(nested(50), nil)
		res.WantCode(t, "LIMIT_EXCEEDED")
		if string(res.Data) != "" && string(res.Data) != "null" {
			t.Errorf("a rejected query returned data: %s", res.Data)
		}

		var q strings.Builder
		q.WriteString("{")
		for i := range 1000 {
			q.WriteString(" a")
			q.WriteString(strings.Repeat("x", i%3))
			q.WriteString(string(rune('0'+i%10)) + string(rune('a'+i/10%26)) + string(rune('a'+i/260)))
			q.WriteString(": locations { totalCount }")
		}
		q.WriteString(" }")
		c.Do(q.String(), nil).WantCode(t, "LIMIT_EXCEEDED")

		c.Do(`{ locations(first: 5000) { totalCount } }`, nil).WantCode(t, "LIMIT_EXCEEDED")

		// A query within the limits does reach the resolver, which then fails on the dropped table.
		c.Do(nested(9), nil).WantCode(t, "INTERNAL")
	})
}

func TestResolverErrorIsInternalWithoutSQL(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		c := s.SignInAs(t, staffuser.RoleNATIONAL_ADMIN)
		breakTable(t, s, "polls")
		res := c.Do(`{ polls { totalCount } }`, nil)
		e := res.WantCode(t, "INTERNAL")
		if e.Message != "internal error" {
			t.Errorf("message = %q, want the generic text", e.Message)
		}
		for _, leak := range []string{"polls", "table", "relation", "SQL", "sql", "SELECT"} {
			if strings.Contains(e.Message, leak) || strings.Contains(string(mustJSON(t, e.Extensions)), leak) {
				t.Errorf("error leaks %q: %+v", leak, e)
			}
		}
	})
}

func TestTransportRefusals(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		post := func(contentType string, body io.Reader, header http.Header) (*http.Response, string) {
			req, _ := http.NewRequest(http.MethodPost, s.URL+"/graphql", body)
			req.Header.Set("Content-Type", contentType)
			for k, v := range header {
				req.Header[k] = v
			}
			res, err := s.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			b, _ := io.ReadAll(res.Body)
			return res, string(b)
		}

		t.Run("5 MB body is 413", func(t *testing.T) {
			big := `{"query":"{ __typename }","variables":{"x":"` + strings.Repeat("a", 5<<20) + `"}}`
			res, body := post("application/json", strings.NewReader(big), nil)
			if res.StatusCode != http.StatusRequestEntityTooLarge {
				t.Fatalf("status = %d, want 413", res.StatusCode)
			}
			if !strings.Contains(body, "LIMIT_EXCEEDED") {
				t.Errorf("body = %s", body)
			}
		})
		t.Run("5 MB body without length is 413", func(t *testing.T) {
			big := `{"query":"{ __typename }","variables":{"x":"` + strings.Repeat("a", 5<<20) + `"}}`
			res, _ := post("application/json", io.MultiReader(strings.NewReader(big)), nil) // no ContentLength
			if res.StatusCode != http.StatusRequestEntityTooLarge {
				t.Fatalf("status = %d, want 413", res.StatusCode)
			}
		})
		t.Run("malformed JSON is 400 without echo", func(t *testing.T) {
			res, body := post("application/json", strings.NewReader(`{"query": "{ me { __typename } }", "variables": {"body": "mijn geheime woorden`), nil)
			if res.StatusCode != http.StatusBadRequest {
				t.Fatalf("status = %d, want 400", res.StatusCode)
			}
			if strings.Contains(body, "geheime") {
				t.Errorf("the answer echoes the body: %s", body)
			}
			if !strings.Contains(body, `"code":"BAD_USER_INPUT"`) {
				t.Errorf("body = %s", body)
			}
		})
		t.Run("form posts are refused", func(t *testing.T) {
			res, _ := post("application/x-www-form-urlencoded", strings.NewReader("query=mutation{logout}"), nil)
			if res.StatusCode != http.StatusUnsupportedMediaType {
				t.Fatalf("status = %d, want 415", res.StatusCode)
			}
			res, _ = post("multipart/form-data; boundary=x", strings.NewReader("--x--"), nil)
			if res.StatusCode != http.StatusUnsupportedMediaType {
				t.Fatalf("status = %d, want 415", res.StatusCode)
			}
		})
		t.Run("cross-site POST is refused", func(t *testing.T) {
			res, _ := post("application/json", strings.NewReader(`{"query":"mutation { logout }"}`),
				http.Header{"Sec-Fetch-Site": {"cross-site"}, "Origin": {"https://evil.example"}})
			if res.StatusCode != http.StatusForbidden {
				t.Fatalf("status = %d, want 403", res.StatusCode)
			}
		})
		t.Run("mutation over GET is refused", func(t *testing.T) {
			res, err := s.Client().Get(s.URL + "/graphql?query=" + url.QueryEscape("mutation { logout }"))
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.StatusCode == http.StatusOK || !strings.Contains(string(b), "errors") {
				t.Fatalf("status = %d body = %s, want a refusal", res.StatusCode, b)
			}
			if strings.Contains(string(b), `"logout"`) {
				t.Errorf("the mutation ran: %s", b)
			}
		})
		t.Run("no queries over GET", func(t *testing.T) {
			// A GET needs no preflight, so a page elsewhere could send one with the viewer's
			// cookies; the app only POSTs.
			res, err := s.Client().Get(s.URL + "/graphql?query=" + url.QueryEscape("{ me { __typename } }"))
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.StatusCode != http.StatusMethodNotAllowed || res.Header.Get("Allow") != "POST" || strings.Contains(string(b), "data") {
				t.Fatalf("status = %d body = %s, want 405", res.StatusCode, b)
			}
			if cc := res.Header.Get("Cache-Control"); cc != "no-store" {
				t.Errorf("Cache-Control = %q, want no-store", cc)
			}
		})
	})
}

func TestIntrospectionOnlyInDev(t *testing.T) {
	b := apitest.Backends(t)[0]
	prod := apitest.Start(t, b, apitest.Options{})
	prod.NewClient(t).Do(`{ __schema { queryType { name } } }`, nil).WantCode(t, "FORBIDDEN")
	e := prod.NewClient(t).Do(`{ locatons { totalCount } }`, nil).WantCode(t, "BAD_USER_INPUT")
	if strings.Contains(e.Message, "Did you mean") {
		t.Errorf("production suggests field names: %q", e.Message)
	}

	dev := apitest.Start(t, b, apitest.Options{Dev: true})
	var data struct {
		Schema struct{ QueryType struct{ Name string } } `json:"__schema"`
	}
	dev.NewClient(t).Do(`{ __schema { queryType { name } } }`, nil).Must(t, &data)
	if data.Schema.QueryType.Name != "Query" {
		t.Errorf("introspection in dev = %+v", data)
	}
}

func TestForeignKeysAreOn(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		ctx := context.Background()
		if s.DB.Dialect == dialect.SQLite {
			for _, db := range []struct {
				name string
				q    func() (int, error)
			}{
				{"writer", func() (n int, err error) { return n, s.DB.Writer.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&n) }},
				{"reader", func() (n int, err error) { return n, s.DB.Reader.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&n) }},
			} {
				n, err := db.q()
				if err != nil || n != 1 {
					t.Errorf("%s: PRAGMA foreign_keys = %d, %v; want 1", db.name, n, err)
				}
			}
			var mode string
			if err := s.DB.Writer.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
				t.Errorf("journal_mode = %q, %v; want wal", mode, err)
			}
		}
		// Whatever the pragmas say, a row pointing at a location that does not exist is refused.
		_, err := s.DB.Writer.ExecContext(ctx,
			`INSERT INTO councils (id, created_at, updated_at, name, age_group, location_councils) VALUES ('cnc_x', $1, $1, 'x', 'MIXED', 'loc_missing')`,
			"2026-01-01T00:00:00Z")
		if err == nil {
			t.Fatal("a council referencing a missing location was stored: foreign keys are off")
		}
	})
}

func TestHealthReadyMetrics(t *testing.T) {
	for _, b := range apitest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			s, h := startWith(t, b, graph.ServerConfig{}, 0)
			metrics := httptest.NewServer(h.Metrics)
			t.Cleanup(metrics.Close)
			get := func(base, path string) (int, string) {
				res, err := s.Client().Get(base + path)
				if err != nil {
					t.Fatal(err)
				}
				defer res.Body.Close()
				b, _ := io.ReadAll(res.Body)
				return res.StatusCode, string(b)
			}
			if code, _ := get(s.URL, "/healthz"); code != 200 {
				t.Errorf("/healthz = %d", code)
			}
			if code, _ := get(s.URL, "/readyz"); code != 200 {
				t.Errorf("/readyz = %d", code)
			}
			s.NewClient(t).Do(`{ me { __typename } }`, nil).Must(t, nil)
			code, body := get(metrics.URL, "/metrics")
			if code != 200 || !strings.Contains(body, `jeugdstem_http_requests_total{code="200",route="graphql"}`) ||
				!strings.Contains(body, "go_sql_open_connections") {
				t.Errorf("/metrics = %d, missing request or database metrics", code)
			}
			// The app's own address does not serve them: anyone can reach it.
			if code, body := get(s.URL, "/metrics"); code != http.StatusNotFound || strings.Contains(body, "go_goroutines") {
				t.Errorf("/metrics on the app's address = %d", code)
			}
			s.DB.Close()
			if code, _ := get(s.URL, "/readyz"); code != http.StatusServiceUnavailable {
				t.Errorf("/readyz with the database closed = %d, want 503", code)
			}
			if code, _ := get(s.URL, "/healthz"); code != 200 {
				t.Errorf("/healthz with the database closed = %d, want 200 (the process is up)", code)
			}
		})
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
