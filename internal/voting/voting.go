// Package voting owns anonymous polls: making and editing them, their life from draft to
// published results (also by themselves, at their opening and closing times), the vote, and the
// results with small-cell suppression. Who may do each is decided in policies/ (the ent privacy
// rules, MayVote, MaySeePollCounts); what a vote writes is decided here, and it is as little as
// possible: a Participation row that proves a child voted and a SealedBallot that only the
// server can open, in one transaction. Nothing is counted until the poll closes; then the sealed
// ballots are opened in memory, counted, and replaced by the poll's final Tally rows in one
// transaction, and the poll's key is forgotten (ballotbox.go, close.go, "Ballot secrecy" in
// README.md).
package voting

import (
	"context"
	"sync"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Service is the voting of one database. Build it once, in the composition root (cmd/jeugdstem,
// internal/httpserver, tests), and hand it to whoever needs it.
type Service struct {
	client *ent.Client
	box    Box
	// votes are the vote transaction's statements for client's database (record).
	votes voteStatements

	// options caches the option ids of polls past their draft, in position order (optionIDs).
	optionsMu sync.Mutex
	options   map[string][]string
}

// New returns the voting of client's database, whose dialect (entgo.io/ent/dialect's SQLite or
// Postgres) it is told, sealing ballots in box (NewSealedBox of the deployment keys).
func New(client *ent.Client, dialect string, box Box) *Service {
	return &Service{client: client, box: box, votes: newVoteStatements(dialect), options: map[string][]string{}}
}

// system lets voting's own bookkeeping pass the privacy rules, after the viewer's rights were
// checked: ballots (which no viewer may read or write) and transitions the clock makes.
func system(ctx context.Context) context.Context {
	return policies.System(ctx)
}

// clock is the context of a transition the clock makes (the scheduler, or catching up when a
// poll is read late): no viewer, so it is audited as the system's, and past the privacy rules.
func clock(ctx context.Context) context.Context {
	return system(policies.NewContext(ctx, &policies.Viewer{}))
}

// tallyRanks are the ranks a poll counts: 1..n for a ranked kind (RANKING, n options), otherwise
// only 0.
func tallyRanks(kind poll.Kind, options int) []int {
	if !KindOf(kind).Ranked() {
		return []int{0}
	}
	ranks := make([]int, options)
	for i := range ranks {
		ranks[i] = i + 1
	}
	return ranks
}
