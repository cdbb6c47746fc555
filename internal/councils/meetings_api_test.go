package councils_test

import (
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/feedback/feedbacktest"
)

// An idea on the agenda is decided, the minutes are published, and the child reads the decision
// on the board in Arabic, its progress to done; the attendance is a count only staff read.
func TestDecisionToBoardInArabic(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := feedbacktest.New(t, s)
		author := w.Child(t, w.Author)
		i := propose(t, author, w.CouncilA.ID, nil)
		w.Moderate(t, ideaPost(t, w, i.ID), "APPROVE", "")
		fac := w.As(t, feedbacktest.Facilitator)
		var m struct{ CreateMeeting struct{ ID string } }
		fac.Do(`mutation($c: ID!, $at: Time!) { createMeeting(input: {councilID: $c, startsAt: $at, place: "Huiskamer"}) { id } }`,
			map[string]any{"c": w.CouncilA.ID, "at": time.Now().Add(24 * time.Hour).Format(time.RFC3339)}).Must(t, &m)
		var item struct{ AddAgendaItem struct{ ID string } }
		fac.Do(`mutation($m: ID!, $i: ID!) { addAgendaItem(input: {meetingID: $m, ideaID: $i}) { id } }`,
			map[string]any{"m": m.CreateMeeting.ID, "i": i.ID}).Must(t, &item)
		// Bad input changes nothing.
		e := fac.Do(`mutation($m: ID!) { addAgendaItem(input: {meetingID: $m}) { id } }`, map[string]any{"m": m.CreateMeeting.ID}).WantCode(t, "BAD_USER_INPUT")
		if e.Field() != "input.title" {
			t.Errorf("field %q", e.Field())
		}
		e = fac.Do(`mutation($i: ID!) { recordDecision(input: {agendaItemID: $i, outcome: REJECTED, text: [{lang: "nl", text: "Nee"}], dueDate: "2030-01-01T00:00:00Z"}) { id } }`,
			map[string]any{"i": item.AddAgendaItem.ID}).WantCode(t, "BAD_USER_INPUT")
		if e.Field() != "input.dueDate" {
			t.Errorf("field %q", e.Field())
		}
		// The child's council shows the meeting and the idea on its agenda.
		var mc struct {
			MyCouncil struct {
				Members []struct {
					Pseudonym string
					Me        bool
				}
				NextMeeting struct {
					ID         string
					Attendance *int
					Agenda     []struct{ IdeaID *string }
				}
				MyIdeas []ideaView
			}
		}
		author.Do(`{ myCouncil(language: "ar") { members { pseudonym me } nextMeeting { id attendance agenda { ideaID } } myIdeas { `+ideaFields+` } } }`, nil).Must(t, &mc)
		if mc.MyCouncil.NextMeeting.ID != m.CreateMeeting.ID || len(mc.MyCouncil.NextMeeting.Agenda) != 1 ||
			len(mc.MyCouncil.MyIdeas) != 1 || mc.MyCouncil.MyIdeas[0].Status != "ON_AGENDA" || len(mc.MyCouncil.Members) != 2 {
			t.Fatalf("myCouncil: %+v", mc)
		}
		var dec struct {
			RecordDecision struct{ ID, ActionStatus string }
		}
		fac.Do(`mutation($i: ID!) { recordDecision(input: {agendaItemID: $i, outcome: ADOPTED, dueDate: "2030-01-01T00:00:00Z",
			text: [{lang: "nl", text: "Er komt een voetbaldoel"}, {lang: "ar", text: "سيكون هناك مرمى كرة قدم"}]}) { id actionStatus } }`,
			map[string]any{"i": item.AddAgendaItem.ID}).Must(t, &dec)
		if dec.RecordDecision.ActionStatus != "IN_PROGRESS" {
			t.Fatalf("an adopted decision is %q", dec.RecordDecision.ActionStatus)
		}
		fac.Do(`mutation($i: ID!) { recordDecision(input: {agendaItemID: $i, outcome: REJECTED, text: [{lang: "nl", text: "Nee"}]}) { id } }`,
			map[string]any{"i": item.AddAgendaItem.ID}).WantCode(t, "CONFLICT")
		board := func() []struct {
			ID     string
			Text   struct{ Text, Lang string }
			Status string
		} {
			var b struct {
				DecisionBoard []struct {
					ID     string
					Text   struct{ Text, Lang string }
					Status string
				}
			}
			author.Do(`{ decisionBoard(language: "ar") { id text { text lang } status } }`, nil).Must(t, &b)
			return b.DecisionBoard
		}
		if b := board(); len(b) != 0 {
			t.Fatalf("children read a decision before the minutes: %+v", b)
		}
		var pub struct {
			PublishMinutes struct {
				MissingTranslations []struct {
					Field     string
					Languages []string
				}
			}
		}
		fac.Do(`mutation($m: ID!) { publishMinutes(meetingID: $m, attendance: 4) { missingTranslations { field languages } } }`,
			map[string]any{"m": m.CreateMeeting.ID}).Must(t, &pub)
		if len(pub.PublishMinutes.MissingTranslations) != 0 {
			t.Fatalf("missing translations reported for a decision in both languages: %+v", pub)
		}
		b := board()
		if len(b) != 1 || b[0].Text.Lang != "ar" || b[0].Text.Text != "سيكون هناك مرمى كرة قدم" || b[0].Status != "IN_PROGRESS" {
			t.Fatalf("the board in Arabic: %+v", b)
		}
		var att struct{ Node struct{ Attendance *int } }
		author.Do(`query($m: ID!) { node(id: $m) { ... on Meeting { attendance } } }`, map[string]any{"m": m.CreateMeeting.ID}).Must(t, &att)
		if att.Node.Attendance != nil {
			t.Fatalf("a child reads the attendance %d", *att.Node.Attendance)
		}
		fac.Do(`query($m: ID!) { node(id: $m) { ... on Meeting { attendance } } }`, map[string]any{"m": m.CreateMeeting.ID}).Must(t, &att)
		if att.Node.Attendance == nil || *att.Node.Attendance != 4 {
			t.Fatalf("the facilitator reads the attendance %v", att.Node.Attendance)
		}
		w.As(t, feedbacktest.Manager).Do(`mutation($d: ID!) { updateDecisionStatus(input: {decisionID: $d, status: DONE}) { id } }`,
			map[string]any{"d": dec.RecordDecision.ID}).Must(t, nil)
		if b := board(); b[0].Status != "DONE" {
			t.Fatalf("after done the board reads %+v", b)
		}
		var d struct{ Node ideaView }
		readIdea(t, author, i.ID).Must(t, &d)
		if d.Node.Status != "DONE" {
			t.Fatalf("the proposer reads %s", d.Node.Status)
		}
		// Published minutes: a missing language is reported, nothing more can be recorded.
		var m2 struct{ CreateMeeting struct{ ID string } }
		fac.Do(`mutation($c: ID!, $at: Time!) { createMeeting(input: {councilID: $c, startsAt: $at, place: "Huiskamer"}) { id } }`,
			map[string]any{"c": w.CouncilA.ID, "at": time.Now().Add(-2 * time.Hour).Format(time.RFC3339)}).Must(t, &m2)
		fac.Do(`mutation($m: ID!) { addAgendaItem(input: {meetingID: $m, title: [{lang: "nl", text: "Wifi"}]}) { id } }`,
			map[string]any{"m": m2.CreateMeeting.ID}).Must(t, nil)
		fac.Do(`mutation($m: ID!) { publishMinutes(meetingID: $m) { missingTranslations { field languages } } }`,
			map[string]any{"m": m2.CreateMeeting.ID}).Must(t, &pub)
		if mt := pub.PublishMinutes.MissingTranslations; len(mt) != 1 || mt[0].Field != "title" || len(mt[0].Languages) != 1 || mt[0].Languages[0] != "ar" {
			t.Fatalf("missing translations: %+v", pub)
		}
		fac.Do(`mutation($m: ID!) { publishMinutes(meetingID: $m) { meeting { id } } }`, map[string]any{"m": m2.CreateMeeting.ID}).WantCode(t, "CONFLICT")
	})
}
