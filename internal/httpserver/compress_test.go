package httpserver_test

import (
	"bytes"
	"io"
	"net/http"
	"regexp"
	"testing"

	"github.com/andybalholm/brotli"

	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// The app's precompressed files come through the whole stack (logging, client address, security
// headers, metrics) unchanged: the brotli body, its Content-Encoding, Vary and the script's type.
// The frontend package tests the negotiation itself.
func TestAppAssetsArriveCompressedThroughTheStack(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		get := func(path, acceptEncoding string) (*http.Response, []byte) {
			req, err := http.NewRequest(http.MethodGet, s.URL+path, nil)
			if err != nil {
				t.Fatal(err)
			}
			// Set by hand, so the client's transport neither adds gzip nor undoes the coding.
			req.Header.Set("Accept-Encoding", acceptEncoding)
			res, err := s.Client().Do(req)
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
		_, index := get("/welcome", "identity")
		entry := regexp.MustCompile(`<script[^>]*type="module"[^>]*src="(/assets/[^"]+\.js)"`).FindSubmatch(index)
		if entry == nil {
			t.Fatalf("no entry script in index.html: %s", index)
		}
		_, plain := get(string(entry[1]), "identity")

		res, b := get(string(entry[1]), "gzip, deflate, br, zstd")
		if res.StatusCode != http.StatusOK || res.Header.Get("Content-Encoding") != "br" {
			t.Fatalf("status %d, Content-Encoding %q, want 200 br", res.StatusCode, res.Header.Get("Content-Encoding"))
		}
		if res.Header.Get("Vary") != "Accept-Encoding" || res.Header.Get("Content-Type") != "text/javascript; charset=utf-8" {
			t.Errorf("Vary %q, Content-Type %q", res.Header.Get("Vary"), res.Header.Get("Content-Type"))
		}
		if res.Header.Get("Strict-Transport-Security") == "" || res.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Error("the stack's security headers are missing")
		}
		decoded, err := io.ReadAll(brotli.NewReader(bytes.NewReader(b)))
		if err != nil || !bytes.Equal(decoded, plain) || len(b) >= len(plain) {
			t.Errorf("brotli body (%d bytes, err %v) does not decode to the %d-byte script", len(b), err, len(plain))
		}
		if res, _ := get(string(entry[1])+".br", "br"); res.StatusCode != http.StatusNotFound {
			t.Errorf("the brotli file by its own name: status %d, want 404", res.StatusCode)
		}
	})
}
