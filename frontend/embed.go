// Package frontend serves the built web app (the children's tablet app and, later, the
// staff console) from files embedded in the binary. dist/ is committed, so `go build`
// works without Node; `npm run build` in this folder refreshes it.
//
// The app routes in the browser with the History API, so any path without a file
// extension that is not a file (/welcome, /polls/123) is answered with index.html.
// Paths with an extension that do not exist are real 404s: a missing script must fail
// loudly, not come back as HTML.
//
// The build writes `name.br` and `name.gz` next to every compressible file
// (build/precompress.ts). They are never served under their own names (a request for
// /assets/x.js.br is a 404); they are the bodies of /assets/x.js for browsers that accept
// brotli or gzip, with Content-Encoding, the original Content-Type and
// `Vary: Accept-Encoding`, so caches keep the encodings apart.
package frontend

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"
)

//go:embed all:dist
var embedded embed.FS

// Headers sent with every response of the app. The CSP allows only the app's own
// files: Vite emits no inline script or style, and assets are never inlined as data:
// URLs (see vite.config.ts), except images, which may be data: for generated pictures.
var securityHeaders = map[string]string{
	"Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
		"font-src 'self'; connect-src 'self'; media-src 'self'; object-src 'none'; base-uri 'none'; " +
		"form-action 'self'; frame-ancestors 'none'",
	"X-Content-Type-Options":       "nosniff",
	"Referrer-Policy":              "no-referrer",
	"X-Frame-Options":              "DENY",
	"Cross-Origin-Opener-Policy":   "same-origin",
	"Cross-Origin-Resource-Policy": "same-origin",
	"Permissions-Policy":           "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
}

// serviceWorker is the service worker's file in dist, written by build/service-worker.ts.
const serviceWorker = "sw.js"

const (
	cacheImmutable  = "public, max-age=31536000, immutable"
	cacheRevalidate = "no-cache"
)

// Content types that Go's mime table may not know on a bare machine.
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".mjs":         "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".json":        "application/json",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".webp":        "image/webp",
	".ico":         "image/x-icon",
	".woff2":       "font/woff2",
	".woff":        "font/woff",
	".txt":         "text/plain; charset=utf-8",
	".webmanifest": "application/manifest+json",
	".mp3":         "audio/mpeg",
	".ogg":         "audio/ogg",
}

// Handler serves the embedded app. Mount it as the catch-all, after /graphql and the
// health and metrics endpoints.
func Handler() http.Handler {
	dist, err := fs.Sub(embedded, "dist")
	if err != nil {
		panic("frontend: embedded dist is missing: " + err.Error())
	}
	return newHandler(dist)
}

// compressible are the extensions the build precompresses; keep in step with
// build/precompress.ts. woff2, images and audio are compressed already.
var compressible = map[string]bool{
	".html": true, ".js": true, ".mjs": true, ".css": true, ".svg": true, ".json": true,
	".webmanifest": true, ".txt": true, ".woff": true, ".ttf": true, ".otf": true,
}

// Content codings of the precompressed variants, best first: a browser that accepts both
// equally gets brotli, which is about a sixth smaller than gzip for our scripts.
var codings = []struct{ name, suffix string }{{"br", ".br"}, {"gzip", ".gz"}}

// file is one served file, read once: the embedded files never change while running.
type file struct {
	content []byte
	etag    string
	// encoded holds the precompressed variants by coding ("br", "gzip"); only variants
	// smaller than content are kept. A file with variants answers with Vary: Accept-Encoding.
	encoded map[string]*variant
}

// variant is one precompressed body. Its ETag differs from the plain file's: a strong
// validator names one representation, byte for byte.
type variant struct {
	content []byte
	etag    string
}

type handler struct {
	files map[string]*file // by slash path inside dist, e.g. "assets/index-abc.js"
}

func newHandler(dist fs.FS) *handler {
	raw := map[string][]byte{}
	err := fs.WalkDir(dist, ".", func(name string, entry fs.DirEntry, err error) error {
		if err != nil || !entry.Type().IsRegular() {
			return err
		}
		content, err := fs.ReadFile(dist, name)
		raw[name] = content
		return err
	})
	if err != nil {
		panic("frontend: reading embedded dist: " + err.Error())
	}
	h := &handler{files: map[string]*file{}}
	for name, content := range raw {
		if ext := path.Ext(name); ext == ".br" || ext == ".gz" {
			continue // a variant of another file, never an asset of its own
		}
		sum := sha256.Sum256(content)
		etag := hex.EncodeToString(sum[:12])
		f := &file{content: content, etag: `"` + etag + `"`}
		if compressible[path.Ext(name)] {
			for _, c := range codings {
				if body, ok := raw[name+c.suffix]; ok && len(body) < len(content) {
					if f.encoded == nil {
						f.encoded = map[string]*variant{}
					}
					f.encoded[c.name] = &variant{content: body, etag: `"` + etag + "-" + c.name + `"`}
				}
			}
		}
		h.files[name] = f
	}
	return h
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	for name, value := range securityHeaders {
		w.Header().Set(name, value)
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}

	name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	if name == "" || name == "index.html" {
		h.serveIndex(w, r)
		return
	}
	if f, ok := h.files[name]; ok {
		cache := cacheRevalidate
		if strings.HasPrefix(name, "assets/") {
			cache = cacheImmutable // Vite puts a content hash in every name under assets/
		}
		if name == serviceWorker {
			// The tablet's service worker (src/service-worker/sw.js) controls the whole app from
			// the root; no-cache (above) lets a new build replace it at the next load.
			w.Header().Set("Service-Worker-Allowed", "/")
		}
		serve(w, r, name, f, cache)
		return
	}
	if path.Ext(name) == "" {
		h.serveIndex(w, r) // an app route: the browser-side router draws it
		return
	}
	w.Header().Set("Cache-Control", cacheRevalidate)
	http.NotFound(w, r)
}

func (h *handler) serveIndex(w http.ResponseWriter, r *http.Request) {
	index, ok := h.files["index.html"]
	if !ok {
		http.Error(w, "frontend not built: run npm run build in frontend/", http.StatusServiceUnavailable)
		return
	}
	serve(w, r, "index.html", index, cacheRevalidate)
}

func serve(w http.ResponseWriter, r *http.Request, name string, f *file, cache string) {
	header := w.Header()
	header.Set("Cache-Control", cache)
	if ct, ok := contentTypes[path.Ext(name)]; ok {
		header.Set("Content-Type", ct)
	} else {
		header.Set("Content-Type", "application/octet-stream")
	}
	content, etag := f.content, f.etag
	if f.encoded != nil {
		header.Add("Vary", "Accept-Encoding") // also on the plain answer: it depended on the header too
		if coding := negotiate(r.Header.Values("Accept-Encoding"), f.encoded); coding != "" {
			header.Set("Content-Encoding", coding)
			content, etag = f.encoded[coding].content, f.encoded[coding].etag
		}
	}
	header.Set("ETag", etag)
	// ServeContent answers HEAD, ranges (of the encoded bytes, as HTTP defines them) and
	// If-None-Match (with the ETag above); it does not sniff, as Content-Type is set.
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(content))
}

// negotiate picks the content coding for a request's Accept-Encoding values (RFC 9110,
// section 12.5.3) among the available variants: "br", "gzip", or "" for the plain file.
// The highest q wins; on a tie br beats gzip beats the plain file. A coding with q=0 is
// refused, and "*" stands for every coding not named. The plain file ("identity") wins
// only when named (or matched by "*") with a higher q than every offered coding; it is
// also the answer when no coding is acceptable, and without the header, since every
// client can read it.
func negotiate(acceptEncoding []string, available map[string]*variant) string {
	q := map[string]float64{}
	for _, value := range acceptEncoding {
		for _, item := range strings.Split(value, ",") {
			coding, params, _ := strings.Cut(item, ";")
			coding = strings.ToLower(strings.TrimSpace(coding))
			if coding == "" {
				continue
			}
			if coding == "x-gzip" {
				coding = "gzip"
			}
			weight := 1.0
			if name, value, ok := strings.Cut(strings.TrimSpace(params), "="); ok && strings.EqualFold(strings.TrimSpace(name), "q") {
				parsed, err := strconv.ParseFloat(strings.TrimSpace(value), 64)
				if err != nil || parsed < 0 || parsed > 1 {
					continue // a malformed weight: ignore the entry rather than guess
				}
				weight = parsed
			}
			q[coding] = weight
		}
	}
	weightOf := func(coding string) float64 {
		if w, ok := q[coding]; ok {
			return w
		}
		if w, ok := q["*"]; ok {
			return w
		}
		return 0 // not named: the plain file is still the fallback below, but never preferred
	}
	best, bestWeight := "", weightOf("identity")
	for i := len(codings) - 1; i >= 0; i-- { // from the least preferred, so ties go to the better one
		name := codings[i].name
		if _, ok := available[name]; ok {
			if w := weightOf(name); w > 0 && w >= bestWeight {
				best, bestWeight = name, w
			}
		}
	}
	return best
}
