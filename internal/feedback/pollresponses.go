package feedback

import (
	"context"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/pollresponse"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/threadresponse"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/audit"
	"github.com/jeugdstem/jeugdstem/policies"
)

// ActionPollAnswered is the audit action of RespondToPoll.
const ActionPollAnswered = "POLL_ANSWERED"

// NewPollResponse is the input of RespondToPoll: the same answer as a thread's (NewResponse).
type NewPollResponse struct {
	PollID string                   `json:"pollID" validate:"required,max=40"`
	Body   []schematype.Translation `json:"body" validate:"required,min=1,max=13,dive"`
	Status threadresponse.Status    `json:"status" validate:"required"`
	// CommitmentDate is when the change will be made; only with IN_PROGRESS.
	CommitmentDate *time.Time `json:"commitmentDate"`
	// Reason says why it cannot be done; required with NOT_POSSIBLE, and only then.
	Reason []schematype.Translation `json:"reason" validate:"max=13,dive"`
}

// RespondToPoll is "you said, we did" for a poll: what staff who may manage the poll did about
// its published results, read by the children it asked under those results. Only a published
// poll is answered: before, children have not seen what they said (BAD_USER_INPUT on input.pollID).
// Staff of another location get NOT_FOUND, other staff of the location FORBIDDEN
// (policies.PollResponse). A newer answer replaces the older one for the children.
func RespondToPoll(ctx context.Context, client *ent.Client, in NewPollResponse) (*ent.Poll, error) {
	now := dbNow()
	if err := checkAnswer(&in, &in.Body, &in.Reason, in.Status, in.CommitmentDate, now); err != nil {
		return nil, err
	}
	p, err := client.Poll.Get(ctx, in.PollID)
	if err != nil {
		return nil, notFound(err, "no such poll")
	}
	if p.Status != poll.StatusPUBLISHED {
		return nil, apierror.BadInput("input.pollID", "only a poll whose results were published gets an answer: children have not seen them yet")
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer rollback(tx)
	create := tx.PollResponse.Create().
		SetPollID(p.ID).
		SetAuthorID(policies.FromContext(ctx).StaffID).
		SetBody(in.Body).
		SetStatus(pollresponse.Status(in.Status)).
		SetNillableCommitmentDate(in.CommitmentDate).
		SetCreatedAt(now)
	if len(in.Reason) > 0 {
		create.SetReason(in.Reason)
	}
	if err := create.Exec(ctx); err != nil {
		return nil, err
	}
	location := ""
	if p.LocationID != nil {
		location = *p.LocationID
	}
	if err := audit.Record(ctx, tx.Client(), ActionPollAnswered, "Poll", p.ID, location); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return p, nil
}

// PollAnswer is the newest answer to the poll the viewer may read (children: only once the
// results are published, policies.PollResponse), in language if asked for, else picked by the
// one rule (i18n.Reader) at locationID: the poll's, or for a national poll the child's tablet's.
// nil while there is none.
func PollAnswer(ctx context.Context, client *ent.Client, pollID, locationID string, language *string) (*BoardResponse, error) {
	return PollsAnswer(ctx, client, []string{pollID}, locationID, language)
}

// PollsAnswer is PollAnswer over several polls that staff answer as one (a monitor domain's
// question in both age versions): the newest answer to any of them the viewer may read.
func PollsAnswer(ctx context.Context, client *ent.Client, pollIDs []string, locationID string, language *string) (*BoardResponse, error) {
	if len(pollIDs) == 0 {
		return nil, nil
	}
	r, err := client.PollResponse.Query().
		Where(pollresponse.HasPollWith(poll.IDIn(pollIDs...))).
		Order(ent.Desc(pollresponse.FieldCreatedAt), ent.Desc(pollresponse.FieldID)).
		First(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	chain, err := readerChain(ctx, client, locationID, language)
	if err != nil {
		return nil, err
	}
	return boardResponse(chain, r.Body, threadresponse.Status(r.Status), r.Reason, r.CommitmentDate, r.CreatedAt), nil
}
