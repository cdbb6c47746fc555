package councils_test

import (
	"testing"

	"github.com/jeugdstem/jeugdstem/ent/agendaitem"
	"github.com/jeugdstem/jeugdstem/ent/auditevent"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/councils"
	"github.com/jeugdstem/jeugdstem/internal/feedback/feedbacktest"
)

// A quick poll started at the meeting (the polls API) is linked to its agenda item once: a poll of
// another council is refused with the field, a second link is a conflict, and neither changes the
// item; the link is audited.
func TestQuickPollLinksToItem(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := feedbacktest.New(t, s)
		fac := w.As(t, feedbacktest.Facilitator)
		_, itemID := meetingWithItem(t, fac, w.CouncilA.ID)
		poll := func(councilID string) string {
			var p struct{ CreatePoll struct{ ID string } }
			fac.Do(`mutation($c: ID!) { createPoll(input: {councilID: $c, kind: YES_NO, theme: PLAY_ACTIVITIES, question: [{lang: "nl", text: "Wifi?"}]}) { id } }`,
				map[string]any{"c": councilID}).Must(t, &p)
			return p.CreatePoll.ID
		}
		const link = `mutation($i: ID!, $p: ID!) { linkAgendaItemPoll(agendaItemID: $i, pollID: $p) { id pollID } }`
		mine := poll(w.CouncilA.ID)

		// Council B's poll: the facilitator of A cannot read it (NOT_FOUND); a national admin, who
		// can, is refused with the field.
		theirs := func() string {
			var p struct{ CreatePoll struct{ ID string } }
			w.As(t, feedbacktest.NationalAdmin).Do(`mutation($c: ID!) { createPoll(input: {councilID: $c, kind: YES_NO, theme: PLAY_ACTIVITIES, question: [{lang: "nl", text: "Wifi?"}]}) { id } }`,
				map[string]any{"c": w.CouncilB.ID}).Must(t, &p)
			return p.CreatePoll.ID
		}()
		fac.Do(link, map[string]any{"i": itemID, "p": theirs}).WantCode(t, "NOT_FOUND")
		if e := w.As(t, feedbacktest.NationalAdmin).Do(link, map[string]any{"i": itemID, "p": theirs}).WantCode(t, "BAD_USER_INPUT"); e.Field() != "pollID" {
			t.Errorf("field %q", e.Field())
		}
		if it := s.DB.Client.AgendaItem.Query().Where(agendaitem.ID(itemID)).OnlyX(apitest.System()); it.PollID != nil {
			t.Fatalf("a refused link set the poll %s", *it.PollID)
		}

		var d struct{ LinkAgendaItemPoll struct{ ID, PollID string } }
		fac.Do(link, map[string]any{"i": itemID, "p": mine}).Must(t, &d)
		if d.LinkAgendaItemPoll.PollID != mine {
			t.Fatalf("linked %+v", d)
		}
		fac.Do(link, map[string]any{"i": itemID, "p": poll(w.CouncilA.ID)}).WantCode(t, "CONFLICT")
		if it := s.DB.Client.AgendaItem.Query().Where(agendaitem.ID(itemID)).OnlyX(apitest.System()); it.PollID == nil || *it.PollID != mine {
			t.Fatalf("after a second link the item's poll is %v", it.PollID)
		}
		evs := auditObjects(t, s, councils.ActionAgendaItemPollLinked)
		if len(evs) != 1 || evs[0] != "AgendaItem:"+itemID {
			t.Fatalf("link events %v", evs)
		}
	})
}

// auditObjects lists the objects of the events of action, as "Type:id".
func auditObjects(t *testing.T, s *apitest.Server, action string) []string {
	t.Helper()
	var out []string
	for _, e := range s.DB.Client.AuditEvent.Query().Where(auditevent.Action(action)).AllX(apitest.System()) {
		out = append(out, e.ObjectType+":"+e.ObjectID)
	}
	return out
}
