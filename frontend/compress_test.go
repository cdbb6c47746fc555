package frontend

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"path"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/andybalholm/brotli"
)

// embeddedDist is the committed build, read directly: the expected plain bytes.
func embeddedDist(t *testing.T) fs.FS {
	t.Helper()
	dist, err := fs.Sub(embedded, "dist")
	if err != nil {
		t.Fatal(err)
	}
	return dist
}

// rawClient does not ask for or undo compression on its own: the test sets
// Accept-Encoding itself and sees the bytes on the wire.
var rawClient = &http.Client{Transport: &http.Transport{DisableCompression: true}}

func fetch(t *testing.T, srv *httptest.Server, target, acceptEncoding string, headers ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, srv.URL+target, nil)
	if err != nil {
		t.Fatal(err)
	}
	if acceptEncoding != "" {
		req.Header.Set("Accept-Encoding", acceptEncoding)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	res, err := rawClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, b
}

func decode(t *testing.T, coding string, b []byte) []byte {
	t.Helper()
	var r io.Reader
	switch coding {
	case "":
		return b
	case "br":
		r = brotli.NewReader(bytes.NewReader(b))
	case "gzip":
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("gzip body: %v", err)
		}
		r = zr
	default:
		t.Fatalf("unexpected Content-Encoding %q", coding)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("%s body does not decode: %v", coding, err)
	}
	return out
}

// firstLoad lists what a browser fetches before the first screen: index.html, its module
// scripts and preloads, and its stylesheets.
func firstLoad(t *testing.T, index string) []string {
	t.Helper()
	urls := []string{"/"}
	for _, re := range []string{
		`<script\b[^>]*\bsrc="(/[^"]+)"`,
		`<link\b[^>]*\brel="modulepreload"[^>]*\bhref="(/[^"]+)"`,
		`<link\b[^>]*\brel="stylesheet"[^>]*\bhref="(/[^"]+)"`,
	} {
		for _, m := range regexp.MustCompile(re).FindAllStringSubmatch(index, -1) {
			urls = append(urls, m[1])
		}
	}
	if len(urls) < 3 {
		t.Fatalf("index.html references no script and stylesheet: %s", index)
	}
	return urls
}

// The committed build through the real handler: each Accept-Encoding gets the right body,
// which decodes to the plain file byte for byte, with the plain file's type and caching.
func TestEmbeddedBuildIsServedCompressed(t *testing.T) {
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	dist := embeddedDist(t)
	index, err := fs.ReadFile(dist, "index.html")
	if err != nil {
		t.Fatal(err)
	}

	type target struct{ url, file, contentType, cache string }
	targets := []target{
		{"/", "index.html", "text/html; charset=utf-8", "no-cache"},
		{"/welcome", "index.html", "text/html; charset=utf-8", "no-cache"}, // the app route fallback
		{"/polls/01HZX/results", "index.html", "text/html; charset=utf-8", "no-cache"},
		{"/favicon.svg", "favicon.svg", "image/svg+xml", "no-cache"},
	}
	for _, url := range firstLoad(t, string(index))[1:] {
		ct := "text/javascript; charset=utf-8"
		if path.Ext(url) == ".css" {
			ct = "text/css; charset=utf-8"
		}
		targets = append(targets, target{url, strings.TrimPrefix(url, "/"), ct, "public, max-age=31536000, immutable"})
	}

	cases := []struct{ acceptEncoding, want string }{
		{"br", "br"},
		{"gzip", "gzip"},
		{"gzip, deflate, br, zstd", "br"}, // what Chromium sends
		{"gzip;q=0, br", "br"},
		{"br;q=0, gzip", "gzip"},
		{"br;q=0.5, gzip;q=0.8", "gzip"},
		{"BR;Q=1", "br"},
		{"x-gzip", "gzip"},
		{"*", "br"},
		{"*;q=0, gzip", "gzip"},
		{"identity", ""},
		{"gzip;q=0.4, identity", ""},
		{"deflate, zstd", ""},
		{"br;q=0, gzip;q=0", ""},
		{"", ""}, // no header
	}
	for _, tg := range targets {
		plain, err := fs.ReadFile(dist, tg.file)
		if err != nil {
			t.Fatal(err)
		}
		for _, tc := range cases {
			t.Run(tg.url+" "+tc.acceptEncoding, func(t *testing.T) {
				res, b := fetch(t, srv, tg.url, tc.acceptEncoding)
				if res.StatusCode != http.StatusOK {
					t.Fatalf("status %d", res.StatusCode)
				}
				if got := res.Header.Get("Content-Encoding"); got != tc.want {
					t.Errorf("Content-Encoding %q, want %q", got, tc.want)
				}
				if got := res.Header.Values("Vary"); len(got) != 1 || got[0] != "Accept-Encoding" {
					t.Errorf("Vary %q, want [Accept-Encoding]", got)
				}
				if got := res.Header.Get("Content-Type"); got != tg.contentType {
					t.Errorf("Content-Type %q, want %q", got, tg.contentType)
				}
				if got := res.Header.Get("Cache-Control"); got != tg.cache {
					t.Errorf("Cache-Control %q, want %q", got, tg.cache)
				}
				if tc.want != "" && len(b) >= len(plain) {
					t.Errorf("%s body is %d bytes, plain %d", tc.want, len(b), len(plain))
				}
				if !bytes.Equal(decode(t, res.Header.Get("Content-Encoding"), b), plain) {
					t.Error("decoded body differs from the plain file")
				}
				if res.Header.Get("X-Content-Type-Options") != "nosniff" || res.Header.Get("Content-Security-Policy") == "" {
					t.Error("security headers missing")
				}
			})
		}
	}
}

// Fonts that are compressed already get neither a coding nor Vary.
func TestWoff2IsNeverReencoded(t *testing.T) {
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	fonts, err := fs.Glob(embeddedDist(t), "assets/*.woff2")
	if err != nil || len(fonts) == 0 {
		t.Fatalf("no woff2 in the build (%v)", err)
	}
	res, _ := fetch(t, srv, "/"+fonts[0], "br, gzip")
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Encoding") != "" || res.Header.Get("Vary") != "" {
		t.Errorf("status %d, Content-Encoding %q, Vary %q", res.StatusCode, res.Header.Get("Content-Encoding"), res.Header.Get("Vary"))
	}
}

// A variant's own URL is not an asset: it would go out as application/octet-stream or,
// worse, be taken for the script itself without Content-Encoding.
func TestVariantsAreNotServedByTheirOwnNames(t *testing.T) {
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	index, err := fs.ReadFile(embeddedDist(t), "index.html")
	if err != nil {
		t.Fatal(err)
	}
	urls := []string{"/index.html.br", "/index.html.gz", "/favicon.svg.br"}
	for _, url := range firstLoad(t, string(index))[1:] {
		urls = append(urls, url+".br", url+".gz")
	}
	for _, url := range urls {
		res, b := fetch(t, srv, url, "br, gzip")
		if res.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: status %d, want 404", url, res.StatusCode)
		}
		if res.Header.Get("Content-Encoding") != "" || bytes.Contains(b, []byte("<html")) {
			t.Errorf("GET %s: answered with a body meant for another URL", url)
		}
	}
}

// Each representation has its own ETag, so revalidation never hands a gzip client a 304
// for the brotli bytes it does not have; a matching tag gets a 304 that still says Vary.
func TestETagPerEncoding(t *testing.T) {
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	tags := map[string]string{}
	for _, ae := range []string{"br", "gzip", "identity"} {
		res, _ := fetch(t, srv, "/", ae)
		tags[ae] = res.Header.Get("ETag")
	}
	if tags["br"] == "" || tags["br"] == tags["gzip"] || tags["br"] == tags["identity"] || tags["gzip"] == tags["identity"] {
		t.Fatalf("ETags do not tell the encodings apart: %v", tags)
	}
	res, _ := fetch(t, srv, "/welcome", "br", "If-None-Match", tags["br"])
	if res.StatusCode != http.StatusNotModified {
		t.Errorf("matching brotli ETag: status %d, want 304", res.StatusCode)
	}
	if res.Header.Get("Vary") != "Accept-Encoding" {
		t.Errorf("304 without Vary: %q", res.Header.Get("Vary"))
	}
	res, b := fetch(t, srv, "/welcome", "gzip", "If-None-Match", tags["br"])
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Encoding") != "gzip" || len(b) == 0 {
		t.Errorf("brotli ETag on a gzip request: status %d, Content-Encoding %q", res.StatusCode, res.Header.Get("Content-Encoding"))
	}
}

// Every compressible file of the committed build has both variants, each decoding to the
// file; and no variant is left without its file. A build without the precompress plugin
// (or a dist committed before running it) fails here.
func TestEveryCompressibleFileHasVariants(t *testing.T) {
	dist := embeddedDist(t)
	checked := 0
	err := fs.WalkDir(dist, ".", func(name string, entry fs.DirEntry, err error) error {
		if err != nil || entry.IsDir() {
			return err
		}
		switch ext := path.Ext(name); {
		case ext == ".br" || ext == ".gz":
			if _, err := fs.Stat(dist, strings.TrimSuffix(name, ext)); err != nil {
				t.Errorf("%s has no plain file", name)
			}
		case compressible[ext]:
			checked++
			plain, err := fs.ReadFile(dist, name)
			if err != nil {
				return err
			}
			for suffix, coding := range map[string]string{".br": "br", ".gz": "gzip"} {
				b, err := fs.ReadFile(dist, name+suffix)
				if err != nil {
					t.Errorf("%s has no %s variant: rebuild with npm run build", name, suffix)
					continue
				}
				if !bytes.Equal(decode(t, coding, b), plain) {
					t.Errorf("%s%s does not decode to %s", name, suffix, name)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 3 {
		t.Errorf("only %d compressible files in the build", checked)
	}
}

// The negative control of the test above, and of the handler's fallbacks: a dist with a
// gzip variant only, a variant larger than its file, and an orphan variant.
func TestPartialVariants(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	js := strings.Repeat(`console.log("app");`, 50)
	if _, err := zw.Write([]byte(js)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	dist := testDist()
	dist["assets/app-1a2b.js"] = &fstest.MapFile{Data: []byte(js)}
	dist["assets/app-1a2b.js.gz"] = &fstest.MapFile{Data: gz.Bytes()}
	dist["assets/index-9f8e.css.br"] = &fstest.MapFile{Data: []byte("longer than the six bytes of the file")}
	dist["assets/lone-0000.js.gz"] = &fstest.MapFile{Data: gz.Bytes()}
	srv := httptest.NewServer(newHandler(dist))
	defer srv.Close()

	for _, tc := range []struct{ url, ae, want, vary string }{
		{"/assets/app-1a2b.js", "br", "", "Accept-Encoding"}, // no brotli variant
		{"/assets/app-1a2b.js", "br, gzip", "gzip", "Accept-Encoding"},
		{"/assets/index-9f8e.css", "br", "", ""}, // the variant would cost bytes: not used
		{"/", "br, gzip", "", ""},                // no variants at all
	} {
		res, b := fetch(t, srv, tc.url, tc.ae)
		if res.Header.Get("Content-Encoding") != tc.want || res.Header.Get("Vary") != tc.vary {
			t.Errorf("%s %q: Content-Encoding %q, Vary %q; want %q, %q", tc.url, tc.ae,
				res.Header.Get("Content-Encoding"), res.Header.Get("Vary"), tc.want, tc.vary)
		}
		plain, _ := dist[strings.TrimPrefix(tc.url, "/")]
		if plain != nil && !bytes.Equal(decode(t, tc.want, b), plain.Data) {
			t.Errorf("%s %q: decoded body differs", tc.url, tc.ae)
		}
	}
	if res, _ := fetch(t, srv, "/assets/lone-0000.js", "gzip"); res.StatusCode != http.StatusNotFound {
		t.Errorf("a variant without its file made an asset: status %d", res.StatusCode)
	}
}

// The first load of the tablet app on the wire: index.html, the entry script and what it
// preloads, and the stylesheet, plain against gzip against brotli.
func TestFirstLoadTransferSize(t *testing.T) {
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	_, index := fetch(t, srv, "/", "")
	urls := firstLoad(t, string(index))
	totals := map[string]int{}
	for _, url := range urls {
		sizes := map[string]int{}
		for _, ae := range []string{"identity", "gzip", "br"} {
			res, b := fetch(t, srv, url, ae)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("GET %s: status %d", url, res.StatusCode)
			}
			sizes[ae] = len(b)
			totals[ae] += len(b)
		}
		t.Logf("%-32s plain %7d  gzip %7d  br %7d bytes", url, sizes["identity"], sizes["gzip"], sizes["br"])
	}
	t.Logf("%-32s plain %7d  gzip %7d  br %7d bytes (gzip %.0f%%, br %.0f%% of plain)", "first load", totals["identity"], totals["gzip"], totals["br"],
		100*float64(totals["gzip"])/float64(totals["identity"]), 100*float64(totals["br"])/float64(totals["identity"]))
	if !(totals["br"] < totals["gzip"] && 2*totals["gzip"] < totals["identity"]) {
		t.Errorf("compression does not pay: %v", totals)
	}
}
