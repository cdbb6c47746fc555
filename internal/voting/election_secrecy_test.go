package voting_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/candidacy"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// openElection calls an election of one seat for a new council of the world's location, lets
// the given children stand (each on their own tablet session) and makes its ballot, open now: the
// ELECTION poll, with its options in ballot order.
func (w *world) openElection(t *testing.T, tablets []*apitest.Client, candidates []*ent.YouthMember) poll {
	t.Helper()
	council := w.s.NewCouncil(t, w.loc.ID, fmt.Sprintf("Raad %s", newKey()[:8]))
	var called struct{ CallElection struct{ ID string } }
	w.staff.Do(`mutation($c: ID!) { callElection(input: {councilID: $c, seats: 1}) { id } }`, map[string]any{"c": council.ID}).Must(t, &called)
	for _, c := range tablets {
		c.Do(`mutation($e: ID!) { standForElection(electionID: $e) { id } }`, map[string]any{"e": called.CallElection.ID}).Must(t, nil)
	}
	ids := make([]string, len(candidates))
	for i, m := range candidates {
		ids[i] = m.ID
	}
	var made struct {
		CreateElection struct {
			PollID     string
			Candidates []struct{ OptionID string }
		}
	}
	w.staff.Do(`mutation($c: ID!, $ids: [ID!]!, $at: Time!) { createElection(input: {councilID: $c, seats: 1, candidateIDs: $ids, closesAt: $at}) { pollID candidates { optionID } } }`,
		map[string]any{"c": council.ID, "ids": ids, "at": time.Now().Add(time.Hour).Format(time.RFC3339)}).Must(t, &made)
	p := poll{ID: made.CreateElection.PollID}
	for _, c := range made.CreateElection.Candidates {
		p.Options = append(p.Options, struct{ ID string }{c.OptionID})
	}
	return p
}

// The unlinkability test of TestBallotSecrecy, for council elections: the same attacks on the
// database files (SQLite: every commit of the write-ahead log; PostgreSQL: every row version)
// and the logs, first against ballots that are not sealed (the attack must link every child),
// then against the real box (it must link none). An election's ballot is a poll like any other;
// its election and candidacy rows must add nothing to link, and with fewer than k voters it
// elects nobody (who won would tell how the few voted).
func TestElectionBallotSecrecy(t *testing.T) {
	for _, backend := range apitest.Backends(t) {
		t.Run(backend.Name, func(t *testing.T) {
			attack := map[string]func(t *testing.T, b *ballotBox) map[string]map[string]string{
				"sqlite":   attackSQLiteFiles,
				"postgres": attackPostgresPages,
			}[backend.Name]
			sqlite := backend.Name == "sqlite"

			t.Run("the attack works on ballots that are not sealed", func(t *testing.T) {
				b := castSmall(t, apitest.Start(t, backend, apitest.Options{BallotBox: plainBox{}}), sqlite, true)
				if _, right := b.score(t, attack(t, b)); right < secrecyVotes {
					t.Fatalf("the attack linked only %d of %d children rightly without the seal: it does not test anything", right, secrecyVotes)
				}
			})

			t.Run("sealed ballots leave nothing to link", func(t *testing.T) {
				b := castSmall(t, apitest.Start(t, backend, apitest.Options{}), sqlite, true)
				if linked, right := b.score(t, attack(t, b)); linked > 0 {
					t.Errorf("the database links children to choices: %d pairs, %d right", linked, right)
				}
				checkCounted(t, b)
				checkLogs(t, b)
				checkAudit(t, b)
				checkBallotColumns(t, b)
				c := b.s.DB.Client
				if n := c.Candidacy.Query().Where(candidacy.Or(candidacy.Elected(true), candidacy.Tied(true))).CountX(apitest.System()); n != 0 {
					t.Errorf("elections of fewer than k voters marked %d candidates elected or tied", n)
				}
				for _, e := range c.Election.Query().AllX(apitest.System()) {
					if e.Status != "VOID" {
						t.Errorf("an election of fewer than k voters is %s, not VOID", e.Status)
					}
				}
			})
		})
	}
}
