package database

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent/location"
	"github.com/jeugdstem/jeugdstem/policies"
)

func openTestSQLite(t *testing.T) *DB {
	t.Helper()
	ctx := context.Background()
	db, err := Open(ctx, "sqlite://"+filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	return db
}

// cachedTexts is the number of statements the writer connection keeps.
func cachedTexts(t *testing.T, db *DB) int {
	t.Helper()
	conn, err := db.Writer.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	n := -1
	if err := conn.Raw(func(dc any) error { n = len(dc.(*cachingConn).stmts); return nil }); err != nil {
		t.Fatal(err)
	}
	return n
}

// A statement is prepared once per connection and gives the right rows every time: run again
// with other arguments, run again while its first rows are still open (the second run takes the
// one-shot path), after a constraint error, and beside a script of two statements.
func TestSQLiteConnectionsKeepTheirStatements(t *testing.T) {
	db := openTestSQLite(t)
	ctx := context.Background()
	w := db.Writer
	before := cachedTexts(t, db)
	const insert = `INSERT INTO job_runs (id, started_at) VALUES (?, ?)`
	for _, id := range []string{"a", "b", "c"} {
		if _, err := w.ExecContext(ctx, insert, id, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := w.ExecContext(ctx, insert, "a", time.Now()); err == nil {
		t.Fatal("a duplicate id was inserted")
	}
	if _, err := w.ExecContext(ctx, insert, "d", time.Now()); err != nil {
		t.Fatalf("the statement after a constraint error: %v", err)
	}
	if got := cachedTexts(t, db); got != before+1 {
		t.Errorf("the writer keeps %d statements after one text ran five times, want %d", got, before+1)
	}

	// The same text twice at once on one connection (a transaction): rows of both read in full.
	tx, err := w.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = tx.Rollback() }()
	const list = `SELECT id FROM job_runs WHERE id >= ? ORDER BY id`
	outer, err := tx.QueryContext(ctx, list, "a")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for outer.Next() {
		var id string
		if err := outer.Scan(&id); err != nil {
			t.Fatal(err)
		}
		var inner []string
		rows, err := tx.QueryContext(ctx, list, id)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var s string
			_ = rows.Scan(&s)
			inner = append(inner, s)
		}
		if err := errors.Join(rows.Err(), rows.Close()); err != nil {
			t.Fatal(err)
		}
		got = append(got, id+":"+string(rune('0'+len(inner))))
	}
	if err := errors.Join(outer.Err(), outer.Close()); err != nil {
		t.Fatal(err)
	}
	if want := []string{"a:4", "b:3", "c:2", "d:1"}; !equal(got, want) {
		t.Errorf("nested reads of one text gave %v, want %v", got, want)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM job_runs WHERE id = 'a'; DELETE FROM job_runs WHERE id = 'b'`); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM job_runs WHERE id IN ('a', 'b', 'c', 'd')`).Scan(&n); err != nil || n != 2 {
		t.Errorf("after a script of two deletes %d rows are left (%v), want 2", n, err)
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// A write waits for the transaction before it in the writer's queue, and one that gives up
// waiting (its context ends) leaves the queue without taking a turn.
func TestSQLiteWritesWaitTheirTurn(t *testing.T) {
	db := openTestSQLite(t)
	ctx := policies.System(context.Background())
	tx, err := db.Client.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tx.Location.Create().SetName("In the transaction").SetKind(location.KindREGULAR).SaveX(ctx)
	short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	_, err = db.Client.Location.Create().SetName("Impatient").SetKind(location.KindREGULAR).Save(short)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("a write while a transaction holds the writer: %v, want it to wait until its context ends", err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	db.Client.Location.Create().SetName("Patient").SetKind(location.KindREGULAR).SaveX(ctx)
	names := db.Client.Location.Query().Order(location.ByName()).Select(location.FieldName).StringsX(ctx)
	if !equal(names, []string{"In the transaction", "Patient"}) {
		t.Errorf("locations %v", names)
	}
}
