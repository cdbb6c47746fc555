package voting_test

import (
	"context"
	"fmt"
	"testing"

	"entgo.io/ent/dialect"

	entpoll "github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/tally"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// A database from before sealed ballots kept per-age-band counters raised by every vote (table
// "tallies"). Upgrading folds them into final counts without age bands, keeps none for a counted
// poll of fewer than k voters, drops the table, and lets a poll that was open go on: it gets its
// ballot key at the next vote and, closed, adds its sealed ballots to the earlier counts.
func TestUpgradeFoldsPerVoteCounters(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		ctx := apitest.System()
		w := newWorld(t, s)
		ph := func(i int) string {
			if s.DB.Dialect == dialect.Postgres {
				return fmt.Sprintf("$%d", i)
			}
			return "?"
		}
		exec := func(q string, args ...any) {
			t.Helper()
			if _, err := s.DB.Writer.ExecContext(context.Background(), q, args...); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
		}
		exec(`CREATE TABLE tallies (id varchar(40) PRIMARY KEY, age_band varchar(20) NOT NULL, rank bigint NOT NULL DEFAULT 0,
			count bigint NOT NULL DEFAULT 0, poll_tallies varchar(40) NOT NULL, poll_option_tallies varchar(40) NOT NULL)`)
		bands := []string{"AGE_6_8", "AGE_9_11", "AGE_12_14", "AGE_15_17"}
		n := 0
		// legacy gives p the votes of len(choices) children, child i choosing option choices[i]
		// in age band i mod 4, as the old vote did: a Participation and a counter raised.
		legacy := func(p poll, status entpoll.Status, choices ...int) {
			s.DB.Client.Poll.UpdateOneID(p.ID).SetStatus(status).ClearBallotKeySalt().ClearBallotPublicKey().ExecX(ctx)
			for _, o := range p.Options {
				for _, b := range bands {
					n++
					exec(`INSERT INTO tallies (id, age_band, rank, count, poll_tallies, poll_option_tallies) VALUES (`+
						ph(1)+`, `+ph(2)+`, 0, 0, `+ph(3)+`, `+ph(4)+`)`, fmt.Sprintf("tly_%d", n), b, p.ID, o.ID)
				}
			}
			for i, c := range choices {
				n++
				m := s.NewMember(t, w.council, fmt.Sprintf("Vroeger %d", n))
				s.DB.Client.Participation.Create().SetPollID(p.ID).SetMemberID(m.ID).SetIdempotencyHash(fmt.Sprintf("%064d", n)).ExecX(ctx)
				exec(`UPDATE tallies SET count = count + 1 WHERE poll_tallies = `+ph(1)+` AND poll_option_tallies = `+ph(2)+` AND age_band = `+ph(3),
					p.ID, p.Options[c].ID, bands[i%4])
			}
		}
		counted, small, open := w.openPoll(t, nil), w.openPoll(t, nil), w.openPoll(t, nil)
		legacy(counted, entpoll.StatusCLOSED, 0, 0, 1, 2, 0, 1)
		legacy(small, entpoll.StatusPUBLISHED, 2, 1)
		legacy(open, entpoll.StatusOPEN, 1, 1, 2)

		if err := s.DB.Migrate(context.Background()); err != nil {
			t.Fatal(err)
		}
		if _, err := s.DB.Writer.Exec(`SELECT 1 FROM tallies`); err == nil {
			t.Error("the old counters' table is still there")
		}
		countsOf := func(p poll) []int {
			out := make([]int, len(p.Options))
			for i, o := range p.Options {
				for _, tl := range s.DB.Client.Tally.Query().Where(tally.PollID(p.ID), tally.OptionID(o.ID)).AllX(ctx) {
					out[i] += tl.Count
				}
			}
			return out
		}
		if got := countsOf(counted); fmt.Sprint(got) != "[3 2 1]" {
			t.Errorf("counted poll: %v, want [3 2 1] (summed over age bands)", got)
		}
		if got := s.DB.Client.Tally.Query().Where(tally.PollID(small.ID)).CountX(ctx); got != 0 {
			t.Errorf("a counted poll of 2 voters keeps %d counts", got)
		}
		if got := s.DB.Client.Tally.Query().Where(tally.PollID(counted.ID)).CountX(ctx); got != 3 {
			t.Errorf("counted poll: %d count rows, want one per option", got)
		}
		if err := s.DB.Migrate(context.Background()); err != nil {
			t.Fatalf("a second start: %v", err)
		}

		// The poll that was open goes on: three more children vote, then it is counted.
		for i, o := range []int{0, 2, 2} {
			_, c := w.child(t, fmt.Sprintf("Nu %d", i), "")
			vote(c, open.ID, "", open.Options[o].ID).Must(t, nil)
		}
		w.move(t, "closePoll", open.ID)
		if got := countsOf(open); fmt.Sprint(got) != "[1 2 3]" {
			t.Errorf("poll open during the upgrade: %v, want [1 2 3] (earlier counters and sealed ballots)", got)
		}
	})
}
