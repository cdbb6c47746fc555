package voting

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"log/slog"
	"slices"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/participation"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/polloption"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/tally"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/validation"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Ballot is a child's vote as the tablet sends it.
type Ballot struct {
	PollID string `json:"pollID" validate:"required,max=40"`
	// OptionIDs are the chosen options; for RANKING every option, the most preferred first.
	OptionIDs []string `json:"optionIDs" validate:"required,min=1,max=20,unique,dive,required,max=40"`
	// IdempotencyKey is a random string the app makes once per ballot, so a ballot sent again
	// (a retry after a lost answer) gets the first answer instead of ALREADY_VOTED. Only its
	// SHA-256 is stored, next to the Participation; it must never be derived from the choice.
	IdempotencyKey string `json:"idempotencyKey" validate:"required,min=8,max=128"`
}

// Receipt is the answer to a ballot.
type Receipt struct {
	PollID   string `json:"pollID"`
	Accepted bool   `json:"accepted"`
}

// choice is one counter a ballot increments: an option at a rank (0 unless RANKING).
type choice struct {
	optionID string
	rank     int
}

var (
	errAlreadyVoted = apierror.New(apierror.AlreadyVoted, "you have already voted in this poll")
	errVoteLost     = apierror.New(apierror.Internal, "internal error")
)

// CastVote records a child's vote. First, as the child: the poll must be one they see, open, and
// asking them (policies.MayVote), and the options must be this poll's, as many as its kind
// takes. Then, in one transaction and past the privacy rules (no viewer may write ballots):
// insert the Participation, which proves the child voted and nothing more, and add the choice to
// the counters. Nothing else is written, read back or logged.
//
// A second vote by the same child is refused by the unique (poll, member) index, also when both
// arrive at the same moment: never by reading first. When the refused ballot carries the
// idempotency key of the stored one it is the same ballot sent again, and gets the first answer.
func (s *Service) CastVote(ctx context.Context, b Ballot) (*Receipt, error) {
	if err := validation.Struct("input", b); err != nil {
		return nil, err
	}
	v := policies.FromContext(ctx)
	if !v.IsYouth() {
		return nil, apierror.New(apierror.Forbidden, "children vote, signed in on a tablet")
	}
	sum := sha256.Sum256([]byte(b.IdempotencyKey))
	hash := hex.EncodeToString(sum[:])

	p, err := s.pollForVote(ctx, b.PollID)
	if err != nil {
		return nil, err
	}
	if p.Status != poll.StatusOPEN || dueToClose(p, time.Now()) {
		return s.replayed(ctx, p.ID, v.MemberID, hash, errNotOpen)
	}
	if err := policies.MayVote(ctx, s.client, p); err != nil {
		return nil, err
	}
	band := schematype.AgeBand(v.AgeBand)
	if !isAgeBand(band) {
		return nil, apierror.New(apierror.Forbidden, "this member has no age band")
	}
	options, err := s.optionIDs(ctx, p.ID)
	if err != nil {
		return nil, err
	}
	choices, err := ballotChoices(p, options, b.OptionIDs)
	if err != nil {
		return nil, err
	}
	counters := len(options) * len(band.Values()) * len(tallyRanks(p.Kind, len(options)))

	err = s.record(ctx, &ballot{pollID: p.ID, memberID: v.MemberID, hash: hash, band: band, choices: choices, counters: counters})
	if ent.IsConstraintError(err) {
		return s.replayed(ctx, p.ID, v.MemberID, hash, errAlreadyVoted)
	}
	if err != nil {
		return nil, err
	}
	return &Receipt{PollID: p.ID, Accepted: true}, nil
}

// optionIDs returns the options of an open (or later) poll. Options change only while a poll is a
// draft, so once read they are kept: a vote need not read them again.
func (s *Service) optionIDs(ctx context.Context, pollID string) ([]string, error) {
	s.optionsMu.Lock()
	ids, ok := s.options[pollID]
	s.optionsMu.Unlock()
	if ok {
		return ids, nil
	}
	ids, err := s.client.PollOption.Query().Where(polloption.PollID(pollID)).IDs(system(ctx))
	if err != nil {
		return nil, err
	}
	s.optionsMu.Lock()
	if len(s.options) >= maxCachedPolls {
		clear(s.options)
	}
	s.options[pollID] = ids
	s.optionsMu.Unlock()
	return ids, nil
}

// maxCachedPolls bounds the options kept (a few hundred bytes per poll).
const maxCachedPolls = 10_000

// ballotChoices checks the chosen options against the poll and turns them into counters.
func ballotChoices(p *ent.Poll, options, chosen []string) ([]choice, error) {
	for _, id := range chosen {
		if !slices.Contains(options, id) {
			return nil, apierror.BadInput("input.optionIDs", "%q is not an option of this poll", id)
		}
	}
	n := len(chosen)
	switch p.Kind {
	case poll.KindMULTIPLE_CHOICE:
		limit := len(options)
		if p.MaxChoices != nil {
			limit = *p.MaxChoices
		}
		if n > limit {
			return nil, apierror.BadInput("input.optionIDs", "choose at most %d options", limit)
		}
	case poll.KindRANKING:
		if n != len(options) {
			return nil, apierror.BadInput("input.optionIDs", "put all %d options in order", len(options))
		}
	default:
		if n != 1 {
			return nil, apierror.BadInput("input.optionIDs", "choose one option")
		}
	}
	choices := make([]choice, n)
	for i, id := range chosen {
		choices[i] = choice{optionID: id}
		if p.Kind == poll.KindRANKING {
			choices[i].rank = i + 1
		}
	}
	return choices, nil
}

// ballot is a vote on its way into the database.
type ballot struct {
	pollID, memberID, hash string
	band                   schematype.AgeBand
	choices                []choice
	counters               int        // the poll's counter rows
	done                   chan error // the outcome; errLead: write the next batch
}

// errLead tells a waiting ballot that it writes the next batch.
var errLead = errors.New("lead the next batch")

// maxBatch bounds the ballots of one SQLite transaction.
const maxBatch = 64

// record writes a ballot: the Participation, then one UPDATE of every counter of the poll,
// adding 1 to the chosen ones and 0 to the rest. Writing them all means every counter row of the
// poll carries the same last writer (PostgreSQL's xmin, the page images in SQLite's log), so no
// row betrays which counter the last voter chose. The UPDATE also re-checks that the poll is
// still open (on PostgreSQL under a share lock, so closing waits for votes in flight); if it is
// not, nothing is counted and nothing of the ballot stays written.
//
// On PostgreSQL every ballot is its own transaction. SQLite has one writer, and after every
// commit the write-ahead log is emptied (truncateLog), which costs a few fsyncs; so ballots that
// arrive while one is being written wait, and are then written together, each in a savepoint of
// one transaction, followed by one truncation (group commit). The log then never holds more
// than one commit, and a commit of several ballots shows only their sum.
func (s *Service) record(ctx context.Context, b *ballot) error {
	sqlite, err := s.isSQLite(ctx)
	if err != nil {
		return err
	}
	if !sqlite {
		tx, err := s.client.Tx(system(ctx))
		if err != nil {
			return err
		}
		if err := s.writeBallot(system(ctx), tx, b, false); err != nil {
			if rerr := rollback(tx); rerr != nil {
				return errors.Join(err, rerr)
			}
			return err
		}
		return tx.Commit()
	}
	b.done = make(chan error, 1)
	s.queueMu.Lock()
	s.queue = append(s.queue, b)
	lead := !s.writing
	s.writing = true
	s.queueMu.Unlock()
	if !lead {
		if err := <-b.done; err != errLead {
			return err
		}
	}
	// This ballot writes the batch (itself among it), then hands over to the next one waiting.
	s.queueMu.Lock()
	n := min(len(s.queue), maxBatch)
	batch := slices.Clone(s.queue[:n])
	s.queue = slices.Delete(s.queue, 0, n)
	s.queueMu.Unlock()
	s.writeBatch(context.WithoutCancel(ctx), batch)
	s.queueMu.Lock()
	if len(s.queue) > 0 {
		s.queue[0].done <- errLead
	} else {
		s.writing = false
	}
	s.queueMu.Unlock()
	return <-b.done
}

// writeBatch writes ballots in one SQLite transaction, each in a savepoint so that a refused one
// (ALREADY_VOTED, a poll closed meanwhile) leaves the others, then empties the log. Every
// ballot's outcome goes to its done channel.
func (s *Service) writeBatch(ctx context.Context, batch []*ballot) {
	sys := system(ctx)
	outcome := make([]error, len(batch))
	tx, err := s.client.Tx(sys)
	if err == nil {
		for i, b := range batch {
			outcome[i] = s.writeBallot(sys, tx, b, true)
		}
		err = tx.Commit()
	}
	if err == nil && !s.weakened.Load() && !s.keepLog.Load() {
		s.truncateLog(sys)
	}
	for i, b := range batch {
		if err != nil && outcome[i] == nil {
			outcome[i] = err
		}
		b.done <- outcome[i]
	}
}

// writeBallot inserts the Participation and counts the choice, in tx (in a savepoint of it
// when asked).
func (s *Service) writeBallot(ctx context.Context, tx *ent.Tx, b *ballot, savepoint bool) (err error) {
	if savepoint {
		if _, err := tx.ExecContext(ctx, "SAVEPOINT ballot"); err != nil {
			return err
		}
		defer func() {
			if err != nil {
				if _, rerr := tx.ExecContext(ctx, "ROLLBACK TO ballot"); rerr != nil {
					err = errors.Join(err, rerr)
				}
			}
			if _, rerr := tx.ExecContext(ctx, "RELEASE ballot"); rerr != nil {
				err = errors.Join(err, rerr)
			}
		}()
	}
	err = tx.Participation.Create().
		SetPollID(b.pollID).
		SetMemberID(b.memberID).
		SetIdempotencyHash(b.hash).
		Exec(ctx)
	if err != nil {
		return err
	}
	weakened := s.weakened.Load()
	counters := b.counters
	if weakened {
		counters = len(b.choices)
	}
	n, err := tx.Tally.Update().
		Where(tally.PollID(b.pollID)).
		Modify(func(u *entsql.UpdateBuilder) {
			countVote(u, b.pollID, b.band, b.choices)
			if weakened {
				u.Where(chosen(b.band, b.choices))
			}
		}).
		Save(ctx)
	switch {
	case err != nil:
		return err
	case n == 0:
		return errNotOpen // closed between the check and the transaction
	case n != counters:
		// Counters missing (they are all made when the poll opens): count nothing rather than
		// part of the ballot. The log names the poll only.
		slog.ErrorContext(ctx, "a vote found the wrong number of counters", "poll", b.pollID, "found", n, "want", counters)
		return errVoteLost
	}
	return nil
}

// countVote turns the counters' UPDATE into
//
//	UPDATE tallies SET count = count + CASE WHEN <chosen> THEN 1 ELSE 0 END
//	WHERE poll = ? AND EXISTS (poll still open) [AND id IN (counters locked in id order)]
//
// On PostgreSQL the counters are locked in id order first, so concurrent votes always take the
// row locks in the same order and never deadlock.
func countVote(u *entsql.UpdateBuilder, pollID string, band schematype.AgeBand, choices []choice) {
	u.Set(tally.FieldCount, entsql.ExprFunc(func(b *entsql.Builder) {
		b.Ident(tally.FieldCount).WriteString(" + CASE WHEN ").Join(chosen(band, choices)).WriteString(" THEN 1 ELSE 0 END")
	}))
	open := entsql.Select().From(entsql.Table(poll.Table)).
		Where(entsql.And(entsql.EQ(poll.FieldID, pollID), entsql.EQ(poll.FieldStatus, poll.StatusOPEN.String())))
	if u.Dialect() == dialect.Postgres {
		open.ForShare()
		u.Where(entsql.In(tally.FieldID, entsql.Select(tally.FieldID).From(entsql.Table(tally.Table)).
			Where(entsql.EQ(tally.FieldPollID, pollID)).OrderBy(tally.FieldID).ForUpdate()))
	}
	u.Where(entsql.Exists(open))
}

// chosen is the predicate of the counters a ballot adds to: its age band, and each chosen
// option at its rank.
func chosen(band schematype.AgeBand, choices []choice) *entsql.Predicate {
	options := make([]*entsql.Predicate, len(choices))
	for i, c := range choices {
		options[i] = entsql.And(entsql.EQ(tally.FieldOptionID, c.optionID), entsql.EQ(tally.FieldRank, c.rank))
	}
	return entsql.And(entsql.EQ(tally.FieldAgeBand, string(band)), entsql.Or(options...))
}

// truncateLog empties SQLite's write-ahead log after a vote. The log keeps the page images of
// every transaction until a checkpoint copies them into the database; two successive images of
// the counters' page would show which counter a vote added to, next to the page with its
// Participation. TRUNCATE copies the pages back and cuts the file to zero bytes (readers still
// in the log are waited for by the busy timeout). If it cannot finish (a long reader), the next
// vote's checkpoint takes the rest.
func (s *Service) truncateLog(ctx context.Context) {
	rows, err := s.client.QueryContext(context.WithoutCancel(ctx), "PRAGMA wal_checkpoint(TRUNCATE)")
	if err != nil {
		slog.WarnContext(ctx, "emptying the write-ahead log after a vote", "error", err.Error())
		return
	}
	defer rows.Close()
	var busy, frames, copied int
	if rows.Next() {
		err = rows.Scan(&busy, &frames, &copied)
	}
	if err != nil || busy != 0 {
		slog.WarnContext(ctx, "the write-ahead log could not be emptied after a vote; the next vote retries")
	}
}

// replayed answers a refused ballot: when the child's stored Participation carries the same
// idempotency key, this is the accepted ballot sent again and gets its first answer; otherwise
// the refusal stands. Reading the Participation after the refusal tells the child nothing they
// do not know (that they voted), and never how.
func (s *Service) replayed(ctx context.Context, pollID, memberID, hash string, refusal error) (*Receipt, error) {
	stored, err := s.client.Participation.Query().
		Where(participation.HasPollWith(poll.ID(pollID)), participation.HasMemberWith(youthmember.ID(memberID))).
		Only(system(ctx))
	if ent.IsNotFound(err) {
		return nil, refusal
	} else if err != nil {
		return nil, err
	}
	if subtle.ConstantTimeCompare([]byte(stored.IdempotencyHash), []byte(hash)) == 1 {
		return &Receipt{PollID: pollID, Accepted: true}, nil
	}
	if refusal == errNotOpen {
		return nil, refusal
	}
	return nil, errAlreadyVoted
}
