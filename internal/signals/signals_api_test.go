package signals_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/checkin"
	"github.com/jeugdstem/jeugdstem/ent/feedbackthread"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/signal"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/signals"
)

// The check-in is asked at every location on its schedule: a SMILEY_SCALE SAFETY poll in the
// location's languages plus Dutch and English, opened when due, the previous one closed.
func TestCheckInRoundsOpenAndClose(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newWorld(t, s)
		sc := w.schedule(t, w.a)
		made := s.DB.Client.Location.GetX(ctx(), w.a.ID).CreatedAt // as stored
		if sc.IntervalDays != 14 || !sc.Enabled || !sc.NextDueAt.Equal(made.AddDate(0, 0, 14)) {
			t.Errorf("default schedule: every %d days, enabled %v, next %v (location made %v)", sc.IntervalDays, sc.Enabled, sc.NextDueAt, made)
		}
		if n, _ := w.svc.StartDueCheckIns(context.Background()); n != 0 {
			t.Errorf("a new location was asked at once (%d rounds)", n)
		}
		p1 := w.nextRound(t)
		var langs []string
		for _, q := range p1.Question {
			langs = append(langs, q.Lang)
		}
		if strings.Join(langs, ",") != "ar,nl,en" {
			t.Errorf("question in %v, want ar,nl,en (the location's languages, then Dutch and English)", langs)
		}
		if p1.ClosesAt == nil || !p1.ClosesAt.Equal(w.schedule(t, w.a).NextDueAt) {
			t.Errorf("the check-in closes at %v, want at the next round", p1.ClosesAt)
		}
		p2 := w.nextRound(t)
		if st := s.DB.Client.Poll.GetX(ctx(), p1.ID).Status; st != poll.StatusCLOSED {
			t.Errorf("the previous check-in is %s after the next opened, want CLOSED", st)
		}
		if p2.ID == p1.ID {
			t.Fatal("the second round reused the first poll")
		}
		// A server that was down for six weeks asks once, then keeps the rhythm.
		sc = w.schedule(t, w.a)
		w.clock.Set(sc.NextDueAt.AddDate(0, 0, 42))
		if _, err := w.svc.StartDueCheckIns(context.Background()); err != nil {
			t.Fatal(err)
		}
		if n := s.DB.Client.CheckIn.Query().Where(checkin.LocationID(w.a.ID)).CountX(ctx()); n != 3 {
			t.Errorf("%d rounds after a long pause, want 3", n)
		}
		if next := w.schedule(t, w.a).NextDueAt; !next.After(w.clock.Now()) || next.Sub(w.clock.Now()) > 14*24*time.Hour {
			t.Errorf("next round at %v, want within 14 days after %v", next, w.clock.Now())
		}
		// Switched off, a location is not asked.
		s.DB.Client.CheckInSchedule.UpdateOneID(w.schedule(t, w.b).ID).SetEnabled(false).ExecX(ctx())
		before := s.DB.Client.CheckIn.Query().Where(checkin.LocationID(w.b.ID)).CountX(ctx())
		w.nextRound(t)
		if after := s.DB.Client.CheckIn.Query().Where(checkin.LocationID(w.b.ID)).CountX(ctx()); after != before {
			t.Errorf("a disabled schedule was asked: %d rounds, was %d", after, before)
		}
	})
}

// The acceptance scenario: a seeded drop in A's safety score raises exactly one signal and one
// e-mail to each of A's manager, partner and the national admin (not to B's, not to a
// facilitator, not to an inactive manager); running the jobs again raises and sends nothing more.
// A partner of A sees the signal; a partner of B gets NOT_FOUND for it.
func TestSafetyScoreDropRaisesOneSignalAndOneEmail(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newWorld(t, s)
		p1 := w.nextRound(t)
		w.vote(t, p1, [5]int{0, 0, 0, 10, 0}) // 4.0
		p2 := w.nextRound(t)
		w.vote(t, p2, [5]int{0, 0, 5, 5, 0}) // 3.5: fell by 0.5, still above 3
		w.nextRound(t)                       // closes p2

		if n := w.evaluate(t); n != 1 {
			t.Fatalf("the rules raised %d signals, want 1", n)
		}
		got := w.signalsOf(w.a)
		if len(got) != 1 || got[0].Kind != signal.KindSAFETY_SCORE_DROP {
			t.Fatalf("signals of A: %+v, want one SAFETY_SCORE_DROP", got)
		}
		sig := got[0]
		if !strings.Contains(sig.Detail, "4.00") || !strings.Contains(sig.Detail, "3.50") {
			t.Errorf("detail %q does not give the scores", sig.Detail)
		}
		if b := w.signalsOf(w.b); len(b) != 0 {
			t.Errorf("B, where nobody answered (suppressed scores), has signals: %+v", b)
		}
		if sent, err := w.outbox.SendDue(context.Background()); err != nil || sent != 3 {
			t.Fatalf("the outbox sent %d (%v), want 3", sent, err)
		}
		// Again: nothing new is raised, written or sent.
		for range 2 {
			if err := w.svc.RunOnce(context.Background()); err != nil {
				t.Fatal(err)
			}
		}
		if n := len(w.signalsOf(w.a)); n != 1 {
			t.Errorf("after running the jobs again A has %d signals", n)
		}
		mails := w.mailsTo()
		if len(mails) != 3 {
			t.Errorf("e-mails went to %v, want exactly A's manager, partner and the national admin", mails)
		}
		for _, to := range w.recipientsOfA() {
			if mails[to] != 1 {
				t.Errorf("%s got %d e-mails, want 1", to, mails[to])
			}
		}
		for _, m := range w.smtp.Messages() {
			text := mailText(t, m)
			for _, want := range []string{"Azc Noord", "Safety score dropped", publicURL + "/staff/signals/" + sig.ID} {
				if !strings.Contains(text, want) {
					t.Errorf("e-mail to %v lacks %q:\n%s", m.To, want, text)
				}
			}
			if strings.Contains(text, "3.50") {
				t.Errorf("e-mail to %v carries the score; it says only what happened, and where", m.To)
			}
			assertNoChildTraces(t, "e-mail", text, w.childTraces())
		}

		// Through the API.
		const list = `{ signals(first: 10) { totalCount edges { node { id kind locationID createdAt detail acknowledgedAt } } } }`
		var d struct {
			Signals struct {
				TotalCount int
				Edges      []struct {
					Node struct{ ID, Kind, LocationID string }
				}
			}
		}
		pa := s.SignIn(t, w.staff[partnerA])
		res := pa.Do(list, nil).Must(t, &d)
		if d.Signals.TotalCount != 1 || d.Signals.Edges[0].Node.ID != sig.ID || d.Signals.Edges[0].Node.LocationID != w.a.ID ||
			d.Signals.Edges[0].Node.Kind != "SAFETY_SCORE_DROP" {
			t.Errorf("partner of A sees %+v", d.Signals)
		}
		assertNoChildTraces(t, "signals", string(res.Data), w.childTraces())
		const node = `query($id: ID!) { node(id: $id) { id ... on Signal { kind location { name } } } }`
		pa.Do(node, map[string]any{"id": sig.ID}).Must(t, nil)
		pa.Do(`mutation($id: ID!) { acknowledgeSignal(id: $id) { id } }`, map[string]any{"id": sig.ID}).WantCode(t, "FORBIDDEN")

		pb := s.SignIn(t, w.staff[partnerB])
		pb.Do(list, nil).Must(t, &d)
		if d.Signals.TotalCount != 0 {
			t.Errorf("partner of B sees %d signals", d.Signals.TotalCount)
		}
		pb.Do(node, map[string]any{"id": sig.ID}).WantCode(t, "NOT_FOUND")
		pb.Do(`mutation($id: ID!) { acknowledgeSignal(id: $id) { id } }`, map[string]any{"id": sig.ID}).WantCode(t, "NOT_FOUND")
		s.SignIn(t, w.staff[managerB]).Do(node, map[string]any{"id": sig.ID}).WantCode(t, "NOT_FOUND")
		s.SignIn(t, w.staff[facilitA]).Do(list, nil).WantCode(t, "FORBIDDEN")
		s.SignIn(t, w.staff[admin]).Do(list, nil).Must(t, &d)
		if d.Signals.TotalCount != 1 {
			t.Errorf("the national admin sees %d signals", d.Signals.TotalCount)
		}

		ma := s.SignIn(t, w.staff[managerA])
		var ack struct {
			AcknowledgeSignal struct{ AcknowledgedAt *time.Time }
		}
		ma.Do(`mutation($id: ID!) { acknowledgeSignal(id: $id) { acknowledgedAt } }`, map[string]any{"id": sig.ID}).Must(t, &ack)
		first := ack.AcknowledgeSignal.AcknowledgedAt
		if first == nil {
			t.Fatal("acknowledged without a time")
		}
		ma.Do(`mutation($id: ID!) { acknowledgeSignal(id: $id) { acknowledgedAt } }`, map[string]any{"id": sig.ID}).Must(t, &ack)
		if !ack.AcknowledgeSignal.AcknowledgedAt.Equal(*first) {
			t.Errorf("a second acknowledgement moved the time from %v to %v", first, ack.AcknowledgeSignal.AcknowledgedAt)
		}
		ma.Do(`{ signals(acknowledged: false) { totalCount } }`, nil).Must(t, &d)
		if d.Signals.TotalCount != 0 {
			t.Errorf("%d open signals after acknowledging", d.Signals.TotalCount)
		}
	})
}

// A score below the threshold raises SAFETY_SCORE_LOW once; one of fewer than k children
// raises nothing; with small cells the detail leaves the score out.
func TestLowSafetyScore(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newWorld(t, s)
		p1 := w.nextRound(t)
		w.vote(t, p1, [5]int{2, 1, 0, 1, 0}) // 4 voters < k: suppressed, even though low
		p2 := w.nextRound(t)
		w.vote(t, p2, [5]int{5, 0, 0, 0, 5}) // 3.0: not below 3
		p3 := w.nextRound(t)
		// 1.33 of 9: the 3 is small and the 6 is hidden with it; with nobody on faces 3 to 5, every
		// score that fits what is shown is at most 2 (a score of 3,3,0,0,1 would raise nothing:
		// all its counts are hidden, so it could be anything).
		w.vote(t, p3, [5]int{6, 3, 0, 0, 0})
		w.nextRound(t)
		if n := w.evaluate(t); n != 2 {
			t.Fatalf("raised %d, want 2 (a drop from 3.0 to at most 2 and a low score)", n)
		}
		kinds := map[signal.Kind]*ent.Signal{}
		for _, sig := range w.signalsOf(w.a) {
			kinds[sig.Kind] = sig
		}
		low := kinds[signal.KindSAFETY_SCORE_LOW]
		if low == nil || kinds[signal.KindSAFETY_SCORE_DROP] == nil {
			t.Fatalf("signals %v, want SAFETY_SCORE_LOW and SAFETY_SCORE_DROP", kinds)
		}
		if strings.Contains(low.Detail, "1.33") || !strings.Contains(low.Detail, "3.00") {
			t.Errorf("detail %q: want the threshold but not a score the report would hide", low.Detail)
		}
		if n := w.evaluate(t); n != 0 {
			t.Errorf("running the rules again raised %d", n)
		}
	})
}

// Participation collapses when fewer than half as many children answer as last time, both
// counts at least k; a count below k raises nothing.
func TestParticipationCollapse(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newWorld(t, s)
		for _, counts := range [][5]int{
			{0, 0, 0, 12, 0}, // 12
			{0, 0, 0, 6, 0},  // 6: exactly half, no collapse
			{0, 0, 0, 12, 0}, // 12
			{0, 0, 0, 5, 0},  // 5 < 6: collapse
			{0, 0, 0, 2, 0},  // 2 < k: nothing
		} {
			w.vote(t, w.nextRound(t), counts)
		}
		w.nextRound(t)
		if n := w.evaluate(t); n != 1 {
			t.Fatalf("raised %d, want 1", n)
		}
		got := w.signalsOf(w.a)
		if len(got) != 1 || got[0].Kind != signal.KindPARTICIPATION_COLLAPSE {
			t.Fatalf("signals %+v, want one PARTICIPATION_COLLAPSE", got)
		}
		if !strings.Contains(got[0].Detail, "5 children") || !strings.Contains(got[0].Detail, "from 12") {
			t.Errorf("detail %q", got[0].Detail)
		}
		if n := w.evaluate(t); n != 0 {
			t.Errorf("running the rules again raised %d", n)
		}
	})
}

// A SAFETY thread that managers can see and nobody answered within the deadline raises one
// signal; answered, young, closed, not yet approved or other-theme threads raise none. Neither
// the signal nor the e-mail carries the thread's title, which a child wrote.
func TestUnansweredSafetyThread(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newWorld(t, s)
		now := w.clock.Now()
		thread := func(title string, theme schematype.Theme, age time.Duration, visible, answered bool, status feedbackthread.Status) *ent.FeedbackThread {
			c := s.DB.Client.FeedbackThread.Create().SetLocationID(w.a.ID).SetTheme(theme).SetTitle(title).
				SetStatus(status).SetCreatedAt(now.Add(-age))
			if visible {
				c.SetVisibleAt(now.Add(-age + time.Hour))
			}
			if answered {
				c.SetAnsweredAt(now.Add(-time.Hour))
			}
			return c.SaveX(ctx())
		}
		days := func(n int) time.Duration { return time.Duration(n) * 24 * time.Hour }
		overdue := thread("Iemand volgt mij naar de douche", schematype.ThemeSafety, days(15), true, false, feedbackthread.StatusOPEN)
		thread("Answered late", schematype.ThemeSafety, days(20), true, true, feedbackthread.StatusIN_PROGRESS)
		thread("Young", schematype.ThemeSafety, days(10), true, false, feedbackthread.StatusOPEN)
		thread("Closed by a moderator", schematype.ThemeSafety, days(20), true, false, feedbackthread.StatusCLOSED)
		thread("Waiting for moderation", schematype.ThemeSafety, days(20), false, false, feedbackthread.StatusOPEN)
		thread("Food", schematype.ThemeFood, days(20), true, false, feedbackthread.StatusOPEN)

		if n := w.evaluate(t); n != 1 {
			t.Fatalf("raised %d, want 1", n)
		}
		got := w.signalsOf(w.a)
		if len(got) != 1 || got[0].Kind != signal.KindSAFETY_THREAD_UNANSWERED {
			t.Fatalf("signals %+v, want one SAFETY_THREAD_UNANSWERED", got)
		}
		w.clock.Set(now.Add(days(1)))
		if n := w.evaluate(t); n != 0 {
			t.Errorf("running the rules again raised %d", n)
		}
		if _, err := w.outbox.SendDue(context.Background()); err != nil {
			t.Fatal(err)
		}
		traces := append(w.childTraces(), overdue.Title, overdue.ID)
		assertNoChildTraces(t, "signal detail", got[0].Detail, traces)
		for _, m := range w.smtp.Messages() {
			assertNoChildTraces(t, "e-mail", mailText(t, m), traces)
		}
		if n := len(w.smtp.Messages()); n != 3 {
			t.Errorf("%d e-mails, want 3", n)
		}
	})
}

// Two instances running the jobs at the same moment start each round once and raise each signal
// once.
func TestTwoInstancesActOnce(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newWorld(t, s)
		other, err := database.Open(context.Background(), s.DSN)
		if err != nil {
			t.Fatal(err)
		}
		defer other.Close()
		twin := signals.New(other.Client, apitest.NewVotes(other), signals.Config{Now: w.clock.Now, PublicURL: publicURL, Mail: true})
		both := func(run func(*signals.Service) error) {
			var wg sync.WaitGroup
			errs := make([]error, 2)
			for i, svc := range []*signals.Service{w.svc, twin} {
				wg.Go(func() { errs[i] = run(svc) })
			}
			wg.Wait()
			for _, err := range errs {
				if err != nil {
					t.Fatal(err)
				}
			}
		}
		startAll := func(svc *signals.Service) error { _, err := svc.StartDueCheckIns(context.Background()); return err }
		w.schedule(t, w.a)
		for round := 1; round <= 3; round++ {
			w.clock.Set(latest(w.schedule(t, w.a).NextDueAt, w.schedule(t, w.b).NextDueAt))
			both(startAll)
			for _, l := range []*ent.Location{w.a, w.b} {
				if n := s.DB.Client.CheckIn.Query().Where(checkin.LocationID(l.ID)).CountX(ctx()); n != round {
					t.Fatalf("after round %d, %s has %d rounds", round, l.Name, n)
				}
				if n := s.DB.Client.Poll.Query().Where(poll.LocationID(l.ID)).CountX(ctx()); n != round {
					t.Fatalf("after round %d, %s has %d polls", round, l.Name, n)
				}
			}
			if round == 1 {
				w.vote(t, s.DB.Client.Poll.Query().Where(poll.LocationID(w.a.ID), poll.StatusEQ(poll.StatusOPEN)).OnlyX(ctx()), [5]int{0, 0, 0, 0, 10})
			}
			if round == 2 {
				w.vote(t, s.DB.Client.Poll.Query().Where(poll.LocationID(w.a.ID), poll.StatusEQ(poll.StatusOPEN)).OnlyX(ctx()), [5]int{10, 0, 0, 0, 0})
			}
		}
		both(func(svc *signals.Service) error { _, err := svc.Evaluate(context.Background()); return err })
		if got := w.signalsOf(w.a); len(got) != 2 { // low (1.0) and drop (from 5.0)
			t.Errorf("A has %d signals, want 2: %+v", len(got), got)
		}
		if sent, err := w.outbox.SendDue(context.Background()); err != nil || sent != 6 {
			t.Errorf("sent %d (%v), want 2 signals × 3 recipients", sent, err)
		}
	})
}
