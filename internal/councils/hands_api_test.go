package councils_test

import (
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent/councildecision"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/feedback/feedbacktest"
)

// meetingWithItem plans a meeting of council A with one free item and returns their ids.
func meetingWithItem(t *testing.T, fac *apitest.Client, councilID string) (meetingID, itemID string) {
	t.Helper()
	var m struct{ CreateMeeting struct{ ID string } }
	fac.Do(`mutation($c: ID!, $at: Time!) { createMeeting(input: {councilID: $c, startsAt: $at, place: "Huiskamer"}) { id } }`,
		map[string]any{"c": councilID, "at": time.Now().Add(24 * time.Hour).Format(time.RFC3339)}).Must(t, &m)
	var item struct{ AddAgendaItem struct{ ID string } }
	fac.Do(`mutation($m: ID!) { addAgendaItem(input: {meetingID: $m, title: [{lang: "nl", text: "Wifi in de huiskamer"}]}) { id } }`,
		map[string]any{"m": m.CreateMeeting.ID}).Must(t, &item)
	return m.CreateMeeting.ID, item.AddAgendaItem.ID
}

// A show of hands is stored as three counts with the decision, which staff read and children do
// not; counts that are negative, incomplete or more than the council's members are refused with
// the field, and record nothing.
func TestShowOfHands(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := feedbacktest.New(t, s) // council A has two members: Blue Fox and Green Owl
		fac := w.As(t, feedbacktest.Facilitator)
		meetingID, itemID := meetingWithItem(t, fac, w.CouncilA.ID)
		var c struct {
			Node struct{ MemberCount, Seats, Vacancies int }
		}
		fac.Do(`query($c: ID!) { node(id: $c) { ... on Council { memberCount seats vacancies } } }`, map[string]any{"c": w.CouncilA.ID}).Must(t, &c)
		if c.Node.MemberCount != 2 || c.Node.Seats != 0 || c.Node.Vacancies != 0 {
			t.Fatalf("council A reads %+v, want 2 members and no elected seats", c.Node)
		}

		const record = `mutation($i: ID!, $f: Int, $a: Int, $x: Int) { recordDecision(input: {agendaItemID: $i, outcome: ADOPTED,
			text: [{lang: "nl", text: "Er komt wifi"}], handsFor: $f, handsAgainst: $a, handsAbstain: $x}) { id hands { inFavour against abstain } } }`
		bad := []struct {
			f, a, x any
			field   string
		}{
			{2, 1, 0, "input.handsFor"},       // 3 hands, 2 members
			{1, -1, 0, "input.handsAgainst"},  // negative
			{1, 0, nil, "input.handsAbstain"}, // incomplete
			{nil, 1, nil, "input.handsFor"},   // incomplete, the first missing named
			{-3, 3, 1, "input.handsFor"},      // a negative count cannot make room for another
		}
		for _, b := range bad {
			r := fac.Do(record, map[string]any{"i": itemID, "f": b.f, "a": b.a, "x": b.x})
			if e := r.WantCode(t, "BAD_USER_INPUT"); e.Field() != b.field {
				t.Errorf("hands %v/%v/%v: field %q, want %q", b.f, b.a, b.x, e.Field(), b.field)
			}
		}
		if n := s.DB.Client.CouncilDecision.Query().CountX(apitest.System()); n != 0 {
			t.Fatalf("refused hands recorded %d decisions", n)
		}

		var d struct {
			RecordDecision struct {
				ID    string
				Hands *struct{ InFavour, Against, Abstain int }
			}
		}
		fac.Do(record, map[string]any{"i": itemID, "f": 1, "a": 0, "x": 1}).Must(t, &d)
		if h := d.RecordDecision.Hands; h == nil || h.InFavour != 1 || h.Against != 0 || h.Abstain != 1 {
			t.Fatalf("the facilitator reads the hands %+v, want 1/0/1", h)
		}
		stored := s.DB.Client.CouncilDecision.Query().Where(councildecision.ID(d.RecordDecision.ID)).OnlyX(apitest.System())
		if stored.HandsFor == nil || *stored.HandsFor != 1 || *stored.HandsAgainst != 0 || *stored.HandsAbstain != 1 {
			t.Fatalf("stored hands %v %v %v", stored.HandsFor, stored.HandsAgainst, stored.HandsAbstain)
		}

		// Published: the child reads the decision, never the hands.
		fac.Do(`mutation($m: ID!) { publishMinutes(meetingID: $m) { meeting { id } } }`, map[string]any{"m": meetingID}).Must(t, nil)
		var child struct {
			Node struct {
				ID    string
				Hands *struct{ InFavour int }
			}
		}
		w.Child(t, w.Author).Do(`query($d: ID!) { node(id: $d) { ... on CouncilDecision { id hands { inFavour } } } }`,
			map[string]any{"d": d.RecordDecision.ID}).Must(t, &child)
		if child.Node.ID != d.RecordDecision.ID || child.Node.Hands != nil {
			t.Fatalf("a child reads %+v", child.Node)
		}

		// Without a show of hands: no counts, and none read.
		_, other := meetingWithItem(t, fac, w.CouncilA.ID)
		fac.Do(record, map[string]any{"i": other}).Must(t, &d)
		if d.RecordDecision.Hands != nil {
			t.Fatalf("a decision without hands reads %+v", d.RecordDecision.Hands)
		}
	})
}

// minutesCheck tells before publishing what publishMinutes answers after it, and changes nothing.
func TestMinutesCheckBeforePublishing(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := feedbacktest.New(t, s)
		fac := w.As(t, feedbacktest.Facilitator)
		meetingID, itemID := meetingWithItem(t, fac, w.CouncilA.ID)
		type warnings struct {
			MissingTranslations []struct {
				AgendaItemID, Field string
				Languages           []string
			}
			UndecidedAgendaItemIDs []string
		}
		var before struct{ MinutesCheck warnings }
		fac.Do(`query($m: ID!) { minutesCheck(meetingID: $m) { missingTranslations { agendaItemID field languages } undecidedAgendaItemIDs } }`,
			map[string]any{"m": meetingID}).Must(t, &before)
		b := before.MinutesCheck
		if len(b.UndecidedAgendaItemIDs) != 1 || b.UndecidedAgendaItemIDs[0] != itemID || len(b.MissingTranslations) != 1 ||
			b.MissingTranslations[0].Field != "title" || len(b.MissingTranslations[0].Languages) != 1 || b.MissingTranslations[0].Languages[0] != "ar" {
			t.Fatalf("minutesCheck: %+v", b)
		}
		var after struct{ PublishMinutes warnings }
		fac.Do(`mutation($m: ID!) { publishMinutes(meetingID: $m, attendance: 2) { missingTranslations { agendaItemID field languages } undecidedAgendaItemIDs } }`,
			map[string]any{"m": meetingID}).Must(t, &after)
		if len(after.PublishMinutes.UndecidedAgendaItemIDs) != 1 || len(after.PublishMinutes.MissingTranslations) != 1 {
			t.Fatalf("publishMinutes warns %+v, minutesCheck warned %+v", after.PublishMinutes, b)
		}
	})
}
