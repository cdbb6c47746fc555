package httpserver_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/graph"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// dial opens a WebSocket to /graphql with the client's cookies, offering protocols.
func dial(ctx context.Context, c *apitest.Client, s *apitest.Server, protocols ...string) (*websocket.Conn, *http.Response, error) {
	url := "wss" + strings.TrimPrefix(s.URL, "https") + "/graphql"
	return websocket.Dial(ctx, url, &websocket.DialOptions{HTTPClient: c.HTTP, Subprotocols: protocols})
}

// openSocket opens a graphql-transport-ws socket and completes connection_init.
func openSocket(t *testing.T, ctx context.Context, c *apitest.Client, s *apitest.Server) *websocket.Conn {
	t.Helper()
	conn, _, err := dial(ctx, c, s, "graphql-transport-ws")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.CloseNow() })
	if err := wsjson.Write(ctx, conn, wsMessage{Type: "connection_init"}); err != nil {
		t.Fatal(err)
	}
	var ack wsMessage
	if err := wsjson.Read(ctx, conn, &ack); err != nil || ack.Type != "connection_ack" {
		t.Fatalf("connection_ack: %+v %v", ack, err)
	}
	return conn
}

// answerPings reads from the socket, answering the server's pings, until n pings have come.
func answerPings(t *testing.T, ctx context.Context, conn *websocket.Conn, n int) {
	t.Helper()
	for n > 0 {
		var m wsMessage
		if err := wsjson.Read(ctx, conn, &m); err != nil {
			t.Fatalf("the socket closed while its client answered pings: %v", err)
		}
		if m.Type == "ping" {
			if err := wsjson.Write(ctx, conn, wsMessage{Type: "pong"}); err != nil {
				t.Fatal(err)
			}
			n--
		}
	}
}

// closedByServer reads (answering nothing) until the server closes the socket.
func closedByServer(t *testing.T, ctx context.Context, conn *websocket.Conn) {
	t.Helper()
	for {
		var m wsMessage
		if err := wsjson.Read(ctx, conn, &m); err != nil {
			if ctx.Err() != nil {
				t.Fatal("the server kept the socket open")
			}
			return
		}
	}
}

var fastSockets = graph.SocketLimits{InitTimeout: 300 * time.Millisecond, PingInterval: 150 * time.Millisecond,
	SessionCheck: 100 * time.Millisecond, PerSession: 2, PerAddress: 3, Total: 100}

// Finding 6: only a signed-in session speaking graphql-transport-ws gets a socket, and one that
// does not say connection_init in time, or stops answering pings, is closed.
func TestSocketsAreBounded(t *testing.T) {
	for _, b := range apitest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			// A read timeout like serve's: an open socket outlives it (deadlines are lifted once
			// the upgrade succeeded).
			s, _ := startWith(t, b, graph.ServerConfig{Sockets: fastSockets}, time.Second)
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second) // backstop
			defer cancel()

			_, res, err := dial(ctx, s.NewClient(t), s, "graphql-transport-ws")
			if err == nil || res == nil || res.StatusCode != http.StatusUnauthorized {
				t.Fatalf("an anonymous socket: %v %v", res, err)
			}
			f := s.SignInAs(t, staffuser.RoleFACILITATOR, s.NewLocation(t, "A").ID)
			_, res, err = dial(ctx, f, s, "graphql-ws")
			if err == nil || res == nil || res.StatusCode != http.StatusBadRequest {
				t.Fatalf("a socket without graphql-transport-ws: %v %v", res, err)
			}

			silent, _, err := dial(ctx, f, s, "graphql-transport-ws")
			if err != nil {
				t.Fatal(err)
			}
			defer silent.CloseNow()
			closedByServer(t, ctx, silent) // no connection_init

			conn := openSocket(t, ctx, f, s)
			answerPings(t, ctx, conn, 10) // 1.5 s: past the server's read timeout, and still open
			closedByServer(t, ctx, conn)  // stops answering pings
		})
	}
}

// Finding 6: sockets are capped per session and per client address, before the upgrade.
func TestSocketCaps(t *testing.T) {
	s, _ := startWith(t, apitest.Backends(t)[0], graph.ServerConfig{Sockets: fastSockets}, 0)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second) // backstop
	defer cancel()
	l := s.NewLocation(t, "A")
	one := s.SignInAs(t, staffuser.RoleFACILITATOR, l.ID)
	two := s.SignInAs(t, staffuser.RoleFACILITATOR, l.ID)

	refused := func(c *apitest.Client) {
		t.Helper()
		_, res, err := dial(ctx, c, s, "graphql-transport-ws")
		if err == nil || res == nil || res.StatusCode != http.StatusTooManyRequests {
			t.Fatalf("a socket over the cap: %v %v", res, err)
		}
	}
	first := openSocket(t, ctx, one, s)
	openSocket(t, ctx, one, s)
	refused(one) // PerSession: 2
	openSocket(t, ctx, two, s)
	refused(two) // PerAddress: 3

	// A closed socket frees its place (the server notices the close on its own time).
	first.Close(websocket.StatusNormalClosure, "")
	for {
		conn, res, err := dial(ctx, one, s, "graphql-transport-ws")
		if err == nil {
			conn.CloseNow()
			break
		}
		if ctx.Err() != nil || res == nil || res.StatusCode != http.StatusTooManyRequests {
			t.Fatalf("after closing a socket: %v %v", res, err)
		}
	}
}

// A socket ends with its session when the session has been idle too long, not only when it
// reaches its absolute end (an open socket does not count as activity).
func TestSocketEndsWithIdleSession(t *testing.T) {
	for _, b := range apitest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			s, _ := startWith(t, b, graph.ServerConfig{Sockets: fastSockets}, 0)
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second) // backstop
			defer cancel()
			f := s.SignInAs(t, staffuser.RoleFACILITATOR, s.NewLocation(t, "A").ID)
			conn := openSocket(t, ctx, f, s)
			answerPings(t, ctx, conn, 4) // several session checks: a session in use keeps its socket
			if err := s.DB.Client.Session.Update().SetLastSeenAt(time.Now().Add(-31 * time.Minute)).Exec(apitest.System()); err != nil {
				t.Fatal(err)
			}
			for { // answer pings, so only the session check can end the socket
				var m wsMessage
				if err := wsjson.Read(ctx, conn, &m); err != nil {
					if ctx.Err() != nil {
						t.Fatal("the socket outlived its idle session")
					}
					break
				}
				if m.Type == "ping" {
					_ = wsjson.Write(ctx, conn, wsMessage{Type: "pong"})
				}
			}
		})
	}
}

// The input limits hold for subscriptions too: their variables come over the socket.
func TestSocketVariablesAreLimited(t *testing.T) {
	s, _ := startWith(t, apitest.Backends(t)[0], graph.ServerConfig{}, 0)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second) // backstop
	defer cancel()
	conn := openSocket(t, ctx, s.SignInAs(t, staffuser.RoleFACILITATOR, s.NewLocation(t, "A").ID), s)
	payload := `{"query":"subscription($p: ID!) { pollTurnout(pollID: $p) { turnout } }","variables":{"p":"x","w":` + deepInput(100) + `}}`
	if err := wsjson.Write(ctx, conn, wsMessage{ID: "1", Type: "subscribe", Payload: []byte(payload)}); err != nil {
		t.Fatal(err)
	}
	for {
		var m wsMessage
		if err := wsjson.Read(ctx, conn, &m); err != nil {
			t.Fatal(err)
		}
		if m.Type == "ping" || m.Type == "pong" {
			continue
		}
		if (m.Type != "error" && m.Type != "next") || !strings.Contains(string(m.Payload), `"code":"LIMIT_EXCEEDED"`) ||
			strings.Contains(string(m.Payload), "turnout\":") {
			t.Fatalf("%s %s, want a LIMIT_EXCEEDED error", m.Type, m.Payload)
		}
		return
	}
}
