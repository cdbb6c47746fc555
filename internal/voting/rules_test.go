package voting_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	entpoll "github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/ent/tally"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/database"
)

func TestCreatePollValidation(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newWorld(t, s)
		opts := func(n int) []map[string]any {
			out := make([]map[string]any, n)
			for i := range out {
				out[i] = map[string]any{"label": []map[string]any{{"lang": "nl", "text": fmt.Sprintf("Keuze %d", i)}}}
			}
			return out
		}
		past := time.Now().Add(-time.Hour).Format(time.RFC3339)
		soon, later := time.Now().Add(time.Hour).Format(time.RFC3339), time.Now().Add(2*time.Hour).Format(time.RFC3339)
		tests := []struct {
			name  string
			in    map[string]any
			field string
		}{
			{"no question", map[string]any{"question": []map[string]any{}}, "input.question"},
			{"unknown language", map[string]any{"question": []map[string]any{{"lang": "xx", "text": "?"}}}, "input.question.0.lang"},
			{"empty text", map[string]any{"question": []map[string]any{{"lang": "nl", "text": "  "}}}, "input.question.0.text"},
			{"a language twice", map[string]any{"question": []map[string]any{{"lang": "nl", "text": "a"}, {"lang": "nl", "text": "b"}}}, "input.question"},
			{"one option", map[string]any{"options": opts(1)}, "input.options"},
			{"21 options", map[string]any{"options": opts(21)}, "input.options"},
			{"an option without label", map[string]any{"options": []map[string]any{{"label": []map[string]any{}}, {"label": []map[string]any{{"lang": "nl", "text": "b"}}}}}, "input.options.0.label"},
			{"a pictogram that is no key", map[string]any{"options": []map[string]any{{"label": []map[string]any{{"lang": "nl", "text": "a"}}, "pictogram": "Rice!"}, {"label": []map[string]any{{"lang": "nl", "text": "b"}}}}}, "input.options.0.pictogram"},
			{"yes/no with 3 options", map[string]any{"kind": "YES_NO"}, "input.options"},
			{"a smiley scale with 3 faces", map[string]any{"kind": "SMILEY_SCALE"}, "input.options"},
			{"ranking 11 options", map[string]any{"kind": "RANKING", "options": opts(11)}, "input.options"},
			{"a maximum on single choice", map[string]any{"maxChoices": 2}, "input.maxChoices"},
			{"a maximum above the options", map[string]any{"kind": "MULTIPLE_CHOICE", "maxChoices": 4}, "input.maxChoices"},
			{"k of 1", map[string]any{"minGroupSize": 1}, "input.minGroupSize"},
			{"closing in the past", map[string]any{"closesAt": past}, "input.closesAt"},
			{"closing before opening", map[string]any{"opensAt": later, "closesAt": soon}, "input.closesAt"},
			{"an age band twice", map[string]any{"audienceAgeBands": []string{"AGE_6_8", "AGE_6_8"}}, "input.audienceAgeBands"},
			{"nowhere", map[string]any{"councilID": nil}, "input.scope"},
			{"national with a council", map[string]any{"scope": "NATIONAL"}, "input.scope"},
			{"a location poll with a council", map[string]any{"scope": "LOCATION"}, "input.locationID"},
			{"the council at another location", map[string]any{"locationID": s.NewLocation(t, "Elders").ID}, "input.locationID"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				base := map[string]any{
					"councilID": w.council.ID, "kind": "SINGLE_CHOICE", "theme": "FOOD",
					"question": []map[string]any{{"lang": "nl", "text": "Vraag?"}}, "options": opts(3),
				}
				for k, v := range tt.in {
					if v == nil {
						delete(base, k)
					} else {
						base[k] = v
					}
				}
				e := w.staff.Do(createPoll, map[string]any{"in": base}).WantCode(t, "BAD_USER_INPUT")
				if e.Field() != tt.field {
					t.Errorf("field = %q, want %q (%s)", e.Field(), tt.field, e.Message)
				}
			})
		}
		t.Run("ballots", func(t *testing.T) {
			p := w.openPoll(t, nil)
			_, c := w.child(t, "Fout", "")
			for _, tt := range []struct {
				name string
				in   map[string]any
			}{
				{"no options", map[string]any{"optionIDs": []string{}}},
				{"an option twice", map[string]any{"optionIDs": []string{p.Options[0].ID, p.Options[0].ID}}},
				{"another poll's option", map[string]any{"optionIDs": []string{"opt_nothere"}}},
				{"two on single choice", map[string]any{"optionIDs": []string{p.Options[0].ID, p.Options[1].ID}}},
				{"a short key", map[string]any{"idempotencyKey": "abc"}},
			} {
				in := map[string]any{"pollID": p.ID, "optionIDs": []string{p.Options[0].ID}, "idempotencyKey": newKey()}
				for k, v := range tt.in {
					in[k] = v
				}
				e := c.Do(castVote, map[string]any{"in": in}).WantCode(t, "BAD_USER_INPUT")
				want := "input.optionIDs"
				if tt.name == "a short key" {
					want = "input.idempotencyKey"
				}
				if e.Field() != want {
					t.Errorf("%s: field = %q, want %q", tt.name, e.Field(), want)
				}
			}
			vote(c, p.ID, "", p.Options[2].ID).Must(t, nil) // none of the refused ballots counted
		})
	})
}

// Who may vote: the children a poll asks, on a tablet of its location.
func TestWhoMayVote(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newWorld(t, s)
		other := s.NewCouncil(t, w.loc.ID, "Andere raad")
		councilPoll := w.openPoll(t, nil)
		locationPoll := w.openPoll(t, map[string]any{"councilID": nil, "locationID": w.loc.ID})
		teensPoll := w.openPoll(t, map[string]any{"audienceAgeBands": []string{"AGE_15_17"}})
		admin := s.SignInAs(t, staffuser.RoleNATIONAL_ADMIN)
		var national struct{ CreatePoll poll }
		admin.Do(createPoll, map[string]any{"in": map[string]any{"scope": "NATIONAL", "kind": "YES_NO", "theme": "STABILITY",
			"question": []map[string]any{{"lang": "en", "text": "Did you move this year?"}}}}).Must(t, &national)
		admin.Do(`mutation($id: ID!) { openPoll(id: $id) { id } }`, map[string]any{"id": national.CreatePoll.ID}).Must(t, nil)

		_, member := w.child(t, "Lid", "")
		outsider := s.NewMember(t, other, "Ander")
		outsiderC := w.onTablet(t)
		outsiderC.YouthLogin(t, outsider)
		elsewhere := newWorld(t, s)
		_, farC := elsewhere.child(t, "Ver weg", "")

		listed := func(c *apitest.Client) map[string]bool {
			var d openPollsAnswer
			c.Do(openPolls, nil).Must(t, &d)
			out := map[string]bool{}
			for _, p := range d.OpenPolls {
				out[p.ID] = true
			}
			return out
		}
		for _, tt := range []struct {
			name string
			c    *apitest.Client
			p    poll
			want string
		}{
			{"a council member in a council poll", member, councilPoll, ""},
			{"another council's member in a council poll", outsiderC, councilPoll, "FORBIDDEN"},
			{"another council's member in a location poll", outsiderC, locationPoll, ""},
			{"a child of 9-11 in a poll for 15-17", member, teensPoll, "FORBIDDEN"},
			{"a child of another location", farC, locationPoll, "NOT_FOUND"},
			{"a child of another location in a national poll", farC, national.CreatePoll, ""},
			{"a council member in a national poll", member, national.CreatePoll, ""},
		} {
			t.Run(tt.name, func(t *testing.T) {
				res := vote(tt.c, tt.p.ID, "", tt.p.Options[0].ID)
				if tt.want == "" {
					res.Must(t, nil)
				} else {
					res.WantCode(t, tt.want)
				}
				if listed(tt.c)[tt.p.ID] != (tt.want == "") {
					t.Errorf("openPolls lists the poll: %v, want %v", !listed(tt.c)[tt.p.ID], tt.want == "")
				}
			})
		}
		// A tablet without a child, and staff, do not vote.
		w.tablet.Do(castVote, map[string]any{"in": map[string]any{"pollID": locationPoll.ID, "optionIDs": []string{locationPoll.Options[0].ID}, "idempotencyKey": newKey()}}).WantCode(t, "FORBIDDEN")
		vote(w.staff, locationPoll.ID, "", locationPoll.Options[0].ID).WantCode(t, "FORBIDDEN")
	})
}

// Polls open and close by themselves: the scheduler's transitions, once each however many
// instances run them, and a poll read late catches up by itself.
func TestPollsOpenAndCloseOnTime(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newWorld(t, s)
		now := time.Now()
		in := map[string]any{"opensAt": now.Add(time.Hour).Format(time.RFC3339), "closesAt": now.Add(2 * time.Hour).Format(time.RFC3339)}
		p := w.newPoll(t, in)
		ctx := apitest.System()

		// Two instances (two connections to the same database) run the scheduler at once.
		second, err := database.Open(context.Background(), s.DSN)
		if err != nil {
			t.Fatal(err)
		}
		defer second.Close()
		at := func(d time.Duration) {
			t.Helper()
			var wg sync.WaitGroup
			moved := make([]int, 2)
			for i, db := range []*database.DB{s.DB, second} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					n, err := apitest.NewVotes(db).TransitionDue(ctx, now.Add(d))
					if err != nil {
						t.Errorf("instance %d: %v", i, err)
					}
					moved[i] = n
				}()
			}
			wg.Wait()
			if moved[0]+moved[1] != 1 {
				t.Errorf("at +%v the instances moved %v polls, want 1 between them", d, moved)
			}
		}
		status := func() entpoll.Status { return s.DB.Client.Poll.GetX(ctx, p.ID).Status }
		at(90 * time.Minute)
		if status() != entpoll.StatusOPEN {
			t.Fatalf("status %s after the opening time", status())
		}
		if got := s.DB.Client.Poll.GetX(ctx, p.ID); len(got.BallotPublicKey) != 32 || len(got.BallotKeySalt) == 0 {
			t.Errorf("the poll opened without its ballot key")
		}
		at(3 * time.Hour)
		if status() != entpoll.StatusCLOSED {
			t.Fatalf("status %s after the closing time", status())
		}

		// Read late: a draft whose time has come is open for the child who asks, and an open
		// poll whose time has passed refuses the vote.
		late := w.newPoll(t, map[string]any{"opensAt": now.Add(-time.Minute).Format(time.RFC3339)})
		_, c := w.child(t, "Laat", "")
		var list openPollsAnswer
		c.Do(openPolls, nil).Must(t, &list)
		if len(list.OpenPolls) != 1 || list.OpenPolls[0].ID != late.ID {
			t.Fatalf("a poll past its opening time is not listed: %+v", list)
		}
		s.DB.Client.Poll.UpdateOneID(late.ID).SetClosesAt(now.Add(-time.Second)).ExecX(ctx)
		vote(c, late.ID, "", late.Options[0].ID).WantCode(t, "POLL_NOT_OPEN")
		if st := s.DB.Client.Poll.GetX(ctx, late.ID).Status; st != entpoll.StatusCLOSED {
			t.Errorf("a poll voted on after its closing time is %s", st)
		}
	})
}

// The scheduler goroutine stops when its context ends.
func TestRunSchedulerStops(t *testing.T) {
	s := apitest.Start(t, apitest.Backends(t)[0], apitest.Options{})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		s.Votes.RunScheduler(ctx, time.Millisecond)
	}()
	cancel()
	<-done
}

// Many children voting at the same moment are all counted (on PostgreSQL the counters are locked
// in one order, so concurrent votes never deadlock).
func TestConcurrentBallotsOfManyChildren(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newWorld(t, s)
		p := w.openPoll(t, map[string]any{"kind": "RANKING"})
		const n = 16
		clients := make([]*apitest.Client, n)
		for i := range clients {
			_, clients[i] = w.child(t, fmt.Sprintf("Tegelijk %d", i), schematype.AgeBand(schematype.AgeBand("").Values()[i%4]))
		}
		start := make(chan struct{})
		var wg sync.WaitGroup
		errs := make([]error, n)
		for i, c := range clients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				order := []string{p.Options[i%3].ID, p.Options[(i+1)%3].ID, p.Options[(i+2)%3].ID}
				res, err := post(s, c, castVote, map[string]any{"in": map[string]any{"pollID": p.ID, "optionIDs": order, "idempotencyKey": newKey()}})
				if err == nil && len(res.Errors) > 0 {
					err = fmt.Errorf("%s: %s", res.Errors[0].Code(), res.Errors[0].Message)
				}
				errs[i] = err
			}()
		}
		close(start)
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Errorf("child %d: %v", i, err)
			}
		}
		w.move(t, "closePoll", p.ID)
		counted := s.DB.Client.Tally.Query().Where(tally.PollID(p.ID)).Aggregate(ent.Sum(tally.FieldCount)).IntX(apitest.System())
		if counted != n*3 {
			t.Errorf("%d rank counts, want %d (16 children × 3 ranks)", counted, n*3)
		}
	})
}
