package database

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"entgo.io/ent/dialect"
)

// SharedSnapshot begins n read-only transactions on the read pool that all see one and the same
// state of the database, so work split over several connections (a report's queries run side by
// side) still adds up as if it were read in one transaction. setup runs on each connection
// before its transaction begins (say, a PRAGMA). end rolls them all back and returns the
// connections; call it once the transactions are no longer used.
//
//   - PostgreSQL: the first transaction (REPEATABLE READ) exports its snapshot
//     (pg_export_snapshot) and the others adopt it (SET TRANSACTION SNAPSHOT) as their first
//     statement.
//   - SQLite (WAL): a read transaction sees the database as of its first read. The transactions
//     take their first read while this holds the write lock (one BEGIN IMMEDIATE on the writer),
//     so no commit, of this process or another, can fall between them; writers wait those few
//     reads, not for the work done in the transactions.
func (db *DB) SharedSnapshot(ctx context.Context, n int, setup ...string) (txs []*sql.Tx, end func(), err error) {
	if n < 1 {
		return nil, nil, fmt.Errorf("shared snapshot of %d transactions", n)
	}
	// What has been opened so far, in locals: the error returns below set the named results to nil.
	var conns []*sql.Conn
	var opened []*sql.Tx
	release := func() {
		for _, tx := range opened {
			_ = tx.Rollback()
		}
		for _, c := range conns {
			_ = c.Close()
		}
	}
	defer func() {
		if err != nil {
			release()
			txs, end = nil, nil
		}
	}()
	// One snapshot gathers its connections at a time. Two that each held some and waited for more
	// could otherwise take the whole pool between them and wait for each other for ever.
	if !gatherWithoutGate {
		select {
		case db.gather <- struct{}{}:
		default:
			if gatherHook != nil {
				gatherHook(ctx, -1)
			}
			select {
			case db.gather <- struct{}{}:
			case <-ctx.Done():
				return nil, nil, ctx.Err()
			}
		}
		defer func() { <-db.gather }()
	}
	for i := range n {
		c, err := db.Reader.Conn(ctx)
		if err != nil {
			return nil, nil, err
		}
		conns = append(conns, c)
		if gatherHook != nil {
			gatherHook(ctx, i)
		}
		for _, q := range setup {
			if _, err := c.ExecContext(ctx, q); err != nil {
				return nil, nil, err
			}
		}
	}
	isolation := sql.LevelDefault // SQLite: a read transaction is a snapshot
	if db.Dialect == dialect.Postgres {
		isolation = sql.LevelRepeatableRead
	}
	begin := func(c *sql.Conn) (*sql.Tx, error) {
		tx, err := c.BeginTx(ctx, &sql.TxOptions{ReadOnly: true, Isolation: isolation})
		if err == nil {
			opened = append(opened, tx)
		}
		return tx, err
	}
	if n == 1 {
		_, err := begin(conns[0])
		return opened, release, err
	}
	if db.Dialect == dialect.Postgres {
		first, err := begin(conns[0])
		if err != nil {
			return nil, nil, err
		}
		var id string
		if err := first.QueryRowContext(ctx, "SELECT pg_export_snapshot()").Scan(&id); err != nil {
			return nil, nil, err
		}
		for i, c := range conns[1:] {
			tx, err := begin(c)
			if err != nil {
				return nil, nil, err
			}
			if !snapshotWithoutBarrier {
				if _, err := tx.ExecContext(ctx, "SET TRANSACTION SNAPSHOT '"+id+"'"); err != nil {
					return nil, nil, err
				}
			}
			if snapshotHook != nil {
				snapshotHook(i + 1)
			}
		}
		return opened, release, nil
	}
	if !snapshotWithoutBarrier {
		hold, err := db.Writer.BeginTx(ctx, nil) // BEGIN IMMEDIATE: the write lock
		if err != nil {
			return nil, nil, err
		}
		defer func() { _ = hold.Rollback() }()
	}
	for i, c := range conns {
		tx, err := begin(c)
		if err != nil {
			return nil, nil, err
		}
		var tables int
		if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM sqlite_master").Scan(&tables); err != nil {
			return nil, nil, errors.Join(errors.New("starting a read"), err)
		}
		if snapshotHook != nil {
			snapshotHook(i)
		}
	}
	return opened, release, nil
}

// Set by tests only: snapshotHook runs after the i-th transaction of a SharedSnapshot has taken its
// snapshot (a test writes there and checks the next transaction does not see it), and
// snapshotWithoutBarrier leaves out what makes the snapshot shared, so that test can be seen to fail.
//
// gatherHook runs after a snapshot has taken its i-th connection, or with i = -1 when it finds
// another snapshot gathering and waits (a test makes two snapshots meet there); gatherWithoutGate
// lets snapshots gather at once, so that test can be seen to fail.
var (
	gatherHook             func(ctx context.Context, i int)
	gatherWithoutGate      bool
	snapshotHook           func(i int)
	snapshotWithoutBarrier bool
)
