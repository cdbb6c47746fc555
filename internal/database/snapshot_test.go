package database_test

import (
	"context"
	"database/sql"
	"sync"
	"testing"
	"time"

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
	eachWeakened(t, "without-barrier", nil, func(t *testing.T, b apitest.Backend, db *database.DB, weakened bool) {
		ctx := context.Background()
		if _, err := db.Writer.ExecContext(ctx, "CREATE TABLE snapshot_probe (n INTEGER)"); err != nil {
			t.Fatal(err)
		}
		// The write between two snapshots: on SQLite through a connection of its own that
		// does not wait for a lock.
		write := db.Writer
		if b.Name == "sqlite" {
			var err error
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

type snapshotName struct{}

// TestSharedSnapshotsDoNotDeadlock: two SharedSnapshots of two connections each, on a read pool of
// two, both asked for at once, must both be served (one after the other): a snapshot that has
// taken some connections and waits for more must not meet another doing the same, each holding
// what the other waits for. The test makes them meet: each, after its first connection, waits
// until the other has either taken its first one too or found the first gathering and queued. The
// weakened variant (no gate) then deadlocks until the context's deadline, so the test can fail.
func TestSharedSnapshotsDoNotDeadlock(t *testing.T) {
	eachWeakened(t, "without-gate", nil, func(t *testing.T, _ apitest.Backend, db *database.DB, weakened bool) {
		db.Reader.SetMaxOpenConns(2)

		// met[s] closes when snapshot s has taken its first connection or queued.
		met := []chan struct{}{make(chan struct{}), make(chan struct{})}
		var once [2]sync.Once
		arrive := func(s int) { once[s].Do(func() { close(met[s]) }) }
		database.SetGatherHook(t, func(ctx context.Context, i int) {
			s := ctx.Value(snapshotName{}).(int)
			switch i {
			case -1:
				arrive(s)
			case 0:
				arrive(s)
				select {
				case <-met[1-s]:
				case <-ctx.Done():
				}
			}
		}, weakened)

		// The deadline ends the weakened variant's deadlock; the real one is done as soon as the
		// first snapshot's connections are back, and its deadline is long, so a busy machine
		// cannot make it fail.
		deadline := 2 * time.Minute
		if weakened {
			deadline = 5 * time.Second
		}
		ctx, cancel := context.WithTimeout(context.Background(), deadline)
		defer cancel()
		errs := make(chan error, 2)
		for s := range 2 {
			go func() {
				txs, end, err := db.SharedSnapshot(context.WithValue(ctx, snapshotName{}, s), 2)
				if err == nil {
					var one int
					err = txs[1].QueryRowContext(ctx, "SELECT 1").Scan(&one)
					end()
				}
				errs <- err
			}()
		}
		var failed []error
		for range 2 {
			if err := <-errs; err != nil {
				failed = append(failed, err)
			}
		}
		if weakened {
			if len(failed) == 0 {
				t.Fatal("without the gate both snapshots were still served: the test cannot fail")
			}
			t.Logf("without the gate: %v", failed)
			return
		}
		if len(failed) > 0 {
			t.Fatalf("two snapshots asked for at once: %v", failed)
		}
	})
}
