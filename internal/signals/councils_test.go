package signals_test

import (
	"strings"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent/signal"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// A youth council that has not met for 8 weeks raises COUNCIL_NO_MEETING at its location, once
// per gap; a council that met recently, or is younger than 8 weeks, raises nothing; a council
// that meets again and then stops raises it again. The signal names the location only.
func TestCouncilWithoutMeetingsRaisesASignal(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newWorld(t, s)
		c := s.DB.Client
		quiet := s.NewCouncil(t, w.a.ID, "Stille raad")
		busy := s.NewCouncil(t, w.b.ID, "Drukke raad")
		week := 7 * 24 * time.Hour
		w.clock.Advance(20 * week) // both councils are 20 weeks old
		c.Meeting.Create().SetLocationID(w.a.ID).SetCouncilID(quiet.ID).SetPlace("Zaal").SetStartsAt(w.clock.Now().Add(-9 * week)).ExecX(ctx())
		c.Meeting.Create().SetLocationID(w.b.ID).SetCouncilID(busy.ID).SetPlace("Zaal").SetStartsAt(w.clock.Now().Add(-2 * week)).ExecX(ctx())
		c.Council.Create().SetLocationID(w.b.ID).SetName("Nieuwe raad").SetAgeGroup("MIXED").
			SetCreatedAt(w.clock.Now()).ExecX(ctx()) // too young to be quiet

		if n := w.evaluate(t); n != 1 {
			t.Fatalf("raised %d signals, want 1 (the quiet council)", n)
		}
		got := w.signalsOf(w.a)
		if len(got) != 1 || got[0].Kind != signal.KindCOUNCIL_NO_MEETING || len(w.signalsOf(w.b)) != 0 {
			t.Fatalf("signals at A %+v, at B %d", got, len(w.signalsOf(w.b)))
		}
		if strings.Contains(got[0].Detail, quiet.Name) {
			t.Errorf("the signal names the council: %q", got[0].Detail)
		}
		if n := w.evaluate(t); n != 0 {
			t.Fatalf("the same gap raised %d more signals", n)
		}
		// It meets, then stops again: a new gap, a new signal; B's council too, eventually.
		c.Meeting.Create().SetLocationID(w.a.ID).SetCouncilID(quiet.ID).SetPlace("Zaal").SetStartsAt(w.clock.Now().Add(-time.Hour)).ExecX(ctx())
		if n := w.evaluate(t); n != 0 {
			t.Fatalf("a council that just met raised %d signals", n)
		}
		w.clock.Advance(9 * week)
		if n := w.evaluate(t); n != 3 {
			t.Fatalf("after nine quiet weeks %d signals, want 3 (one per council)", n)
		}
	})
}
