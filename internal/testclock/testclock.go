// Package testclock is a clock for tests that only moves when told: a test of anything timed
// (mail retries, answer deadlines, check-in rounds) sets or advances the time instead of sleeping.
// It is safe to use from several goroutines, so a job under test may read it while the test moves it.
package testclock

import (
	"sync"
	"time"
)

// Clock is a settable clock; pass its Now where code takes a func() time.Time.
type Clock struct {
	mu sync.Mutex
	t  time.Time
}

// New returns a clock standing at the current time, without the monotonic reading (Round(0)), so
// the times it gives compare equal after a round trip through the database.
func New() *Clock { return &Clock{t: time.Now().Round(0)} }

// Now is the clock's time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Set moves the clock to t (forwards or back).
func (c *Clock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

// Advance moves the clock forward by d.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}
