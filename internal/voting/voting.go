// Package voting owns anonymous polls: making and editing them, their life from draft to
// published results (also by themselves, at their opening and closing times), the vote, and the
// results with small-cell suppression. Who may do each is decided in policies/ (the ent privacy
// rules, MayVote, MaySeePollCounts); what a vote writes is decided here, and it is as little as
// possible: a Participation row that proves a child voted and counters that say how many chose
// what, in one transaction (on SQLite shared by the ballots that arrive together, each in a
// savepoint), nothing else (DESIGN.md section 6, "Ballot secrecy" in README.md).
package voting

import (
	"context"
	"sync"
	"sync/atomic"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Service is the voting of one database. It knows what ent keeps to itself, the SQL dialect,
// because a vote is written a little differently on each: on SQLite ballots that arrive together
// share a transaction, after which the write-ahead log is emptied (group commit, see record); on
// PostgreSQL each ballot is its own transaction and the counters are locked in one order.
type Service struct {
	client *ent.Client

	probeMu sync.Mutex
	dialect string // found by the first query that succeeds (sqlDialect)

	// The SQLite ballots waiting to be written, and whether a batch is being written (record).
	queueMu sync.Mutex
	queue   []*ballot
	writing bool

	// options caches the option ids of polls past their draft (see optionIDs).
	optionsMu sync.Mutex
	options   map[string][]string

	// weakened is set by the unlinkability test only, to show that its attacks succeed without
	// the defences: votes then update only the chosen counters and leave the log as it is.
	weakened atomic.Bool
	// keepLog is set by the benchmark of the log truncation's cost only.
	keepLog atomic.Bool
}

var services sync.Map // *ent.Client → *Service

// For returns the voting service of client's database. Resolvers hold only the ent client, so
// the service is kept per client for the life of the process.
func For(client *ent.Client) *Service {
	if s, ok := services.Load(client); ok {
		return s.(*Service)
	}
	s, _ := services.LoadOrStore(client, &Service{client: client, options: map[string][]string{}})
	return s.(*Service)
}

// sqlDialect finds the database's dialect: ent hands it to a query modifier. The probe runs
// until it succeeds once.
func (s *Service) sqlDialect(ctx context.Context) (string, error) {
	s.probeMu.Lock()
	defer s.probeMu.Unlock()
	if s.dialect != "" {
		return s.dialect, nil
	}
	var found string
	_, err := s.client.Poll.Query().
		Modify(func(sel *entsql.Selector) {
			found = sel.Dialect()
			sel.Where(entsql.False())
		}).
		IDs(system(ctx))
	if err != nil {
		return "", err
	}
	s.dialect = found
	return found, nil
}

func (s *Service) isSQLite(ctx context.Context) (bool, error) {
	d, err := s.sqlDialect(ctx)
	return d == dialect.SQLite, err
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

// tallyRanks are the ranks a poll counts: 1..n for RANKING (n options), otherwise only 0.
func tallyRanks(kind poll.Kind, options int) []int {
	if kind != poll.KindRANKING {
		return []int{0}
	}
	ranks := make([]int, options)
	for i := range ranks {
		ranks[i] = i + 1
	}
	return ranks
}
