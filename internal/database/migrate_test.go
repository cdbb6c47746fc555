package database_test

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"strings"
	"testing"

	"ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect"

	entmigrate "github.com/jeugdstem/jeugdstem/ent/migrate"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/database/migrations"
)

// releaseDB opens a new database of the backend holding the fixture of release 2026-11, the last
// one that migrated automatically at start (see internal/database/releasefixture).
func releaseDB(t *testing.T, b apitest.Backend) *database.DB {
	t.Helper()
	ctx := context.Background()
	dsn := b.NewDSN(t)
	db, err := database.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	file := "testdata/release-2026-11.sqlite.sql"
	if db.Dialect == dialect.Postgres {
		file = "testdata/release-2026-11.postgres.sql"
	}
	script, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	sql := string(script)
	if db.Dialect == dialect.Postgres {
		u, _ := url.Parse(dsn)
		sql = strings.ReplaceAll(sql, "release_fixture_schema.", u.Query().Get("search_path")+".")
	}
	if _, err := db.Writer.ExecContext(ctx, sql); err != nil {
		t.Fatalf("loading %s: %v", file, err)
	}
	if db.Dialect == dialect.SQLite { // the dump switched them off on the writer's connection
		if _, err := db.Writer.ExecContext(ctx, `PRAGMA foreign_keys = on`); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// snapshot is every table's row count and first row (by its first column), as text: the tables
// of the ent schema that the database has (a table added since the release is not in it yet),
// with the columns named in columns (all when a table has none there), which it fills in: a
// snapshot after an upgrade compares what was there before, not the columns added since.
func snapshot(t *testing.T, db *database.DB, columns map[string][]string) map[string]string {
	t.Helper()
	ctx := context.Background()
	out := map[string]string{}
	exists := `SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?`
	if db.Dialect == dialect.Postgres {
		exists = `SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = $1`
	}
	for _, table := range entmigrate.Tables {
		var n int
		if err := db.Writer.QueryRowContext(ctx, exists, table.Name).Scan(&n); err != nil {
			t.Fatal(err)
		} else if n == 0 {
			continue
		}
		if err := db.Writer.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+table.Name).Scan(&n); err != nil {
			t.Fatal(err)
		}
		sel := "*"
		if cs := columns[table.Name]; len(cs) > 0 {
			sel = strings.Join(cs, ", ")
		}
		rows, err := db.Writer.QueryContext(ctx, `SELECT `+sel+` FROM `+table.Name+` ORDER BY 1 LIMIT 1`)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		columns[table.Name] = cols
		vals := make([]any, len(cols))
		for i := range vals {
			vals[i] = new(any)
		}
		var first []string
		for rows.Next() {
			if err := rows.Scan(vals...); err != nil {
				t.Fatal(err)
			}
			for i, c := range cols {
				first = append(first, fmt.Sprintf("%s=%v", c, *(vals[i].(*any))))
			}
		}
		rows.Close()
		out[table.Name] = fmt.Sprintf("%d rows, first: %s", n, strings.Join(first, " "))
	}
	return out
}

// A database of the last release before versioned migrations (auto-migrated, no migration
// history) is recognised as at the baseline and upgraded: nothing is lost, and its schema is
// then the one the ent schema wants.
func TestUpgradeFromTheLastAutoMigratedRelease(t *testing.T) {
	for _, b := range apitest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			ctx := context.Background()
			db := releaseDB(t, b)
			columns := map[string][]string{}
			before := snapshot(t, db, columns)
			for table, s := range before {
				if strings.HasPrefix(s, "0 rows") {
					t.Fatalf("the fixture has no row in %s", table)
				}
			}
			if err := db.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			after := snapshot(t, db, columns)
			for table, s := range before {
				if after[table] != s {
					t.Errorf("%s before the upgrade:\n  %s\nafter:\n  %s", table, s, after[table])
				}
			}
			pending, err := migrations.Unmigrated(ctx, db.Writer, db.Dialect, entmigrate.Tables)
			if err != nil {
				t.Fatal(err)
			}
			if len(pending) > 0 {
				t.Errorf("after the upgrade the schema is not the ent schema's:\n%s", strings.Join(pending, "\n"))
			}
			var adopted, applied int
			if err := db.Writer.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_revisions WHERE adopted`).Scan(&adopted); err != nil {
				t.Fatal(err)
			}
			if err := db.Writer.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_revisions`).Scan(&applied); err != nil {
				t.Fatal(err)
			}
			dir, _ := migrations.Dir(db.Dialect)
			files, _ := dir.Files()
			if adopted != 1 || applied != len(files) {
				t.Errorf("revisions: %d adopted of %d, want the baseline adopted and all %d files recorded", adopted, applied, len(files))
			}
			if err := db.Migrate(ctx); err != nil {
				t.Fatalf("a second start: %v", err)
			}
		})
	}
}

// A database without migration history whose schema is not the baseline's is left alone, with
// an error that says what differs.
func TestADatabaseNotAtTheBaselineIsRefused(t *testing.T) {
	for _, b := range apitest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			ctx := context.Background()
			db := releaseDB(t, b)
			if _, err := db.Writer.ExecContext(ctx, `DROP INDEX auditevent_object_id`); err != nil {
				t.Fatal(err)
			}
			err := db.Migrate(ctx)
			if err == nil || !strings.Contains(err.Error(), "not the baseline's") || !strings.Contains(err.Error(), "auditevent_object_id") {
				t.Fatalf("Migrate on a database unlike the baseline: %v", err)
			}
			var n int
			if err := db.Writer.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_revisions`).Scan(&n); err == nil {
				t.Error("a refused database got a schema_revisions table")
			}
		})
	}
}

// withFile returns the embedded migrations of the dialect with one more file, atlas.sum updated.
func withFile(t *testing.T, dia, name, content string) migrate.Dir {
	t.Helper()
	dir, err := migrations.Dir(dia)
	if err != nil {
		t.Fatal(err)
	}
	if err := dir.WriteFile(name, []byte(content)); err != nil {
		t.Fatal(err)
	}
	sum, err := dir.Checksum()
	if err != nil {
		t.Fatal(err)
	}
	if err := migrate.WriteSumFile(dir, sum); err != nil {
		t.Fatal(err)
	}
	return dir
}

// A later migration applies on top, once; one that fails part-way changes nothing (each file is
// one transaction); a database migrated by a newer jeugdstem and an edited file are refused.
func TestMigrationsApplyInTransactionsAndRefuseWhatTheyDoNotKnow(t *testing.T) {
	for _, b := range apitest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			ctx := apitest.System()
			db, err := database.Open(ctx, b.NewDSN(t))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if err := db.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			if _, err := db.Writer.ExecContext(ctx, `INSERT INTO job_runs (id, started_at) VALUES ('kept', '2026-11-02 10:00:00')`); err != nil {
				t.Fatal(err)
			}
			hasColumn := func(col string) bool {
				_, err := db.Writer.ExecContext(ctx, `SELECT `+col+` FROM job_runs`)
				return err == nil
			}

			broken := withFile(t, db.Dialect, "99990101000000_broken.sql",
				"ALTER TABLE job_runs ADD COLUMN half_done varchar(10) NULL;\nINSERT INTO no_such_table VALUES (1);\n")
			if err := db.MigrateFrom(ctx, broken); err == nil || !strings.Contains(err.Error(), "99990101000000_broken.sql") {
				t.Fatalf("a failing migration: %v", err)
			}
			if hasColumn("half_done") {
				t.Error("the failed migration's first statement stayed")
			}

			next := withFile(t, db.Dialect, "99990101000000_add_note.sql", "ALTER TABLE job_runs ADD COLUMN note varchar(10) NOT NULL DEFAULT 'x';\n")
			for range 2 {
				if err := db.MigrateFrom(ctx, next); err != nil {
					t.Fatal(err)
				}
			}
			if !hasColumn("note") {
				t.Error("the new migration was not applied")
			}
			if db.Dialect == dialect.SQLite { // switched off around each file's transaction, and back on
				var on int
				if err := db.Writer.QueryRowContext(ctx, `PRAGMA foreign_keys`).Scan(&on); err != nil || on != 1 {
					t.Errorf("foreign keys after migrating: %d, %v", on, err)
				}
			}
			var id string
			if err := db.Writer.QueryRowContext(ctx, `SELECT id FROM job_runs WHERE note = 'x'`).Scan(&id); err != nil || id != "kept" {
				t.Errorf("the row before the migration: %q, %v", id, err)
			}

			// The same binary without that file: the database is newer than it.
			if err := db.Migrate(ctx); err == nil || !strings.Contains(err.Error(), "newer jeugdstem") {
				t.Errorf("an older binary on a newer database: %v", err)
			}
			// The applied file with other content (atlas.sum rewritten to match).
			edited := withFile(t, db.Dialect, "99990101000000_add_note.sql", "ALTER TABLE job_runs ADD COLUMN note varchar(20) NULL;\n")
			if err := db.MigrateFrom(ctx, edited); err == nil || !strings.Contains(err.Error(), "other content") {
				t.Errorf("an applied file with other content: %v", err)
			}
		})
	}
}

// A migration directory whose file was edited after atlas.sum was written is refused before
// anything is applied.
func TestATamperedMigrationDirectoryIsRefused(t *testing.T) {
	for _, b := range apitest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			ctx := context.Background()
			db, err := database.Open(ctx, b.NewDSN(t))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			dir, err := migrations.Dir(db.Dialect)
			if err != nil {
				t.Fatal(err)
			}
			files, _ := dir.Files()
			baseline := files[0]
			tampered := strings.Replace(string(baseline.Bytes()), "password_hash", "password_hash_gone", 1)
			if err := dir.WriteFile(baseline.Name(), []byte(tampered)); err != nil {
				t.Fatal(err)
			}
			err = db.MigrateFrom(ctx, dir)
			if err == nil || !strings.Contains(err.Error(), baseline.Name()+" was edited") {
				t.Fatalf("a tampered directory: %v", err)
			}
			if _, err := db.Writer.ExecContext(ctx, `SELECT 1 FROM staff_users`); err == nil {
				t.Error("the tampered baseline was applied")
			}
		})
	}
}
