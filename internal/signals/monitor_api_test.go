package signals_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/monitorquestion"
	"github.com/jeugdstem/jeugdstem/ent/polloption"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/signal"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/monitor"
	"github.com/jeugdstem/jeugdstem/internal/signals"
)

// The safety signal, generalised: a monitor round whose SCHOOL score is below its threshold
// raises one MONITOR_DOMAIN_LOW for SCHOOL, however often the rules run and on however many
// instances; the next round, where FOOD fell from 100 to 50, raises one MONITOR_DOMAIN_DROP for
// FOOD. A domain whose score is not shown (a poll with a hidden count) raises nothing. A signal
// names the domain and no child.
func TestMonitorDomainSignalsOncePerOccurrence(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		a := s.NewLocation(t, "Azc Noord")
		adm := s.SignInAs(t, staffuser.RoleNATIONAL_ADMIN)
		var kids []*ent.YouthMember
		for i := range 10 {
			kids = append(kids, s.DB.Client.YouthMember.Create().SetLocationID(a.ID).SetPseudonym(fmt.Sprintf("k%d", i)).
				SetAvatar("fox").SetAgeBand(schematype.AgeBand12to14).SetLanguage("ar").SetPinHash("x").SaveX(ctx()))
		}
		round := func() map[string]string {
			var d struct{ StartMonitorRound struct{ PollIDs []string } }
			adm.Do(`mutation($l: ID!) { startMonitorRound(locationID: $l) { pollIDs } }`, map[string]any{"l": a.ID}).Must(t, &d)
			out := map[string]string{}
			for _, q := range s.DB.Client.MonitorQuestion.Query().Where(monitorquestion.PollIDIn(d.StartMonitorRound.PollIDs...)).AllX(ctx()) {
				out[q.Domain+"/"+string(q.AgeVersion)] = *q.PollID
			}
			return out
		}
		vote := func(pollID string, pos int, who []*ent.YouthMember) {
			o := s.DB.Client.PollOption.Query().Where(polloption.PollID(pollID), polloption.Position(pos)).OnlyX(ctx())
			for _, m := range who {
				s.VoteAs(t, m, pollID, o.ID)
			}
		}
		svc := signals.New(s.DB.Client, s.Votes, signals.Config{})
		twin := signals.New(s.DB.Client, apitest.NewVotes(s.DB), signals.Config{})
		count := func(kind signal.Kind) int {
			return s.DB.Client.Signal.Query().Where(signal.LocationID(a.ID), signal.KindEQ(kind)).CountX(ctx())
		}

		r1 := round()
		vote(r1["SCHOOL/AGE_12_17"], 1, kids) // 10 × no: 0
		vote(r1["FOOD/AGE_12_17"], 4, kids)   // 10 × face 5: 100
		vote(r1["PRIVACY/AGE_12_17"], 0, kids[:6])
		vote(r1["PRIVACY/AGE_12_17"], 1, kids[6:]) // 6 yes, 4 no: not shown in full, no score
		for _, id := range r1 {
			if _, err := s.Votes.ClosePoll(ctx(), id); err != nil {
				t.Fatal(err)
			}
		}
		for range 2 {
			for _, sv := range []*signals.Service{svc, twin} {
				if _, err := sv.Evaluate(context.Background()); err != nil {
					t.Fatal(err)
				}
			}
		}
		low := s.DB.Client.Signal.Query().Where(signal.LocationID(a.ID), signal.KindEQ(signal.KindMONITOR_DOMAIN_LOW)).AllX(ctx())
		if len(low) != 1 || low[0].Domain == nil || *low[0].Domain != monitor.DomainSchool {
			t.Fatalf("low signals %v, want one for SCHOOL", low)
		}
		if n := count(signal.KindMONITOR_DOMAIN_DROP); n != 0 {
			t.Errorf("%d drop signals after the first round", n)
		}

		r2 := round()                         // closes nothing still open; its own polls close below
		vote(r2["FOOD/AGE_12_17"], 2, kids)   // 10 × face 3: 50, a fall of 50
		vote(r2["SCHOOL/AGE_12_17"], 0, kids) // 10 × yes: 100
		for _, id := range r2 {
			if _, err := s.Votes.ClosePoll(ctx(), id); err != nil {
				t.Fatal(err)
			}
		}
		for range 2 {
			if _, err := svc.Evaluate(context.Background()); err != nil {
				t.Fatal(err)
			}
		}
		drop := s.DB.Client.Signal.Query().Where(signal.LocationID(a.ID), signal.KindEQ(signal.KindMONITOR_DOMAIN_DROP)).AllX(ctx())
		if len(drop) != 1 || *drop[0].Domain != monitor.DomainFood {
			t.Errorf("drop signals %v, want one for FOOD", drop)
		}
		if n := count(signal.KindMONITOR_DOMAIN_LOW); n != 1 {
			t.Errorf("%d low signals after the second round, want still 1", n)
		}
		// The API shows the domain.
		var d struct {
			Signals struct {
				Edges []struct{ Node struct{ Kind, Domain string } }
			}
		}
		adm.Do(`{ signals(first: 10) { edges { node { kind domain } } } }`, nil).Must(t, &d)
		if len(d.Signals.Edges) != 2 {
			t.Errorf("the API lists %d signals, want 2", len(d.Signals.Edges))
		}
	})
}
