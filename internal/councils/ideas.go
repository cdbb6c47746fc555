package councils

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/agendaitem"
	"github.com/jeugdstem/jeugdstem/ent/feedbackpost"
	"github.com/jeugdstem/jeugdstem/ent/feedbackthread"
	"github.com/jeugdstem/jeugdstem/ent/idea"
	"github.com/jeugdstem/jeugdstem/ent/meeting"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/threadsupport"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/audit"
	"github.com/jeugdstem/jeugdstem/internal/disclosure"
	"github.com/jeugdstem/jeugdstem/internal/feedback"
	"github.com/jeugdstem/jeugdstem/internal/moderation"
	"github.com/jeugdstem/jeugdstem/internal/ratelimit"
	"github.com/jeugdstem/jeugdstem/internal/validation"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Ideas. An idea's words are a feedback thread (title and first post): it waits in the one
// moderation queue with the same flags, a moderator can escalate it to the safeguarding officer
// like any post, and until it is approved nobody but the location's moderators and the child sees
// it. Its supports are the thread's marks (feedback.Support): one per child, never who. Who
// proposed it is shown to nobody, staff included, as for every thread: a council judges an idea,
// not a child, and staff who need to talk with the child reach them through the safeguarding case
// an escalation opens.

// NewIdea is the input of ProposeIdea.
type NewIdea struct {
	CouncilID string `json:"councilID" validate:"required,max=40"`
	// Title is the idea in the child's words, in one or more languages; empty for an idea told
	// in pictures (theme and area).
	Title  []schematype.Translation `json:"title" validate:"max=13,dive"`
	Theme  schematype.Theme         `json:"theme" validate:"required"`
	AreaID *string                  `json:"areaID" validate:"omitnil,max=40"`
}

// maxIdeaTitle bounds each text of an idea (a thread's title).
const maxIdeaTitle = 200

// ProposeIdea lets a child of the council's location propose an idea. It waits for a moderator.
func ProposeIdea(ctx context.Context, client *ent.Client, limiter *ratelimit.Limiter, in NewIdea) (*ent.Idea, error) {
	var err error
	if in.Title, err = feedback.CleanTranslations("input.title", in.Title); err != nil {
		return nil, err
	}
	if err := validation.Struct("input", in); err != nil {
		return nil, err
	}
	if !slices.Contains(in.Theme.Values(), string(in.Theme)) {
		return nil, apierror.BadInput("input.theme", "is not a theme")
	}
	texts := make([]string, len(in.Title))
	for i, t := range in.Title {
		if len([]rune(t.Text)) > maxIdeaTitle {
			return nil, apierror.BadInput("input.title."+strconv.Itoa(i)+".text", "at most 200 characters")
		}
		texts[i] = t.Text
	}
	c, err := client.Council.Get(ctx, in.CouncilID)
	if err != nil {
		return nil, notFound(err, "no such council")
	}
	v := policies.FromContext(ctx)
	if c.LocationID != v.TabletLocationID {
		return nil, apierror.NotFoundf("no such council")
	}
	// The thread carries the words: the first text as its title, every text in its first post,
	// so a moderator reads all of them and the flags look at all of them.
	th := feedback.NewThread{LocationID: c.LocationID, AreaID: in.AreaID, Theme: in.Theme, Language: v.Language}
	if len(texts) > 0 {
		th.Title, th.Body, th.Language = texts[0], strings.Join(texts, "\n"), in.Title[0].Lang
	}
	flags, err := feedback.PrepareThread(ctx, client, limiter, th)
	if err != nil {
		return nil, err
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer rollback(tx)
	t, err := feedback.WriteThread(ctx, tx, th, flags)
	if err != nil {
		return nil, err
	}
	create := tx.Idea.Create().SetLocationID(c.LocationID).SetCouncilID(c.ID).SetThreadID(t.ID).
		SetTheme(in.Theme).SetNillableAreaID(in.AreaID).SetCreatedAt(dbNow())
	if len(in.Title) > 0 {
		create.SetTitle(in.Title)
	}
	i, err := create.Save(ctx)
	if err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return i.Unwrap(), nil
}

// SupportIdea records the signed-in child's support for an approved idea of their location, once
// per child (a second time changes nothing). The support that reaches the council's threshold puts
// the idea on the next meeting's agenda, in the same transaction.
func SupportIdea(ctx context.Context, client *ent.Client, limiter *ratelimit.Limiter, ideaID string) (*ent.Idea, error) {
	i, err := client.Idea.Query().Where(idea.ID(ideaID)).WithThread().Only(ctx)
	if err != nil {
		return nil, notFound(err, "no such idea")
	}
	v := policies.FromContext(ctx)
	if i.LocationID != v.TabletLocationID || i.Edges.Thread == nil || i.Edges.Thread.VisibleAt == nil {
		// The child's own idea before approval, or one from before a transfer: nobody can
		// support it (not even its proposer, who reads it).
		return nil, apierror.New(apierror.Conflict, "this idea cannot be supported now")
	}
	_, _, err = feedback.Support(ctx, client, limiter, i.ThreadID, nil, func(ctx context.Context, tx *ent.Tx, _ *ent.FeedbackThread) error {
		// The council's own rule places the idea; the child's support passed its checks above,
		// and children do not write agendas themselves.
		return placeIdea(policies.System(ctx), tx, i.ID, time.Time{})
	})
	if err != nil {
		return nil, err
	}
	return client.Idea.Get(ctx, i.ID)
}

// placeIdea puts the idea on the agenda of its council's next meeting (the first not yet held
// and starting after "after", at the earliest now) when it is approved, has at least the
// council's threshold of supports and is neither on an agenda nor decided. It runs in tx, with a
// system context (the caller says why). The conditional update makes exactly one of two racing
// last supports place it; without an upcoming meeting it waits for createMeeting.
func placeIdea(ctx context.Context, tx *ent.Tx, ideaID string, after time.Time) error {
	i, err := tx.Idea.Query().Where(idea.ID(ideaID)).WithThread().WithCouncil().Only(ctx)
	if err != nil {
		return err
	}
	t, c := i.Edges.Thread, i.Edges.Council
	if t.VisibleAt == nil || i.OnAgendaAt != nil || i.DecidedAt != nil || t.MeTooCount < c.SupportThreshold {
		return nil
	}
	now := dbNow()
	if after.Before(now) {
		after = now
	}
	m, err := tx.Meeting.Query().
		Where(meeting.CouncilID(c.ID), meeting.MinutesPublishedAtIsNil(), meeting.StartsAtGT(after)).
		Order(ent.Asc(meeting.FieldStartsAt), ent.Asc(meeting.FieldID)).First(ctx)
	if ent.IsNotFound(err) {
		return nil
	} else if err != nil {
		return err
	}
	n, err := tx.Idea.Update().Where(idea.ID(i.ID), idea.OnAgendaAtIsNil()).SetOnAgendaAt(now).Save(ctx)
	if err != nil || n == 0 {
		return err
	}
	pos, err := nextPosition(ctx, tx, m.ID)
	if err != nil {
		return err
	}
	theme := i.Theme
	return tx.AgendaItem.Create().SetLocationID(i.LocationID).SetMeetingID(m.ID).SetPosition(pos).
		SetIdeaID(i.ID).SetTheme(theme).SetCreatedAt(now).Exec(ctx)
}

// placeReadyIdeas places every idea of the council that waits for a meeting (createMeeting, and a
// deferred decision).
func placeReadyIdeas(ctx context.Context, tx *ent.Tx, councilID string, after time.Time) error {
	c, err := tx.Council.Get(ctx, councilID)
	if err != nil {
		return err
	}
	ids, err := tx.Idea.Query().
		Where(idea.CouncilID(councilID), idea.OnAgendaAtIsNil(), idea.DecidedAtIsNil(),
			idea.HasThreadWith(feedbackthread.VisibleAtNotNil(), feedbackthread.MeTooCountGTE(c.SupportThreshold))).
		Order(ent.Asc(idea.FieldCreatedAt), ent.Asc(idea.FieldID)).IDs(ctx)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if err := placeIdea(ctx, tx, id, after); err != nil {
			return err
		}
	}
	return nil
}

func nextPosition(ctx context.Context, tx *ent.Tx, meetingID string) (int, error) {
	last, err := tx.AgendaItem.Query().Where(agendaitem.MeetingID(meetingID)).
		Order(ent.Desc(agendaitem.FieldPosition)).First(ctx)
	if ent.IsNotFound(err) {
		return 1, nil
	} else if err != nil {
		return 0, err
	}
	return last.Position + 1, nil
}

// IdeaStatus is where an idea is, as the viewer may know it.
type IdeaStatus string

// The statuses of an idea: waiting for a moderator (an escalated idea reads as waiting too),
// not shown (a moderator rejected it; its proposer reads why), open for support, on a meeting's
// agenda, decided (adopted, rejected), done (the adopted decision was carried out).
const (
	IdeaPending  IdeaStatus = "PENDING"
	IdeaNotShown IdeaStatus = "NOT_SHOWN"
	IdeaOpen     IdeaStatus = "OPEN"
	IdeaOnAgenda IdeaStatus = "ON_AGENDA"
	IdeaDecided  IdeaStatus = "DECIDED"
	IdeaDone     IdeaStatus = "DONE"
)

// StatusOf is the idea's status for the viewer.
func StatusOf(ctx context.Context, i *ent.Idea) (IdeaStatus, error) {
	switch {
	case i.DoneAt != nil:
		return IdeaDone, nil
	case i.DecidedAt != nil:
		return IdeaDecided, nil
	case i.OnAgendaAt != nil:
		return IdeaOnAgenda, nil
	}
	p, err := firstPost(ctx, i)
	if err != nil {
		return "", err
	}
	switch moderation.StateFor(ctx, p) {
	case feedbackpost.ModerationStateAPPROVED:
		return IdeaOpen, nil
	case feedbackpost.ModerationStateREJECTED:
		return IdeaNotShown, nil
	}
	return IdeaPending, nil
}

// firstPost is the post that holds the idea's words. It is read past the rules: the idea itself
// was readable, and only its moderation state leaves this package (as StateFor shows it).
func firstPost(ctx context.Context, i *ent.Idea) (*ent.FeedbackPost, error) {
	return i.QueryThread().QueryPosts().
		Order(ent.Asc(feedbackpost.FieldCreatedAt), ent.Asc(feedbackpost.FieldID)).
		First(policies.System(ctx))
}

// ReasonTextOf is why the proposer's idea was not shown, in kind words in their language; nil for
// everyone else and for ideas that were not rejected.
func ReasonTextOf(ctx context.Context, i *ent.Idea) (*string, error) {
	if mine, err := ProposedByMe(ctx, i); err != nil || !mine {
		return nil, err
	}
	p, err := firstPost(ctx, i)
	if err != nil {
		return nil, err
	}
	return moderation.ReasonTextFor(ctx, p), nil
}

// ProposedByMe reports whether the signed-in child proposed the idea (false for everyone else).
func ProposedByMe(ctx context.Context, i *ent.Idea) (bool, error) {
	v := policies.FromContext(ctx)
	if !v.IsYouth() {
		return false, nil
	}
	// Whether the child started the thread is read past the rules, compared with the child
	// themself only: it never says who else did.
	return i.QueryThread().Where(feedbackthread.HasStartedByWith(youthmember.ID(v.MemberID))).Exist(policies.System(ctx))
}

// SupportedByMe reports whether the signed-in child supported the idea (a child reads their own
// marks only: policies.ThreadSupport).
func SupportedByMe(ctx context.Context, client *ent.Client, i *ent.Idea) (bool, error) {
	v := policies.FromContext(ctx)
	if !v.IsYouth() {
		return false, nil
	}
	return client.ThreadSupport.Query().
		Where(threadsupport.HasThreadWith(feedbackthread.ID(i.ThreadID)), threadsupport.HasMemberWith(youthmember.ID(v.MemberID))).
		Exist(ctx)
}

// Supports is how many children support the idea, as disclosure shows a count on its own: "fewer
// than k" from 1 to k-1 (a child who knows two friends supported cannot learn it was only them).
func Supports(ctx context.Context, i *ent.Idea, k int) (disclosure.Turnout, error) {
	// The count of the idea's thread, read past the rules: the idea itself was readable.
	t, err := i.QueryThread().Only(policies.System(ctx))
	if err != nil {
		return disclosure.Turnout{}, err
	}
	return disclosure.ShowTurnout(k, t.MeTooCount), nil
}

// maxIdeas bounds a list of ideas.
const maxIdeas = 100

// CouncilIdeas lists the ideas of a council the viewer may read, newest first.
func CouncilIdeas(ctx context.Context, client *ent.Client, councilID string) ([]*ent.Idea, error) {
	if _, err := client.Council.Get(ctx, councilID); err != nil {
		return nil, notFound(err, "no such council")
	}
	return client.Idea.Query().Where(idea.CouncilID(councilID)).
		Order(ent.Desc(idea.FieldCreatedAt), ent.Desc(idea.FieldID)).Limit(maxIdeas).All(ctx)
}

// SetSupportThreshold sets how many supports put an idea on the agenda by itself (who may change
// the council: policies.Council).
func SetSupportThreshold(ctx context.Context, client *ent.Client, councilID string, supports int) (*ent.Council, error) {
	if supports < 1 || supports > 1000 {
		return nil, apierror.BadInput("supports", "between 1 and 1000")
	}
	c, err := client.Council.Get(ctx, councilID)
	if err != nil {
		return nil, notFound(err, "no such council")
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer rollback(tx)
	if err := tx.Council.UpdateOne(c).SetSupportThreshold(supports).Exec(ctx); err != nil {
		return nil, err
	}
	if err := audit.Record(ctx, tx.Client(), ActionSupportThresholdSet, "Council", c.ID, c.LocationID); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return client.Council.Get(ctx, c.ID)
}
