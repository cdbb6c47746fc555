package voting_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"testing"

	"github.com/jeugdstem/jeugdstem/ent/participation"
	entpoll "github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/sealedballot"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// post sends a GraphQL operation from any goroutine (apitest.Client.Do fails the test, which only
// the test's goroutine may do).
func post(s *apitest.Server, c *apitest.Client, query string, vars map[string]any) (*apitest.Response, error) {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest(http.MethodPost, s.URL+"/graphql", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	out := &apitest.Response{Status: res.StatusCode}
	if err := json.NewDecoder(res.Body).Decode(out); err != nil {
		return nil, fmt.Errorf("status %d: %w", res.StatusCode, err)
	}
	return out, nil
}

// One child sends 100 different ballots at the same moment: exactly one is counted, the unique
// (poll, member) index refuses the others, on both databases.
func TestConcurrentBallotsOfOneChild(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newWorld(t, s)
		p := w.openPoll(t, nil)
		_, child := w.child(t, "Snel", "")

		const n = 100
		start := make(chan struct{})
		var wg sync.WaitGroup
		codes := make([]string, n)
		errs := make([]error, n)
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				res, err := post(s, child, castVote, map[string]any{"in": map[string]any{
					"pollID": p.ID, "optionIDs": []string{p.Options[i%3].ID}, "idempotencyKey": fmt.Sprintf("ballot-%03d-%s", i, newKey())}})
				switch {
				case err != nil:
					errs[i] = err
				case len(res.Errors) > 0:
					codes[i] = res.Errors[0].Code()
				default:
					var d struct{ CastVote struct{ Accepted bool } }
					if err := json.Unmarshal(res.Data, &d); err != nil || !d.CastVote.Accepted {
						errs[i] = fmt.Errorf("answer %s: %v", res.Data, err)
					}
					codes[i] = "ACCEPTED"
				}
			}()
		}
		close(start)
		wg.Wait()

		byCode := map[string]int{}
		for i := range n {
			if errs[i] != nil {
				t.Fatalf("ballot %d: %v", i, errs[i])
			}
			byCode[codes[i]]++
		}
		if byCode["ACCEPTED"] != 1 || byCode["ALREADY_VOTED"] != n-1 {
			t.Errorf("answers: %v, want 1 ACCEPTED and %d ALREADY_VOTED", byCode, n-1)
		}
		ctx := apitest.System()
		parts := s.DB.Client.Participation.Query().Where(participation.HasPollWith(entpoll.ID(p.ID))).CountX(ctx)
		sealed := s.DB.Client.SealedBallot.Query().Where(sealedballot.PollID(p.ID)).CountX(ctx)
		if parts != 1 || sealed != 1 {
			t.Errorf("%d participations and %d sealed ballots, want 1 and 1", parts, sealed)
		}
	})
}
