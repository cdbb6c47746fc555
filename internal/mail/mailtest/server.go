// Package mailtest is a small SMTP server for tests: it accepts mail on a loopback port, keeps
// what it received, can offer STARTTLS and AUTH PLAIN, and can be told to fail.
package mailtest

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"io"
	"math/big"
	"net"
	"net/textproto"
	"strings"
	"sync"
	"testing"
	"time"
)

// Message is one message the server accepted.
type Message struct {
	From string
	To   []string
	Data string
	// TLS and Authenticated say how the session that delivered it was secured.
	TLS           bool
	Authenticated bool
}

// Options shape a server.
type Options struct {
	// StartTLS offers STARTTLS with a certificate for 127.0.0.1; Server.ClientTLS trusts it.
	StartTLS bool
	// Username and Password, when set, are required (AUTH PLAIN) before MAIL FROM.
	Username, Password string
	// DropAtQuit closes the connection without an answer when the client sends QUIT, after
	// the message was accepted (as a server or a network that fails at the very end does).
	DropAtQuit bool
	// Hang accepts connections and never says anything (a server that hangs).
	Hang bool
}

// Server is a running test SMTP server.
type Server struct {
	Addr string

	ln      net.Listener
	opts    Options
	tlsConf *tls.Config
	pool    *x509.CertPool

	mu       sync.Mutex
	closed   chan struct{} // closed when the server stops
	quits    int
	messages []Message
	failNext int
	failCode int
	wg       sync.WaitGroup
}

// Start runs a server until t ends.
func Start(t testing.TB, opts Options) *Server {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &Server{Addr: ln.Addr().String(), ln: ln, opts: opts, closed: make(chan struct{})}
	if opts.StartTLS {
		s.tlsConf, s.pool = selfSigned(t)
	}
	s.wg.Add(1)
	go s.serve()
	t.Cleanup(func() {
		ln.Close()
		close(s.closed)
		s.wg.Wait()
	})
	return s
}

// ClientTLS is a client configuration that trusts the server's certificate.
func (s *Server) ClientTLS() *tls.Config {
	return &tls.Config{RootCAs: s.pool, ServerName: "127.0.0.1", MinVersion: tls.VersionTLS12}
}

// FailNext makes the next n MAIL FROM commands fail with code (e.g. 451 for a temporary
// failure, 550 for a permanent one).
func (s *Server) FailNext(n, code int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failNext, s.failCode = n, code
}

// Messages returns what the server accepted, in order.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.messages...)
}

func (s *Server) serve() {
	defer s.wg.Done()
	for {
		c, err := s.ln.Accept()
		if err != nil {
			return
		}
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			defer c.Close()
			_ = c.SetDeadline(time.Now().Add(time.Minute))
			s.session(c)
		}()
	}
}

type session struct {
	conn        net.Conn
	tp          *textproto.Conn
	tls, authed bool
	from        string
	to          []string
}

// Quits counts the QUIT commands the server received.
func (s *Server) Quits() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.quits
}

func (s *Server) session(c net.Conn) {
	if s.opts.Hang {
		<-s.closed
		return
	}
	ss := &session{conn: c, tp: textproto.NewConn(c)}
	reply := func(code int, msg string) { _ = ss.tp.PrintfLine("%d %s", code, msg) }
	reply(220, "mailtest ESMTP")
	for {
		line, err := ss.tp.ReadLine()
		if err != nil {
			return
		}
		verb, arg, _ := strings.Cut(line, " ")
		switch strings.ToUpper(verb) {
		case "EHLO":
			lines := []string{"250-mailtest"}
			if s.tlsConf != nil && !ss.tls {
				lines = append(lines, "250-STARTTLS")
			}
			if s.opts.Username != "" {
				lines = append(lines, "250-AUTH PLAIN")
			}
			lines = append(lines, "250 8BITMIME")
			for _, l := range lines {
				_ = ss.tp.PrintfLine("%s", l)
			}
		case "HELO":
			reply(250, "mailtest")
		case "STARTTLS":
			if s.tlsConf == nil || ss.tls {
				reply(502, "not offered")
				continue
			}
			reply(220, "go ahead")
			tc := tls.Server(c, s.tlsConf)
			if err := tc.Handshake(); err != nil {
				return
			}
			ss = &session{conn: tc, tp: textproto.NewConn(tc), tls: true}
		case "AUTH":
			mech, initial, _ := strings.Cut(arg, " ")
			raw, err := base64.StdEncoding.DecodeString(initial)
			parts := strings.Split(string(raw), "\x00")
			if !strings.EqualFold(mech, "PLAIN") || err != nil || len(parts) != 3 ||
				parts[1] != s.opts.Username || parts[2] != s.opts.Password {
				reply(535, "authentication failed")
				continue
			}
			ss.authed = true
			reply(235, "authenticated")
		case "MAIL":
			s.mu.Lock()
			fail, code := s.failNext > 0, s.failCode
			if fail {
				s.failNext--
			}
			s.mu.Unlock()
			switch {
			case fail:
				reply(code, "try again later")
			case s.opts.Username != "" && !ss.authed:
				reply(530, "authentication required")
			default:
				ss.from, ss.to = address(arg), nil
				reply(250, "ok")
			}
		case "RCPT":
			ss.to = append(ss.to, address(arg))
			reply(250, "ok")
		case "DATA":
			if ss.from == "" || len(ss.to) == 0 {
				reply(503, "need MAIL and RCPT first")
				continue
			}
			reply(354, "end with .")
			data, err := io.ReadAll(ss.tp.DotReader())
			if err != nil {
				return
			}
			s.mu.Lock()
			s.messages = append(s.messages, Message{From: ss.from, To: ss.to, Data: string(data), TLS: ss.tls, Authenticated: ss.authed})
			s.mu.Unlock()
			ss.from, ss.to = "", nil
			reply(250, "queued")
		case "RSET":
			ss.from, ss.to = "", nil
			reply(250, "ok")
		case "NOOP":
			reply(250, "ok")
		case "QUIT":
			s.mu.Lock()
			s.quits++
			s.mu.Unlock()
			if !s.opts.DropAtQuit {
				reply(221, "bye")
			}
			return
		default:
			reply(502, "unknown command")
		}
	}
}

// address takes the address out of "FROM:<a@b>" or "TO:<a@b>".
func address(arg string) string {
	if i := strings.Index(arg, "<"); i >= 0 {
		if j := strings.Index(arg[i:], ">"); j >= 0 {
			return arg[i+1 : i+j]
		}
	}
	return arg
}

// selfSigned makes a certificate for 127.0.0.1 and a pool that trusts it.
func selfSigned(t testing.TB) (*tls.Config, *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "mailtest"},
		IPAddresses:  []net.IP{net.ParseIP("127.0.0.1")},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	return &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key}},
		MinVersion: tls.VersionTLS12}, pool
}
