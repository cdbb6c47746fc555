package httpserver_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/auth"
)

// Two instances over one database behave as one: sessions, logouts, PIN lockouts and the
// one-vote rule live in the database, not in either process.
func TestTwoInstancesShareSessionsAndLockouts(t *testing.T) {
	for _, b := range apitest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			one := apitest.Start(t, b, apitest.Options{})
			two := apitest.StartOn(t, one.DSN, apitest.Options{})

			c := one.SignInAs(t, staffuser.RoleNATIONAL_ADMIN)
			c.Via(two).Do(`mutation { createLocation(input: {name: "Via two", kind: REGULAR}) { id } }`, nil).Must(t, nil)
			c.Do(`mutation { logout }`, nil).Must(t, nil)
			c.Via(two).Do(`mutation { createLocation(input: {name: "After logout", kind: REGULAR}) { id } }`, nil).WantCode(t, "UNAUTHENTICATED")

			l := one.NewLocation(t, "A")
			m := one.NewMember(t, one.NewCouncil(t, l.ID, "C"), "Blue Fox")
			tab := one.NewTablet(t, l.ID)
			for i := range auth.MaxPINAttempts {
				srv := one
				if i%2 == 1 {
					srv = two
				}
				want := "UNAUTHENTICATED"
				if i == auth.MaxPINAttempts-1 {
					want = "FORBIDDEN" // the last one locks
				}
				tab.Via(srv).Do(fmt.Sprintf(`mutation { youthLogin(memberID: %q, pin: [8, 8, 8, %d]) { id } }`, m.ID, i%auth.PINPictures), nil).
					WantCode(t, want)
				// The pause after a wrong PIN is over (as if the child waited).
				one.DB.Client.YouthMember.UpdateOneID(m.ID).ClearPinRetryAt().ExecX(apitest.System())
			}
			tab.Via(two).Do(`mutation($m: ID!, $p: [Int!]!) { youthLogin(memberID: $m, pin: $p) { id } }`,
				map[string]any{"m": m.ID, "p": apitest.TestPIN}).WantCode(t, "FORBIDDEN")

			// One child's ballot sent to both instances at once is counted once.
			voter := one.NewMember(t, one.NewCouncil(t, l.ID, "D"), "Green Owl")
			f := one.SignInAs(t, staffuser.RoleFACILITATOR, l.ID)
			var p struct {
				CreatePoll struct {
					ID      string
					Options []struct{ ID string }
				}
			}
			f.Do(`mutation($l: ID!) { createPoll(input: {scope: LOCATION, locationID: $l, kind: YES_NO, theme: FOOD, question: [{lang: "nl", text: "Soep?"}]}) { id options { id } } }`,
				map[string]any{"l": l.ID}).Must(t, &p)
			f.Do(`mutation($id: ID!) { openPoll(id: $id) { id } }`, map[string]any{"id": p.CreatePoll.ID}).Must(t, nil)
			child := one.NewTablet(t, l.ID)
			child.YouthLogin(t, voter)
			codes := make(chan string, 2)
			for i, srv := range []*apitest.Server{one, two} {
				go func() {
					res := child.Via(srv).Do(`mutation($p: ID!, $o: [ID!]!, $k: String!) { castVote(input: {pollID: $p, optionIDs: $o, idempotencyKey: $k}) { accepted } }`,
						map[string]any{"p": p.CreatePoll.ID, "o": []string{p.CreatePoll.Options[i].ID}, "k": fmt.Sprintf("ballot-%d", i)})
					if len(res.Errors) > 0 {
						codes <- res.Errors[0].Code()
					} else {
						codes <- "ok"
					}
				}()
			}
			got := []string{<-codes, <-codes}
			slices.Sort(got)
			if got[0] != "ALREADY_VOTED" || got[1] != "ok" {
				t.Errorf("a ballot sent to both instances: %v, want one ok and one ALREADY_VOTED", got)
			}
			var sealed int
			if err := one.DB.Reader.QueryRow(`SELECT COUNT(*) FROM sealed_ballots`).Scan(&sealed); err != nil || sealed != 1 {
				t.Errorf("%d ballots kept (%v), want 1", sealed, err)
			}
		})
	}
}
