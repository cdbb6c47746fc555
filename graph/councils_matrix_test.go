package graph_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/councildecision"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// Rows of youth councils at work (issue 15): children propose and support ideas; facilitators and
// managers run meetings (moderators and safeguarding officers read, partners see no council);
// managers also carry adopted decisions to done. Each cell that changes something gets its own
// meeting, item or idea.
func init() {
	runners := expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=FORBIDDEN", "PARTNER=NOT_FOUND",
		"FACILITATOR,LOCATION_MANAGER,NATIONAL_ADMIN=ok")
	rows = append(rows,
		row{op: "myCouncil", do: q(`{ myCouncil { council { id } members { pseudonym avatar role me } nextMeeting { id } openIdeas { id } myIdeas { id } } }`, nil),
			want: expect("nobody=UNAUTHENTICATED", "tablet,staff=FORBIDDEN", "youth=ok")},
		row{op: "councilIdeas", do: func(e *env, c *apitest.Client) *apitest.Response {
			matrixIdea(e, false)
			return c.Do(`query($c: ID!) { councilIdeas(councilID: $c) { id status } }`, map[string]any{"c": e.councilA.ID})
		}, want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=ok", "PARTNER=NOT_FOUND"),
			check: func(t *testing.T, e *env, viewer string, r *apitest.Response) {
				var d struct{ CouncilIdeas []struct{ Status string } }
				r.Must(t, &d)
				pending := 0
				for _, i := range d.CouncilIdeas {
					if i.Status == "PENDING" {
						pending++
					}
				}
				if moderates := viewer == "MODERATOR" || viewer == "SAFEGUARDING_OFFICER"; moderates != (pending > 0) {
					t.Errorf("%s sees %d ideas waiting for a moderator", viewer, pending)
				}
			}},
		row{op: "councilMeetings", do: func(e *env, c *apitest.Client) *apitest.Response {
			matrixMeeting(e)
			return c.Do(`query($c: ID!) { councilMeetings(councilID: $c) { id attendance } }`, map[string]any{"c": e.councilA.ID})
		}, want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=ok", "PARTNER=NOT_FOUND")},
		row{op: "minutesCheck", do: func(e *env, c *apitest.Client) *apitest.Response {
			return c.Do(`query($m: ID!) { minutesCheck(meetingID: $m) { missingTranslations { field languages } undecidedAgendaItemIDs } }`,
				map[string]any{"m": matrixMeeting(e).ID})
		}, want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=ok", "PARTNER=NOT_FOUND")},
		row{op: "decisionBoard", do: q(`{ decisionBoard { id text { text lang } status } }`, nil),
			want: expect("all=ok", "nobody=UNAUTHENTICATED")},
		row{op: "proposeIdea", do: q(`mutation($c: ID!) { proposeIdea(input: {councilID: $c, theme: FOOD, title: [{lang: "nl", text: "Vaker rijst"}]}) { id status } }`,
			func(e *env) map[string]any { return map[string]any{"c": e.councilA.ID} }),
			want: expect("nobody=UNAUTHENTICATED", "tablet,staff=FORBIDDEN", "youth=ok")},
		row{op: "supportIdea", do: func(e *env, c *apitest.Client) *apitest.Response {
			return c.Do(`mutation($i: ID!) { supportIdea(ideaID: $i) { id supportedByMe } }`, map[string]any{"i": matrixIdea(e, true).ID})
		}, want: expect("nobody=UNAUTHENTICATED", "tablet,staff=FORBIDDEN", "youth=ok")},
		row{op: "setSupportThreshold", do: q(`mutation($c: ID!) { setSupportThreshold(councilID: $c, supports: 3) { id supportThreshold } }`,
			func(e *env) map[string]any { return map[string]any{"c": e.councilA.ID} }), want: runners},
		row{op: "createMeeting", do: q(`mutation($c: ID!, $at: Time!) { createMeeting(input: {councilID: $c, startsAt: $at, place: "Huiskamer"}) { id } }`,
			func(e *env) map[string]any {
				return map[string]any{"c": e.councilA.ID, "at": time.Now().Add(72 * time.Hour).Format(time.RFC3339)}
			}), want: runners},
		row{op: "addAgendaItem", do: func(e *env, c *apitest.Client) *apitest.Response {
			return c.Do(`mutation($m: ID!) { addAgendaItem(input: {meetingID: $m, title: [{lang: "nl", text: "Voetbalveld"}], theme: PLAY_ACTIVITIES}) { id position } }`,
				map[string]any{"m": matrixMeeting(e).ID})
		}, want: runners},
		row{op: "linkAgendaItemPoll", do: func(e *env, c *apitest.Client) *apitest.Response {
			return c.Do(`mutation($i: ID!, $p: ID!) { linkAgendaItemPoll(agendaItemID: $i, pollID: $p) { id pollID } }`,
				map[string]any{"i": matrixItem(e).ID, "p": newMatrixPoll(e, poll.StatusDRAFT).ID})
		}, want: runners},
		row{op: "recordDecision", do: func(e *env, c *apitest.Client) *apitest.Response {
			return c.Do(`mutation($i: ID!) { recordDecision(input: {agendaItemID: $i, outcome: ADOPTED, text: [{lang: "nl", text: "Een nieuw doel"}]}) { id actionStatus } }`,
				map[string]any{"i": matrixItem(e).ID})
		}, want: runners},
		row{op: "publishMinutes", do: func(e *env, c *apitest.Client) *apitest.Response {
			return c.Do(`mutation($m: ID!) { publishMinutes(meetingID: $m, attendance: 7) { meeting { id } missingTranslations { field languages } } }`,
				map[string]any{"m": matrixMeeting(e).ID})
		}, want: runners},
		row{op: "updateDecisionStatus", do: func(e *env, c *apitest.Client) *apitest.Response {
			return c.Do(`mutation($d: ID!) { updateDecisionStatus(input: {decisionID: $d, status: DONE}) { id actionStatus } }`,
				map[string]any{"d": matrixDecision(e).ID})
		}, want: runners},
		row{op: "assignCouncilRole", do: q(`mutation($c: ID!, $m: ID!) { assignCouncilRole(input: {councilID: $c, memberID: $m, role: SECRETARY}) { id role } }`,
			func(e *env) map[string]any { return map[string]any{"c": e.councilA.ID, "m": e.memberA.ID} }), want: runners},
	)
}

// matrixIdea stores an idea of memberA for council A, approved (visible) or waiting.
func matrixIdea(e *env, visible bool) *ent.Idea {
	t := matrixThread(e, visible)
	return e.s.DB.Client.Idea.Create().SetLocationID(e.locA.ID).SetCouncilID(e.councilA.ID).SetThreadID(t.ID).
		SetTheme(schematype.ThemePlayActivities).SetTitle([]schematype.Translation{{Lang: "nl", Text: t.Title}}).
		SaveX(apitest.System())
}

// matrixMeeting stores a meeting of council A next week.
func matrixMeeting(e *env) *ent.Meeting {
	return e.s.DB.Client.Meeting.Create().SetLocationID(e.locA.ID).SetCouncilID(e.councilA.ID).
		SetStartsAt(time.Now().Add(7 * 24 * time.Hour)).SetPlace(fmt.Sprintf("Zaal %d", e.next())).SaveX(apitest.System())
}

// matrixItem stores an agenda item of a new meeting of council A.
func matrixItem(e *env) *ent.AgendaItem {
	return e.s.DB.Client.AgendaItem.Create().SetLocationID(e.locA.ID).SetMeeting(matrixMeeting(e)).SetPosition(1).
		SetTitle([]schematype.Translation{{Lang: "nl", Text: "Moestuin"}}).SaveX(apitest.System())
}

// matrixDecision stores an adopted decision, its action in progress.
func matrixDecision(e *env) *ent.CouncilDecision {
	return e.s.DB.Client.CouncilDecision.Create().SetLocationID(e.locA.ID).SetAgendaItem(matrixItem(e)).
		SetOutcome(councildecision.OutcomeADOPTED).SetActionStatus(councildecision.ActionStatusIN_PROGRESS).
		SetText([]schematype.Translation{{Lang: "nl", Text: "Een moestuin"}}).SaveX(apitest.System())
}
