package database_test

import (
	"context"
	"database/sql"
	"testing"

	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/database"
)

// TestSharedSnapshotSeesOneState: the transactions of a SharedSnapshot see the same state even
// when a write commits, or tries to, between the moment one takes its snapshot and the next: on
// SQLite the write is held off until all have begun (a writer of its own that does not wait is
// refused as busy), on PostgreSQL it commits but the later transactions share the first one's
// snapshot. The weakened variant (no barrier) must see the write in a later transaction, so the
// test can fail.
func TestSharedSnapshotSeesOneState(t *testing.T) {
	for _, b := range apitest.Backends(t) {
		for _, weakened := range []bool{false, true} {
			name := b.Name
			if weakened {
				name += "/without-barrier"
			}
			t.Run(name, func(t *testing.T) {
				ctx := context.Background()
				db, err := database.Open(ctx, b.NewDSN(t))
				if err != nil {
					t.Fatal(err)
				}
				defer db.Close()
				if _, err := db.Writer.ExecContext(ctx, "CREATE TABLE snapshot_probe (n INTEGER)"); err != nil {
					t.Fatal(err)
				}
				// The write between two snapshots: on SQLite through a connection of its own that
				// does not wait for a lock.
				write := db.Writer
				if b.Name == "sqlite" {
					if write, err = sql.Open("sqlite", "file:"+db.Path+"?_pragma=busy_timeout(0)"); err != nil {
						t.Fatal(err)
					}
					defer write.Close()
				}
				var wrote, refused int
				database.SetSnapshotHook(t, func(int) {
					if _, err := write.ExecContext(ctx, "INSERT INTO snapshot_probe (n) VALUES (1)"); err != nil {
						refused++
					} else {
						wrote++
					}
				}, weakened)

				const n = 3
				txs, end, err := db.SharedSnapshot(ctx, n)
				if err != nil {
					t.Fatal(err)
				}
				seen := make([]int, n)
				for i, tx := range txs {
					if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM snapshot_probe").Scan(&seen[i]); err != nil {
						t.Fatal(err)
					}
				}
				end()
				var after int
				if err := db.Reader.QueryRowContext(ctx, "SELECT COUNT(*) FROM snapshot_probe").Scan(&after); err != nil {
					t.Fatal(err)
				}
				t.Logf("rows seen by the transactions %v; writes between them %d committed, %d refused; %d rows after", seen, wrote, refused, after)
				same := seen[0] == 0 && seen[1] == 0 && seen[2] == 0
				if weakened {
					if same {
						t.Fatalf("without the barrier the transactions still saw one state %v: the test cannot fail", seen)
					}
					return
				}
				if !same {
					t.Fatalf("the transactions of one snapshot saw different states: %v rows", seen)
				}
				if b.Name == "sqlite" && (wrote != 0 || refused != n) {
					t.Errorf("SQLite: %d writes committed and %d refused while the snapshots began, want 0 and %d", wrote, refused, n)
				}
				if b.Name == "postgres" && after != wrote {
					t.Errorf("PostgreSQL: %d rows after, want the %d written", after, wrote)
				}
			})
		}
	}
}
