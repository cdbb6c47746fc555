package moderation

import (
	"context"
	"time"

	"entgo.io/contrib/entgql"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/feedbackpost"
	"github.com/jeugdstem/jeugdstem/ent/feedbackthread"
	"github.com/jeugdstem/jeugdstem/ent/moderationdecision"
	"github.com/jeugdstem/jeugdstem/internal/i18n"
	"github.com/jeugdstem/jeugdstem/policies"
)

// queueOrder is oldest first: every child waits about as long as every other.
var queueOrder = &ent.FeedbackPostOrder{Direction: entgql.OrderDirectionAsc, Field: ent.FeedbackPostOrderFieldCreatedAt}

// Queue lists the pending posts the viewer may moderate, oldest first, optionally of one location.
// The privacy rules narrow it to the moderator's locations; other viewers get an empty queue.
func Queue(ctx context.Context, client *ent.Client, after *ent.Cursor, first *int, locationID *string) (*ent.FeedbackPostConnection, error) {
	q := client.FeedbackPost.Query().Where(feedbackpost.ModerationStateEQ(feedbackpost.ModerationStatePENDING))
	if locationID != nil {
		q.Where(feedbackpost.HasThreadWith(feedbackthread.LocationID(*locationID)))
	}
	return q.Paginate(ctx, after, first, nil, nil, ent.WithFeedbackPostOrder(queueOrder))
}

// The fields of a post as the viewer may know them (see policies.SeesModeration): moderators see
// the real state and the flags; the author of an escalated post sees it as still waiting.

// StateFor is the post's moderation state as the viewer may know it.
func StateFor(ctx context.Context, p *ent.FeedbackPost) feedbackpost.ModerationState {
	if p.ModerationState == feedbackpost.ModerationStateESCALATED && !policies.SeesModeration(policies.FromContext(ctx)) {
		return feedbackpost.ModerationStatePENDING
	}
	return p.ModerationState
}

// ModeratedAtFor is when the post was decided, as the viewer may know it.
func ModeratedAtFor(ctx context.Context, p *ent.FeedbackPost) *time.Time {
	if StateFor(ctx, p) == feedbackpost.ModerationStatePENDING {
		return nil
	}
	return p.ModeratedAt
}

// FlagsFor are the post's automatic flags for moderators, and none for anyone else.
func FlagsFor(ctx context.Context, p *ent.FeedbackPost) []Flag {
	if !policies.SeesModeration(policies.FromContext(ctx)) {
		return []Flag{}
	}
	return ParseFlags(p.Flags)
}

// ReasonTextFor is why a rejected post was not shown, in kind words in the reader's language (the
// one the request asks for, else a child's own; the texts exist in every language); nil for a
// post that was not rejected.
func ReasonTextFor(ctx context.Context, p *ent.FeedbackPost) *string {
	if p.ModerationState != feedbackpost.ModerationStateREJECTED || p.RejectReason == nil {
		return nil
	}
	lang := i18n.ChosenOr(ctx, policies.FromContext(ctx).Language)
	text, _ := ReasonText(moderationdecision.ReasonCode(*p.RejectReason), lang)
	return &text
}
