package httpserver_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// The live turnout below k (issue 12): a facilitator watching the screen while children vote
// must see "fewer than k" until k have voted, and nothing new at each of those votes (or the
// screen would tell when each child voted). pollResults says the same.
func TestLiveTurnoutBelowKIsFewerThanK(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		l := s.NewLocation(t, "A")
		c := s.NewCouncil(t, l.ID, "C")
		f := s.SignInAs(t, staffuser.RoleFACILITATOR, l.ID)
		var poll struct {
			CreatePoll struct {
				ID      string
				Options []struct{ ID string }
			}
		}
		f.Do(`mutation($l: ID!) { createPoll(input: {scope: LOCATION, locationID: $l, kind: YES_NO, theme: FOOD, question: [{lang: "nl", text: "Pizza?"}]}) { id options { id } } }`,
			map[string]any{"l": l.ID}).Must(t, &poll)
		id := poll.CreatePoll.ID
		f.Do(`mutation($id: ID!) { openPoll(id: $id) { id } }`, map[string]any{"id": id}).Must(t, nil)

		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		conn := subscribeTurnout(t, ctx, f, s, id)
		if n := nextTurnout(t, ctx, conn); n == nil || *n != 0 {
			t.Fatalf("first turnout = %v, want 0", n)
		}
		tab := s.NewTablet(t, l.ID)
		voteAs := func(i int) {
			tab.YouthLogin(t, s.NewMember(t, c, fmt.Sprintf("Kind %d", i)))
			tab.Do(`mutation($p: ID!, $o: [ID!]!, $k: String!) { castVote(input: {pollID: $p, optionIDs: $o, idempotencyKey: $k}) { accepted } }`,
				map[string]any{"p": id, "o": []string{poll.CreatePoll.Options[0].ID}, "k": fmt.Sprintf("key-of-%d", i)}).Must(t, nil)
		}
		for i := 1; i <= 3; i++ {
			voteAs(i)
		}
		// The first vote changes 0 into "fewer than 5"; the next two change nothing that is
		// shown, so the next value the screen gets must be the one after the fifth vote.
		if n := nextTurnout(t, ctx, conn); n != nil {
			t.Fatalf("turnout after 1 vote = %d, want null (fewer than 5)", *n)
		}
		var results struct {
			PollResults struct {
				Turnout           *int
				TurnoutSuppressed bool
			}
		}
		f.Do(`query($id: ID!) { pollResults(pollID: $id) { turnout turnoutSuppressed } }`, map[string]any{"id": id}).Must(t, &results)
		if results.PollResults.Turnout != nil || !results.PollResults.TurnoutSuppressed {
			t.Errorf("pollResults with 3 voters: %+v", results.PollResults)
		}
		// A screen that connects now is told "fewer than 5", with the threshold to say so.
		late := subscribe(t, ctx, f, s, `subscription($p: ID!) { pollTurnout(pollID: $p) { pollID turnout turnoutSuppressed minGroupSize } }`, id)
		var shown struct {
			PollID            string
			Turnout           *int
			TurnoutSuppressed bool
			MinGroupSize      int
		}
		next(t, ctx, late, &shown)
		if shown.PollID != id || shown.Turnout != nil || !shown.TurnoutSuppressed || shown.MinGroupSize != 5 {
			t.Errorf("a screen opened at 3 votes got %+v, want fewer than 5", shown)
		}

		voteAs(4)
		voteAs(5)
		if n := nextTurnout(t, ctx, conn); n == nil || *n != 5 {
			t.Fatalf("turnout after the votes 2 to 5 = %v, want 5 (nothing in between)", n)
		}
		next(t, ctx, late, &shown)
		if shown.Turnout == nil || *shown.Turnout != 5 || shown.TurnoutSuppressed {
			t.Errorf("at 5 votes: %+v", shown)
		}
	})
}
