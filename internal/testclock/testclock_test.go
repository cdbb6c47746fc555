package testclock

import (
	"testing"
	"time"
)

func TestClockMovesOnlyWhenTold(t *testing.T) {
	c := New()
	start := c.Now()
	if !start.Equal(start.Round(0)) || start != start.Round(0) {
		t.Fatalf("start %v carries a monotonic reading", start)
	}
	if c.Now() != start {
		t.Fatal("the clock moved by itself")
	}
	c.Advance(time.Hour)
	if got := c.Now(); got.Sub(start) != time.Hour {
		t.Fatalf("after Advance(1h): %v, want %v", got, start.Add(time.Hour))
	}
	at := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	c.Set(at)
	if got := c.Now(); !got.Equal(at) {
		t.Fatalf("after Set: %v, want %v", got, at)
	}
}
