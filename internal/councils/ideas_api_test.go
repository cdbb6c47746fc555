package councils_test

import (
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent/agendaitem"
	"github.com/jeugdstem/jeugdstem/ent/idea"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/feedback/feedbacktest"
)

type ideaView struct {
	ID                     string
	Status                 string
	SupportCount           *int
	SupportCountSuppressed bool
	SupportedByMe          bool
	ProposedByMe           bool
	Theme                  string
	TitleText              *struct{ Text, Lang string }
}

const ideaFields = `id status supportCount supportCountSuppressed supportedByMe proposedByMe theme titleText { text lang }`

func propose(t *testing.T, c *apitest.Client, councilID string, title []map[string]any) ideaView {
	t.Helper()
	var d struct{ ProposeIdea ideaView }
	c.Do(`mutation($c: ID!, $t: [TranslationInput!]) { proposeIdea(input: {councilID: $c, theme: PLAY_ACTIVITIES, title: $t}) { `+ideaFields+` } }`,
		map[string]any{"c": councilID, "t": title}).Must(t, &d)
	return d.ProposeIdea
}

func readIdea(t *testing.T, c *apitest.Client, id string) *apitest.Response {
	t.Helper()
	return c.Do(`query($i: ID!) { node(id: $i) { ... on Idea { `+ideaFields+` } } }`, map[string]any{"i": id})
}

// ideaPost is the post that holds an idea's words, as the moderation queue lists it.
func ideaPost(t *testing.T, w *feedbacktest.World, ideaID string) string {
	t.Helper()
	i := w.S.DB.Client.Idea.Query().Where(idea.ID(ideaID)).OnlyX(apitest.System())
	return i.QueryThread().QueryPosts().OnlyX(apitest.System()).ID
}

// An idea told in words waits in the moderation queue with the flags of a post: nobody but the
// location's moderators and its proposer reads it, nobody learns who proposed it; approved, every
// child of the location sees it, its proposer as their own.
func TestIdeaIsModeratedLikeAPost(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := feedbacktest.New(t, s)
		author, other := w.Child(t, w.Author), w.Child(t, w.Other)
		secret := "Bel mij op 06-12345678 voor een voetbaltoernooi"
		i := propose(t, author, w.CouncilA.ID, []map[string]any{{"lang": "nl", "text": secret}})
		if i.Status != "PENDING" || !i.ProposedByMe {
			t.Fatalf("the proposer reads %+v", i)
		}
		// Before approval: another child, a facilitator, a manager: NOT_FOUND, and not listed.
		readIdea(t, other, i.ID).WantCode(t, "NOT_FOUND")
		for _, who := range []string{feedbacktest.Facilitator, feedbacktest.Manager, feedbacktest.Partner} {
			readIdea(t, w.As(t, who), i.ID).WantCode(t, "NOT_FOUND")
		}
		var listed struct{ CouncilIdeas []struct{ ID string } }
		w.As(t, feedbacktest.Facilitator).Do(`query($c: ID!) { councilIdeas(councilID: $c) { id } }`, map[string]any{"c": w.CouncilA.ID}).Must(t, &listed)
		if len(listed.CouncilIdeas) != 0 {
			t.Fatalf("a facilitator lists an idea waiting for a moderator: %+v", listed)
		}
		// The same queue as posts, with the same flags.
		var q struct {
			ModerationQueue struct {
				Edges []struct {
					Node struct {
						ID, Body string
						Flags    []string
					}
				}
			}
		}
		w.As(t, feedbacktest.Moderator).Do(`{ moderationQueue { edges { node { id body flags } } } }`, nil).Must(t, &q)
		post := ideaPost(t, w, i.ID)
		found := false
		for _, e := range q.ModerationQueue.Edges {
			if e.Node.ID == post {
				found = e.Node.Body == secret && slices.Contains(e.Node.Flags, "PHONE_NUMBER")
			}
		}
		if !found {
			t.Fatalf("the idea is not in the moderation queue with its words and flags: %+v", q)
		}
		w.Moderate(t, post, "APPROVE", "")
		var d struct{ Node ideaView }
		readIdea(t, other, i.ID).Must(t, &d)
		if d.Node.Status != "OPEN" || d.Node.ProposedByMe || d.Node.TitleText == nil || d.Node.TitleText.Text != secret {
			t.Fatalf("after approval another child reads %+v", d.Node)
		}
		// Escalated: a safeguarding case opens; the proposer still reads it as waiting.
		j := propose(t, author, w.CouncilA.ID, []map[string]any{{"lang": "nl", "text": "Iemand doet mij pijn"}})
		w.Moderate(t, ideaPost(t, w, j.ID), "ESCALATE", "")
		readIdea(t, author, j.ID).Must(t, &d)
		if d.Node.Status != "PENDING" {
			t.Fatalf("the proposer of an escalated idea reads %s", d.Node.Status)
		}
		var cases struct{ SafeguardingCases []struct{ PostBody string } }
		w.As(t, feedbacktest.SafeguardingOfficer).Do(`{ safeguardingCases { postBody } }`, nil).Must(t, &cases)
		if len(cases.SafeguardingCases) != 1 || cases.SafeguardingCases[0].PostBody != "Iemand doet mij pijn" {
			t.Fatalf("the safeguarding officer reads %+v", cases)
		}
		// Rejected: the proposer reads NOT_SHOWN.
		k := propose(t, author, w.CouncilA.ID, []map[string]any{{"lang": "nl", "text": "Stom idee"}})
		w.Moderate(t, ideaPost(t, w, k.ID), "REJECT", "HURTFUL")
		readIdea(t, author, k.ID).Must(t, &d)
		if d.Node.Status != "NOT_SHOWN" {
			t.Fatalf("the proposer of a rejected idea reads %s", d.Node.Status)
		}
	})
}

// A child who cannot write proposes by pictures: theme and area only. It waits for a moderator too.
// Bad input changes nothing.
func TestIdeaInPicturesAndBadInput(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := feedbacktest.New(t, s)
		author := w.Child(t, w.Author)
		i := propose(t, author, w.CouncilA.ID, nil)
		if i.Status != "PENDING" || i.TitleText != nil || i.Theme != "PLAY_ACTIVITIES" {
			t.Fatalf("a picture idea reads %+v", i)
		}
		before := s.DB.Client.Idea.Query().CountX(apitest.System())
		author.Do(`mutation($c: ID!) { proposeIdea(input: {councilID: $c, theme: FOOD}) { id } }`,
			map[string]any{"c": w.CouncilB.ID}).WantCode(t, "NOT_FOUND")
		e := author.Do(`mutation($c: ID!, $t: String!) { proposeIdea(input: {councilID: $c, theme: FOOD, title: [{lang: "nl", text: $t}]}) { id } }`,
			map[string]any{"c": w.CouncilA.ID, "t": fmt.Sprintf("%0201d", 1)}).WantCode(t, "BAD_USER_INPUT")
		if e.Field() != "input.title.0.text" {
			t.Errorf("field %q", e.Field())
		}
		if n := s.DB.Client.Idea.Query().CountX(apitest.System()); n != before {
			t.Fatalf("refused proposals wrote %d ideas", n-before)
		}
	})
}

// Many children support one idea at once, each twice: one support per child, the count equals the
// children, and the idea goes onto the next meeting's agenda exactly once.
func TestSupportRaceAndAgendaByItself(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := feedbacktest.New(t, s)
		i := propose(t, w.Child(t, w.Author), w.CouncilA.ID, []map[string]any{{"lang": "nl", "text": "Een moestuin"}})
		w.Moderate(t, ideaPost(t, w, i.ID), "APPROVE", "")
		fac := w.As(t, feedbacktest.Facilitator)
		var m struct{ CreateMeeting struct{ ID string } }
		fac.Do(`mutation($c: ID!, $at: Time!) { createMeeting(input: {councilID: $c, startsAt: $at, place: "Huiskamer"}) { id } }`,
			map[string]any{"c": w.CouncilA.ID, "at": time.Now().Add(48 * time.Hour).Format(time.RFC3339)}).Must(t, &m)
		var children []*apitest.Client
		for n := range 6 {
			children = append(children, w.Child(t, s.NewMember(t, w.CouncilA, fmt.Sprintf("Supporter %d", n))))
		}
		var wg sync.WaitGroup
		errs := make(chan string, 2*len(children))
		for _, c := range children {
			for range 2 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					r := c.Do(`mutation($i: ID!) { supportIdea(ideaID: $i) { id supportedByMe } }`, map[string]any{"i": i.ID})
					if len(r.Errors) > 0 {
						errs <- fmt.Sprint(r.Errors)
					}
				}()
			}
		}
		wg.Wait()
		close(errs)
		for e := range errs {
			t.Error(e)
		}
		th := s.DB.Client.Idea.Query().Where(idea.ID(i.ID)).QueryThread().OnlyX(apitest.System())
		if th.MeTooCount != len(children) {
			t.Fatalf("count %d after %d children supported twice each", th.MeTooCount, len(children))
		}
		items := s.DB.Client.AgendaItem.Query().Where(agendaitem.IdeaID(i.ID)).AllX(apitest.System())
		if len(items) != 1 || items[0].MeetingID != m.CreateMeeting.ID {
			t.Fatalf("agenda items of the idea: %+v", items)
		}
		var d struct{ Node ideaView }
		readIdea(t, children[0], i.ID).Must(t, &d)
		if d.Node.Status != "ON_AGENDA" || !d.Node.SupportedByMe || d.Node.SupportCount == nil || *d.Node.SupportCount != 6 {
			t.Fatalf("a supporter reads %+v", d.Node)
		}
	})
}

// Fewer than k supports are "fewer than k", for children and staff alike; an idea waits for a
// meeting when none is planned, and goes onto the one planned next.
func TestSupportsBelowKAndWaitingForAMeeting(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := feedbacktest.New(t, s)
		i := propose(t, w.Child(t, w.Author), w.CouncilA.ID, []map[string]any{{"lang": "nl", "text": "Een moestuin"}})
		w.Moderate(t, ideaPost(t, w, i.ID), "APPROVE", "")
		for n := range 3 {
			c := w.Child(t, s.NewMember(t, w.CouncilA, fmt.Sprintf("Supporter %d", n)))
			c.Do(`mutation($i: ID!) { supportIdea(ideaID: $i) { id } }`, map[string]any{"i": i.ID}).Must(t, nil)
		}
		for _, c := range []*apitest.Client{w.Child(t, w.Other), w.As(t, feedbacktest.Facilitator)} {
			var d struct{ Node ideaView }
			readIdea(t, c, i.ID).Must(t, &d)
			if d.Node.SupportCount != nil || !d.Node.SupportCountSuppressed || d.Node.Status != "OPEN" {
				t.Fatalf("3 supports read as %+v", d.Node)
			}
		}
		var m struct {
			CreateMeeting struct{ Agenda []struct{ IdeaID *string } }
		}
		w.As(t, feedbacktest.Facilitator).Do(`mutation($c: ID!, $at: Time!) { createMeeting(input: {councilID: $c, startsAt: $at, place: "Huiskamer"}) { agenda { ideaID } } }`,
			map[string]any{"c": w.CouncilA.ID, "at": time.Now().Add(48 * time.Hour).Format(time.RFC3339)}).Must(t, &m)
		if len(m.CreateMeeting.Agenda) != 1 || *m.CreateMeeting.Agenda[0].IdeaID != i.ID {
			t.Fatalf("the new meeting's agenda: %+v", m)
		}
	})
}
