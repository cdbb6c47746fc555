package voting

import (
	"context"
	"slices"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/polloption"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/policies"
)

// PublishedPoll is a poll whose results were published, as a child who was asked sees it: the
// question and answers in their language by the one rule (i18n.Reader), whether they voted (never how), and exactly the
// results pollResults gives them.
type PublishedPoll struct {
	ID          string           `json:"id"`
	Kind        poll.Kind        `json:"kind"`
	Theme       schematype.Theme `json:"theme"`
	Question    Text             `json:"question"`
	PublishedAt *time.Time       `json:"publishedAt"`
	Voted       bool             `json:"voted"`
	Options     []OpenOption     `json:"options"`
	Results     *Results         `json:"results"`
}

// maxPublishedPolls bounds the children's list of results: the most recently published ones.
// Older results stay in the staff console and the reports.
const maxPublishedPolls = 20

// PublishedPolls lists the published polls the signed-in child was asked (policies.InAudience:
// their location, their councils, their age band), most recently published first, with their
// results as resultsOf gives them to this child, so through disclosure.Poll and never more than
// pollResults would show. Children of other locations and councils get none of them; a child
// never sees a closed poll's counts before staff publish them.
func (s *Service) PublishedPolls(ctx context.Context) ([]*PublishedPoll, error) {
	v := policies.FromContext(ctx)
	if !v.IsYouth() {
		return nil, apierror.New(apierror.Forbidden, "children see their results signed in on a tablet")
	}
	// As the child: the privacy rules already leave out other locations' polls.
	polls, err := s.client.Poll.Query().
		Where(atTabletIn(v.TabletLocationID, poll.StatusPUBLISHED)).
		WithOptions(func(q *ent.PollOptionQuery) { q.Order(polloption.ByPosition()) }).
		Order(ent.Desc(poll.FieldPublishedAt), ent.Asc(poll.FieldID)).
		Limit(maxPublishedPolls * 4). // room for polls of other councils and age bands, dropped below
		All(ctx)
	if err != nil {
		return nil, err
	}
	polls, cv, err := s.forChild(ctx, polls, maxPublishedPolls)
	if err != nil {
		return nil, err
	}
	out := make([]*PublishedPoll, len(polls))
	for i, p := range polls {
		r, err := s.resultsOf(ctx, p, p.Edges.Options)
		if err != nil {
			return nil, err
		}
		pp := &PublishedPoll{
			ID: p.ID, Kind: p.Kind, Theme: p.Theme, Question: cv.chain.Text(p.Question), PublishedAt: p.PublishedAt,
			Voted: slices.Contains(cv.voted, p.ID), Options: cv.options(p), Results: r,
		}
		out[i] = pp
	}
	return out, nil
}
