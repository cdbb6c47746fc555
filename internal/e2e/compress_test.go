package e2e

import (
	"strings"
	"testing"
)

// Chromium gets the app's scripts and styles compressed, decodes them and draws the app:
// fewer bytes on the wire than in the file, for every script and stylesheet of the first load.
func TestBrowserLoadsTheAppCompressed(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	tablet := newWindow(t, demo, "tablet", tabletWidth, tabletHeight)
	tablet.open("/start")
	tablet.waitVisible(".not-a-tablet")

	type resource struct {
		Name     string  `json:"name"`
		Encoded  float64 `json:"encoded"`
		Decoded  float64 `json:"decoded"`
		Encoding string  `json:"encoding"`
	}
	var loaded []resource
	tablet.eval(`Promise.all(performance.getEntriesByType('resource')
		.filter((e) => /\/assets\/.*\.(js|css)$/.test(e.name))
		.map(async (e) => ({ name: e.name, encoded: e.encodedBodySize, decoded: e.decodedBodySize,
			encoding: (await fetch(e.name)).headers.get('content-encoding') ?? '' })))`, &loaded)
	if len(loaded) < 2 {
		t.Fatalf("the first load fetched %d scripts and styles: %v", len(loaded), loaded)
	}
	for _, r := range loaded {
		t.Logf("%s: %s, %.0f bytes on the wire, %.0f decoded", r.Name[strings.LastIndex(r.Name, "/")+1:], r.Encoding, r.Encoded, r.Decoded)
		if r.Encoding == "" || r.Encoded <= 0 || r.Encoded >= r.Decoded {
			t.Errorf("%s came uncompressed: %+v", r.Name, r)
		}
	}
}
