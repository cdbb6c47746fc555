package voting

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
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

	p, err := s.visiblePoll(ctx, b.PollID)
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
	options, err := s.client.PollOption.Query().Where(polloption.PollID(p.ID)).IDs(system(ctx))
	if err != nil {
		return nil, err
	}
	choices, err := ballotChoices(p, options, b.OptionIDs)
	if err != nil {
		return nil, err
	}
	counters := len(options) * len(band.Values()) * len(tallyRanks(p.Kind, len(options)))

	err = s.record(ctx, p.ID, v.MemberID, hash, band, choices, counters)
	if ent.IsConstraintError(err) {
		return s.replayed(ctx, p.ID, v.MemberID, hash, errAlreadyVoted)
	}
	if err != nil {
		return nil, err
	}
	return &Receipt{PollID: p.ID, Accepted: true}, nil
}

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

// record is the vote transaction: the Participation, then one UPDATE of every counter of the
// poll, adding 1 to the chosen ones and 0 to the rest. Writing them all means every counter row
// of the poll carries the same last writer (PostgreSQL's xmin, the page images in SQLite's log),
// so no row betrays which counter the last voter chose. The UPDATE also re-checks that the poll
// is still open (on PostgreSQL under a share lock, so closing waits for votes in flight); if it
// is not, nothing is counted and nothing stays written.
func (s *Service) record(ctx context.Context, pollID, memberID, hash string, band schematype.AgeBand, choices []choice, counters int) error {
	sqlite, err := s.isSQLite(ctx)
	if err != nil {
		return err
	}
	if sqlite {
		s.voteMu.Lock()
		defer s.voteMu.Unlock()
	}
	sys := system(ctx)
	tx, err := s.client.Tx(sys)
	if err != nil {
		return err
	}
	err = tx.Participation.Create().
		SetPollID(pollID).
		SetMemberID(memberID).
		SetIdempotencyHash(hash).
		Exec(sys)
	if err != nil {
		_ = rollback(tx)
		return err
	}
	n, err := tx.Tally.Update().
		Where(tally.PollID(pollID)).
		Modify(func(u *entsql.UpdateBuilder) { countVote(u, pollID, band, choices) }).
		Save(sys)
	if err == nil && n != counters {
		err = errVoteLost
		if n == 0 {
			err = errNotOpen // closed between the check and the transaction
		}
	}
	if err != nil {
		_ = rollback(tx)
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	if sqlite {
		s.truncateLog(ctx)
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
		b.Ident(tally.FieldCount).WriteString(" + CASE WHEN ")
		b.Ident(tally.FieldAgeBand).WriteOp(entsql.OpEQ).Arg(string(band)).WriteString(" AND (")
		for i, c := range choices {
			if i > 0 {
				b.WriteString(" OR ")
			}
			b.WriteByte('(').Ident(tally.FieldOptionID).WriteOp(entsql.OpEQ).Arg(c.optionID).
				WriteString(" AND ").Ident(tally.FieldRank).WriteOp(entsql.OpEQ).Arg(c.rank).WriteByte(')')
		}
		b.WriteString(") THEN 1 ELSE 0 END")
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
