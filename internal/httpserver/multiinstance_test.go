package httpserver_test

import (
	"fmt"
	"testing"

	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/auth"
)

// Two instances over one database behave as one: sessions, logouts and PIN lockouts live in the
// database, not in either process.
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
				tab.Via(srv).Do(fmt.Sprintf(`mutation { youthLogin(memberID: %q, pin: [8, 8, 8, %d]) { id } }`, m.ID, i), nil).
					WantCode(t, "UNAUTHENTICATED")
			}
			tab.Via(two).Do(`mutation($m: ID!, $p: [Int!]!) { youthLogin(memberID: $m, pin: $p) { id } }`,
				map[string]any{"m": m.ID, "p": apitest.TestPIN}).WantCode(t, "FORBIDDEN")
		})
	}
}
