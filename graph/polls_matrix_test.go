package graph_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/polloption"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// The poll operations' rows of the role × operation matrix (matrix_test.go). Every cell gets a
// poll of its own in location A, in the state the operation starts from.

func init() {
	rows = append(rows,
		row{op: "openPolls", do: q(`{ openPolls { id question { text lang } } }`, nil),
			want: expect("nobody=UNAUTHENTICATED", "tablet,staff=FORBIDDEN", "youth=ok"),
			check: func(t *testing.T, e *env, viewer string, r *apitest.Response) {
				var d struct{ OpenPolls []struct{ ID string } }
				r.Must(t, &d)
				for _, p := range d.OpenPolls {
					if matrixPoll(e, p.ID).Status != poll.StatusOPEN {
						t.Errorf("%s: openPolls lists %s", viewer, p.ID)
					}
				}
			}},
		row{op: "publishedPolls", do: func(e *env, c *apitest.Client) *apitest.Response {
			newMatrixPoll(e, poll.StatusCLOSED) // never listed: not published
			newMatrixPoll(e, poll.StatusPUBLISHED)
			return c.Do(`{ publishedPolls { id results { status countsVisible } } }`, nil)
		}, want: expect("nobody=UNAUTHENTICATED", "tablet,staff=FORBIDDEN", "youth=ok"),
			check: func(t *testing.T, e *env, viewer string, r *apitest.Response) {
				var d struct {
					PublishedPolls []struct {
						ID      string
						Results struct {
							Status        string
							CountsVisible bool
						}
					}
				}
				r.Must(t, &d)
				if len(d.PublishedPolls) == 0 {
					t.Errorf("%s: no published poll listed", viewer)
				}
				for _, p := range d.PublishedPolls {
					if matrixPoll(e, p.ID).Status != poll.StatusPUBLISHED || p.Results.Status != "PUBLISHED" || !p.Results.CountsVisible {
						t.Errorf("%s: publishedPolls lists %s as %+v", viewer, p.ID, p.Results)
					}
				}
			}},
		row{op: "pollResults", do: func(e *env, c *apitest.Client) *apitest.Response {
			p := newMatrixPoll(e, poll.StatusCLOSED)
			return c.Do(`query($id: ID!) { pollResults(pollID: $id) { turnout countsVisible options { count } } }`, map[string]any{"id": p.ID})
		}, want: expect("nobody=UNAUTHENTICATED", "tablet=FORBIDDEN", "youth,staff=ok", "PARTNER=NOT_FOUND"),
			check: func(t *testing.T, e *env, viewer string, r *apitest.Response) {
				var d struct{ PollResults struct{ CountsVisible bool } }
				r.Must(t, &d)
				if d.PollResults.CountsVisible != (viewer != "youth") {
					t.Errorf("%s: countsVisible %v on a closed, unpublished poll", viewer, d.PollResults.CountsVisible)
				}
			}},
		row{op: "createPoll", do: q(`mutation($c: ID!) { createPoll(input: {councilID: $c, kind: YES_NO, theme: SAFETY,
			question: [{lang: "nl", text: "Voel je je veilig?"}]}) { id options { id } } }`,
			func(e *env) map[string]any { return map[string]any{"c": e.councilA.ID} }),
			want: expect("nobody=UNAUTHENTICATED", "tablet,youth,staff=FORBIDDEN", "PARTNER=NOT_FOUND", "FACILITATOR,LOCATION_MANAGER,NATIONAL_ADMIN=ok")},
		row{op: "updatePoll", do: func(e *env, c *apitest.Client) *apitest.Response {
			return c.Do(`mutation($id: ID!) { updatePoll(id: $id, input: {kind: YES_NO, theme: SAFETY,
				question: [{lang: "nl", text: "Voel je je hier veilig?"}]}) { id } }`, map[string]any{"id": newMatrixPoll(e, poll.StatusDRAFT).ID})
		}, want: changePoll},
		row{op: "openPoll", do: moveMatrixPoll("openPoll", poll.StatusDRAFT), want: changePoll},
		row{op: "closePoll", do: moveMatrixPoll("closePoll", poll.StatusOPEN), want: changePoll},
		row{op: "publishPollResults", do: moveMatrixPoll("publishPollResults", poll.StatusCLOSED), want: changePoll},
		// "You said, we did" for a poll: those who may change the poll say what was done.
		row{op: "respondToPoll", do: func(e *env, c *apitest.Client) *apitest.Response {
			return c.Do(`mutation($p: ID!) { respondToPoll(input: {pollID: $p, body: [{lang: "nl", text: "We gaan zwemmen"}], status: DONE}) { id } }`,
				map[string]any{"p": newMatrixPoll(e, poll.StatusPUBLISHED).ID})
		}, want: changePoll},
		row{op: "castVote", do: func(e *env, c *apitest.Client) *apitest.Response {
			p := newMatrixPoll(e, poll.StatusOPEN)
			opt := e.s.DB.Client.PollOption.Query().Where(polloption.PollID(p.ID)).FirstX(pollsSystem())
			return c.Do(`mutation($p: ID!, $o: ID!, $k: String!) { castVote(input: {pollID: $p, optionIDs: [$o], idempotencyKey: $k}) { accepted } }`,
				map[string]any{"p": p.ID, "o": opt.ID, "k": fmt.Sprintf("matrix-key-%d", e.next())})
		}, want: expect("nobody=UNAUTHENTICATED", "tablet,staff=FORBIDDEN", "youth=ok")},
	)
}

// changePoll: the facilitators and managers of the location and national admins; other staff see
// the poll but may not change it; partners do not see it.
var changePoll = expect("nobody=UNAUTHENTICATED", "tablet,youth,staff=FORBIDDEN", "PARTNER=NOT_FOUND",
	"FACILITATOR,LOCATION_MANAGER,NATIONAL_ADMIN=ok")

func moveMatrixPoll(op string, from poll.Status) func(e *env, c *apitest.Client) *apitest.Response {
	return func(e *env, c *apitest.Client) *apitest.Response {
		return c.Do(fmt.Sprintf(`mutation($id: ID!) { %s(id: $id) { id status } }`, op), map[string]any{"id": newMatrixPoll(e, from).ID})
	}
}

// newMatrixPoll makes a yes/no poll for every child of location A and brings it to status the
// way the product does (opening creates its counters).
func newMatrixPoll(e *env, status poll.Status) *ent.Poll {
	ctx := pollsSystem()
	svc := e.s.Votes
	p := e.s.DB.Client.Poll.Create().SetScope(poll.ScopeLOCATION).SetLocationID(e.locA.ID).
		SetKind(poll.KindYES_NO).SetTheme(schematype.ThemeSafety).
		SetQuestion([]schematype.Translation{{Lang: "nl", Text: "Voel je je veilig?"}}).SaveX(ctx)
	for i, label := range []string{"Ja", "Nee"} {
		e.s.DB.Client.PollOption.Create().SetPollID(p.ID).SetPosition(i).
			SetLabel([]schematype.Translation{{Lang: "nl", Text: label}}).ExecX(ctx)
	}
	steps := map[poll.Status][]func() (*ent.Poll, error){
		poll.StatusDRAFT: nil,
		poll.StatusOPEN:  {func() (*ent.Poll, error) { return svc.OpenPoll(ctx, p.ID) }},
		poll.StatusCLOSED: {func() (*ent.Poll, error) { return svc.OpenPoll(ctx, p.ID) },
			func() (*ent.Poll, error) { return svc.ClosePoll(ctx, p.ID) }},
		poll.StatusPUBLISHED: {func() (*ent.Poll, error) { return svc.OpenPoll(ctx, p.ID) },
			func() (*ent.Poll, error) { return svc.ClosePoll(ctx, p.ID) },
			func() (*ent.Poll, error) { return svc.PublishResults(ctx, p.ID) }},
	}
	for _, step := range steps[status] {
		if _, err := step(); err != nil {
			panic(err)
		}
	}
	return matrixPoll(e, p.ID)
}

func matrixPoll(e *env, id string) *ent.Poll { return e.s.DB.Client.Poll.GetX(pollsSystem(), id) }

// pollsSystem passes the privacy rules, to arrange polls.
func pollsSystem() context.Context { return apitest.System() }
