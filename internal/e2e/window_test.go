package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// window is one isolated browser window (its own cookies and storage, like an incognito
// window) on the shared Chromium: a tablet, or a staff member's computer.
type window struct {
	t    *testing.T
	ctx  context.Context
	base string
	name string
}

// stepTimeout bounds each step; the server and browser are local, so a step that takes
// longer is stuck.
const stepTimeout = 20 * time.Second

func newWindow(t *testing.T, demo *Demo, name string, width, height int64) *window {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser(t), chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	// The first run creates the tab and ties it to the context it is given: never one
	// with a timeout (see chromedp.Run).
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("opening a browser window: %v", err)
	}
	w := &window{t: t, ctx: ctx, base: demo.URL, name: name}
	w.do(chromedp.EmulateViewport(width, height))
	// axe-core is injected by the test; the app's CSP rightly refuses scripts it did not ship.
	w.do(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, page.SetBypassCSP, page.SetBypassCSPParams{Enabled: true})
		return err
	}))
	return w
}

func (w *window) do(actions ...chromedp.Action[chromedp.Void]) {
	w.t.Helper()
	ctx, cancel := context.WithTimeout(w.ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		w.fail("%v", err)
	}
}

// fail stops the test with a screenshot of the window, to see what went wrong.
func (w *window) fail(format string, args ...any) {
	w.t.Helper()
	path := w.screenshot("failure-" + sanitize(w.t.Name()))
	w.t.Fatalf("%s: %s (screenshot %s, at %s)", w.name, fmt.Sprintf(format, args...), path, w.location())
}

func (w *window) location() string {
	ctx, cancel := context.WithTimeout(w.ctx, 2*time.Second)
	defer cancel()
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	return loc
}

func (w *window) open(path string) {
	w.t.Helper()
	w.do(chromedp.Navigate(w.base + path))
	w.waitVisible("main h1")
}

func (w *window) click(css string) {
	w.t.Helper()
	w.do(chromedp.WaitVisible(chromedp.CSS(css)), chromedp.Click(chromedp.CSS(css)))
}

func (w *window) waitVisible(css string) {
	w.t.Helper()
	w.do(chromedp.WaitVisible(chromedp.CSS(css)))
}

func (w *window) fill(css, value string) {
	w.t.Helper()
	w.waitVisible(css)
	sel, _ := json.Marshal(css)
	w.eval(fmt.Sprintf(`(() => { const el = document.querySelector(%s); el.value = ''; el.focus(); return true })()`, sel), nil)
	w.do(chromedp.SendKeys(chromedp.CSS(css), value))
}

func (w *window) text(css string) string {
	w.t.Helper()
	ctx, cancel := context.WithTimeout(w.ctx, stepTimeout)
	defer cancel()
	s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(css)))
	if err != nil {
		w.fail("text of %s: %v", css, err)
	}
	return s
}

// eval runs JavaScript and decodes its (awaited) result into out, which may be nil.
func (w *window) eval(js string, out any) {
	w.t.Helper()
	ctx, cancel := context.WithTimeout(w.ctx, stepTimeout)
	defer cancel()
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[[]byte](js, chromedp.EvalAwaitPromise))
	if err != nil {
		w.fail("evaluating %q: %v", js, err)
	}
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			w.fail("decoding %s: %v", raw, err)
		}
	}
}

// waitFor polls a JavaScript condition until it is true.
func (w *window) waitFor(what, js string, timeout time.Duration) {
	w.t.Helper()
	ctx, cancel := context.WithTimeout(w.ctx, timeout+5*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](js, chromedp.WithPollingTimeout(timeout), chromedp.WithPollingInterval(100*time.Millisecond))); err != nil {
		w.fail("waiting for %s: %v", what, err)
	}
}

func (w *window) waitPath(path string) {
	w.t.Helper()
	w.waitFor("path "+path, fmt.Sprintf(`location.pathname === %q`, path), stepTimeout)
}

// graphql runs one GraphQL operation from the page, with its cookies, and returns the
// response (data and errors).
func (w *window) graphql(query string, variables map[string]any) map[string]any {
	w.t.Helper()
	vars, _ := json.Marshal(variables)
	q, _ := json.Marshal(query)
	var out map[string]any
	// Asked as the app asks: in the language the page shows (Accept-Language, as api/graphql.ts
	// sends the reader's choice), so what the test compares is what the screen was given.
	w.eval(fmt.Sprintf(`fetch('/graphql', {method: 'POST', credentials: 'same-origin',
		headers: {'Content-Type': 'application/json', ...(document.documentElement.lang ? {'Accept-Language': document.documentElement.lang} : {})},
		body: JSON.stringify({query: %s, variables: %s})}).then(r => r.json())`, q, vars), &out)
	return out
}

// screenshot saves the viewport as artifacts/e2e/<name>.png and returns the path.
func (w *window) screenshot(name string) string {
	dir := filepath.Join(repoRoot, "artifacts", "e2e")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		w.t.Logf("screenshot: %v", err)
		return ""
	}
	ctx, cancel := context.WithTimeout(w.ctx, stepTimeout)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		w.t.Logf("screenshot: %v", err)
		return ""
	}
	path := filepath.Join(dir, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		w.t.Logf("screenshot: %v", err)
	}
	return path
}

func sanitize(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' {
			return r
		}
		return '-'
	}, s)
}
