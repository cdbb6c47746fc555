package voting

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"sync"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/participation"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/polloption"
	"github.com/jeugdstem/jeugdstem/ent/predicate"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/i18n"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Text is a translation picked for the reader (i18n.Chain).
type Text = i18n.Text

// OpenPoll is a poll as a child sees it on the tablet: in their language, with its answers.
type OpenPoll struct {
	ID          string           `json:"id"`
	Kind        poll.Kind        `json:"kind"`
	Theme       schematype.Theme `json:"theme"`
	Question    Text             `json:"question"`
	Description *Text            `json:"description"`
	MaxChoices  *int             `json:"maxChoices"`
	ClosesAt    *time.Time       `json:"closesAt"`
	// Voted says the child has voted in it already (never how).
	Voted   bool         `json:"voted"`
	Options []OpenOption `json:"options"`
}

// OpenOption is one answer of an OpenPoll.
type OpenOption struct {
	ID string `json:"id"`
	// PollID is the option's poll (an ELECTION's option shows its candidate).
	PollID    string  `json:"-"`
	Label     Text    `json:"label"`
	Pictogram *string `json:"pictogram"`
	Position  int     `json:"position"`
}

// maxOpenPolls bounds the list; a council never has this many polls open at once.
const maxOpenPolls = 100

// OpenPolls lists the open polls the signed-in child may vote in (policies.InAudience), newest
// first, each text picked by the one rule (i18n.Reader): the language chosen on the tablet, the
// location's languages, Dutch, English. It costs the same few statements however many polls there are.
func (s *Service) OpenPolls(ctx context.Context) ([]*OpenPoll, error) {
	v := policies.FromContext(ctx)
	if !v.IsYouth() {
		return nil, apierror.New(apierror.Forbidden, "children see their polls signed in on a tablet")
	}
	now := time.Now()
	if _, err := s.TransitionDue(ctx, now, poll.Or(poll.LocationID(v.TabletLocationID), poll.LocationIDIsNil())); err != nil {
		return nil, err
	}
	polls, err := s.client.Poll.Query().
		Where(atTabletIn(v.TabletLocationID, poll.StatusOPEN), poll.Or(poll.ClosesAtIsNil(), poll.ClosesAtGT(now))).
		WithOptions(func(q *ent.PollOptionQuery) { q.Order(polloption.ByPosition()) }).
		Order(ent.Desc(poll.FieldCreatedAt), ent.Asc(poll.FieldID)).
		Limit(maxOpenPolls).
		All(ctx)
	if err != nil {
		return nil, err
	}
	polls, cv, err := s.forChild(ctx, polls, maxOpenPolls)
	if err != nil {
		return nil, err
	}
	pick := cv.chain.Text
	out := make([]*OpenPoll, len(polls))
	for i, p := range polls {
		op := &OpenPoll{
			ID: p.ID, Kind: p.Kind, Theme: p.Theme, Question: pick(p.Question),
			MaxChoices: p.MaxChoices, ClosesAt: p.ClosesAt, Voted: slices.Contains(cv.voted, p.ID),
			Options: cv.options(p),
		}
		if len(p.Description) > 0 {
			d := pick(p.Description)
			op.Description = &d
		}
		out[i] = op
	}
	return out, nil
}

// atTabletIn is "the polls of the tablet's location and the national ones, in status", written as
// one (location, status) equality per arm, so each arm is a search of the (location_id, status)
// index: not a read of every poll of the country in that status, filtered afterwards. The privacy
// rules still decide what the child may see; this only makes the search narrow.
func atTabletIn(locationID string, status poll.Status) predicate.Poll {
	return poll.Or(poll.And(poll.LocationID(locationID), poll.StatusEQ(status)),
		poll.And(poll.LocationIDIsNil(), poll.StatusEQ(status)))
}

// childView is what the lists of a signed-in child's polls share: which of them the child voted
// in (never how) and the one language rule for their texts (i18n.Reader).
type childView struct {
	voted []string
	chain i18n.Chain
}

// forChild keeps the polls the signed-in child was asked (policies.InAudience: their location,
// councils and age band), at most limit of them in their order, and reads the childView of those.
// Statements: the child's councils, the polls voted in and the location's languages, however
// many polls.
func (s *Service) forChild(ctx context.Context, polls []*ent.Poll, limit int) ([]*ent.Poll, childView, error) {
	v := policies.FromContext(ctx)
	councils, err := policies.ChildCouncils(ctx, s.client)
	if err != nil {
		return nil, childView{}, err
	}
	polls = slices.DeleteFunc(polls, func(p *ent.Poll) bool { return !policies.InAudience(v, p, councils) })
	if len(polls) > limit {
		polls = polls[:limit]
	}
	if len(polls) == 0 {
		return polls, childView{}, nil
	}
	ids := make([]string, len(polls))
	for i, p := range polls {
		ids[i] = p.ID
	}
	var cv childView
	if cv.voted, err = s.client.Poll.Query().
		Where(poll.IDIn(ids...), poll.HasParticipationsWith(participation.HasMemberWith(youthmember.ID(v.MemberID)))).
		IDs(system(ctx)); err != nil {
		return nil, childView{}, err
	}
	if cv.chain, err = i18n.Reader(ctx, s.client, v.Language, v.TabletLocationID); err != nil {
		return nil, childView{}, err
	}
	return polls, cv, nil
}

// options are p's answers (loaded with it, in order) as a child reads them.
func (cv childView) options(p *ent.Poll) []OpenOption {
	out := make([]OpenOption, len(p.Edges.Options))
	for j, o := range p.Edges.Options {
		out[j] = OpenOption{ID: o.ID, PollID: p.ID, Label: cv.chain.Text(o.Label), Position: o.Position}
		if o.Pictogram != "" {
			out[j].Pictogram = &o.Pictogram
		}
	}
	return out
}

// TransitionDue opens the drafts whose opening time has come and closes the open polls whose
// closing time has passed (of those matching where, if given). Each transition is a conditional
// update, so when several instances run it at once every poll still moves exactly once.
func (s *Service) TransitionDue(ctx context.Context, now time.Time, where ...predicate.Poll) (int, error) {
	ctx = clock(ctx)
	due, err := s.client.Poll.Query().
		Where(poll.Or(
			poll.And(poll.StatusEQ(poll.StatusDRAFT), poll.OpensAtLTE(now), poll.Or(poll.ClosesAtIsNil(), poll.ClosesAtGT(now))),
			poll.And(poll.StatusEQ(poll.StatusOPEN), poll.ClosesAtLTE(now)),
		)).
		Where(where...).
		Limit(maxOpenPolls).
		All(ctx)
	if err != nil {
		return 0, err
	}
	moved := 0
	var failed error
	for _, p := range due {
		if p.Status == poll.StatusDRAFT {
			_, err = s.open(ctx, p)
		} else {
			_, err = s.close(ctx, p, "POLL_CLOSED")
		}
		switch {
		case err == nil:
			moved++
		case errors.Is(err, apierror.ErrConflict):
			// another instance was first
		default:
			// One poll that cannot move (say, its ballots cannot be opened) must not hold up
			// the others: go on, and report it.
			failed = errors.Join(failed, fmt.Errorf("poll %s: %w", p.ID, err))
		}
	}
	return moved, failed
}

// SchedulerInterval is how often RunScheduler looks for polls to open or close. A poll read or
// voted on between two runs catches up by itself.
const SchedulerInterval = 15 * time.Second

// RunScheduler opens and closes polls at their times until ctx ends. Run it once per instance;
// instances do not get in each other's way.
func (s *Service) RunScheduler(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if n, err := s.TransitionDue(ctx, time.Now()); err != nil && ctx.Err() == nil {
			slog.WarnContext(ctx, "opening and closing polls on time", "error", err.Error())
		} else if n > 0 {
			slog.InfoContext(ctx, "polls opened or closed on time", "count", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// optionLoaderKey holds the request's optionLoader in its context.
type optionLoaderKey struct{}

// optionLoader loads the options of the polls one request shows. It lives as long as the request
// (WithOptionLoader), so nothing of one viewer's request is ever seen by another's.
type optionLoader struct {
	mu sync.Mutex
	// listed are the polls shown in a list whose options have not been loaded yet.
	listed []string
	// loaded are the options of each poll loaded so far, in position order, as the viewer may
	// read them.
	loaded map[string][]*ent.PollOption
}

// WithOptionLoader returns ctx with a loader of poll options for one request: the GraphQL
// server puts one into the context of every operation.
func WithOptionLoader(ctx context.Context) context.Context {
	return context.WithValue(ctx, optionLoaderKey{}, &optionLoader{loaded: map[string][]*ent.PollOption{}})
}

// Listed tells the request's loader that polls are shown together (a list or a connection), so
// that the first of them whose options are asked for loads the options of them all, in one
// statement. Without a loader in ctx it does nothing.
func Listed(ctx context.Context, polls ...*ent.Poll) {
	l, _ := ctx.Value(optionLoaderKey{}).(*optionLoader)
	if l == nil || len(polls) == 0 {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, p := range polls {
		if p != nil {
			l.listed = append(l.listed, p.ID)
		}
	}
}

// PollOptions returns p's options in position order. When p was shown in a list (Listed), the
// first poll asked loads the options of every poll listed so far in the request, in one query:
// a list of 20 polls costs one statement for all their options, not 20. The others of the list,
// resolved at the same time, wait for that query and take their options from it.
func (s *Service) PollOptions(ctx context.Context, p *ent.Poll) ([]*ent.PollOption, error) {
	if opts := p.Edges.Options; opts != nil {
		return opts, nil // made or loaded with the poll
	}
	l, _ := ctx.Value(optionLoaderKey{}).(*optionLoader)
	if l == nil {
		return s.loadOptions(ctx, []string{p.ID}, nil)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if opts, ok := l.loaded[p.ID]; ok {
		return opts, nil
	}
	ids := []string{p.ID}
	for _, id := range l.listed {
		if _, ok := l.loaded[id]; !ok && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	opts, err := s.loadOptions(ctx, ids, l.loaded)
	if err != nil {
		return nil, err
	}
	l.listed = nil
	return opts, nil
}

// loadOptions reads the options of the polls ids[0], ids[1:] in one query, as the viewer (the
// privacy rules show the options of the polls they may see), puts each poll's into `into` (when
// given) and returns those of ids[0].
func (s *Service) loadOptions(ctx context.Context, ids []string, into map[string][]*ent.PollOption) ([]*ent.PollOption, error) {
	opts, err := s.client.PollOption.Query().Where(polloption.PollIDIn(ids...)).
		Order(polloption.ByPollID(), polloption.ByPosition()).All(ctx)
	if err != nil {
		return nil, err
	}
	byPoll := make(map[string][]*ent.PollOption, len(ids))
	for _, id := range ids {
		byPoll[id] = []*ent.PollOption{}
	}
	for _, o := range opts {
		byPoll[o.PollID] = append(byPoll[o.PollID], o)
	}
	if into != nil {
		maps.Copy(into, byPoll)
	}
	return byPoll[ids[0]], nil
}
