package database_test

import (
	"context"
	"testing"

	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/database"
)

// eachWeakened runs test on a new database of every backend that only accepts (nil: all), once
// as the code is and once with its protection weakened (subtest name suffix weakenedName), so a
// test shows both that the protection holds and that without it the test fails.
func eachWeakened(t *testing.T, weakenedName string, only func(backend string) bool,
	test func(t *testing.T, b apitest.Backend, db *database.DB, weakened bool)) {
	for _, b := range apitest.Backends(t) {
		if only != nil && !only(b.Name) {
			continue
		}
		for _, weakened := range []bool{false, true} {
			name := b.Name
			if weakened {
				name += "/" + weakenedName
			}
			t.Run(name, func(t *testing.T) {
				db, err := database.Open(context.Background(), b.NewDSN(t))
				if err != nil {
					t.Fatal(err)
				}
				defer db.Close()
				test(t, b, db, weakened)
			})
		}
	}
}
