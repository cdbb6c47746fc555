// Package mail sends the e-mails jeugdstem writes to adults (wellbeing signals, for now): an
// outbox in the database that what causes an e-mail writes to in its own transaction, and a
// sender that delivers from it over SMTP with retries. Nothing here knows what a message is
// about; the callers keep children's words and pseudonyms out of it.
package mail

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"mime/quotedprintable"
	"net"
	"net/smtp"
	"net/textproto"
	"strings"
	"time"
)

// Message is one e-mail to one recipient.
type Message struct {
	To      string
	Subject string
	// Body is plain text (UTF-8), lines separated by "\n".
	Body string
}

// Sender delivers one message. An error that IsPermanent will not succeed on a retry.
type Sender interface {
	Send(ctx context.Context, id string, m Message) error
}

// SMTPConfig is how to reach the mail server.
type SMTPConfig struct {
	// Addr is host:port of the server (submission, e.g. smtp.example.org:587).
	Addr string
	// From is the sender address, e.g. "jeugdstem <noreply@example.org>".
	From string
	// Username and Password, when set, authenticate with AUTH PLAIN, which net/smtp only does
	// over TLS (or to localhost).
	Username, Password string
	// TLS overrides the STARTTLS settings (tests trust their own certificate with it).
	TLS *tls.Config
	// Insecure allows sending without TLS to a server that does not offer STARTTLS (a relay on
	// the same host or a private network). Without it, such a server gets nothing: the messages
	// carry links into jeugdstem and name locations, and a man in the middle can strip the
	// STARTTLS offer.
	Insecure bool
	// Timeout bounds one delivery, from dialling to QUIT. Default 30 s.
	Timeout time.Duration
}

// ErrNoStartTLS means the server did not offer STARTTLS and SMTPConfig.Insecure is off.
var ErrNoStartTLS = errors.New("starttls: the mail server does not offer STARTTLS (use --smtp-insecure only for a relay on a trusted network)")

// SMTP delivers messages to a mail server, upgrading to TLS with STARTTLS, which the server must
// offer unless SMTPConfig.Insecure.
type SMTP struct {
	cfg  SMTPConfig
	host string
	from string // the bare address, for MAIL FROM
}

// NewSMTP checks cfg and returns its sender.
func NewSMTP(cfg SMTPConfig) (*SMTP, error) {
	host, _, err := net.SplitHostPort(cfg.Addr)
	if err != nil {
		return nil, fmt.Errorf("smtp address %q: want host:port", cfg.Addr)
	}
	from, err := mailAddress(cfg.From)
	if err != nil {
		return nil, fmt.Errorf("smtp sender %q: %w", cfg.From, err)
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 30 * time.Second
	}
	return &SMTP{cfg: cfg, host: host, from: from}, nil
}

func mailAddress(s string) (string, error) {
	if s == "" {
		return "", errors.New("empty address")
	}
	if i := strings.LastIndex(s, "<"); i >= 0 && strings.HasSuffix(s, ">") {
		s = s[i+1 : len(s)-1]
	}
	if strings.ContainsAny(s, " \r\n<>") || !strings.Contains(s, "@") {
		return "", errors.New("not an e-mail address")
	}
	return s, nil
}

// Send delivers m in one SMTP session. id makes the Message-ID, so a message retried after a
// lost answer can be recognised as the same one.
func (s *SMTP) Send(ctx context.Context, id string, m Message) (err error) {
	if _, err := mailAddress(m.To); err != nil {
		return permanent(fmt.Errorf("recipient: %w", err))
	}
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", s.cfg.Addr)
	if err != nil {
		return err
	}
	deadline, _ := ctx.Deadline()
	_ = conn.SetDeadline(deadline)
	// A cancelled ctx (the outbox's deadline, shutdown) ends a read that waits on a hanging
	// server at once, not at the connection's deadline.
	defer context.AfterFunc(ctx, func() { conn.Close() })()
	c, err := smtp.NewClient(conn, s.host)
	if err != nil {
		conn.Close()
		return err
	}
	defer c.Close()
	if ok, _ := c.Extension("STARTTLS"); ok {
		cfg := &tls.Config{ServerName: s.host, MinVersion: tls.VersionTLS12}
		if s.cfg.TLS != nil {
			cfg = s.cfg.TLS.Clone()
		}
		if err := c.StartTLS(cfg); err != nil {
			return fmt.Errorf("starttls: %w", err)
		}
	} else if !s.cfg.Insecure {
		return ErrNoStartTLS
	}
	if s.cfg.Username != "" {
		if err := c.Auth(smtp.PlainAuth("", s.cfg.Username, s.cfg.Password, s.host)); err != nil {
			return fmt.Errorf("auth: %w", err)
		}
	}
	if err := c.Mail(s.from); err != nil {
		return fmt.Errorf("mail from: %w", err)
	}
	if err := c.Rcpt(m.To); err != nil {
		return fmt.Errorf("rcpt to: %w", err)
	}
	w, err := c.Data()
	if err != nil {
		return fmt.Errorf("data: %w", err)
	}
	if _, err := w.Write(Compose(s.cfg.From, id, m, time.Now())); err != nil {
		return fmt.Errorf("data: %w", err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("data: %w", err)
	}
	// The server answered 250 to the message: it is accepted and will be delivered. What
	// happens to QUIT no longer matters; counting its failure as a failed send would deliver
	// the message twice.
	if err := c.Quit(); err != nil {
		slog.DebugContext(ctx, "smtp: QUIT after an accepted message failed", "error", err.Error())
	}
	return nil
}

// Compose writes m as an RFC 5322 message: UTF-8 text, quoted-printable, CRLF line ends.
func Compose(from, id string, m Message, now time.Time) []byte {
	var b bytes.Buffer
	header := func(k, v string) { fmt.Fprintf(&b, "%s: %s\r\n", k, v) }
	header("From", from)
	header("To", m.To)
	header("Subject", mime.QEncoding.Encode("utf-8", oneLine(m.Subject)))
	header("Date", now.Format(time.RFC1123Z))
	header("Message-ID", "<"+id+"@jeugdstem>")
	header("Auto-Submitted", "auto-generated")
	header("MIME-Version", "1.0")
	header("Content-Type", "text/plain; charset=utf-8")
	header("Content-Transfer-Encoding", "quoted-printable")
	b.WriteString("\r\n")
	qp := quotedprintable.NewWriter(&b)
	_, _ = qp.Write([]byte(strings.ReplaceAll(m.Body, "\n", "\r\n")))
	_ = qp.Close()
	b.WriteString("\r\n")
	return b.Bytes()
}

// oneLine keeps a header value on one line, whatever a caller put in it.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// permanentError is a failure a retry will not cure.
type permanentError struct{ error }

func (e permanentError) Unwrap() error { return e.error }

func permanent(err error) error { return permanentError{err} }

// IsPermanent reports whether err will not go away on a retry: the server refused the message
// or the recipient with a 5xx reply, or the message itself is wrong. Network errors and 4xx
// replies are temporary.
func IsPermanent(err error) bool {
	var pe permanentError
	if errors.As(err, &pe) {
		return true
	}
	var te *textproto.Error
	return errors.As(err, &te) && te.Code >= 500 && te.Code < 600 && !isAuthOrTLS(err)
}

// isAuthOrTLS: a 5xx on AUTH or STARTTLS is a configuration problem of ours, which an operator
// fixes; the message should still go once they have.
func isAuthOrTLS(err error) bool {
	s := err.Error()
	return strings.HasPrefix(s, "auth:") || strings.HasPrefix(s, "starttls:")
}
