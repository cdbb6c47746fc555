package feedback

import (
	"context"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/feedbackthread"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/threadresponse"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/audit"
	"github.com/jeugdstem/jeugdstem/internal/validation"
	"github.com/jeugdstem/jeugdstem/policies"
)

// NewResponse is the input of RespondToThread.
type NewResponse struct {
	ThreadID string `json:"threadID" validate:"required,max=40"`
	// Body is the answer in as many languages as the manager can give.
	Body   []schematype.Translation `json:"body" validate:"required,min=1,max=13,dive"`
	Status threadresponse.Status    `json:"status" validate:"required"`
	// CommitmentDate is when the change will be made; only with IN_PROGRESS.
	CommitmentDate *time.Time `json:"commitmentDate"`
	// Reason says why it cannot be done; required with NOT_POSSIBLE, and only then.
	Reason []schematype.Translation `json:"reason" validate:"max=13,dive"`
}

// RespondToThread is a manager's answer to a thread they can see: the answer, the thread's new
// status and, for work in progress, when it will be done. Children read it on the board in their
// language. Managers of another location get NOT_FOUND; staff who may read but not answer the
// thread get FORBIDDEN (policies.ThreadResponse).
func RespondToThread(ctx context.Context, client *ent.Client, in NewResponse) (*ent.ThreadResponse, error) {
	now := dbNow()
	if err := checkAnswer(&in, &in.Body, &in.Reason, in.Status, in.CommitmentDate, now); err != nil {
		return nil, err
	}
	t, err := client.FeedbackThread.Get(ctx, in.ThreadID)
	if err != nil {
		return nil, notFound(err, "no such thread")
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer rollback(tx)
	create := tx.ThreadResponse.Create().
		SetThreadID(t.ID).
		SetAuthorID(policies.FromContext(ctx).StaffID).
		SetBody(in.Body).
		SetStatus(in.Status).
		SetNillableCommitmentDate(in.CommitmentDate).
		SetCreatedAt(now)
	if len(in.Reason) > 0 {
		create.SetReason(in.Reason)
	}
	r, err := create.Save(ctx)
	if err != nil {
		return nil, err
	}
	update := tx.FeedbackThread.UpdateOneID(t.ID).SetStatus(feedbackthread.Status(in.Status))
	if t.AnsweredAt == nil {
		update.SetAnsweredAt(now)
	}
	if err := update.Exec(ctx); err != nil {
		return nil, err
	}
	if err := audit.Record(ctx, tx.Client(), ActionThreadAnswered, "FeedbackThread", t.ID, t.LocationID); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return r.Unwrap(), nil
}

// checkAnswer cleans and checks an answer to children, "you said, we did", of a thread or a poll:
// one rule for both. in is the input holding body and reason (validated as "input"), cleaned in
// place.
func checkAnswer(in any, body, reason *[]schematype.Translation, status threadresponse.Status, commitment *time.Time, now time.Time) error {
	var err error
	if *body, err = cleanTranslations("input.body", *body); err != nil {
		return err
	}
	if *reason, err = cleanTranslations("input.reason", *reason); err != nil {
		return err
	}
	if err := validation.Struct("input", in); err != nil {
		return err
	}
	if threadresponse.StatusValidator(status) != nil {
		return apierror.BadInput("input.status", "is not an answer status")
	}
	switch {
	case status == threadresponse.StatusNOT_POSSIBLE && len(*reason) == 0:
		return apierror.BadInput("input.reason", "say why it is not possible: children are told")
	case status != threadresponse.StatusNOT_POSSIBLE && len(*reason) > 0:
		return apierror.BadInput("input.reason", "only a NOT_POSSIBLE answer has a reason")
	case commitment != nil && status != threadresponse.StatusIN_PROGRESS:
		return apierror.BadInput("input.commitmentDate", "only work in progress has a commitment date")
	case commitment != nil && commitment.Before(now.Add(-24*time.Hour)):
		return apierror.BadInput("input.commitmentDate", "is in the past")
	}
	return nil
}
