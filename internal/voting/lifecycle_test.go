package voting_test

import (
	"testing"

	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

const openPolls = `{ openPolls { id kind voted closesAt question { text lang } description { text lang }
	options { id position pictogram label { text lang } } } }`

type openPollsAnswer struct {
	OpenPolls []struct {
		ID       string
		Kind     string
		Voted    bool
		Question struct{ Text, Lang string }
		Options  []struct {
			ID       string
			Position int
			Label    struct{ Text, Lang string }
		}
	}
}

func TestPollLifecycle(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newWorld(t, s)
		p := w.newPoll(t, nil)
		if len(p.Options) != 3 {
			t.Fatalf("created poll has %d options, want 3", len(p.Options))
		}
		_, child := w.child(t, "Uil", "")

		// A draft is not for children: not listed, and voting on it is NOT_FOUND.
		var list openPollsAnswer
		child.Do(openPolls, nil).Must(t, &list)
		if len(list.OpenPolls) != 0 {
			t.Fatalf("a draft is listed: %+v", list)
		}
		vote(child, p.ID, "", p.Options[0].ID).WantCode(t, "NOT_FOUND")

		// A draft can change; an open poll cannot.
		w.staff.Do(`mutation($id: ID!) { updatePoll(id: $id, input: {kind: YES_NO, theme: FOOD,
			question: [{lang: "nl", text: "Vis op vrijdag?"}]}) { kind options { id } } }`, map[string]any{"id": p.ID}).Must(t, nil)
		w.move(t, "openPoll", p.ID)
		w.staff.Do(`mutation($id: ID!) { updatePoll(id: $id, input: {kind: YES_NO, theme: FOOD,
			question: [{lang: "nl", text: "Toch niet"}]}) { id } }`, map[string]any{"id": p.ID}).WantCode(t, "CONFLICT")
		w.staff.Do(`mutation($id: ID!) { openPoll(id: $id) { id } }`, map[string]any{"id": p.ID}).WantCode(t, "CONFLICT")

		// The child (language ar; the location speaks ar and nl) sees it in Dutch, and says so.
		child.Do(openPolls, nil).Must(t, &list)
		if len(list.OpenPolls) != 1 {
			t.Fatalf("open polls: %+v", list)
		}
		op := list.OpenPolls[0]
		if op.Kind != "YES_NO" || op.Question.Text != "Vis op vrijdag?" || op.Question.Lang != "nl" || op.Voted || len(op.Options) != 2 {
			t.Fatalf("open poll as the child sees it: %+v", op)
		}
		// The standard answers exist in every language: the Arabic child reads (and hears) them in
		// Arabic, not "Ja" and "Nee" (issue 14).
		if op.Options[0].Label.Lang != "ar" || op.Options[0].Label.Text != "نعم" || op.Options[1].Label.Text != "لا" {
			t.Errorf("standard yes/no options: %+v", op.Options)
		}
		yes, no := op.Options[0].ID, op.Options[1].ID

		key := newKey()
		var receipt struct {
			CastVote struct {
				PollID   string
				Accepted bool
			}
		}
		vote(child, p.ID, key, yes).Must(t, &receipt)
		if !receipt.CastVote.Accepted || receipt.CastVote.PollID != p.ID {
			t.Fatalf("receipt %+v", receipt)
		}
		// The same ballot again gets the first answer; another ballot is refused.
		vote(child, p.ID, key, yes).Must(t, &receipt)
		if !receipt.CastVote.Accepted {
			t.Errorf("a retried ballot was not accepted: %+v", receipt)
		}
		vote(child, p.ID, "", no).WantCode(t, "ALREADY_VOTED")
		child.Do(openPolls, nil).Must(t, &list)
		if !list.OpenPolls[0].Voted {
			t.Errorf("the list does not say the child voted")
		}

		// While open: turnout only (and 1 is below k, so not even that).
		r := getResults(t, w.staff, p.ID)
		if r.CountsVisible || r.Turnout != nil || !r.TurnoutSuppressed || r.Options[0].Count != nil || !r.Options[0].Suppressed {
			t.Errorf("results while open: %s", r)
		}

		w.move(t, "closePoll", p.ID)
		vote(child, p.ID, "", no).WantCode(t, "POLL_NOT_OPEN")
		vote(child, p.ID, key, yes).Must(t, &receipt) // the first ballot, retried late
		child.Do(openPolls, nil).Must(t, &list)
		if len(list.OpenPolls) != 0 {
			t.Errorf("a closed poll is listed")
		}

		// Closed: the staff see counts (suppressed: one voter), the child does not.
		if r := getResults(t, w.staff, p.ID); !r.CountsVisible || r.Status != "CLOSED" {
			t.Errorf("staff results when closed: %s", r)
		}
		if r := getResults(t, child, p.ID); r.CountsVisible {
			t.Errorf("child sees counts of an unpublished poll: %s", r)
		}
		w.staff.Do(`mutation($id: ID!) { openPoll(id: $id) { id } }`, map[string]any{"id": p.ID}).WantCode(t, "CONFLICT")
		w.move(t, "publishPollResults", p.ID)
		if r := getResults(t, child, p.ID); !r.CountsVisible || r.Status != "PUBLISHED" {
			t.Errorf("child results when published: %s", r)
		}
	})
}
