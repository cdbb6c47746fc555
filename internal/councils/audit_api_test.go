package councils_test

import (
	"strings"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/auditevent"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/councils"
	"github.com/jeugdstem/jeugdstem/internal/feedback/feedbacktest"
)

// Every operation of a council's work writes its audit event, by the staff member, naming the
// object by its id and nothing personal: no pseudonym, no text, no count of hands. A refused
// operation writes none.
func TestCouncilOperationsAreAudited(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := feedbacktest.New(t, s)
		fac := w.As(t, feedbacktest.Facilitator)
		facID := w.User(t, feedbacktest.Facilitator).ID
		ctx := apitest.System()
		events := func(action string) []string {
			t.Helper()
			evs := s.DB.Client.AuditEvent.Query().Where(auditevent.Action(action)).AllX(ctx)
			var ids []string
			for _, e := range evs {
				if e.ActorKind != auditevent.ActorKindSTAFF || e.ActorID != facID || e.LocationID != w.LocA.ID {
					t.Errorf("%s: actor %s %s at %s", action, e.ActorKind, e.ActorID, e.LocationID)
				}
				ids = append(ids, e.ObjectType+":"+e.ObjectID)
			}
			return ids
		}
		want := func(action, object string) {
			t.Helper()
			if got := events(action); len(got) != 1 || got[0] != object {
				t.Errorf("%s events %v, want [%s]", action, got, object)
			}
		}

		fac.Do(`mutation($c: ID!) { setSupportThreshold(councilID: $c, supports: 0) { id } }`, map[string]any{"c": w.CouncilA.ID}).WantCode(t, "BAD_USER_INPUT")
		if got := events(councils.ActionSupportThresholdSet); len(got) != 0 {
			t.Fatalf("a refused threshold was audited: %v", got)
		}
		fac.Do(`mutation($c: ID!) { setSupportThreshold(councilID: $c, supports: 4) { id } }`, map[string]any{"c": w.CouncilA.ID}).Must(t, nil)
		want(councils.ActionSupportThresholdSet, "Council:"+w.CouncilA.ID)

		meetingID, itemID := meetingWithItem(t, fac, w.CouncilA.ID)
		want(councils.ActionMeetingCreated, "Meeting:"+meetingID)
		want(councils.ActionAgendaItemAdded, "AgendaItem:"+itemID)

		var d struct{ RecordDecision struct{ ID string } }
		fac.Do(`mutation($i: ID!) { recordDecision(input: {agendaItemID: $i, outcome: ADOPTED, text: [{lang: "nl", text: "Er komt wifi"}],
			handsFor: 2, handsAgainst: 0, handsAbstain: 0}) { id } }`, map[string]any{"i": itemID}).Must(t, &d)
		want(councils.ActionDecisionRecorded, "CouncilDecision:"+d.RecordDecision.ID)
		fac.Do(`mutation($m: ID!) { publishMinutes(meetingID: $m, attendance: 2) { meeting { id } } }`, map[string]any{"m": meetingID}).Must(t, nil)
		want(councils.ActionMinutesPublished, "Meeting:"+meetingID)
		fac.Do(`mutation($d: ID!) { updateDecisionStatus(input: {decisionID: $d, status: DONE}) { id } }`, map[string]any{"d": d.RecordDecision.ID}).Must(t, nil)
		want(councils.ActionDecisionStatusUpdated, "CouncilDecision:"+d.RecordDecision.ID)

		var role struct{ AssignCouncilRole struct{ ID string } }
		fac.Do(`mutation($c: ID!, $m: ID!) { assignCouncilRole(input: {councilID: $c, memberID: $m, role: CHAIR}) { id } }`,
			map[string]any{"c": w.CouncilA.ID, "m": w.Author.ID}).Must(t, &role)
		want(councils.ActionCouncilRoleAssigned, "Membership:"+role.AssignCouncilRole.ID)

		var e struct{ CallElection struct{ ID string } }
		fac.Do(`mutation($c: ID!) { callElection(input: {councilID: $c, seats: 1}) { id } }`, map[string]any{"c": w.CouncilA.ID}).Must(t, &e)
		want(councils.ActionElectionCalled, "Election:"+e.CallElection.ID)
		for _, child := range []*ent.YouthMember{w.Author, w.Other} {
			w.Child(t, child).Do(`mutation($e: ID!) { standForElection(electionID: $e) { id } }`, map[string]any{"e": e.CallElection.ID}).Must(t, nil)
		}
		fac.Do(`mutation($c: ID!, $ids: [ID!]!, $at: Time!) { createElection(input: {councilID: $c, seats: 1, candidateIDs: $ids, closesAt: $at}) { id } }`,
			map[string]any{"c": w.CouncilA.ID, "ids": []string{w.Author.ID, w.Other.ID}, "at": time.Now().Add(time.Hour).Format(time.RFC3339)}).Must(t, nil)
		want(councils.ActionElectionCreated, "Election:"+e.CallElection.ID)

		// Nothing personal in any event: ids and verbs only.
		for _, ev := range s.DB.Client.AuditEvent.Query().AllX(ctx) {
			all := strings.Join([]string{ev.Action, ev.ObjectType, ev.ObjectID, ev.LocationID, ev.ActorID}, " ")
			for _, secret := range []string{w.Author.Pseudonym, w.Other.Pseudonym, "wifi", "Huiskamer"} {
				if strings.Contains(strings.ToLower(all), strings.ToLower(secret)) {
					t.Errorf("audit event %q holds %q", all, secret)
				}
			}
		}
	})
}
