package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	_ "modernc.org/sqlite"
)

func runCmd(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, &out, &errb)
	return out.String() + errb.String(), err
}

func TestMigrateIsIdempotentAndReadsEnvironment(t *testing.T) {
	path := filepath.Join(t.TempDir(), "env.db")
	t.Setenv("JEUGDSTEM_DB", "sqlite://"+path)
	if out, err := runCmd(t, "migrate"); err != nil {
		t.Fatalf("migrate: %v\n%s", err, out)
	}
	schema := func() string {
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		rows, err := db.Query("SELECT type || name || coalesce(sql, '') FROM sqlite_master ORDER BY name")
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var sb strings.Builder
		for rows.Next() {
			var s string
			_ = rows.Scan(&s)
			sb.WriteString(s + "\n")
		}
		return sb.String()
	}
	before := schema()
	if !strings.Contains(before, "youth_members") {
		t.Fatalf("JEUGDSTEM_DB was not used: no schema at %s", path)
	}
	if out, err := runCmd(t, "migrate"); err != nil {
		t.Fatalf("second migrate: %v\n%s", err, out)
	}
	if after := schema(); after != before {
		t.Errorf("a second migration changed the schema:\n%s\nvs\n%s", before, after)
	}
	// The command line wins over the environment.
	other := filepath.Join(t.TempDir(), "flag.db")
	if out, err := runCmd(t, "migrate", "--db", "sqlite://"+other); err != nil {
		t.Fatalf("migrate --db: %v\n%s", err, out)
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("--db did not win over JEUGDSTEM_DB: %v", err)
	}
}

func TestAdminCreateAndBackup(t *testing.T) {
	dir := t.TempDir()
	dsn := "sqlite://" + filepath.Join(dir, "j.db")
	out, err := runCmd(t, "admin", "create", "--db", dsn, "--email", "Admin@Example.org", "--password", "a long enough password")
	if err != nil || !strings.Contains(out, "NATIONAL_ADMIN admin@example.org") {
		t.Fatalf("admin create: %v\n%s", err, out)
	}
	if out, err := runCmd(t, "admin", "create", "--db", dsn, "--email", "admin@example.org", "--password", "a long enough password"); err == nil {
		t.Errorf("a second admin with the same e-mail was created:\n%s", out)
	}
	if _, err := runCmd(t, "admin", "create", "--db", dsn, "--email", "x@example.org", "--password", "short"); err == nil {
		t.Error("a 5-character password was accepted")
	}
	backup := filepath.Join(dir, "backup.db")
	if out, err := runCmd(t, "backup", "--db", dsn, "--out", backup); err != nil {
		t.Fatalf("backup: %v\n%s", err, out)
	}
	db, err := sql.Open("sqlite", backup)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow("SELECT count(*) FROM staff_users").Scan(&n); err != nil || n != 1 {
		t.Errorf("backup holds %d staff users (%v), want 1", n, err)
	}
	if _, err := runCmd(t, "backup", "--db", dsn, "--out", backup); err == nil {
		t.Error("backup overwrote an existing file")
	}
	restored := "sqlite://" + filepath.Join(dir, "restored.db")
	if out, err := runCmd(t, "restore", "--db", restored, "--in", backup); err != nil {
		t.Fatalf("restore: %v\n%s", err, out)
	}
	if out, err := runCmd(t, "admin", "create", "--db", restored, "--email", "admin@example.org", "--password", "a long enough password"); err == nil {
		t.Errorf("the restored database lacks the admin:\n%s", out)
	}
	if _, err := runCmd(t, "serve", "--dev", "--addr", "0.0.0.0:0", "--db", dsn); err == nil {
		t.Error("--dev was allowed on a non-loopback address")
	}
	for _, metrics := range []string{"0.0.0.0:0", ""} {
		if out, err := runCmd(t, "serve", "--dev", "--addr", "127.0.0.1:0", "--metrics-addr", metrics, "--pprof", "--db", dsn); err == nil || !strings.Contains(err.Error()+out, "--pprof") {
			t.Errorf("--pprof with --metrics-addr %q: %v\n%s, want refused", metrics, err, out)
		}
	}
}

// TestServeShutsDownGracefully runs the real binary: it becomes ready, serves requests that are in
// flight when SIGTERM arrives to completion, and exits well within 10 s.
func TestServeShutsDownGracefully(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := buildBinary(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	mln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	metricsAddr := mln.Addr().String()
	mln.Close()
	cmd := exec.Command(bin, "serve", "--dev", "--demo", "--pprof", "--addr", addr, "--metrics-addr", metricsAddr,
		"--db", "sqlite://"+filepath.Join(dir, "j.db"), "--key-file", filepath.Join(dir, "keys"))
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &syncWriter{w: &stderr}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	url := "http://" + addr
	for {
		res, err := http.Get(url + "/readyz")
		if err == nil && res.StatusCode == 200 {
			res.Body.Close()
			break
		}
		if time.Since(start) > 60*time.Second {
			t.Fatalf("not ready after 60 s:\n%s", stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Logf("cold start to ready (with demo seeding): %d ms", time.Since(start).Milliseconds())

	// Metrics and the profiler (--pprof) are on their own listener, not on the app's address
	// (where an unknown path may get the app's page, never the profiler).
	for base, served := range map[string]bool{"http://" + metricsAddr: true, url: false} {
		for path, mark := range map[string]string{"/metrics": "go_goroutines", "/debug/pprof/": "Types of profiles available"} {
			res, err := http.Get(base + path)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if got := res.StatusCode == 200 && strings.Contains(string(b), mark); got != served {
				t.Errorf("%s%s = %d, served %v, want %v", base, path, res.StatusCode, got, served)
			}
		}
	}

	// Sign-ins are slow on purpose (argon2id): a good request to have in flight.
	email := "admin@demo.jeugdstem.test"
	password := between(stdout.String(), email, "NATIONAL_ADMIN")
	const n = 8
	var wg sync.WaitGroup
	codes := make(chan int, n)
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			body, _ := json.Marshal(map[string]any{
				"query":     `mutation($e: String!, $p: String!) { staffLogin(email: $e, password: $p) { id } }`,
				"variables": map[string]string{"e": email, "p": password},
			})
			res, err := http.Post(url+"/graphql", "application/json", bytes.NewReader(body))
			if err != nil {
				codes <- -1
				return
			}
			b, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if !strings.Contains(string(b), `"staffLogin":{"id"`) {
				t.Logf("answer: %s", b)
				codes <- -2
				return
			}
			codes <- res.StatusCode
		}()
	}
	// SIGTERM only once the server holds all n: started requests are in flight or answered.
	graphqlMetric := func(name string) int {
		res, err := http.Get("http://" + metricsAddr + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		sum := 0
		for _, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, name+"{") && strings.Contains(line, `route="graphql"`) {
				f := strings.Fields(line)
				v, _ := strconv.ParseFloat(f[len(f)-1], 64)
				sum += int(v)
			}
		}
		return sum
	}
	for graphqlMetric("jeugdstem_http_requests_in_flight")+graphqlMetric("jeugdstem_http_requests_total") < n {
		runtime.Gosched()
	}
	sent := time.Now()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	close(codes)
	for c := range codes {
		if c != 200 {
			t.Errorf("a request in flight at SIGTERM ended with %d", c)
		}
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("exit after SIGTERM: %v\n%s", err, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("still running 10 s after SIGTERM")
	}
	t.Logf("exited %d ms after SIGTERM", time.Since(sent).Milliseconds())
	// The log names no child: the pseudonyms printed for the demo never reach the log.
	for _, pseudonym := range []string{"Blue Fox", "Green Owl", "Purple Turtle"} {
		if strings.Contains(stderr.String(), pseudonym) {
			t.Errorf("the log contains the pseudonym %q", pseudonym)
		}
	}
}

// between returns the first word after marker on the line of stdout that holds marker and tail.
func between(out, marker, tail string) string {
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, marker) && strings.Contains(line, tail) {
			f := strings.Fields(line)
			if len(f) > 1 {
				return f[1]
			}
		}
	}
	return ""
}

type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}
