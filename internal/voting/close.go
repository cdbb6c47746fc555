package voting

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/participation"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/polloption"
	"github.com/jeugdstem/jeugdstem/ent/sealedballot"
	"github.com/jeugdstem/jeugdstem/ent/tally"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
)

// close ends voting in p and counts it, in one transaction:
//
//  1. the poll becomes CLOSED by a conditional update (of two closers only one proceeds; on
//     PostgreSQL it waits for the votes holding a share lock on the poll, so every vote
//     acknowledged before the close is among the ballots read next, and every later one is
//     refused);
//  2. its sealed ballots are opened in memory and counted per option and rank;
//  3. when at least k children voted, the counts are written as the poll's Tally rows, all at
//     once; with fewer, nothing is written (no stored figure describes fewer than k children, and
//     the results of such a poll are never shown anyway);
//  4. the sealed ballots are deleted and the poll's key salt is cleared: its private key can no
//     longer be derived, so copies of the ballots that linger (log, free pages, old row versions)
//     stay sealed for good.
//
// A poll whose ballots cannot be opened (its key was made with a deployment key that is no
// longer configured) stays OPEN and the error says what to do: counting part of a poll is never
// an option.
func (s *Service) close(ctx context.Context, p *ent.Poll, action string) (*ent.Poll, error) {
	sys := system(ctx)
	err := s.inTx(ctx, func(tx *ent.Tx) error {
		closed, err := tx.Poll.UpdateOneID(p.ID).Where(poll.StatusEQ(poll.StatusOPEN)).
			SetStatus(poll.StatusCLOSED).SetClosedAt(time.Now()).Save(ctx)
		if ent.IsNotFound(err) {
			return apierror.New(apierror.Conflict, "the poll is no longer %s", poll.StatusOPEN)
		} else if err != nil {
			return err
		}
		counts, turnout, err := s.count(sys, tx, closed)
		if err != nil {
			return err
		}
		if KindOf(closed.Kind).Settles {
			if err := settle(sys, tx, closed, counts, turnout); err != nil {
				return err
			}
		}
		closed, err = tx.Poll.UpdateOneID(p.ID).ClearBallotKeySalt().ClearBallotPublicKey().Save(ctx)
		if err != nil {
			return err
		}
		p = closed
		return recordPoll(ctx, tx, action, p)
	})
	if err != nil {
		return nil, err
	}
	return p, nil
}

// Settler finishes what a poll of a settling kind (Kind.Settles) decides, in the closing
// transaction, from its counts per option position (first rank) and its turnout; the counts are
// in memory only and must not be stored or logged (a Tally exists only from k voters).
type Settler func(ctx context.Context, tx *ent.Tx, p *ent.Poll, counts []int, turnout int) error

var (
	settlersMu sync.RWMutex
	settlers   = map[poll.Kind]Settler{}
)

// RegisterSettler makes fn the Settler of kind; the package that owns the kind calls it from its
// init (internal/councils for ELECTION).
func RegisterSettler(kind poll.Kind, fn Settler) {
	settlersMu.Lock()
	defer settlersMu.Unlock()
	settlers[kind] = fn
}

func settle(ctx context.Context, tx *ent.Tx, p *ent.Poll, counts [][]int, turnout int) error {
	settlersMu.RLock()
	fn := settlers[p.Kind]
	settlersMu.RUnlock()
	if fn == nil {
		return fmt.Errorf("voting: a %s poll closes only with its settler registered", p.Kind)
	}
	first := make([]int, len(counts))
	for i, c := range counts {
		first[i] = c[0]
	}
	return fn(ctx, tx, p, first, turnout)
}

// count opens the sealed ballots of p and replaces them by its Tally rows (see close); it returns
// the counts per option and rank, and the turnout.
func (s *Service) count(ctx context.Context, tx *ent.Tx, p *ent.Poll) ([][]int, int, error) {
	sealed, err := tx.SealedBallot.Query().Where(sealedballot.PollID(p.ID)).All(ctx)
	if err != nil {
		return nil, 0, err
	}
	turnout, err := tx.Participation.Query().Where(participation.HasPollWith(poll.ID(p.ID))).Count(ctx)
	if err != nil {
		return nil, 0, err
	}
	options, err := tx.PollOption.Query().Where(polloption.PollID(p.ID)).
		Order(polloption.ByPosition(), polloption.ByID()).IDs(ctx)
	if err != nil {
		return nil, 0, err
	}
	ranks := len(tallyRanks(p.Kind, len(options)))
	counts := make([][]int, len(options)) // counts[option][rank index]
	for i := range counts {
		counts[i] = make([]int, ranks)
	}
	// Counts a poll had before ballots were sealed (a database upgraded while it was open).
	earlier, err := tx.Tally.Query().Where(tally.PollID(p.ID)).All(ctx)
	if err != nil {
		return nil, 0, err
	}
	for _, t := range earlier {
		if o, r := slices.Index(options, t.OptionID), rankIndex(p.Kind, t.Rank); o >= 0 && r >= 0 && r < ranks {
			counts[o][r] += t.Count
		}
	}
	if len(sealed) > 0 {
		if len(p.BallotPublicKey) == 0 || len(p.BallotKeySalt) == 0 {
			return nil, 0, errors.New("voting: a poll with sealed ballots has no ballot key")
		}
		boxes := make([][]byte, len(sealed))
		for i, b := range sealed {
			boxes[i] = b.Sealed
		}
		plains, err := s.box.Open(p.BallotPublicKey, p.BallotKeySalt, boxes)
		if err != nil {
			return nil, 0, err
		}
		for _, plain := range plains {
			positions, err := decodeChoice(plain)
			clear(plain)
			if err != nil {
				return nil, 0, err
			}
			for i, o := range positions {
				if o >= len(options) {
					return nil, 0, errors.New("voting: a ballot names an option the poll does not have")
				}
				r := 0
				if KindOf(p.Kind).Ranked() {
					r = i
				}
				counts[o][r]++
			}
		}
	}
	if _, err := tx.Tally.Delete().Where(tally.PollID(p.ID)).Exec(ctx); err != nil {
		return nil, 0, err
	}
	if _, err := tx.SealedBallot.Delete().Where(sealedballot.PollID(p.ID)).Exec(ctx); err != nil {
		return nil, 0, err
	}
	if turnout < p.MinGroupSize {
		return counts, turnout, nil
	}
	creates := make([]*ent.TallyCreate, 0, len(options)*ranks)
	for o, id := range options {
		for r, rank := range tallyRanks(p.Kind, len(options)) {
			creates = append(creates, tx.Tally.Create().SetPollID(p.ID).SetOptionID(id).SetRank(rank).SetCount(counts[o][r]))
		}
	}
	return counts, turnout, tx.Tally.CreateBulk(creates...).Exec(ctx)
}

// rankIndex is where a Tally's rank sits in a poll's counts: rank-1 for a ranked kind, 0 otherwise.
func rankIndex(kind poll.Kind, rank int) int {
	if KindOf(kind).Ranked() {
		return rank - 1
	}
	return rank
}
