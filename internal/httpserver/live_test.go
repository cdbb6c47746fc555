package httpserver_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

type wsMessage struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// subscribeTurnout opens a graphql-transport-ws socket with the client's cookies on srv and
// subscribes to a poll's turnout.
func subscribeTurnout(t *testing.T, ctx context.Context, c *apitest.Client, srv *apitest.Server, pollID string) *websocket.Conn {
	return subscribe(t, ctx, c, srv, `subscription($p: ID!) { pollTurnout(pollID: $p) { pollID turnout } }`, pollID)
}

// subscribe opens a graphql-transport-ws socket with the client's cookies on srv and sends one
// subscription with the variable $p.
func subscribe(t *testing.T, ctx context.Context, c *apitest.Client, srv *apitest.Server, query, pollID string) *websocket.Conn {
	t.Helper()
	url := "wss" + strings.TrimPrefix(srv.URL, "https") + "/graphql"
	conn, _, err := websocket.Dial(ctx, url, &websocket.DialOptions{HTTPClient: c.HTTP, Subprotocols: []string{"graphql-transport-ws"}})
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
	payload, _ := json.Marshal(map[string]any{
		"query":     query,
		"variables": map[string]any{"p": pollID},
	})
	if err := wsjson.Write(ctx, conn, wsMessage{ID: "1", Type: "subscribe", Payload: payload}); err != nil {
		t.Fatal(err)
	}
	return conn
}

// nextTurnout reads the next turnout the server sends (skipping pings); nil for "fewer than k".
func nextTurnout(t *testing.T, ctx context.Context, conn *websocket.Conn) *int {
	t.Helper()
	var p struct{ Turnout *int }
	next(t, ctx, conn, &p)
	return p.Turnout
}

// next reads the next pollTurnout the server sends (skipping pings) into v.
func next(t *testing.T, ctx context.Context, conn *websocket.Conn, v any) {
	t.Helper()
	for {
		var m wsMessage
		if err := wsjson.Read(ctx, conn, &m); err != nil {
			t.Fatalf("reading the subscription: %v", err)
		}
		switch m.Type {
		case "ping", "pong":
			continue
		case "next":
			var p struct {
				Data struct {
					PollTurnout json.RawMessage
				}
				Errors []apitest.Error
			}
			if err := json.Unmarshal(m.Payload, &p); err != nil || len(p.Errors) > 0 {
				t.Fatalf("next: %s %v", m.Payload, err)
			}
			if err := json.Unmarshal(p.Data.PollTurnout, v); err != nil {
				t.Fatalf("next: %s %v", m.Payload, err)
			}
			return
		default:
			t.Fatalf("unexpected message %s: %s", m.Type, m.Payload)
		}
	}
}

// A facilitator's screen on one instance sees the turnout of votes cast through another; on
// PostgreSQL the notice travels by LISTEN/NOTIFY. A logged-out screen stops hearing.
func TestLiveTurnoutAcrossInstances(t *testing.T) {
	for _, b := range apitest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			one := apitest.Start(t, b, apitest.Options{})
			two := one
			if b.Name == "postgres" { // several instances need PostgreSQL
				two = apitest.StartOn(t, one.DSN, apitest.Options{})
			}
			l := one.NewLocation(t, "A")
			c := one.NewCouncil(t, l.ID, "C")
			kids := []string{"Kid One", "Kid Two"}
			f := one.SignInAs(t, staffuser.RoleFACILITATOR, l.ID)
			var poll struct {
				CreatePoll struct {
					ID      string
					Options []struct{ ID string }
				}
			}
			// k = 2: the first vote shows as "fewer than 2", the second as 2.
			f.Do(`mutation($l: ID!) { createPoll(input: {scope: LOCATION, locationID: $l, kind: YES_NO, theme: FOOD, minGroupSize: 2, question: [{lang: "nl", text: "Pizza?"}]}) { id options { id } } }`,
				map[string]any{"l": l.ID}).Must(t, &poll)
			f.Do(`mutation($id: ID!) { openPoll(id: $id) { id } }`, map[string]any{"id": poll.CreatePoll.ID}).Must(t, nil)

			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			conn := subscribeTurnout(t, ctx, f.Via(two), two, poll.CreatePoll.ID)
			if n := nextTurnout(t, ctx, conn); n == nil || *n != 0 {
				t.Fatalf("first turnout = %v, want 0", n)
			}
			tab := one.NewTablet(t, l.ID)
			for i, name := range kids {
				tab.YouthLogin(t, one.NewMember(t, c, name))
				tab.Do(`mutation($p: ID!, $o: [ID!]!, $k: String!) { castVote(input: {pollID: $p, optionIDs: $o, idempotencyKey: $k}) { accepted } }`,
					map[string]any{"p": poll.CreatePoll.ID, "o": []string{poll.CreatePoll.Options[0].ID}, "k": "key-of-" + name}).Must(t, nil)
				n := nextTurnout(t, ctx, conn)
				if i == 0 && n != nil || i == 1 && (n == nil || *n != 2) {
					t.Fatalf("turnout after vote %d = %v", i+1, n)
				}
			}
			// After the facilitator logs out, the next notice ends the subscription.
			f.Do(`mutation { logout }`, nil).Must(t, nil)
			tab.YouthLogin(t, one.NewMember(t, c, "Kid Three"))
			tab.Do(`mutation($p: ID!, $o: [ID!]!) { castVote(input: {pollID: $p, optionIDs: $o, idempotencyKey: "key-of-three"}) { accepted } }`,
				map[string]any{"p": poll.CreatePoll.ID, "o": []string{poll.CreatePoll.Options[0].ID}}).Must(t, nil)
			for {
				var m wsMessage
				if err := wsjson.Read(ctx, conn, &m); err != nil {
					t.Fatalf("the subscription went on after logout: %v", err)
				}
				if m.Type == "complete" {
					break
				}
				if m.Type == "next" {
					t.Fatalf("a logged-out screen still hears: %s", m.Payload)
				}
			}

			// A facilitator of another location may not follow the turnout.
			other := one.SignInAs(t, staffuser.RoleFACILITATOR, one.NewLocation(t, "B").ID)
			bad := subscribeTurnout(t, ctx, other, one, poll.CreatePoll.ID)
			var m wsMessage
			if err := wsjson.Read(ctx, bad, &m); err != nil || !strings.Contains(string(m.Payload), `"code":"NOT_FOUND"`) || strings.Contains(string(m.Payload), "turnout\":") {
				t.Errorf("another location's facilitator got %s %s (%v), want a NOT_FOUND error", m.Type, m.Payload, err)
			}
		})
	}
}
