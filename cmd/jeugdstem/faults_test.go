package main

import (
	"bytes"
	"fmt"
	"net"
	"net/http"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// TestInstancesStartingTogetherOnANewDatabase starts several real processes at the same moment
// on a fresh PostgreSQL schema: two servers and a `jeugdstem migrate`. Without a lock around the
// migration they race to create the same tables and all but one die with a duplicate key in
// pg_type; with it, every one comes up.
func TestInstancesStartingTogetherOnANewDatabase(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	pg := apitest.PostgresDSN(t) // the race is PostgreSQL's
	bin := buildBinary(t)
	for round := range 3 { // the race was lost in 6 of 6 trials; three rounds catch it
		dsn := apitest.NewPostgresSchema(t, pg)
		dir := t.TempDir()
		type proc struct {
			name string
			cmd  *exec.Cmd
			logs *bytes.Buffer
			url  string
			done chan error
		}
		var procs []*proc
		keys := filepath.Join(dir, "keys")
		if out, err := exec.Command(bin, "migrate", "--db", "sqlite://"+filepath.Join(dir, "keys.db")).CombinedOutput(); err != nil {
			t.Fatalf("warm-up: %v\n%s", err, out) // the binary runs at all (and its page cache is warm)
		}
		start := func(name string, args ...string) *proc {
			p := &proc{name: name, logs: &bytes.Buffer{}, done: make(chan error, 1)}
			p.cmd = exec.Command(bin, args...)
			p.cmd.Stdout, p.cmd.Stderr = &syncWriter{w: p.logs}, &syncWriter{w: p.logs}
			procs = append(procs, p)
			return p
		}
		for i := range 2 {
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			addr := ln.Addr().String()
			ln.Close()
			p := start(fmt.Sprintf("serve %d", i+1), "serve", "--dev", "--addr", addr, "--metrics-addr", "", "--db", dsn, "--key-file", keys+fmt.Sprint(i))
			p.url = "http://" + addr
		}
		start("migrate", "migrate", "--db", dsn)
		for _, p := range procs { // as close together as exec allows
			if err := p.cmd.Start(); err != nil {
				t.Fatal(err)
			}
			go func() { p.done <- p.cmd.Wait() }()
			t.Cleanup(func() { _ = p.cmd.Process.Kill(); <-p.done })
		}
		for _, p := range procs {
			if p.url == "" { // migrate: must exit 0
				select {
				case err := <-p.done:
					p.done <- err
					if err != nil {
						t.Fatalf("round %d: %s failed: %v\n%s", round, p.name, err, p.logs)
					}
				case <-time.After(2 * time.Minute):
					t.Fatalf("round %d: %s did not finish", round, p.name)
				}
				continue
			}
			for deadline := time.Now().Add(2 * time.Minute); ; {
				select {
				case err := <-p.done:
					p.done <- err
					t.Fatalf("round %d: %s exited while starting (%v):\n%s", round, p.name, err, p.logs)
				case <-time.After(20 * time.Millisecond):
				}
				if res, err := http.Get(p.url + "/readyz"); err == nil {
					res.Body.Close()
					if res.StatusCode == http.StatusOK {
						break
					}
				}
				if time.Now().After(deadline) {
					t.Fatalf("round %d: %s not ready:\n%s", round, p.name, p.logs)
				}
			}
		}
	}
}
