package backup_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/auditevent"
	"github.com/jeugdstem/jeugdstem/ent/location"
	"github.com/jeugdstem/jeugdstem/internal/backup"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/policies"
)

// postgresEnv names a PostgreSQL DSN to run the PostgreSQL tests against.
const postgresEnv = "JEUGDSTEM_TEST_POSTGRES"

func testContext() context.Context {
	return policies.System(context.Background())
}

func openSQLite(t *testing.T, path string) *database.DB {
	t.Helper()
	db, err := database.Open(testContext(), "sqlite://"+path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(testContext()); err != nil {
		t.Fatal(err)
	}
	return db
}

func addEvents(ctx context.Context, c *ent.Client, n int) error {
	for i := 0; i < n; i++ {
		if err := c.AuditEvent.Create().SetActorKind(auditevent.ActorKindSYSTEM).SetAction("BACKUP_TEST").Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}

func countEvents(t *testing.T, c *ent.Client) int {
	t.Helper()
	n, err := c.AuditEvent.Query().Count(testContext())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// inspect opens a SQLite file read-only without touching it and returns its integrity_check
// answer and the number of audit events.
func inspect(t *testing.T, path string) (string, int) {
	t.Helper()
	conn, err := sql.Open("sqlite", "file:"+path+"?mode=ro&immutable=1")
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var check string
	if err := conn.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := conn.QueryRow("SELECT count(*) FROM audit_events").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return check, n
}

func noTempFiles(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

func TestSQLiteBackupDuringWrites(t *testing.T) {
	ctx := testContext()
	dir := t.TempDir()
	db := openSQLite(t, filepath.Join(dir, "live.db"))
	if err := addEvents(ctx, db.Client, 500); err != nil {
		t.Fatal(err)
	}

	// A writer keeps inserting while the backup runs.
	var stop atomic.Bool
	var written atomic.Int64
	var wg sync.WaitGroup
	var writeErr error
	wg.Go(func() {
		for !stop.Load() {
			if err := addEvents(ctx, db.Client, 1); err != nil {
				writeErr = err
				return
			}
			written.Add(1)
		}
	})
	t.Cleanup(func() { stop.Store(true); wg.Wait() })
	for written.Load() < 50 {
		time.Sleep(time.Millisecond)
	}

	before := countEvents(t, db.Client)
	out := filepath.Join(dir, "backups", "jeugdstem.backup.db")
	if err := os.MkdirAll(filepath.Dir(out), 0o750); err != nil {
		t.Fatal(err)
	}
	writesBefore := written.Load()
	start := time.Now()
	if err := backup.Write(ctx, db, "", out); err != nil {
		t.Fatalf("Write: %v", err)
	}
	took := time.Since(start)
	after := countEvents(t, db.Client)
	writesDuring := written.Load() - writesBefore
	stop.Store(true)
	wg.Wait()
	if writeErr != nil {
		t.Fatalf("writer: %v", writeErr)
	}
	t.Logf("backup took %v; %d rows written meanwhile", took.Round(time.Millisecond), writesDuring)

	check, n := inspect(t, out)
	if check != "ok" {
		t.Errorf("integrity_check: %s", check)
	}
	if n < before || n > after {
		t.Errorf("backup holds %d events, want between %d and %d", n, before, after)
	}
	if st, err := os.Stat(out); err != nil || st.Mode().Perm()&0o077 != 0 {
		t.Errorf("backup file mode: %v, %v", st.Mode(), err)
	}
	noTempFiles(t, filepath.Dir(out))

	t.Run("refuses to overwrite", func(t *testing.T) {
		old, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		err = backup.Write(ctx, db, "", out)
		if !errors.Is(err, backup.ErrExists) {
			t.Fatalf("second Write to the same file: %v, want ErrExists", err)
		}
		now, _ := os.ReadFile(out)
		if !bytes.Equal(old, now) {
			t.Error("the existing backup changed")
		}
		noTempFiles(t, filepath.Dir(out))
	})

	t.Run("restore", func(t *testing.T) {
		target := filepath.Join(dir, "restored", "jeugdstem.db")
		if err := backup.Restore(ctx, "sqlite://"+target, out, backup.RestoreOptions{}); err != nil {
			t.Fatalf("Restore: %v", err)
		}
		rdb := openSQLite(t, target)
		if got := countEvents(t, rdb.Client); got != n {
			t.Errorf("restored database holds %d events, want %d", got, n)
		}
		// The restored database works: write to it.
		if err := addEvents(ctx, rdb.Client, 1); err != nil {
			t.Fatal(err)
		}
		rdb.Close()

		// Restoring over an existing database (not in use) replaces it.
		if err := backup.Restore(ctx, "sqlite://"+target, out, backup.RestoreOptions{}); err != nil {
			t.Fatalf("Restore over a closed database: %v", err)
		}
		check, got := inspect(t, target)
		if check != "ok" || got != n {
			t.Errorf("after restoring again: %s, %d events, want %d", check, got, n)
		}
		noTempFiles(t, filepath.Dir(target))
	})

	t.Run("restore refuses a database in use", func(t *testing.T) {
		err := backup.Restore(ctx, "sqlite://"+db.Path, out, backup.RestoreOptions{})
		if err == nil || !strings.Contains(err.Error(), "in use") {
			t.Fatalf("Restore over the open database: %v", err)
		}
		if got := countEvents(t, db.Client); got < after {
			t.Errorf("the live database lost rows: %d < %d", got, after)
		}
	})

	t.Run("restore refuses a damaged file", func(t *testing.T) {
		bad := filepath.Join(dir, "bad.db")
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		// Overwrite a page in the middle with garbage.
		for i := len(data) / 2; i < len(data)/2+4096 && i < len(data); i++ {
			data[i] = 0xA5
		}
		if err := os.WriteFile(bad, data, 0o600); err != nil {
			t.Fatal(err)
		}
		target := filepath.Join(dir, "never.db")
		if err := backup.Restore(ctx, "sqlite://"+target, bad, backup.RestoreOptions{AllowUnverified: true}); err == nil {
			t.Fatal("Restore of a damaged file succeeded")
		} else {
			t.Logf("damaged: %v", err)
		}
		if err := os.WriteFile(bad, []byte("not a database at all"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := backup.Restore(ctx, "sqlite://"+target, bad, backup.RestoreOptions{AllowUnverified: true}); err == nil {
			t.Fatal("Restore of a text file succeeded")
		}
		if _, err := os.Stat(target); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("a failed restore created %s", target)
		}
	})
}

// pgFixture is a fresh schema in the test database, dropped at the end.
type pgFixture struct {
	admin  *sql.DB
	base   *url.URL // the DSN from the environment
	schema string
}

func randomName(t *testing.T, prefix string) string {
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return prefix + hex.EncodeToString(b)
}

func newPGFixture(t *testing.T) *pgFixture {
	dsn := os.Getenv(postgresEnv)
	if dsn == "" {
		t.Skip(postgresEnv + " is not set")
	}
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	return &pgFixture{admin: admin, base: u}
}

// dsn is the base DSN on another database and/or with a search_path.
func (f *pgFixture) dsn(dbname, schema string) string {
	u := *f.base
	if dbname != "" {
		u.Path = "/" + dbname
	}
	q := u.Query()
	if schema != "" {
		q.Set("search_path", schema)
	}
	u.RawQuery = q.Encode()
	return u.String()
}

func (f *pgFixture) createSchema(t *testing.T) string {
	name := randomName(t, "backup_test_")
	if _, err := f.admin.Exec("CREATE SCHEMA " + name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if _, err := f.admin.Exec("DROP SCHEMA IF EXISTS " + name + " CASCADE"); err != nil {
			t.Errorf("dropping schema %s: %v", name, err)
		}
	})
	return name
}

// createDatabase makes a fresh database, or skips when the role may not.
func (f *pgFixture) createDatabase(t *testing.T) string {
	name := randomName(t, "jeugdstem_backup_test_")
	if _, err := f.admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Skipf("cannot create a database: %v", err)
	}
	t.Cleanup(func() {
		if _, err := f.admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Errorf("dropping database %s: %v", name, err)
		}
	})
	return name
}

func openPG(t *testing.T, dsn string, migrate bool) *database.DB {
	t.Helper()
	db, err := database.Open(testContext(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if migrate {
		if err := db.Migrate(testContext()); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

func pgCounts(t *testing.T, c *ent.Client) string {
	t.Helper()
	ctx := testContext()
	events, err := c.AuditEvent.Query().Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	locs, err := c.Location.Query().Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%d events, %d locations", events, locs)
}

func seedSome(t *testing.T, c *ent.Client, events int, name string) {
	t.Helper()
	ctx := testContext()
	if err := addEvents(ctx, c, events); err != nil {
		t.Fatal(err)
	}
	if err := c.Location.Create().SetName(name).SetKind(location.KindREGULAR).SetLanguages([]string{"nl"}).Exec(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestPostgresSchemaRoundTrip(t *testing.T) {
	f := newPGFixture(t)
	ctx := testContext()
	schema := f.createSchema(t)
	dsn := f.dsn("", schema)
	db := openPG(t, dsn, true)
	seedSome(t, db.Client, 40, "Backup Test A")
	want := pgCounts(t, db.Client)

	out := filepath.Join(t.TempDir(), "pg.dump")
	start := time.Now()
	if err := backup.Write(ctx, db, dsn, out); err != nil {
		t.Fatalf("Write: %v", err)
	}
	t.Logf("pg_dump took %v", time.Since(start).Round(time.Millisecond))
	if err := backup.Write(ctx, db, dsn, out); !errors.Is(err, backup.ErrExists) {
		t.Fatalf("second Write: %v, want ErrExists", err)
	}
	noTempFiles(t, filepath.Dir(out))

	// Changes after the backup.
	seedSome(t, db.Client, 7, "Backup Test B")

	t.Run("into a fresh database", func(t *testing.T) {
		dbname := f.createDatabase(t)
		target := f.dsn(dbname, schema)
		if err := backup.Restore(ctx, target, out, backup.RestoreOptions{}); err != nil {
			t.Fatalf("Restore: %v", err)
		}
		rdb := openPG(t, target, false)
		if got := pgCounts(t, rdb.Client); got != want {
			t.Errorf("restored: %s, want %s", got, want)
		}
		// The restored schema is current: migrating changes nothing and it takes writes.
		if err := rdb.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		seedSome(t, rdb.Client, 1, "After restore")
	})

	t.Run("refuses another schema", func(t *testing.T) {
		other := f.createSchema(t)
		err := backup.Restore(ctx, f.dsn("", other), out, backup.RestoreOptions{})
		if err == nil || !strings.Contains(err.Error(), other) {
			t.Fatalf("Restore into schema %s: %v", other, err)
		}
	})

	t.Run("over the changed original", func(t *testing.T) {
		if err := backup.Restore(ctx, dsn, out, backup.RestoreOptions{}); err != nil {
			t.Fatalf("Restore: %v", err)
		}
		if got := pgCounts(t, db.Client); got != want {
			t.Errorf("after restore: %s, want %s", got, want)
		}
	})
}

// TestPostgresWholeDatabase is the production set-up: a database of its own, no search_path.
func TestPostgresWholeDatabase(t *testing.T) {
	f := newPGFixture(t)
	ctx := testContext()
	src := f.dsn(f.createDatabase(t), "")
	db := openPG(t, src, true)
	seedSome(t, db.Client, 25, "Whole Database")
	want := pgCounts(t, db.Client)

	out := filepath.Join(t.TempDir(), "whole.dump")
	if err := backup.Write(ctx, nil, src, out); err != nil {
		t.Fatalf("Write: %v", err)
	}
	dst := f.dsn(f.createDatabase(t), "")
	if err := backup.Restore(ctx, dst, out, backup.RestoreOptions{}); err != nil {
		t.Fatalf("Restore into a fresh database: %v", err)
	}
	if got := pgCounts(t, openPG(t, dst, false).Client); got != want {
		t.Errorf("restored: %s, want %s", got, want)
	}
	// Restoring again over the restored database (--clean) works too.
	if err := backup.Restore(ctx, dst, out, backup.RestoreOptions{}); err != nil {
		t.Fatalf("Restore over the restored database: %v", err)
	}
}
