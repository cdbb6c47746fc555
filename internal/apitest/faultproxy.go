package apitest

import (
	"io"
	"net"
	"net/url"
	"sync"
	"testing"
)

// FaultProxy is a TCP proxy in front of the shared PostgreSQL server that a test can cut: Down
// drops every connection through it and refuses new ones, as a database restart or a network
// outage does, and Up lets connections through again. Only the connections of the test that
// made it are affected; the server itself is never touched (other tests and agents use it).
type FaultProxy struct {
	target string
	ln     net.Listener

	mu    sync.Mutex
	down  bool
	conns map[net.Conn]struct{}
	// Accepted counts the connections that reached the server (not the refused ones).
	accepted int
}

// NewFaultProxy starts a proxy to the host:port of dsn (a postgres:// URL) and returns it with
// dsn rewritten to go through it. It stops when t ends.
func NewFaultProxy(t testing.TB, dsn string) (*FaultProxy, string) {
	t.Helper()
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &FaultProxy{target: u.Host, ln: ln, conns: map[net.Conn]struct{}{}}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); p.serve(&wg) }()
	t.Cleanup(func() {
		ln.Close()
		p.Down()
		wg.Wait()
	})
	u.Host = ln.Addr().String()
	return p, u.String()
}

func (p *FaultProxy) serve(wg *sync.WaitGroup) {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.mu.Lock()
		if p.down {
			p.mu.Unlock()
			c.Close()
			continue
		}
		p.mu.Unlock()
		s, err := net.Dial("tcp", p.target)
		if err != nil {
			c.Close()
			continue
		}
		p.mu.Lock()
		if p.down { // went down while dialling
			p.mu.Unlock()
			c.Close()
			s.Close()
			continue
		}
		p.conns[c], p.conns[s] = struct{}{}, struct{}{}
		p.accepted++
		p.mu.Unlock()
		wg.Add(2)
		pipe := func(dst, src net.Conn) {
			defer wg.Done()
			_, _ = io.Copy(dst, src)
			dst.Close()
			src.Close()
			p.mu.Lock()
			delete(p.conns, dst)
			delete(p.conns, src)
			p.mu.Unlock()
		}
		go pipe(s, c)
		go pipe(c, s)
	}
}

// Down cuts every connection through the proxy and refuses new ones until Up.
func (p *FaultProxy) Down() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.down = true
	for c := range p.conns {
		c.Close()
	}
}

// Up lets connections through again.
func (p *FaultProxy) Up() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.down = false
}

// Accepted is how many connections the proxy has let through so far.
func (p *FaultProxy) Accepted() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.accepted
}
