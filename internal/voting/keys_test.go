package voting_test

import (
	"context"
	"strings"
	"testing"
	"time"

	entpoll "github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/keyring"
	"github.com/jeugdstem/jeugdstem/internal/voting"
)

// A poll whose ballots this instance cannot open (its key was made with a deployment key that is
// not configured here) stays open with an error that names it, and holds up no other poll; an
// instance with the right key counts it.
func TestAPollThatCannotBeCountedHoldsUpNoOther(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		ctx := context.Background()
		now := time.Now()
		w := newWorld(t, s)
		closes := now.Add(time.Hour).UTC().Format(time.RFC3339)
		sealedHere := w.openPoll(t, map[string]any{"closesAt": closes})
		sealedThere := w.newPoll(t, map[string]any{"opensAt": now.Add(-time.Minute).UTC().Format(time.RFC3339), "closesAt": closes})
		other := voting.New(s.DB.Client, s.DB.Dialect, voting.NewSealedBox(keyring.MustNew([][]byte{[]byte("another deployment key, 32 bytes long")})))
		if n, err := other.TransitionDue(ctx, now); err != nil || n != 1 {
			t.Fatalf("opening the second poll on the other instance: %d, %v", n, err)
		}
		_, c := w.child(t, "Stemmer", "")
		vote(c, sealedHere.ID, "", sealedHere.Options[0].ID).Must(t, nil)
		vote(c, sealedThere.ID, "", sealedThere.Options[1].ID).Must(t, nil)

		n, err := other.TransitionDue(ctx, now.Add(2*time.Hour))
		if n != 1 || err == nil || !strings.Contains(err.Error(), sealedHere.ID) {
			t.Fatalf("the other instance moved %d polls with error %v; want the one it can count, and an error naming the other", n, err)
		}
		status := func(id string) entpoll.Status { return s.DB.Client.Poll.GetX(apitest.System(), id).Status }
		if status(sealedThere.ID) != entpoll.StatusCLOSED || status(sealedHere.ID) != entpoll.StatusOPEN {
			t.Fatalf("statuses %s / %s, want CLOSED / OPEN", status(sealedThere.ID), status(sealedHere.ID))
		}
		if n, err := s.Votes.TransitionDue(ctx, now.Add(2*time.Hour)); err != nil || n != 1 || status(sealedHere.ID) != entpoll.StatusCLOSED {
			t.Fatalf("the instance with the right key: %d, %v, %s", n, err, status(sealedHere.ID))
		}
	})
}
