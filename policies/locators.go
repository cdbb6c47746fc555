package policies

import (
	"context"
	"fmt"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/feedbackpost"
)

// Locators for rows that reach their location through a parent. The parent is read past the
// privacy rules (System): the rule, not the viewer's own read rights, decides.

func byCouncil(ctx context.Context, m ent.Mutation) (string, error) {
	mm, ok := m.(*ent.MembershipMutation)
	if !ok {
		return "", fmt.Errorf("unexpected %T", m)
	}
	id, ok := mm.CouncilID()
	if !ok {
		return "", nil
	}
	c, err := mm.Client().Council.Get(System(ctx), id)
	if err != nil {
		return "", err
	}
	return c.LocationID, nil
}

// byPoll locates a poll's option or answer at the poll's location ("" for a national poll: only
// national admins change those).
func byPoll(ctx context.Context, m ent.Mutation) (string, error) {
	var (
		id     string
		ok     bool
		client *ent.Client
	)
	switch mm := m.(type) {
	case *ent.PollOptionMutation:
		id, ok = mm.PollID()
		client = mm.Client()
	case *ent.PollResponseMutation:
		id, ok = mm.PollID()
		client = mm.Client()
	default:
		return "", fmt.Errorf("unexpected %T", m)
	}
	if !ok {
		return "", nil
	}
	p, err := client.Poll.Get(System(ctx), id)
	if err != nil {
		return "", err
	}
	if p.LocationID == nil {
		return "", nil
	}
	return *p.LocationID, nil
}

func threadLocation(ctx context.Context, client *ent.Client, threadID string) (string, error) {
	t, err := client.FeedbackThread.Get(System(ctx), threadID)
	if err != nil {
		return "", err
	}
	return t.LocationID, nil
}

func byThread(ctx context.Context, m ent.Mutation) (string, error) {
	switch mm := m.(type) {
	case *ent.FeedbackPostMutation:
		if id, ok := mm.ThreadID(); ok {
			return threadLocation(ctx, mm.Client(), id)
		}
	case *ent.ThreadResponseMutation:
		if id, ok := mm.ThreadID(); ok {
			return threadLocation(ctx, mm.Client(), id)
		}
	default:
		return "", fmt.Errorf("unexpected %T", m)
	}
	return "", nil
}

func byPostThread(ctx context.Context, m ent.Mutation) (string, error) {
	dm, ok := m.(*ent.ModerationDecisionMutation)
	if !ok {
		return "", fmt.Errorf("unexpected %T", m)
	}
	id, ok := dm.PostID()
	if !ok {
		return "", nil
	}
	p, err := dm.Client().FeedbackPost.Query().Where(feedbackpost.ID(id)).WithThread().Only(System(ctx))
	if err != nil {
		return "", err
	}
	return p.Edges.Thread.LocationID, nil
}

func byAnnouncement(ctx context.Context, m ent.Mutation) (string, error) {
	am, ok := m.(*ent.AudioClipMutation)
	if !ok {
		return "", fmt.Errorf("unexpected %T", m)
	}
	id, ok := am.AnnouncementID()
	if !ok {
		return "", nil
	}
	a, err := am.Client().Announcement.Get(System(ctx), id)
	if err != nil || a.LocationID == nil {
		return "", err
	}
	return *a.LocationID, nil
}
