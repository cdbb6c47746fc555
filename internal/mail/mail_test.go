package mail_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/outboxmessage"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/database"
	jmail "github.com/jeugdstem/jeugdstem/internal/mail"
	"github.com/jeugdstem/jeugdstem/internal/mail/mailtest"
	"github.com/jeugdstem/jeugdstem/internal/testclock"
)

// The sender upgrades to TLS when the server offers STARTTLS, authenticates only then, and
// writes a well-formed UTF-8 message.
func TestSMTPUsesStartTLSAndAuthenticates(t *testing.T) {
	srv := mailtest.Start(t, mailtest.Options{StartTLS: true, Username: "jeugdstem", Password: "s3cret"})
	sender, err := jmail.NewSMTP(jmail.SMTPConfig{Addr: srv.Addr, From: "jeugdstem <noreply@example.org>",
		Username: "jeugdstem", Password: "s3cret", TLS: srv.ClientTLS()})
	if err != nil {
		t.Fatal(err)
	}
	msg := jmail.Message{To: "manager@example.org", Subject: "Signaal: AZC Zuidoost-Friesland – Heerenveen",
		Body: "Eerste regel met één accent.\n.\nEen regel met alleen een punt hierboven."}
	if err := sender.Send(context.Background(), "mail_abc", msg); err != nil {
		t.Fatal(err)
	}
	got := srv.Messages()
	if len(got) != 1 {
		t.Fatalf("server received %d messages, want 1", len(got))
	}
	m := got[0]
	if !m.TLS || !m.Authenticated {
		t.Errorf("delivered with TLS=%v, authenticated=%v; want both", m.TLS, m.Authenticated)
	}
	if m.From != "noreply@example.org" || len(m.To) != 1 || m.To[0] != "manager@example.org" {
		t.Errorf("envelope from %q to %v", m.From, m.To)
	}
	parsed, err := mail.ReadMessage(strings.NewReader(m.Data))
	if err != nil {
		t.Fatal(err)
	}
	subject, err := new(mime.WordDecoder).DecodeHeader(parsed.Header.Get("Subject"))
	if err != nil || subject != msg.Subject {
		t.Errorf("subject %q (%v), want %q", subject, err, msg.Subject)
	}
	if id := parsed.Header.Get("Message-ID"); id != "<mail_abc@jeugdstem>" {
		t.Errorf("Message-ID %q", id)
	}
	body, err := io.ReadAll(quotedprintable.NewReader(parsed.Body))
	if err != nil {
		t.Fatal(err)
	}
	if want := msg.Body + "\n"; string(body) != want { // the reader turns CRLF back into LF
		t.Errorf("body %q, want %q", body, want)
	}
}

// STARTTLS is required: a server that does not offer it (or a man in the middle who strips the
// offer) gets no message, no envelope and no password, and the message stays in the outbox.
// Only --smtp-insecure (a relay on a trusted network) sends in the clear.
func TestSMTPRequiresStartTLS(t *testing.T) {
	srv := mailtest.Start(t, mailtest.Options{})
	strict, err := jmail.NewSMTP(jmail.SMTPConfig{Addr: srv.Addr, From: "noreply@example.org", Username: "u", Password: "p"})
	if err != nil {
		t.Fatal(err)
	}
	err = strict.Send(context.Background(), "mail_x", jmail.Message{To: "a@example.org", Subject: "s", Body: "b"})
	if !errors.Is(err, jmail.ErrNoStartTLS) || jmail.IsPermanent(err) {
		t.Fatalf("sending to a server without STARTTLS: %v (permanent %v); want ErrNoStartTLS, to be retried", err, jmail.IsPermanent(err))
	}
	if m := srv.Messages(); len(m) != 0 {
		t.Fatalf("the server got %d messages in the clear", len(m))
	}
	// The negative control: the same server with Insecure gets the message.
	insecure, err := jmail.NewSMTP(jmail.SMTPConfig{Addr: srv.Addr, From: "noreply@example.org", Insecure: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := insecure.Send(context.Background(), "mail_y", jmail.Message{To: "a@example.org", Subject: "s", Body: "b"}); err != nil {
		t.Fatal(err)
	}
	if m := srv.Messages(); len(m) != 1 || m[0].TLS {
		t.Errorf("with Insecure: messages %+v", m)
	}
}

// With --smtp-insecure a server that does not offer STARTTLS never sees the password of a remote
// account: net/smtp refuses AUTH PLAIN in the clear (except to localhost, which this test is, so
// it checks the other half: without credentials no AUTH is tried and the message goes).
func TestSMTPWithoutTLSOrCredentials(t *testing.T) {
	srv := mailtest.Start(t, mailtest.Options{})
	sender, err := jmail.NewSMTP(jmail.SMTPConfig{Addr: srv.Addr, From: "noreply@example.org", Insecure: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := sender.Send(context.Background(), "mail_x", jmail.Message{To: "a@example.org", Subject: "s", Body: "b"}); err != nil {
		t.Fatal(err)
	}
	if m := srv.Messages(); len(m) != 1 || m[0].TLS || m[0].Authenticated {
		t.Errorf("messages %+v", m)
	}
}

func openDB(t *testing.T, b apitest.Backend) *database.DB {
	t.Helper()
	db, err := database.Open(context.Background(), b.NewDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	return db
}

func enqueue(t *testing.T, client *ent.Client, topic string, msgs ...jmail.Message) {
	t.Helper()
	ctx := apitest.System()
	tx, err := client.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := jmail.Enqueue(ctx, tx, topic, msgs...); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}

// A message the server answers with a temporary failure stays in the outbox and is retried after
// the pause, then marked sent; the other message goes at once, and nothing is sent twice. A
// message enqueued twice for the same topic and recipient is one message.
func TestOutboxRetriesAfterSMTPFailure(t *testing.T) {
	for _, b := range apitest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			db := openDB(t, b)
			srv := mailtest.Start(t, mailtest.Options{})
			sender, err := jmail.NewSMTP(jmail.SMTPConfig{Addr: srv.Addr, From: "noreply@example.org", Insecure: true})
			if err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			enqueue(t, db.Client, "signal:1", jmail.Message{To: "a@example.org", Subject: "A", Body: "a"},
				jmail.Message{To: "b@example.org", Subject: "B", Body: "b"})
			enqueue(t, db.Client, "signal:1", jmail.Message{To: "a@example.org", Subject: "A again", Body: "a"})
			c := testclock.New()
			outbox := jmail.NewOutbox(db.Client, sender)
			outbox.Now = c.Now

			srv.FailNext(1, 451)
			sent, err := outbox.SendDue(ctx)
			if err != nil || sent != 1 {
				t.Fatalf("first run sent %d (%v), want 1", sent, err)
			}
			if n, _ := outbox.Pending(ctx); n != 1 {
				t.Fatalf("pending after the failure: %d, want 1", n)
			}
			failed := db.Client.OutboxMessage.Query().Where(outboxmessage.SentAtIsNil()).OnlyX(apitest.System())
			if failed.Attempts != 1 || !strings.Contains(failed.LastError, "451") {
				t.Errorf("failed message: attempts %d, last error %q", failed.Attempts, failed.LastError)
			}
			if sent, _ := outbox.SendDue(ctx); sent != 0 {
				t.Errorf("retried before the pause: sent %d", sent)
			}
			c.Advance(time.Minute)
			if sent, err := outbox.SendDue(ctx); err != nil || sent != 1 {
				t.Fatalf("retry sent %d (%v), want 1", sent, err)
			}
			if n, _ := outbox.Pending(ctx); n != 0 {
				t.Errorf("pending after the retry: %d", n)
			}
			c.Advance(time.Hour)
			if sent, _ := outbox.SendDue(ctx); sent != 0 {
				t.Errorf("a later run sent %d more", sent)
			}
			got := map[string]int{}
			for _, m := range srv.Messages() {
				got[m.To[0]]++
			}
			if len(got) != 2 || got["a@example.org"] != 1 || got["b@example.org"] != 1 {
				t.Errorf("server received %v, want one message each for a and b", got)
			}
			retried := db.Client.OutboxMessage.GetX(apitest.System(), failed.ID)
			if retried.SentAt == nil || retried.Attempts != 2 || retried.LastError != "" {
				t.Errorf("retried message: sent %v, attempts %d, last error %q", retried.SentAt, retried.Attempts, retried.LastError)
			}
			// A month on, sent messages (and the staff addresses in them) are gone.
			c.Advance(31 * 24 * time.Hour)
			if _, err := outbox.SendDue(ctx); err != nil {
				t.Fatal(err)
			}
			if n := db.Client.OutboxMessage.Query().CountX(apitest.System()); n != 0 {
				t.Errorf("%d sent messages kept after a month", n)
			}
		})
	}
}

// With the mail server down, nothing is lost: the message waits, with a growing pause, until
// the server is back. A permanent refusal (5xx) is not retried.
func TestOutboxWaitsForTheServerAndGivesUpOnRefusal(t *testing.T) {
	for _, b := range apitest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			db := openDB(t, b)
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			down := ln.Addr().String()
			ln.Close() // nobody listens here now
			deadSender, err := jmail.NewSMTP(jmail.SMTPConfig{Addr: down, From: "noreply@example.org"})
			if err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			enqueue(t, db.Client, "signal:2", jmail.Message{To: "a@example.org", Subject: "A", Body: "a"})
			c := testclock.New()
			dead := jmail.NewOutbox(db.Client, deadSender)
			dead.Now = c.Now
			for i, wait := range []time.Duration{time.Minute, 2 * time.Minute, 4 * time.Minute} {
				if sent, err := dead.SendDue(ctx); err != nil || sent != 0 {
					t.Fatalf("attempt %d with the server down: sent %d (%v)", i+1, sent, err)
				}
				c.Advance(wait - time.Second)
				if sent, _ := dead.SendDue(ctx); sent != 0 {
					t.Fatalf("attempt %d retried before its pause of %s", i+1, wait)
				}
				c.Advance(time.Second)
			}
			if n, _ := dead.Pending(ctx); n != 1 {
				t.Fatalf("pending %d, want 1", n)
			}

			srv := mailtest.Start(t, mailtest.Options{})
			sender, err := jmail.NewSMTP(jmail.SMTPConfig{Addr: srv.Addr, From: "noreply@example.org", Insecure: true})
			if err != nil {
				t.Fatal(err)
			}
			up := jmail.NewOutbox(db.Client, sender)
			up.Now = c.Now
			if sent, err := up.SendDue(ctx); err != nil || sent != 1 {
				t.Fatalf("with the server back: sent %d (%v), want 1", sent, err)
			}

			enqueue(t, db.Client, "signal:3", jmail.Message{To: "nobody@example.org", Subject: "N", Body: "n"})
			c.Set(time.Now().Round(0))
			srv.FailNext(1, 550)
			if sent, _ := up.SendDue(ctx); sent != 0 {
				t.Fatalf("a refused message counted as sent")
			}
			c.Advance(24 * time.Hour)
			if sent, _ := up.SendDue(ctx); sent != 0 {
				t.Errorf("a refused message was retried")
			}
			refused := db.Client.OutboxMessage.Query().Where(outboxmessage.Topic("signal:3")).OnlyX(apitest.System())
			if refused.FailedAt == nil || refused.Attempts != 1 {
				t.Errorf("refused message: failed %v, attempts %d", refused.FailedAt, refused.Attempts)
			}
		})
	}
}

// A message the server accepted (250 after DATA) is sent, even when the connection fails at QUIT:
// retrying it would deliver it twice.
func TestMessageAcceptedBeforeAFailedQuitIsSentOnce(t *testing.T) {
	for _, b := range apitest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			db := openDB(t, b)
			srv := mailtest.Start(t, mailtest.Options{StartTLS: true, DropAtQuit: true})
			sender, err := jmail.NewSMTP(jmail.SMTPConfig{Addr: srv.Addr, From: "noreply@example.org", TLS: srv.ClientTLS()})
			if err != nil {
				t.Fatal(err)
			}
			enqueue(t, db.Client, "signal:q", jmail.Message{To: "a@example.org", Subject: "A", Body: "a"})
			c := testclock.New()
			outbox := jmail.NewOutbox(db.Client, sender)
			outbox.Now = c.Now
			ctx := context.Background()
			if sent, err := outbox.SendDue(ctx); err != nil || sent != 1 {
				t.Fatalf("sent %d (%v), want 1", sent, err)
			}
			for range 3 {
				c.Advance(2 * time.Hour) // past every retry pause
				if sent, err := outbox.SendDue(ctx); err != nil || sent != 0 {
					t.Fatalf("sent again: %d (%v)", sent, err)
				}
			}
			if n := len(srv.Messages()); n != 1 || srv.Quits() != 1 {
				t.Errorf("the server received %d messages and %d QUITs, want 1 and 1 (the QUIT it dropped)", n, srv.Quits())
			}
			m := db.Client.OutboxMessage.Query().OnlyX(apitest.System())
			if m.SentAt == nil || m.Attempts != 1 {
				t.Errorf("message: sent %v, attempts %d", m.SentAt, m.Attempts)
			}
		})
	}
}

// A mail server that accepts connections and then says nothing costs one message's deadline per
// pass, not one per message: the first message waits out its deadline, the others are left
// untouched (not even claimed) for the next pass, and nothing is lost.
func TestHangingMailServerCostsOneDeadlinePerPass(t *testing.T) {
	for _, b := range apitest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			db := openDB(t, b)
			srv := mailtest.Start(t, mailtest.Options{Hang: true})
			sender, err := jmail.NewSMTP(jmail.SMTPConfig{Addr: srv.Addr, From: "noreply@example.org", Timeout: time.Hour})
			if err != nil {
				t.Fatal(err)
			}
			for i := range 5 {
				enqueue(t, db.Client, fmt.Sprintf("signal:h%d", i), jmail.Message{To: "a@example.org", Subject: "A", Body: "a"})
			}
			outbox := jmail.NewOutbox(db.Client, sender)
			outbox.SendTimeout = 200 * time.Millisecond // the outbox's deadline wins over the sender's hour
			done := make(chan struct{})
			go func() {
				defer close(done)
				if sent, err := outbox.SendDue(context.Background()); err != nil || sent != 0 {
					t.Errorf("against a hanging server: sent %d (%v)", sent, err)
				}
			}()
			select {
			case <-done:
			case <-time.After(time.Minute): // a backstop only; the pass takes one deadline
				t.Fatal("the pass did not end: a hanging server holds it")
			}
			attempts := 0
			for _, m := range db.Client.OutboxMessage.Query().AllX(apitest.System()) {
				attempts += m.Attempts
				if m.SentAt != nil || m.FailedAt != nil {
					t.Errorf("message %s: sent %v, failed %v", m.ID, m.SentAt, m.FailedAt)
				}
			}
			if attempts != 1 {
				t.Errorf("%d delivery attempts in one pass against a hanging server, want 1", attempts)
			}
			if n, _ := outbox.Pending(context.Background()); n != 5 {
				t.Errorf("pending %d, want all 5", n)
			}
		})
	}
}
