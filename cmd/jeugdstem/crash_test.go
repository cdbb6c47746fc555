package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// TestCrashKeepsEveryAcknowledgedWrite kills the server with SIGKILL in the middle of a stream of
// votes and posts, while a slow reader holds an old snapshot of the database, restarts it, and
// checks that every write the server acknowledged is there, that no vote is half-written (one
// sealed ballot per participation, nothing counted before the close), that closing the polls
// counts every acknowledged vote, and, on SQLite, that the file passes PRAGMA integrity_check.
func TestCrashKeepsEveryAcknowledgedWrite(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and kills the binary")
	}
	bin := buildBinary(t)
	for _, b := range apitest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			dir := t.TempDir()
			dsn := b.NewDSN(t)
			if out, err := exec.Command(bin, "admin", "create", "--db", dsn, "--email", "admin@crash.test", "--password", "crash test password").CombinedOutput(); err != nil {
				t.Fatalf("admin create: %v\n%s", err, out)
			}
			srv := startServer(t, bin, dsn, dir)
			w := setUpWorld(t, srv.url)
			reader := holdSnapshot(t, dsn)

			// Stream: every tablet signs children in and out, voting and posting, until the kill.
			var mu sync.Mutex
			var votes [][2]string // acknowledged (member, poll)
			var posts []string    // acknowledged thread ids
			ctx, cancel := context.WithCancel(context.Background())
			var wg sync.WaitGroup
			for ti, tab := range w.tablets {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := ti; ctx.Err() == nil; i += len(w.tablets) {
						m := w.members[i%len(w.members)]
						if tab.do(`mutation($m: ID!, $p: [Int!]!) { youthLogin(memberID: $m, pin: $p) { id } }`, map[string]any{"m": m.id, "p": m.pin}, nil) != nil {
							continue
						}
						for _, p := range w.polls {
							var ack struct{ CastVote struct{ Accepted bool } }
							if tab.do(`mutation($p: ID!, $o: [ID!]!, $k: String!) { castVote(input: {pollID: $p, optionIDs: $o, idempotencyKey: $k}) { accepted } }`,
								map[string]any{"p": p.id, "o": []string{p.options[i%len(p.options)]}, "k": fmt.Sprintf("%s-%s", m.id, p.id)}, &ack) == nil && ack.CastVote.Accepted {
								mu.Lock()
								votes = append(votes, [2]string{m.id, p.id})
								mu.Unlock()
							}
						}
						var th struct{ StartThread struct{ ID string } }
						if tab.do(`mutation($l: ID!) { startThread(input: {locationID: $l, theme: FOOD, title: "Eten", body: "Kunnen we vaker rijst eten?", language: "nl"}) { id } }`,
							map[string]any{"l": w.location}, &th) == nil {
							mu.Lock()
							posts = append(posts, th.StartThread.ID)
							mu.Unlock()
						}
						_ = tab.do(`mutation { logout }`, nil, nil)
					}
				}()
			}
			// Kill once a good number of writes has been acknowledged, while the stream runs.
			deadline := time.Now().Add(60 * time.Second)
			for {
				mu.Lock()
				n := len(votes)
				mu.Unlock()
				if n >= 20 || time.Now().After(deadline) {
					break
				}
				time.Sleep(20 * time.Millisecond)
			}
			if err := srv.cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			_ = srv.cmd.Wait()
			cancel()
			wg.Wait()
			mu.Lock()
			defer mu.Unlock()
			if len(votes) == 0 || len(posts) == 0 {
				t.Fatalf("the stream acknowledged %d votes and %d posts before the kill; nothing to check", len(votes), len(posts))
			}
			t.Logf("killed after %d acknowledged votes and %d acknowledged posts", len(votes), len(posts))

			// Restart on the same database (the slow reader still reading): it must come up, and
			// hold every acknowledged write.
			srv = startServer(t, bin, dsn, dir)
			db := openRaw(t, dsn)
			for _, v := range votes {
				var n int
				if err := db.QueryRow(`SELECT count(*) FROM participations WHERE youth_member_participations = `+ph(dsn, 1)+` AND poll_participations = `+ph(dsn, 2), v[0], v[1]).Scan(&n); err != nil {
					t.Fatal(err)
				}
				if n != 1 {
					t.Errorf("acknowledged vote of %s in %s: %d participations", v[0], v[1], n)
				}
			}
			count := func(q string, arg string) int {
				var n int
				if err := db.QueryRow(q, arg).Scan(&n); err != nil {
					t.Fatal(err)
				}
				return n
			}
			parts := map[string]int{}
			for _, p := range w.polls {
				parts[p.id] = count(`SELECT count(*) FROM participations WHERE poll_participations = `+ph(dsn, 1), p.id)
				sealed := count(`SELECT count(*) FROM sealed_ballots WHERE poll_id = `+ph(dsn, 1), p.id)
				counted := count(`SELECT count(*) FROM result_counts WHERE poll_id = `+ph(dsn, 1), p.id)
				if parts[p.id] != sealed || counted != 0 {
					t.Errorf("poll %s: %d participations, %d sealed ballots, %d counts before closing: a half-written vote", p.id, parts[p.id], sealed, counted)
				}
			}
			reader()
			// Closing counts every acknowledged vote (the key file is the same, so the restarted
			// server opens the ballots the killed one sealed).
			f := newGQL(srv.url)
			f.must(t, `mutation { staffLogin(email: "f@crash.test", password: "crash test password") { id } }`, nil, nil)
			for _, p := range w.polls {
				f.must(t, `mutation($id: ID!) { closePoll(id: $id) { id } }`, map[string]any{"id": p.id}, nil)
				counted := count(`SELECT coalesce(sum(count), 0) FROM result_counts WHERE poll_id = `+ph(dsn, 1), p.id)
				want := parts[p.id]
				if want < 5 {
					want = 0 // fewer voters than k: no counts are stored
				}
				if counted != want || count(`SELECT count(*) FROM sealed_ballots WHERE poll_id = `+ph(dsn, 1), p.id) != 0 {
					t.Errorf("poll %s: %d participations, %d counted after closing", p.id, parts[p.id], counted)
				}
			}
			for _, id := range posts {
				var n int
				if err := db.QueryRow(`SELECT count(*) FROM feedback_threads WHERE id = `+ph(dsn, 1), id).Scan(&n); err != nil {
					t.Fatal(err)
				}
				if n != 1 {
					t.Errorf("acknowledged thread %s is gone", id)
				}
			}
			if b.Name == "sqlite" {
				var ok string
				if err := db.QueryRow("PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
					t.Errorf("integrity_check = %q, %v", ok, err)
				}
			}
		})
	}
}

// holdSnapshot opens a read transaction on its own connection, reads, and keeps it open until
// the returned function (or the test's end) closes it: a slow reader that keeps SQLite's log and
// PostgreSQL's old row versions from being cleaned up.
func holdSnapshot(t *testing.T, dsn string) (stop func()) {
	t.Helper()
	db := openRaw(t, dsn)
	tx, err := db.BeginTx(context.Background(), &sql.TxOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	var n int
	if err := tx.QueryRow(`SELECT count(*) FROM polls`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	var once sync.Once
	stop = func() { once.Do(func() { _ = tx.Rollback() }) }
	t.Cleanup(stop)
	return stop
}

func ph(dsn string, i int) string {
	if len(dsn) > 9 && dsn[:9] == "sqlite://" {
		return "?"
	}
	return fmt.Sprintf("$%d", i)
}

func openRaw(t *testing.T, dsn string) *sql.DB {
	t.Helper()
	var db *sql.DB
	var err error
	if len(dsn) > 9 && dsn[:9] == "sqlite://" {
		db, err = sql.Open("sqlite", "file:"+dsn[9:]+"?_pragma=busy_timeout(5000)")
	} else {
		db, err = sql.Open("pgx", dsn)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

var (
	buildOnce sync.Once
	builtBin  string
	buildErr  error
)

// buildBinary builds the real binary once per test run.
func buildBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "jeugdstem-bin")
		if err != nil {
			buildErr = err
			return
		}
		builtBin = filepath.Join(dir, "jeugdstem")
		if out, err := exec.Command("go", "build", "-o", builtBin, ".").CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return builtBin
}

type server struct {
	cmd *exec.Cmd
	url string
}

// startServer runs `jeugdstem serve --dev` on a free port and waits until it is ready.
func startServer(t *testing.T, bin, dsn, dir string) *server {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command(bin, "serve", "--dev", "--addr", addr, "--metrics-addr", "", "--db", dsn, "--key-file", filepath.Join(dir, "keys"))
	var logs bytes.Buffer
	cmd.Stdout, cmd.Stderr = io.Discard, &syncWriter{w: &logs}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	url := "http://" + addr
	for start := time.Now(); ; time.Sleep(20 * time.Millisecond) {
		if res, err := http.Get(url + "/readyz"); err == nil {
			res.Body.Close()
			if res.StatusCode == 200 {
				return &server{cmd: cmd, url: url}
			}
		}
		if time.Since(start) > 60*time.Second {
			t.Fatalf("server not ready after 60 s")
		}
	}
}

type gql struct {
	url  string
	http *http.Client
}

func newGQL(url string) *gql {
	jar, _ := cookiejar.New(nil)
	return &gql{url: url, http: &http.Client{Jar: jar, Timeout: 30 * time.Second}}
}

func (g *gql) do(query string, vars map[string]any, out any) error {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	res, err := g.http.Post(g.url+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer res.Body.Close()
	var answer struct {
		Data   json.RawMessage
		Errors []struct{ Message string }
	}
	if err := json.NewDecoder(res.Body).Decode(&answer); err != nil {
		return err
	}
	if len(answer.Errors) > 0 {
		return fmt.Errorf("%s", answer.Errors[0].Message)
	}
	if out != nil {
		return json.Unmarshal(answer.Data, out)
	}
	return nil
}

func (g *gql) must(t *testing.T, query string, vars map[string]any, out any) {
	t.Helper()
	if err := g.do(query, vars, out); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
}

type world struct {
	location string
	members  []struct {
		id  string
		pin []int
	}
	polls []struct {
		id      string
		options []string
	}
	tablets []*gql
}

// setUpWorld creates, through the API, a location with a facilitator, 16 children, 3 open polls
// and 4 enrolled tablets.
func setUpWorld(t *testing.T, url string) *world {
	t.Helper()
	w := &world{}
	admin := newGQL(url)
	admin.must(t, `mutation { staffLogin(email: "admin@crash.test", password: "crash test password") { id } }`, nil, nil)
	var loc struct{ CreateLocation struct{ ID string } }
	admin.must(t, `mutation { createLocation(input: {name: "Crash", kind: EMERGENCY, languages: ["nl"]}) { id } }`, nil, &loc)
	w.location = loc.CreateLocation.ID
	admin.must(t, `mutation($l: ID!) { createStaffUser(input: {email: "f@crash.test", displayName: "F", password: "crash test password", role: FACILITATOR, locationIDs: [$l]}) { id } }`,
		map[string]any{"l": w.location}, nil)
	f := newGQL(url)
	f.must(t, `mutation { staffLogin(email: "f@crash.test", password: "crash test password") { id } }`, nil, nil)
	var c struct{ CreateCouncil struct{ ID string } }
	f.must(t, `mutation($l: ID!) { createCouncil(input: {locationID: $l, name: "Raad", ageGroup: MIXED}) { id } }`, map[string]any{"l": w.location}, &c)
	for i := range 16 {
		var r struct {
			RegisterYouthMember struct {
				Member struct{ ID string }
				Pin    []int
			}
		}
		f.must(t, `mutation($c: ID!, $p: String!) { registerYouthMember(input: {councilID: $c, pseudonym: $p, avatar: "owl", ageBand: AGE_9_11, language: "nl"}) { member { id } pin } }`,
			map[string]any{"c": c.CreateCouncil.ID, "p": fmt.Sprintf("Child %d", i)}, &r)
		w.members = append(w.members, struct {
			id  string
			pin []int
		}{r.RegisterYouthMember.Member.ID, r.RegisterYouthMember.Pin})
	}
	for i := range 3 {
		var p struct {
			CreatePoll struct {
				ID      string
				Options []struct{ ID string }
			}
		}
		f.must(t, `mutation($l: ID!, $q: String!) { createPoll(input: {scope: LOCATION, locationID: $l, kind: YES_NO, theme: FOOD, question: [{lang: "nl", text: $q}]}) { id options { id } } }`,
			map[string]any{"l": w.location, "q": fmt.Sprintf("Vraag %d?", i)}, &p)
		f.must(t, `mutation($id: ID!) { openPoll(id: $id) { id } }`, map[string]any{"id": p.CreatePoll.ID}, nil)
		var opts []string
		for _, o := range p.CreatePoll.Options {
			opts = append(opts, o.ID)
		}
		w.polls = append(w.polls, struct {
			id      string
			options []string
		}{p.CreatePoll.ID, opts})
	}
	for range 4 {
		tab := newGQL(url)
		tab.must(t, `mutation { staffLogin(email: "f@crash.test", password: "crash test password") { id } }`, nil, nil)
		tab.must(t, `mutation($l: ID!) { enrollTablet(locationID: $l, name: "T") { id } }`, map[string]any{"l": w.location}, nil)
		tab.must(t, `mutation { logout }`, nil, nil)
		w.tablets = append(w.tablets, tab)
	}
	return w
}
