package feedback_test

import (
	"context"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/feedback/feedbacktest"
)

const respondToPoll = `mutation($p: ID!, $body: [TranslationInput!]!, $s: ThreadResponseStatus!, $d: Time, $r: [TranslationInput!]) {
	respondToPoll(input: {pollID: $p, body: $body, status: $s, commitmentDate: $d, reason: $r}) { id } }`

const weDid = `{ publishedPolls { id whatWeDid { text language status reason commitmentDate } } }`

type publishedAnswers struct {
	PublishedPolls []struct {
		ID        string
		WhatWeDid *struct {
			Text, Language, Status string
			Reason                 *string
			CommitmentDate         *string
		}
	}
}

// answerOf is what the child reads about poll id ("" when the poll is not in their list).
func answerOf(t *testing.T, c *apitest.Client, id string) (found bool, text, lang, status string) {
	t.Helper()
	var d publishedAnswers
	c.Do(weDid, nil).Must(t, &d)
	for _, p := range d.PublishedPolls {
		if p.ID == id {
			if p.WhatWeDid == nil {
				return true, "", "", ""
			}
			return true, p.WhatWeDid.Text, p.WhatWeDid.Language, p.WhatWeDid.Status
		}
	}
	return false, "", "", ""
}

// newPoll makes a yes/no poll for the children of location and brings it to status as the
// product does.
func newPoll(t *testing.T, s *apitest.Server, location string, status poll.Status) *ent.Poll {
	t.Helper()
	ctx := apitest.System()
	p := s.DB.Client.Poll.Create().SetScope(poll.ScopeLOCATION).SetLocationID(location).
		SetKind(poll.KindYES_NO).SetTheme(schematype.ThemePlayActivities).
		SetQuestion([]schematype.Translation{{Lang: "nl", Text: "Gaan we zwemmen?"}, {Lang: "ar", Text: "هل نذهب للسباحة؟"}}).SaveX(ctx)
	for i, label := range []string{"Ja", "Nee"} {
		s.DB.Client.PollOption.Create().SetPollID(p.ID).SetPosition(i).
			SetLabel([]schematype.Translation{{Lang: "nl", Text: label}}).ExecX(ctx)
	}
	steps := []func(context.Context, string) (*ent.Poll, error){s.Votes.OpenPoll, s.Votes.ClosePoll, s.Votes.PublishResults}
	n := map[poll.Status]int{poll.StatusDRAFT: 0, poll.StatusOPEN: 1, poll.StatusCLOSED: 2, poll.StatusPUBLISHED: 3}[status]
	for _, step := range steps[:n] {
		if _, err := step(ctx, p.ID); err != nil {
			t.Fatal(err)
		}
	}
	return s.DB.Client.Poll.GetX(ctx, p.ID)
}

// "You said, we did" for polls: those who may manage a published poll say what was done, with
// the statuses of a thread's answer; its children read it in their language under the results.
// Staff of another location, other staff, children, and any poll not yet published are refused,
// and a refused or bad answer changes nothing.
func TestRespondToPoll(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := feedbacktest.New(t, s)
		published := newPoll(t, s, w.LocA.ID, poll.StatusPUBLISHED)
		publishedB := newPoll(t, s, w.LocB.ID, poll.StatusPUBLISHED)
		body := []map[string]string{{"lang": "nl", "text": "We gaan woensdag zwemmen."}, {"lang": "ar", "text": "سنذهب إلى المسبح يوم الأربعاء."}}
		answer := respondVars{"p": published.ID, "s": "DONE", "body": body}
		manager := w.As(t, feedbacktest.Manager)
		count := func() int { return s.DB.Client.PollResponse.Query().CountX(apitest.System()) }

		// Who may not.
		w.As(t, feedbacktest.ManagerB).Do(respondToPoll, answer).WantCode(t, "NOT_FOUND")
		manager.Do(respondToPoll, respondVars{"p": publishedB.ID, "s": "DONE", "body": body}).WantCode(t, "NOT_FOUND")
		w.As(t, feedbacktest.Moderator).Do(respondToPoll, answer).WantCode(t, "FORBIDDEN")
		w.Child(t, w.Author).Do(respondToPoll, answer).WantCode(t, "FORBIDDEN")
		// Not before the children saw the results.
		for _, status := range []poll.Status{poll.StatusDRAFT, poll.StatusOPEN, poll.StatusCLOSED} {
			p := newPoll(t, s, w.LocA.ID, status)
			if e := manager.Do(respondToPoll, respondVars{"p": p.ID, "s": "DONE", "body": body}).WantCode(t, "BAD_USER_INPUT"); e.Field() != "input.pollID" {
				t.Errorf("%s poll: field = %s, want input.pollID", status, e.Field())
			}
		}
		// Bad answers, by the same rule as a thread's.
		when := time.Now().Add(14 * 24 * time.Hour).UTC().Format(time.RFC3339)
		for field, vars := range map[string]respondVars{
			"input.reason":         {"p": published.ID, "s": "NOT_POSSIBLE", "body": body},
			"input.commitmentDate": {"p": published.ID, "s": "DONE", "d": when, "body": body},
			"input.body":           {"p": published.ID, "s": "DONE", "body": []map[string]string{}},
			"input.body.1.lang":    {"p": published.ID, "s": "DONE", "body": []map[string]string{{"lang": "nl", "text": "a"}, {"lang": "nl", "text": "b"}}},
		} {
			if e := manager.Do(respondToPoll, vars).WantCode(t, "BAD_USER_INPUT"); e.Field() != field {
				t.Errorf("field = %s, want %s", e.Field(), field)
			}
		}
		if n := count(); n != 0 {
			t.Fatalf("%d answers stored after refusals only", n)
		}
		if found, text, _, _ := answerOf(t, w.Child(t, w.Author), published.ID); !found || text != "" {
			t.Fatalf("before an answer the child reads found=%v %q", found, text)
		}

		// The manager answers; the child reads it in Arabic (their language), a Tigrinya speaker
		// by the one rule in the location's first language, and nobody at B sees it.
		manager.Do(respondToPoll, respondVars{"p": published.ID, "s": "IN_PROGRESS", "d": when, "body": body}).Must(t, nil)
		if _, text, lang, status := answerOf(t, w.Child(t, w.Author), published.ID); text != "سنذهب إلى المسبح يوم الأربعاء." || lang != "ar" || status != "IN_PROGRESS" {
			t.Errorf("the child reads %q (%s, %s)", text, lang, status)
		}
		s.DB.Client.YouthMember.UpdateOneID(w.Other.ID).SetLanguage("ti").ExecX(apitest.System())
		if _, _, lang, _ := answerOf(t, w.Child(t, w.Other), published.ID); lang != "ar" {
			t.Errorf("a Tigrinya speaker reads the answer in %q, want the location's Arabic", lang)
		}
		if found, _, _, _ := answerOf(t, w.Child(t, w.ChildB), published.ID); found {
			t.Error("a child of B sees a poll of A")
		}
		// Facilitators may manage polls too; the newest answer is the one shown, with its reason.
		w.As(t, feedbacktest.Facilitator).Do(respondToPoll, respondVars{"p": published.ID, "s": "NOT_POSSIBLE",
			"body": []map[string]string{{"lang": "nl", "text": "Het zwembad is dicht."}},
			"r":    []map[string]string{{"lang": "nl", "text": "Het wordt verbouwd."}}}).Must(t, nil)
		var staffView struct {
			Node struct {
				WhatWeDid *struct{ Text, Status string }
			}
		}
		manager.Do(`query($id: ID!) { node(id: $id) { ... on Poll { whatWeDid(language: "nl") { text status } } } }`,
			map[string]any{"id": published.ID}).Must(t, &staffView)
		if a := staffView.Node.WhatWeDid; a == nil || a.Status != "NOT_POSSIBLE" || a.Text != "Het zwembad is dicht." {
			t.Errorf("the console reads %+v", a)
		}
		if n := count(); n != 2 {
			t.Errorf("%d answers stored, want 2", n)
		}
		var ev struct{ AuditEvents struct{ TotalCount int } }
		w.As(t, feedbacktest.NationalAdmin).Do(`query($p: String!) { auditEvents(where: {objectID: $p, action: "POLL_ANSWERED"}) { totalCount } }`,
			map[string]any{"p": published.ID}).Must(t, &ev)
		if ev.AuditEvents.TotalCount != 2 {
			t.Errorf("%d POLL_ANSWERED events, want 2", ev.AuditEvents.TotalCount)
		}
	})
}
