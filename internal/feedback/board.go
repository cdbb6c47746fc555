package feedback

import (
	"context"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/feedbackpost"
	"github.com/jeugdstem/jeugdstem/ent/feedbackthread"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/threadresponse"
	"github.com/jeugdstem/jeugdstem/ent/threadsupport"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
	"github.com/jeugdstem/jeugdstem/internal/i18n"
	"github.com/jeugdstem/jeugdstem/policies"
)

// boardSize bounds the board; a location with more live threads pages through feedbackThreads.
const boardSize = 100

// Board is "you said, we did": the visible threads (not council ideas) the viewer may see, most recently changed
// first, with their answers loaded newest first. A child also finds the threads they started,
// while these still wait for a moderator and after the child moved to another location.
func Board(ctx context.Context, client *ent.Client) ([]*ent.FeedbackThread, error) {
	q := client.FeedbackThread.Query().
		// Council ideas are threads too; the board shows what councils decided about them
		// (councils.DecisionBoard), not the ideas themselves.
		Where(feedbackthread.Not(feedbackthread.HasIdea())).
		Order(ent.Desc(feedbackthread.FieldUpdatedAt), ent.Desc(feedbackthread.FieldID)).
		Limit(boardSize).
		WithResponses(func(q *ent.ThreadResponseQuery) {
			q.Order(ent.Desc(threadresponse.FieldCreatedAt), ent.Desc(threadresponse.FieldID))
		})
	if v := policies.FromContext(ctx); v.IsYouth() {
		me := youthmember.ID(v.MemberID)
		q.Where(feedbackthread.Or(feedbackthread.VisibleAtNotNil(), feedbackthread.HasStartedByWith(me))).
			// Loaded with the board, so startedByMe and supportedByMe cost no query per thread.
			WithStartedBy(func(q *ent.YouthMemberQuery) { q.Where(me) }).
			WithSupports(func(q *ent.ThreadSupportQuery) { q.Where(threadsupport.HasMemberWith(me)) })
	} else {
		q.Where(feedbackthread.VisibleAtNotNil())
	}
	return q.All(ctx)
}

// BoardResponse is an answer as a child reads it: in one language, the best there is for them.
type BoardResponse struct {
	Text     string
	Language string
	Status   threadresponse.Status
	// Reason says why it is not possible (NOT_POSSIBLE), in the answer's language if it has it.
	Reason         *string
	CommitmentDate *time.Time
	CreatedAt      time.Time
}

// LatestResponse is the thread's newest answer in language if asked for, else picked by the one
// rule (i18n.Reader: the language chosen on the tablet or in the console, the location's
// languages, Dutch, English); nil while the thread has no answer.
func LatestResponse(ctx context.Context, client *ent.Client, t *ent.FeedbackThread, language *string) (*BoardResponse, error) {
	rs, err := t.Edges.ResponsesOrErr()
	if err != nil { // not loaded with the thread
		rs, err = t.QueryResponses().
			Order(ent.Desc(threadresponse.FieldCreatedAt), ent.Desc(threadresponse.FieldID)).
			Limit(1).
			All(ctx)
		if err != nil {
			return nil, err
		}
	}
	var latest *ent.ThreadResponse
	for _, r := range rs {
		if latest == nil || r.CreatedAt.After(latest.CreatedAt) {
			latest = r
		}
	}
	if latest == nil {
		return nil, nil
	}
	chain, err := readerChain(ctx, client, t.LocationID, language)
	if err != nil {
		return nil, err
	}
	return boardResponse(chain, latest.Body, latest.Status, latest.Reason, latest.CommitmentDate, latest.CreatedAt), nil
}

// boardResponse is an answer to children (of a thread or a poll) in the best language of chain
// for them; nil when it has none of chain's languages. The reason is in the answer's language if
// it has it, so a child does not read two languages in one answer.
func boardResponse(chain i18n.Chain, body []schematype.Translation, status threadresponse.Status,
	reason []schematype.Translation, commitment *time.Time, created time.Time) *BoardResponse {
	text, lang, ok := chain.Pick(body)
	if !ok {
		return nil
	}
	out := &BoardResponse{Text: text, Language: lang, Status: status, CommitmentDate: commitment, CreatedAt: created}
	if r, _, ok := append(i18n.Chain{lang}, chain...).Pick(reason); ok {
		out.Reason = &r
	}
	return out
}

// readerChain is the reader's chain at the location, with the language asked for (when
// supported) first.
func readerChain(ctx context.Context, client *ent.Client, locationID string, language *string) (i18n.Chain, error) {
	chain, err := i18n.Reader(ctx, client, policies.FromContext(ctx).Language, locationID)
	if err != nil || language == nil || !i18n.Supported(*language) {
		return chain, err
	}
	return append(i18n.Chain{*language}, chain...), nil
}

// AreaName is the area's name for the reader, picked by the one rule (i18n.Reader) at the area's
// location.
func AreaName(ctx context.Context, client *ent.Client, a *ent.Area) (i18n.Text, error) {
	chain, err := readerChain(ctx, client, a.LocationID, nil)
	if err != nil {
		return i18n.Text{}, err
	}
	return chain.Text(a.Name), nil
}

// maxConversation bounds the posts shown under one thread.
const maxConversation = 500

// Conversation is the thread's posts the viewer may read, oldest first: for a child the approved
// ones and their own; for a moderator all.
func Conversation(ctx context.Context, t *ent.FeedbackThread) ([]*ent.FeedbackPost, error) {
	return t.QueryPosts().
		Order(ent.Asc(feedbackpost.FieldCreatedAt), ent.Asc(feedbackpost.FieldID)).
		Limit(maxConversation).
		All(ctx)
}

// StartedByMe reports whether the signed-in child started the thread.
func StartedByMe(ctx context.Context, client *ent.Client, t *ent.FeedbackThread) (bool, error) {
	v := policies.FromContext(ctx)
	if !v.IsYouth() {
		return false, nil
	}
	if m, err := t.Edges.StartedByOrErr(); err == nil || ent.IsNotFound(err) { // loaded by Board
		return m != nil && m.ID == v.MemberID, nil
	}
	return client.FeedbackThread.Query().
		Where(feedbackthread.ID(t.ID), feedbackthread.HasStartedByWith(youthmember.ID(v.MemberID))).
		Exist(ctx)
}

// SupportedByMe reports whether the signed-in child said "me too" to the thread (a child reads
// their own marks only: policies.ThreadSupport).
func SupportedByMe(ctx context.Context, client *ent.Client, t *ent.FeedbackThread) (bool, error) {
	v := policies.FromContext(ctx)
	if !v.IsYouth() {
		return false, nil
	}
	if marks, err := t.Edges.SupportsOrErr(); err == nil { // loaded by Board, for this child
		return len(marks) > 0, nil
	}
	return client.ThreadSupport.Query().
		Where(threadsupport.HasThreadWith(feedbackthread.ID(t.ID)), threadsupport.HasMemberWith(youthmember.ID(v.MemberID))).
		Exist(ctx)
}
