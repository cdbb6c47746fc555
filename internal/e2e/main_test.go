package e2e

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

var (
	repoRoot   string
	binaryPath string
	chromePath string
	// skipReason is set when the tests cannot run here (no Chromium) and may skip.
	skipReason string

	browserOnce   sync.Once
	browserCtx    context.Context
	browserCancel context.CancelFunc
	browserErr    error
)

func strict() bool { return os.Getenv("JEUGDSTEM_E2E") == "1" }

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	repoRoot = filepath.Clean(filepath.Join(wd, "..", ".."))

	chromePath = findChromium()
	if chromePath == "" {
		skipReason = "headless Chromium not found (apt-get install chromium, or set JEUGDSTEM_CHROMIUM)"
		return m.Run() // every test skips, or fails under JEUGDSTEM_E2E=1
	}

	tmp, err := os.MkdirTemp("", "jeugdstem-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(tmp)

	// The real binary, as `make build` makes it, with the committed frontend embedded.
	// JEUGDSTEM_E2E_BINARY runs a binary built elsewhere instead (e.g. from another tree).
	binaryPath = os.Getenv("JEUGDSTEM_E2E_BINARY")
	if binaryPath == "" {
		binaryPath = filepath.Join(tmp, "jeugdstem")
		build := exec.Command("go", "build", "-o", binaryPath, "./cmd/jeugdstem")
		build.Dir = repoRoot
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "e2e: building jeugdstem:", err)
			return 1
		}
	}

	code := m.Run()
	if browserCancel != nil {
		browserCancel()
	}
	return code
}

func findChromium() string {
	if p := os.Getenv("JEUGDSTEM_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// needBrowser skips (or fails, under JEUGDSTEM_E2E=1) when the tests cannot run.
func needBrowser(t *testing.T) {
	t.Helper()
	if skipReason == "" {
		return
	}
	if strict() {
		t.Fatal(skipReason)
	}
	t.Skip(skipReason)
}

// browser starts the one Chromium of this test binary on first use. Each scenario gets its
// own browser contexts (like incognito windows: separate cookies and storage) in it.
func browser(t *testing.T) context.Context {
	t.Helper()
	browserOnce.Do(func() {
		profile, err := os.MkdirTemp("", "jeugdstem-chromium-")
		if err != nil {
			browserErr = err
			return
		}
		opts := []chromedp.ExecAllocatorOption{
			chromedp.ExecPath(chromePath),
			chromedp.UserDataDir(profile),
			chromedp.Headless,
			chromedp.NoSandbox,
			chromedp.DisableGPU,
			chromedp.NoFirstRun,
			chromedp.NoDefaultBrowserCheck,
			chromedp.Flag("disable-background-networking", true),
			chromedp.Flag("disable-component-update", true),
			chromedp.Flag("disable-sync", true),
			chromedp.Flag("disable-dev-shm-usage", true),
			chromedp.Flag("disable-extensions", true),
			chromedp.Flag("disable-features", "Translate"),
			// Timers must keep running in background tabs: the idle test waits on one.
			chromedp.Flag("disable-background-timer-throttling", true),
			chromedp.Flag("disable-renderer-backgrounding", true),
			chromedp.Flag("force-color-profile", "srgb"),
			chromedp.Flag("lang", "nl"),
			chromedp.WindowSize(1280, 1024),
		}
		alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
		ctx, cancelCtx := chromedp.NewContext(alloc)
		if err := chromedp.Do(ctx); err != nil { // launches the browser
			cancelCtx()
			cancelAlloc()
			browserErr = fmt.Errorf("starting %s: %w", chromePath, err)
			return
		}
		browserCtx = ctx
		browserCancel = func() {
			cancelCtx()
			cancelAlloc()
			os.RemoveAll(profile)
		}
	})
	if browserErr != nil {
		t.Fatal(browserErr)
	}
	return browserCtx
}

// Demo is what `serve --demo` printed: how to sign in.
type Demo struct {
	URL string
	// DBPath is the server's SQLite file, for a test that must move time on (a PIN pause over).
	DBPath   string
	Staff    map[string]StaffLogin // by role, the first of each
	Children map[string]ChildLogin // by pseudonym
	byEmail  map[string]StaffLogin

	// The running process and how it was started, for Restart.
	mu   sync.Mutex
	cmd  *exec.Cmd
	args []string
}

// stopServer ends the running process with SIGTERM (SIGKILL after 10 s).
func (d *Demo) stopServer() {
	d.mu.Lock()
	cmd := d.cmd
	d.mu.Unlock()
	_ = cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		_ = cmd.Process.Kill()
		<-done
	}
}

// Restart stops the server and starts it again on the same database, address and keys, as an
// operator's restart (or a crash and a supervisor) does; browsers keep their pages open.
func (d *Demo) Restart(t *testing.T) {
	t.Helper()
	d.stopServer()
	cmd := exec.Command(binaryPath, d.args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	d.mu.Lock()
	d.cmd = cmd
	d.mu.Unlock()
	ready := make(chan struct{})
	go func() {
		scanner := bufio.NewScanner(out)
		for scanner.Scan() {
			if strings.Contains(scanner.Text(), "jeugdstem is ready") {
				close(ready)
				break
			}
		}
		_, _ = io.Copy(io.Discard, out)
	}()
	select {
	case <-ready:
	case <-time.After(60 * time.Second):
		t.Fatal("server not ready after a restart within 60 s")
	}
}

// StaffLogin is one printed staff row.
type StaffLogin struct{ Email, Password, Role string }

// ChildLogin is one printed member row.
type ChildLogin struct {
	Pseudonym, Avatar, Location, Language, ID string
	PIN                                       []int
}

var (
	staffRow = regexp.MustCompile(`^\s+(\S+@\S+)\s+(\S+)\s+([A-Z_]+)\s{2,}`)
	childRow = regexp.MustCompile(`^\s+(.+?)\s{2,}(\w+)\s{2,}(\d) (\d) (\d) (\d)\s{2,}(.+?)\s{2,}.*\s(\w+)\s{2,}\S.*\s(ym_\w+)\s*$`)
)

// startServer runs the binary on a fresh SQLite database with the demo and returns how to
// reach and sign in to it. The server stops when the test ends.
func startServer(t *testing.T) *Demo {
	t.Helper()
	dir := t.TempDir()
	port := freePort(t)
	addr := "127.0.0.1:" + strconv.Itoa(port)
	cmd := exec.Command(binaryPath, "serve", "--dev", "--demo",
		"--db", "sqlite://"+filepath.Join(dir, "e2e.db"),
		"--key-file", filepath.Join(dir, "keys"),
		"--addr", addr, "--metrics-addr", "")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	demo := &Demo{URL: "http://" + addr, DBPath: filepath.Join(dir, "e2e.db"), Staff: map[string]StaffLogin{}, Children: map[string]ChildLogin{},
		byEmail: map[string]StaffLogin{}, cmd: cmd, args: cmd.Args[1:]}
	t.Cleanup(demo.stopServer)

	ready := make(chan error, 1)
	go func() {
		scanner := bufio.NewScanner(out)
		signalled := false
		var log strings.Builder
		for scanner.Scan() {
			line := scanner.Text()
			if !signalled {
				log.WriteString(line + "\n")
			}
			if m := staffRow.FindStringSubmatch(line); m != nil && m[1] != "E-MAIL" {
				s := StaffLogin{Email: m[1], Password: m[2], Role: m[3]}
				if _, seen := demo.Staff[s.Role]; !seen {
					demo.Staff[s.Role] = s
				}
				demo.byEmail[s.Email] = s
			}
			if m := childRow.FindStringSubmatch(line); m != nil {
				pin := make([]int, 4)
				for i := range pin {
					pin[i], _ = strconv.Atoi(m[3+i])
				}
				demo.Children[m[1]] = ChildLogin{Pseudonym: m[1], Avatar: m[2], PIN: pin, Location: m[7], Language: m[8], ID: m[9]}
			}
			if !signalled && strings.Contains(line, "jeugdstem is ready") {
				signalled = true
				ready <- nil
			}
		}
		if !signalled {
			ready <- fmt.Errorf("server exited before it was ready:\n%s", log.String())
		}
		_, _ = io.Copy(io.Discard, out)
	}()
	select {
	case err := <-ready:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("server not ready after 60 s")
	}
	if len(demo.Staff) == 0 || len(demo.Children) == 0 {
		t.Fatalf("could not read the demo sign-in details (staff %d, children %d)", len(demo.Staff), len(demo.Children))
	}
	return demo
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// staff returns the demo staff user with the role, failing the test when there is none.
func (d *Demo) staff(t *testing.T, role string) StaffLogin {
	t.Helper()
	s, ok := d.Staff[role]
	if !ok {
		t.Fatalf("no demo staff user with role %s", role)
	}
	return s
}

func (d *Demo) child(t *testing.T, pseudonym string) ChildLogin {
	t.Helper()
	c, ok := d.Children[pseudonym]
	if !ok {
		t.Fatalf("no demo member %q", pseudonym)
	}
	return c
}
