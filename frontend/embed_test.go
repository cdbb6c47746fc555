package frontend

import (
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

const testIndex = `<!doctype html><html><head><script type="module" src="/assets/app-1a2b.js"></script></head><body><main id="main"></main></body></html>`

func testDist() fstest.MapFS {
	return fstest.MapFS{
		"index.html":             {Data: []byte(testIndex)},
		"favicon.svg":            {Data: []byte(`<svg xmlns="http://www.w3.org/2000/svg"/>`)},
		"assets/app-1a2b.js":     {Data: []byte(`console.log("app")`)},
		"assets/index-9f8e.css":  {Data: []byte(`body{}`)},
		"assets/font-77aa.woff2": {Data: []byte("wOF2")},
	}
}

func do(t *testing.T, h http.Handler, method, target string, headers ...string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, res *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestServesFilesWithCachingByKind(t *testing.T) {
	h := newHandler(testDist())
	cases := []struct {
		name, path, contentType, cache, body string
	}{
		{"root is index.html", "/", "text/html; charset=utf-8", "no-cache", testIndex},
		{"index.html by name", "/index.html", "text/html; charset=utf-8", "no-cache", testIndex},
		{"hashed script", "/assets/app-1a2b.js", "text/javascript; charset=utf-8", "public, max-age=31536000, immutable", `console.log("app")`},
		{"hashed style", "/assets/index-9f8e.css", "text/css; charset=utf-8", "public, max-age=31536000, immutable", `body{}`},
		{"hashed font", "/assets/font-77aa.woff2", "font/woff2", "public, max-age=31536000, immutable", "wOF2"},
		{"unhashed public file revalidates", "/favicon.svg", "image/svg+xml", "no-cache", `<svg xmlns="http://www.w3.org/2000/svg"/>`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := do(t, h, http.MethodGet, tc.path)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status %d, want 200", res.StatusCode)
			}
			if got := res.Header.Get("Content-Type"); got != tc.contentType {
				t.Errorf("Content-Type %q, want %q", got, tc.contentType)
			}
			if got := res.Header.Get("Cache-Control"); got != tc.cache {
				t.Errorf("Cache-Control %q, want %q", got, tc.cache)
			}
			if got := body(t, res); got != tc.body {
				t.Errorf("body %q, want %q", got, tc.body)
			}
		})
	}
}

func TestAppRoutesFallBackToIndex(t *testing.T) {
	h := newHandler(testDist())
	for _, path := range []string{"/welcome", "/welcome/", "/polls/01HZX/results", "/assets", "/../../etc/passwd", "/welcome?lang=ar"} {
		t.Run(path, func(t *testing.T) {
			res := do(t, h, http.MethodGet, path)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status %d, want 200", res.StatusCode)
			}
			if got := res.Header.Get("Cache-Control"); got != "no-cache" {
				t.Errorf("Cache-Control %q, want no-cache", got)
			}
			if got := body(t, res); got != testIndex {
				t.Errorf("body is not index.html: %q", got)
			}
		})
	}
}

func TestMissingFilesWithExtensionAre404(t *testing.T) {
	h := newHandler(testDist())
	for _, path := range []string{"/assets/missing.js", "/assets/old-0000.css", "/robots.txt", "/welcome/photo.png", "/index.htm"} {
		t.Run(path, func(t *testing.T) {
			res := do(t, h, http.MethodGet, path)
			if res.StatusCode != http.StatusNotFound {
				t.Fatalf("status %d, want 404", res.StatusCode)
			}
			if strings.Contains(body(t, res), "<html") {
				t.Error("a missing asset must not be answered with index.html")
			}
			if res.Header.Get("X-Content-Type-Options") != "nosniff" {
				t.Error("404 without security headers")
			}
		})
	}
}

func TestOnlyGetAndHeadAreAllowed(t *testing.T) {
	h := newHandler(testDist())
	for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete, http.MethodOptions} {
		for _, path := range []string{"/", "/welcome", "/assets/app-1a2b.js", "/assets/missing.js"} {
			res := do(t, h, method, path)
			if res.StatusCode != http.StatusMethodNotAllowed {
				t.Errorf("%s %s: status %d, want 405", method, path, res.StatusCode)
			}
			if got := res.Header.Get("Allow"); got != "GET, HEAD" {
				t.Errorf("%s %s: Allow %q", method, path, got)
			}
		}
	}
}

func TestHeadHasHeadersButNoBody(t *testing.T) {
	h := newHandler(testDist())
	for _, path := range []string{"/", "/welcome", "/assets/app-1a2b.js"} {
		res := do(t, h, http.MethodHead, path)
		if res.StatusCode != http.StatusOK {
			t.Errorf("HEAD %s: status %d", path, res.StatusCode)
		}
		if b := body(t, res); b != "" {
			t.Errorf("HEAD %s: body %q", path, b)
		}
		if res.Header.Get("Cache-Control") == "" || res.Header.Get("Content-Type") == "" {
			t.Errorf("HEAD %s: missing headers %v", path, res.Header)
		}
	}
}

func TestETagRevalidation(t *testing.T) {
	h := newHandler(testDist())
	first := do(t, h, http.MethodGet, "/welcome")
	etag := first.Header.Get("ETag")
	if etag == "" {
		t.Fatal("index.html has no ETag, so no-cache cannot revalidate cheaply")
	}
	again := do(t, h, http.MethodGet, "/", "If-None-Match", etag)
	if again.StatusCode != http.StatusNotModified {
		t.Errorf("status %d, want 304", again.StatusCode)
	}
}

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	h := newHandler(testDist())
	for _, tc := range []struct{ method, path string }{
		{http.MethodGet, "/"}, {http.MethodGet, "/welcome"}, {http.MethodGet, "/assets/app-1a2b.js"},
		{http.MethodGet, "/assets/missing.js"}, {http.MethodPost, "/"},
	} {
		res := do(t, h, tc.method, tc.path)
		csp := res.Header.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s %s: CSP %q lacks %q", tc.method, tc.path, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
			t.Errorf("%s %s: CSP allows unsafe code: %q", tc.method, tc.path, csp)
		}
		if got := res.Header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s %s: X-Content-Type-Options %q", tc.method, tc.path, got)
		}
		if got := res.Header.Get("Referrer-Policy"); got != "no-referrer" {
			t.Errorf("%s %s: Referrer-Policy %q", tc.method, tc.path, got)
		}
	}
}

func TestUnbuiltAppSaysSo(t *testing.T) {
	res := do(t, newHandler(fstest.MapFS{}), http.MethodGet, "/welcome")
	if res.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("status %d, want 503", res.StatusCode)
	}
}

// The committed build: index.html loads its entry script from /assets/, that script is
// served as immutable JavaScript, and nothing inline would be blocked by the CSP.
func TestEmbeddedBuild(t *testing.T) {
	h := Handler()
	res := do(t, h, http.MethodGet, "/")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET / status %d", res.StatusCode)
	}
	index := body(t, res)

	entry := regexp.MustCompile(`<script[^>]*type="module"[^>]*src="(/assets/[^"]+\.js)"`).FindStringSubmatch(index)
	if entry == nil {
		t.Fatalf("no module script from /assets/ in the embedded index.html:\n%s", index)
	}
	script := do(t, h, http.MethodGet, entry[1])
	if script.StatusCode != http.StatusOK {
		t.Fatalf("GET %s status %d", entry[1], script.StatusCode)
	}
	if got := script.Header.Get("Cache-Control"); got != "public, max-age=31536000, immutable" {
		t.Errorf("entry script Cache-Control %q", got)
	}
	if got := script.Header.Get("Content-Type"); got != "text/javascript; charset=utf-8" {
		t.Errorf("entry script Content-Type %q", got)
	}

	for _, tag := range regexp.MustCompile(`<script\b[^>]*>`).FindAllString(index, -1) {
		if !strings.Contains(tag, " src=") {
			t.Errorf("inline script in index.html would be blocked by the CSP: %s", tag)
		}
	}
	if regexp.MustCompile(`\sstyle=`).MatchString(index) || strings.Contains(index, "<style") {
		t.Error("inline style in index.html would be blocked by the CSP")
	}
	if welcome := do(t, h, http.MethodGet, "/welcome"); body(t, welcome) != index {
		t.Error("/welcome does not fall back to the embedded index.html")
	}
}

// The committed build's service worker is served from the root, as JavaScript, revalidated on
// every load (so a new build replaces it), allowed to control the whole app, under the app's
// CSP; it never keeps API answers, and the manifest that makes the app installable is there.
func TestEmbeddedServiceWorker(t *testing.T) {
	h := Handler()
	res := do(t, h, http.MethodGet, "/sw.js", "Accept-Encoding", "identity")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET /sw.js status %d", res.StatusCode)
	}
	for header, want := range map[string]string{
		"Content-Type":            "text/javascript; charset=utf-8",
		"Cache-Control":           "no-cache",
		"Service-Worker-Allowed":  "/",
		"Content-Security-Policy": securityHeaders["Content-Security-Policy"],
	} {
		if got := res.Header.Get(header); got != want {
			t.Errorf("/sw.js %s: %q, want %q", header, got, want)
		}
	}
	sw := body(t, res)
	for _, want := range []string{"const SHELL = [", `"/"`, "graphql|", "request.method !== 'GET'"} {
		if !strings.Contains(sw, want) {
			t.Errorf("/sw.js lacks %q", want)
		}
	}
	if other := do(t, h, http.MethodGet, "/favicon.svg"); other.Header.Get("Service-Worker-Allowed") != "" {
		t.Error("Service-Worker-Allowed on a file that is not the service worker")
	}
	manifest := do(t, h, http.MethodGet, "/manifest.webmanifest")
	if manifest.StatusCode != http.StatusOK || manifest.Header.Get("Content-Type") != "application/manifest+json" {
		t.Errorf("/manifest.webmanifest: %d %q", manifest.StatusCode, manifest.Header.Get("Content-Type"))
	}
}
