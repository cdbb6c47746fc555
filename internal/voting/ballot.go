package voting

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/sqlgraph"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/participation"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/polloption"
	"github.com/jeugdstem/jeugdstem/ent/sealedballot"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/validation"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Ballot is a child's vote as the tablet sends it.
type Ballot struct {
	PollID string `json:"pollID" validate:"required,max=40"`
	// OptionIDs are the chosen options; for RANKING every option, the most preferred first; for a
	// scale (SMILEY_SCALE, SLIDER) the one option of the chosen point.
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

var errAlreadyVoted = apierror.New(apierror.AlreadyVoted, "you have already voted in this poll")

// CastVote records a child's vote. First, as the child: the poll must be one they see, open, and
// asking them (policies.MayVote), and the options must be this poll's, as many as its kind
// takes. The choice is then sealed to the poll's public key (Box), and in one transaction, past
// the privacy rules (no viewer may write ballots), the Participation (who voted) and the
// SealedBallot (how, readable only with the deployment key) are inserted. No count changes: the
// poll is counted when it closes. Nothing else is written, read back or logged.
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
	if len(p.BallotPublicKey) == 0 {
		if p, err = s.ensureKey(ctx, p); err != nil {
			return nil, err
		}
	}
	options, err := s.optionIDs(ctx, p.ID)
	if err != nil {
		return nil, err
	}
	positions, err := ballotPositions(p, options, b.OptionIDs)
	if err != nil {
		return nil, err
	}
	plain, err := encodeChoice(positions)
	if err != nil {
		return nil, err
	}
	sealed, err := s.box.Seal(p.BallotPublicKey, plain)
	clear(plain)
	if err != nil {
		return nil, err
	}

	err = s.record(system(ctx), p.ID, v.MemberID, hash, sealed)
	if errors.Is(err, errVotedBefore) {
		return s.replayed(ctx, p.ID, v.MemberID, hash, errAlreadyVoted)
	}
	if err != nil {
		return nil, err
	}
	return &Receipt{PollID: p.ID, Accepted: true}, nil
}

// optionIDs returns the options of an open (or later) poll in position order. Options change
// only while a poll is a draft, so once read they are kept: a vote need not read them again.
func (s *Service) optionIDs(ctx context.Context, pollID string) ([]string, error) {
	s.optionsMu.Lock()
	ids, ok := s.options[pollID]
	s.optionsMu.Unlock()
	if ok {
		return ids, nil
	}
	ids, err := s.client.PollOption.Query().Where(polloption.PollID(pollID)).
		Order(polloption.ByPosition(), polloption.ByID()).IDs(system(ctx))
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

// ballotPositions checks the chosen options against the poll (options in position order) and
// its kind's Choices, and turns them into their positions, in the order chosen. A scale's point
// (SLIDER, SMILEY_SCALE) is one of its options, so a value outside the scale is an option the poll
// does not have.
func ballotPositions(p *ent.Poll, options, chosen []string) ([]int, error) {
	positions := make([]int, len(chosen))
	for i, id := range chosen {
		positions[i] = slices.Index(options, id)
		if positions[i] < 0 {
			return nil, apierror.BadInput("input.optionIDs", "%q is not an option of this poll", id)
		}
	}
	n := len(chosen)
	switch KindOf(p.Kind).Choices {
	case ChooseUpTo:
		limit := len(options)
		if p.MaxChoices != nil {
			limit = *p.MaxChoices
		}
		if n > limit {
			return nil, apierror.BadInput("input.optionIDs", "choose at most %d options", limit)
		}
	case ChooseAllInOrder:
		if n != len(options) {
			return nil, apierror.BadInput("input.optionIDs", "put all %d options in order", len(options))
		}
	default:
		if n != 1 {
			return nil, apierror.BadInput("input.optionIDs", "choose one option")
		}
	}
	return positions, nil
}

// record writes a ballot in one transaction: it checks the poll is still open (on PostgreSQL
// under a share lock on the poll row, so closing waits for the votes in flight and counts them),
// then inserts the Participation and the SealedBallot. Refused (the poll closed meanwhile, or the
// child voted already: the unique index), nothing of the ballot stays written. Acknowledged only
// after the commit, so an acknowledged vote survives a crash.
//
// The transaction holds the database's one writer (SQLite) while it runs, so every vote of a
// round waits for it: it runs three statements built once (newVoteStatements) and nothing else.
// The new rows' ids and the schema's checks of their fields are made before it begins. Building
// the statements with ent's builders inside it cost as much CPU as running them and held the
// writer a tenth longer per vote. The statements are written past the privacy rules, as the
// builders were with system(ctx): no viewer may write ballots, and record is only reached after
// policies.MayVote.
func (s *Service) record(ctx context.Context, pollID, memberID, hash string, sealed []byte) error {
	st := s.votes
	participationID, ballotID := participation.DefaultID(), sealedballot.DefaultID()
	if err := errors.Join(participation.IDValidator(participationID), participation.IdempotencyHashValidator(hash),
		sealedballot.IDValidator(ballotID), sealedballot.SealedValidator(sealed)); err != nil {
		return err
	}
	return s.inTx(ctx, func(tx *ent.Tx) error {
		rows, err := tx.QueryContext(ctx, st.open, pollID, poll.StatusOPEN.String())
		if err != nil {
			return err
		}
		open := rows.Next()
		if err := errors.Join(rows.Err(), rows.Close()); err != nil {
			return err
		}
		if !open {
			return errNotOpen // closed between the check and the transaction
		}
		if _, err := tx.ExecContext(ctx, st.participation, participationID, pollID, memberID, hash); sqlgraph.IsUniqueConstraintError(err) {
			return errVotedBefore
		} else if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, st.ballot, ballotID, pollID, sealed)
		return err
	})
}

// errVotedBefore: the unique (poll, member) index refused the Participation.
var errVotedBefore = errors.New("voting: the member has a participation in the poll")

// voteStatements are the texts of record's statements for one dialect. Their arguments are, in
// order: open (poll id, status), participation (id, poll, member, idempotency hash), ballot (id,
// poll, sealed).
type voteStatements struct{ open, participation, ballot string }

// newVoteStatements builds record's statements for the dialect (once, in New) with ent's builder
// from the generated table and column names, so they follow the schema.
func newVoteStatements(d string) voteStatements {
	open := entsql.Dialect(d).Select(poll.FieldID).From(entsql.Table(poll.Table)).
		Where(entsql.And(entsql.EQ(poll.FieldID, "poll"), entsql.EQ(poll.FieldStatus, "status")))
	if d == dialect.Postgres {
		open.ForShare()
	}
	part := entsql.Dialect(d).Insert(participation.Table).
		Columns(participation.FieldID, participation.PollColumn, participation.MemberColumn, participation.FieldIdempotencyHash).
		Values("id", "poll", "member", "hash")
	ballot := entsql.Dialect(d).Insert(sealedballot.Table).
		Columns(sealedballot.FieldID, sealedballot.FieldPollID, sealedballot.FieldSealed).
		Values("id", "poll", "sealed")
	return voteStatements{open: inOrder(open, "poll", "status"), participation: inOrder(part, "id", "poll", "member", "hash"),
		ballot: inOrder(ballot, "id", "poll", "sealed")}
}

// inOrder returns the text of a built statement after checking that its arguments are the given
// placeholder values in that order (record passes the real ones in it).
func inOrder(q entsql.Querier, want ...any) string {
	text, args := q.Query()
	if !slices.Equal(args, want) {
		panic(fmt.Sprintf("voting: the statement %q takes %v, want %v", text, args, want))
	}
	return text
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
	if errors.Is(refusal, errNotOpen) {
		return nil, refusal
	}
	return nil, errAlreadyVoted
}
