// Package frontend serves the built web app (the children's tablet app and, later, the
// staff console) from files embedded in the binary. dist/ is committed, so `go build`
// works without Node; `npm run build` in this folder refreshes it.
//
// The app routes in the browser with the History API, so any path without a file
// extension that is not a file (/welcome, /polls/123) is answered with index.html.
// Paths with an extension that do not exist are real 404s: a missing script must fail
// loudly, not come back as HTML.
package frontend

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"net/http"
	"path"
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

// file is one served file, read once: the embedded files never change while running.
type file struct {
	content []byte
	etag    string
}

type handler struct {
	files map[string]*file // by slash path inside dist, e.g. "assets/index-abc.js"
}

func newHandler(dist fs.FS) *handler {
	h := &handler{files: map[string]*file{}}
	err := fs.WalkDir(dist, ".", func(name string, entry fs.DirEntry, err error) error {
		if err != nil || !entry.Type().IsRegular() {
			return err
		}
		content, err := fs.ReadFile(dist, name)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(content)
		h.files[name] = &file{content: content, etag: `"` + hex.EncodeToString(sum[:12]) + `"`}
		return nil
	})
	if err != nil {
		panic("frontend: reading embedded dist: " + err.Error())
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
	header.Set("ETag", f.etag)
	if ct, ok := contentTypes[path.Ext(name)]; ok {
		header.Set("Content-Type", ct)
	} else {
		header.Set("Content-Type", "application/octet-stream")
	}
	// ServeContent answers HEAD, ranges and If-None-Match (with the ETag above).
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(f.content))
}
