package httpserver_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/coder/websocket/wsjson"

	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/live"
)

// wantUnavailable checks an answer given while the database is out of reach: 503, Retry-After,
// one GraphQL error with code UNAVAILABLE and retryable, and no database text.
func wantUnavailable(t *testing.T, what string, r *apitest.Response) {
	t.Helper()
	if r.Status != http.StatusServiceUnavailable || r.Header.Get("Retry-After") == "" {
		t.Errorf("%s: status %d, Retry-After %q; want 503 with Retry-After", what, r.Status, r.Header.Get("Retry-After"))
	}
	if len(r.Errors) != 1 || r.Errors[0].Code() != "UNAVAILABLE" || r.Errors[0].Extensions["retryable"] != true {
		t.Fatalf("%s: errors %+v; want one UNAVAILABLE, retryable", what, r.Errors)
	}
	if m := strings.ToLower(r.Errors[0].Message); strings.Contains(m, "sql") || strings.Contains(m, "dial") || strings.Contains(m, "disk") {
		t.Errorf("%s: the message shows what failed inside: %q", what, r.Errors[0].Message)
	}
}

func readyz(t *testing.T, s *apitest.Server) int {
	t.Helper()
	res, err := s.Client().Get(s.URL + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return res.StatusCode
}

// eventually retries f (a request after the database came back: the first one may still meet a
// connection that died with the outage) until it reports success, for at most a minute.
func eventually(t *testing.T, what string, f func() bool) {
	t.Helper()
	for deadline := time.Now().Add(time.Minute); !f(); time.Sleep(200 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not back within a minute", what)
		}
	}
}

// While PostgreSQL is out of reach (every connection cut and new ones refused, as in a restart),
// a signed-in request, a sign-in and a vote get 503 with UNAVAILABLE (not a 500 with a text
// body), /readyz says 503, and everything works again once the database is back.
func TestDatabaseOutageAnswersUnavailable(t *testing.T) {
	pg := apitest.PostgresDSN(t)
	proxy, dsn := apitest.NewFaultProxy(t, apitest.NewPostgresSchema(t, pg))
	s := apitest.StartOn(t, dsn, apitest.Options{})
	l := s.NewLocation(t, "A")
	staff := s.NewStaff(t, staffuser.RoleFACILITATOR, l.ID)
	f := s.SignIn(t, staff)
	const me = `{ me { __typename } }`
	f.Do(me, nil).Must(t, nil)
	if got := readyz(t, s); got != http.StatusOK {
		t.Fatalf("readyz before the outage: %d", got)
	}

	proxy.Down()
	wantUnavailable(t, "a signed-in request", f.Do(me, nil))
	wantUnavailable(t, "a sign-in", s.NewClient(t).Do(`mutation($e: String!, $p: String!) { staffLogin(email: $e, password: $p) { id } }`,
		map[string]any{"e": staff.Email, "p": apitest.StaffPassword}))
	if got := readyz(t, s); got != http.StatusServiceUnavailable {
		t.Errorf("readyz during the outage: %d, want 503", got)
	}

	proxy.Up()
	eventually(t, "readyz", func() bool { return readyz(t, s) == http.StatusOK })
	eventually(t, "the signed-in request", func() bool { return len(f.Do(me, nil).Errors) == 0 })
	// The facilitator is still signed in: the outage ended no session.
	var got struct {
		Me *struct {
			Typename string `json:"__typename"`
		}
	}
	f.Do(me, nil).Must(t, &got)
	if got.Me == nil {
		t.Error("the facilitator was signed out by the outage")
	}
}

// A facilitator's live turnout survives a database outage. While the database is out of reach
// the server ends the subscription with an error the app can tell apart from signing out
// (UNAVAILABLE, not a plain complete); the client resubscribes after a pause, as the app does,
// and once the database is back it follows the turnout again, votes included.
func TestLiveTurnoutResumesAfterDatabaseOutage(t *testing.T) {
	pg := apitest.PostgresDSN(t)
	prev := live.CheckInterval
	live.CheckInterval = 100 * time.Millisecond // the session check meets the outage quickly
	t.Cleanup(func() { live.CheckInterval = prev })

	proxy, dsn := apitest.NewFaultProxy(t, apitest.NewPostgresSchema(t, pg))
	s := apitest.StartOn(t, dsn, apitest.Options{})
	l := s.NewLocation(t, "A")
	c := s.NewCouncil(t, l.ID, "C")
	f := s.SignInAs(t, staffuser.RoleFACILITATOR, l.ID)
	var poll struct {
		CreatePoll struct {
			ID      string
			Options []struct{ ID string }
		}
	}
	f.Do(`mutation($l: ID!) { createPoll(input: {scope: LOCATION, locationID: $l, kind: YES_NO, theme: FOOD, minGroupSize: 2, question: [{lang: "nl", text: "Pizza?"}]}) { id options { id } } }`,
		map[string]any{"l": l.ID}).Must(t, &poll)
	f.Do(`mutation($id: ID!) { openPoll(id: $id) { id } }`, map[string]any{"id": poll.CreatePoll.ID}).Must(t, nil)

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	conn := subscribeTurnout(t, ctx, f, s, poll.CreatePoll.ID)
	if n := nextTurnout(t, ctx, conn); n == nil || *n != 0 {
		t.Fatalf("first turnout = %v", n)
	}

	proxy.Down()
	// The subscription ends with an error message, UNAVAILABLE: not "complete" (signed out).
	for {
		var m wsMessage
		if err := wsjson.Read(ctx, conn, &m); err != nil {
			t.Fatalf("reading the subscription during the outage: %v", err)
		}
		if m.Type == "ping" || m.Type == "pong" {
			continue
		}
		if m.Type != "error" || !strings.Contains(string(m.Payload), `"code":"UNAVAILABLE"`) {
			t.Fatalf("during the outage the server sent %s %s; want an error with UNAVAILABLE", m.Type, m.Payload)
		}
		break
	}
	proxy.Up()

	// The app's rule: after an error or a complete, subscribe again after a pause, until values
	// come. (While a connection that died with the outage is still in the pool, a resubscription
	// may fail once more, with UNAVAILABLE.)
	resubscribed := 0
	payload, _ := json.Marshal(map[string]any{
		"query":     `subscription($p: ID!) { pollTurnout(pollID: $p) { pollID turnout } }`,
		"variables": map[string]any{"p": poll.CreatePoll.ID},
	})
	for turnout := -1; turnout != 0; {
		if resubscribed++; resubscribed > 100 {
			t.Fatal("no turnout after 100 resubscriptions")
		}
		time.Sleep(100 * time.Millisecond) // the app's pause before resubscribing, not a synchronisation
		if err := wsjson.Write(ctx, conn, wsMessage{ID: "1", Type: "subscribe", Payload: payload}); err != nil {
			t.Fatal(err)
		}
	read:
		for {
			var m wsMessage
			if err := wsjson.Read(ctx, conn, &m); err != nil {
				t.Fatalf("reading the resubscription: %v", err)
			}
			switch m.Type {
			case "next":
				var p struct {
					Data   *struct{ PollTurnout struct{ Turnout int } }
					Errors []apitest.Error
				}
				if err := json.Unmarshal(m.Payload, &p); err != nil {
					t.Fatal(err)
				}
				if p.Data == nil {
					if len(p.Errors) != 1 || p.Errors[0].Code() != "UNAVAILABLE" {
						t.Fatalf("resubscribing: %s", m.Payload)
					}
					continue
				}
				turnout = p.Data.PollTurnout.Turnout
				break read
			case "complete", "error":
				break read
			}
		}
	}
	t.Logf("following again after %d resubscription(s)", resubscribed)

	// Two votes (the poll's threshold): the live figure shows from the second on.
	for i, name := range []string{"Kid One", "Kid Two"} {
		tab := s.NewTablet(t, l.ID)
		tab.YouthLogin(t, s.NewMember(t, c, name))
		eventually(t, "a vote", func() bool {
			r := tab.Do(`mutation($p: ID!, $o: [ID!]!, $k: String!) { castVote(input: {pollID: $p, optionIDs: $o, idempotencyKey: $k}) { accepted } }`,
				map[string]any{"p": poll.CreatePoll.ID, "o": []string{poll.CreatePoll.Options[0].ID}, "k": fmt.Sprintf("kid-%d-after-outage", i)})
			return len(r.Errors) == 0
		})
	}
	// The first vote shows as "fewer than 2" (null), the second as 2.
	n := nextTurnout(t, ctx, conn)
	if n == nil {
		n = nextTurnout(t, ctx, conn)
	}
	if n == nil || *n != 2 {
		t.Errorf("turnout after the votes = %v, want 2", n)
	}
}

// On SQLite a full disk refuses writes while reads still work. A sign-in (which writes its
// session) gets 503 with UNAVAILABLE, and /readyz, which probes a write, says 503 so a load
// balancer or an operator sees it; both recover once there is room again. The disk is a real,
// small tmpfs (the test needs permission to mount one; it is skipped otherwise).
func TestFullDiskAnswersUnavailable(t *testing.T) {
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a small tmpfs (%v: %s); the full-disk test needs it", err, strings.TrimSpace(string(out)))
	}
	t.Cleanup(func() { _ = exec.Command("umount", "-l", dir).Run() })
	s := apitest.StartOn(t, "sqlite://"+filepath.Join(dir, "jeugdstem.db"), apitest.Options{})
	l := s.NewLocation(t, "A")
	staff := s.NewStaff(t, staffuser.RoleFACILITATOR, l.ID)
	if got := readyz(t, s); got != http.StatusOK {
		t.Fatalf("readyz before the disk filled: %d", got)
	}
	filler := filepath.Join(dir, "filler")
	fill(t, filler)

	login := func() *apitest.Response {
		return s.NewClient(t).Do(`mutation($e: String!, $p: String!) { staffLogin(email: $e, password: $p) { id } }`,
			map[string]any{"e": staff.Email, "p": apitest.StaffPassword})
	}
	wantUnavailable(t, "a sign-in on a full disk", login())
	// readyz probes at most every few seconds; the first probe after the disk filled says 503.
	eventually(t, "readyz saying 503", func() bool { return readyz(t, s) == http.StatusServiceUnavailable })

	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	eventually(t, "readyz", func() bool { return readyz(t, s) == http.StatusOK })
	eventually(t, "a sign-in", func() bool { return len(login().Errors) == 0 })
}

// fill writes to path until the file system is full.
func fill(t *testing.T, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	buf := make([]byte, 64<<10)
	for {
		if _, err := f.Write(buf); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatal(err)
			}
			break
		}
	}
	// Writes of less than a block may still fit: fill those too.
	small := make([]byte, 512)
	for {
		if _, err := f.Write(small); err != nil {
			break
		}
	}
}
