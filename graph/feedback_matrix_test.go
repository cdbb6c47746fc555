package graph_test

import (
	"testing"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/feedbackpost"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// Rows of feedback and moderation (issue 5). Each cell that changes something gets its own thread,
// post or case, so the order in which viewers run does not matter.
func init() {
	rows = append(rows,
		row{op: "myPosts", do: q(`{ myPosts { id } }`, nil),
			want: expect("nobody=UNAUTHENTICATED", "tablet,staff=FORBIDDEN", "youth=ok")},
		row{op: "threadBoard", do: q(`{ threadBoard { id } }`, nil),
			want: expect("all=ok", "nobody=UNAUTHENTICATED")},
		row{op: "createArea", do: q(`mutation($l: ID!) { createArea(input: {locationID: $l, name: [{lang: "nl", text: "Speelkamer"}], kind: PLAY}) { id } }`,
			func(e *env) map[string]any { return map[string]any{"l": e.locA.ID} }),
			want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=FORBIDDEN", "FACILITATOR,LOCATION_MANAGER,NATIONAL_ADMIN=ok")},
		row{op: "startThread", do: q(`mutation($l: ID!) { startThread(input: {locationID: $l, theme: PLAY_ACTIVITIES, title: "Voetbal", body: "Meer voetbal", language: "nl"}) { id } }`,
			func(e *env) map[string]any { return map[string]any{"l": e.locA.ID} }),
			want: expect("nobody=UNAUTHENTICATED", "tablet,staff=FORBIDDEN", "youth=ok")},
		row{op: "postFeedback", do: func(e *env, c *apitest.Client) *apitest.Response {
			t := matrixThread(e, true)
			return c.Do(`mutation($t: ID!) { postFeedback(input: {threadID: $t, body: "Ik ook", language: "nl"}) { id moderationState } }`, map[string]any{"t": t.ID})
		}, want: expect("nobody=UNAUTHENTICATED", "tablet,staff=FORBIDDEN", "youth=ok")},
		row{op: "meToo", do: func(e *env, c *apitest.Client) *apitest.Response {
			t := matrixThread(e, true)
			return c.Do(`mutation($t: ID!) { meToo(threadID: $t) { id meTooCount } }`, map[string]any{"t": t.ID})
		}, want: expect("nobody=UNAUTHENTICATED", "tablet,staff=FORBIDDEN", "youth=ok")},
		row{op: "withdrawMeToo", do: func(e *env, c *apitest.Client) *apitest.Response {
			t := matrixThread(e, true)
			return c.Do(`mutation($t: ID!) { withdrawMeToo(threadID: $t) { id meTooCount } }`, map[string]any{"t": t.ID})
		}, want: expect("nobody=UNAUTHENTICATED", "tablet,staff=FORBIDDEN", "youth=ok")},
		row{op: "respondToThread", do: func(e *env, c *apitest.Client) *apitest.Response {
			t := matrixThread(e, true)
			return c.Do(`mutation($t: ID!) { respondToThread(input: {threadID: $t, body: [{lang: "nl", text: "We doen het"}], status: IN_PROGRESS}) { id } }`, map[string]any{"t": t.ID})
		}, want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=FORBIDDEN", "PARTNER=NOT_FOUND", "LOCATION_MANAGER,NATIONAL_ADMIN=ok")},
		row{op: "moderationQueue", do: func(e *env, c *apitest.Client) *apitest.Response {
			matrixThread(e, false)
			return c.Do(`{ moderationQueue { totalCount } }`, nil)
		}, want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=ok"),
			check: func(t *testing.T, e *env, viewer string, r *apitest.Response) {
				var d struct{ ModerationQueue struct{ TotalCount int } }
				r.Must(t, &d)
				moderates := viewer == "MODERATOR" || viewer == "SAFEGUARDING_OFFICER"
				if n := d.ModerationQueue.TotalCount; moderates != (n > 0) {
					t.Errorf("%s sees %d pending posts", viewer, n)
				}
			}},
		row{op: "moderatePost", do: func(e *env, c *apitest.Client) *apitest.Response {
			p := matrixThread(e, false).QueryPosts().OnlyX(apitest.System())
			return c.Do(`mutation($p: ID!) { moderatePost(input: {postID: $p, decision: APPROVE}) { id moderationState } }`, map[string]any{"p": p.ID})
		}, want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=NOT_FOUND", "SAFEGUARDING_OFFICER=FORBIDDEN", "MODERATOR=ok")},
		row{op: "safeguardingCases", do: func(e *env, c *apitest.Client) *apitest.Response {
			matrixCase(e)
			return c.Do(`{ safeguardingCases { id postBody } }`, nil)
		}, want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=ok"),
			check: func(t *testing.T, e *env, viewer string, r *apitest.Response) {
				var d struct{ SafeguardingCases []struct{ ID string } }
				r.Must(t, &d)
				if n := len(d.SafeguardingCases); (viewer == "SAFEGUARDING_OFFICER") != (n > 0) {
					t.Errorf("%s sees %d safeguarding cases", viewer, n)
				}
			}},
		row{op: "updateSafeguardingCase", do: func(e *env, c *apitest.Client) *apitest.Response {
			sc := matrixCase(e)
			return c.Do(`mutation($c: ID!) { updateSafeguardingCase(input: {caseID: $c, status: IN_PROGRESS, note: "Gesprek gepland"}) { id status } }`, map[string]any{"c": sc.ID})
		}, want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=NOT_FOUND", "SAFEGUARDING_OFFICER=ok")},
		row{op: "openSafeguardingCaseCount", do: q(`query($l: ID!) { openSafeguardingCaseCount(locationID: $l) }`,
			func(e *env) map[string]any { return map[string]any{"l": e.locA.ID} }),
			want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=ok")},
	)
}

// matrixThread stores a thread at location A started by memberA, with its first post approved
// (visible) or pending.
func matrixThread(e *env, visible bool) *ent.FeedbackThread {
	ctx := apitest.System()
	c := e.s.DB.Client
	t := c.FeedbackThread.Create().SetLocationID(e.locA.ID).SetTheme(schematype.ThemePlayActivities).
		SetTitle("Meer voetbal").SetStartedBy(e.memberA).SaveX(ctx)
	state := feedbackpost.ModerationStatePENDING
	if visible {
		state = feedbackpost.ModerationStateAPPROVED
		t = t.Update().SetVisibleAt(t.CreatedAt).SaveX(ctx)
	}
	c.FeedbackPost.Create().SetThread(t).SetAuthor(e.memberA).SetBody("Meer voetbal alsjeblieft").
		SetLanguage("nl").SetModerationState(state).ExecX(ctx)
	return t
}

// matrixCase stores a safeguarding case at location A, opened by the matrix's moderator.
func matrixCase(e *env) *ent.SafeguardingCase {
	ctx := apitest.System()
	t := matrixThread(e, false)
	p := t.QueryPosts().OnlyX(ctx).Update().SetModerationState(feedbackpost.ModerationStateESCALATED).SaveX(ctx)
	return e.s.DB.Client.SafeguardingCase.Create().SetLocationID(e.locA.ID).SetPost(p).
		SetOpenedBy(e.staff["MODERATOR"]).SetPostBody(p.Body).SetPostLanguage(p.Language).SaveX(ctx)
}
