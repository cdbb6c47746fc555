package moderation

import (
	"context"
	"strings"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/feedbackpost"
	"github.com/jeugdstem/jeugdstem/ent/feedbackthread"
	"github.com/jeugdstem/jeugdstem/ent/moderationdecision"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/audit"
	"github.com/jeugdstem/jeugdstem/internal/validation"
	"github.com/jeugdstem/jeugdstem/policies"
)

// PostDecision is the input of ModeratePost.
type PostDecision struct {
	PostID   string                      `json:"postID" validate:"required,max=40"`
	Decision moderationdecision.Decision `json:"decision" validate:"required"`
	// ReasonCode is required to reject, and only then given: the child reads it as a kind text.
	ReasonCode *moderationdecision.ReasonCode `json:"reasonCode"`
	// Note is for the moderators' record (and the safeguarding officer's, on escalation); the
	// child never sees it.
	Note *string `json:"note" validate:"omitnil,max=2000"`
}

// stateAfter is the post's state after a decision.
var stateAfter = map[moderationdecision.Decision]feedbackpost.ModerationState{
	moderationdecision.DecisionAPPROVE:  feedbackpost.ModerationStateAPPROVED,
	moderationdecision.DecisionREJECT:   feedbackpost.ModerationStateREJECTED,
	moderationdecision.DecisionESCALATE: feedbackpost.ModerationStateESCALATED,
}

// mayBecome says which decisions a post in each state can still take. A pending post takes any; an
// approved post can be taken down or escalated, a rejected one approved after all or escalated. An
// escalated post is the safeguarding officer's from then on.
var mayBecome = map[feedbackpost.ModerationState][]feedbackpost.ModerationState{
	feedbackpost.ModerationStatePENDING:  {feedbackpost.ModerationStateAPPROVED, feedbackpost.ModerationStateREJECTED, feedbackpost.ModerationStateESCALATED},
	feedbackpost.ModerationStateAPPROVED: {feedbackpost.ModerationStateREJECTED, feedbackpost.ModerationStateESCALATED},
	feedbackpost.ModerationStateREJECTED: {feedbackpost.ModerationStateAPPROVED, feedbackpost.ModerationStateESCALATED},
}

func canBecome(from, to feedbackpost.ModerationState) bool {
	for _, s := range mayBecome[from] {
		if s == to {
			return true
		}
	}
	return false
}

// ModeratePost records a moderator's decision on a post and carries it out, in one transaction:
// the append-only ModerationDecision, the post's new state, the thread's visibility when the post
// opened it, a safeguarding case on escalation, and the audit events. Two moderators deciding the
// same post at once: the second gets CONFLICT.
func ModeratePost(ctx context.Context, client *ent.Client, in PostDecision) (*ent.FeedbackPost, error) {
	if in.Note != nil {
		n := strings.TrimSpace(*in.Note)
		in.Note = &n
	}
	if err := validation.Struct("input", in); err != nil {
		return nil, err
	}
	if err := moderationdecision.DecisionValidator(in.Decision); err != nil {
		return nil, apierror.BadInput("input.decision", "is not a decision")
	}
	switch {
	case in.Decision == moderationdecision.DecisionREJECT && in.ReasonCode == nil:
		return nil, apierror.BadInput("input.reasonCode", "a rejection needs a reason: the child is told why, in kind words")
	case in.Decision != moderationdecision.DecisionREJECT && in.ReasonCode != nil:
		return nil, apierror.BadInput("input.reasonCode", "only a rejection has a reason")
	}
	if in.ReasonCode != nil && moderationdecision.ReasonCodeValidator(*in.ReasonCode) != nil {
		return nil, apierror.BadInput("input.reasonCode", "is not a reason code")
	}
	v := policies.FromContext(ctx)

	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer rollback(tx)
	p, err := tx.FeedbackPost.Query().Where(feedbackpost.ID(in.PostID)).WithThread().Only(ctx)
	if err != nil {
		return nil, notFound(err, "no such post")
	}
	thread := p.Edges.Thread
	from, to := p.ModerationState, stateAfter[in.Decision]
	if !canBecome(from, to) {
		return nil, apierror.New(apierror.Conflict, "a post that is %s cannot be given this decision", strings.ToLower(string(from)))
	}
	now := dbNow()

	create := tx.ModerationDecision.Create().
		SetPostID(p.ID).
		SetModeratorID(v.StaffID).
		SetDecision(in.Decision).
		SetNillableReasonCode(in.ReasonCode).
		SetCreatedAt(now)
	if in.Note != nil {
		create.SetNote(*in.Note)
	}
	if err := create.Exec(ctx); err != nil {
		return nil, err
	}

	update := tx.FeedbackPost.Update().
		Where(feedbackpost.ID(p.ID), feedbackpost.ModerationStateEQ(from)).
		SetModerationState(to).
		SetModeratedAt(now)
	if in.ReasonCode != nil {
		update.SetRejectReason(feedbackpost.RejectReason(*in.ReasonCode))
	} else {
		update.ClearRejectReason()
	}
	n, err := update.Save(ctx)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, apierror.New(apierror.Conflict, "another moderator decided this post just now")
	}

	// The first post carries the thread's title: the thread is visible exactly while it is approved.
	opens, err := OpensThread(ctx, tx.Client(), p)
	if err != nil {
		return nil, err
	}
	if opens {
		switch {
		case to == feedbackpost.ModerationStateAPPROVED && thread.VisibleAt == nil:
			err = tx.FeedbackThread.UpdateOneID(thread.ID).SetVisibleAt(now).Exec(ctx)
		case to != feedbackpost.ModerationStateAPPROVED && thread.VisibleAt != nil:
			err = tx.FeedbackThread.UpdateOneID(thread.ID).ClearVisibleAt().Exec(ctx)
		}
		if err != nil {
			return nil, err
		}
	}

	action := map[feedbackpost.ModerationState]string{
		feedbackpost.ModerationStateAPPROVED:  ActionPostApproved,
		feedbackpost.ModerationStateREJECTED:  ActionPostRejected,
		feedbackpost.ModerationStateESCALATED: ActionPostEscalated,
	}[to]
	if err := audit.Record(ctx, tx.Client(), action, "FeedbackPost", p.ID, thread.LocationID); err != nil {
		return nil, err
	}
	if to == feedbackpost.ModerationStateESCALATED {
		if err := openCase(ctx, tx, p, thread, opens, now); err != nil {
			return nil, err
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return client.FeedbackPost.Get(ctx, p.ID)
}

// OpensThread reports whether p is its thread's first post, the one written with the title. It
// is computed, not stored, so it holds for every post ever written, also those from before.
func OpensThread(ctx context.Context, client *ent.Client, p *ent.FeedbackPost) (bool, error) {
	first, err := client.FeedbackPost.Query().
		Where(feedbackpost.HasThreadWith(feedbackthread.HasPostsWith(feedbackpost.ID(p.ID)))).
		Order(ent.Asc(feedbackpost.FieldCreatedAt), ent.Asc(feedbackpost.FieldID)).
		FirstID(system(ctx))
	return first == p.ID, err
}

// openCase hands an escalated post to the location's safeguarding officers: the child's words
// verbatim (with the thread's title when the post opened it), who escalated, when.
func openCase(ctx context.Context, tx *ent.Tx, p *ent.FeedbackPost, thread *ent.FeedbackThread, opensThread bool, now time.Time) error {
	create := tx.SafeguardingCase.Create().
		SetLocationID(thread.LocationID).
		SetPostID(p.ID).
		SetOpenedByID(policies.FromContext(ctx).StaffID).
		SetPostBody(p.Body).
		SetPostLanguage(p.Language).
		SetOpenedAt(now)
	if opensThread {
		create.SetThreadTitle(thread.Title)
	}
	c, err := create.Save(ctx)
	if err != nil {
		return err
	}
	return audit.Record(ctx, tx.Client(), ActionCaseOpened, "SafeguardingCase", c.ID, thread.LocationID)
}
