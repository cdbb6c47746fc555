package database

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"ariga.io/atlas/sql/migrate"
	"ariga.io/atlas/sql/postgres"
	atlas "ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"
	"entgo.io/ent/dialect"

	"github.com/jeugdstem/jeugdstem/internal/database/migrations"
)

// revisionsTable records the migration files a database has had: one row per file, with the
// SHA-256 of the content it had then. adopted marks the baseline of a database made by the last
// release without versioned migrations, which already had its schema.
const revisionsTable = "schema_revisions"

const createRevisions = `CREATE TABLE IF NOT EXISTS ` + revisionsTable + ` (
	version varchar(64) NOT NULL PRIMARY KEY,
	description varchar(255) NOT NULL,
	hash varchar(64) NOT NULL,
	applied_at varchar(40) NOT NULL,
	adopted boolean NOT NULL DEFAULT false
)`

// Migrate brings the schema up to date: it applies the migration files built into the binary
// (internal/database/migrations) that the database has not had yet, each in a transaction of its
// own, then the data upgrades that are no schema change (upgradeTallies, upgradeStandardAnswers,
// upgradeCheckIns; the ones that would read much on every start are done once, see once). It is idempotent, so every start may call it, and it runs under the migration
// lock, so instances that start together (or a `jeugdstem migrate` beside a starting server)
// migrate one after the other.
//
// It refuses, changing nothing, when the files do not match their atlas.sum, when the database
// has a migration this binary does not know (a newer jeugdstem migrated it) or had one with other
// content, and when a database without migration history has tables whose schema is not the
// baseline's.
func (db *DB) Migrate(ctx context.Context) error {
	dir, err := migrations.Dir(db.Dialect)
	if err != nil {
		return err
	}
	return db.migrateFrom(ctx, dir)
}

func (db *DB) migrateFrom(ctx context.Context, dir migrate.Dir) error {
	if err := migrate.Validate(dir); err != nil {
		return fmt.Errorf("the migration files are not the ones atlas.sum names, so none was applied: %w", migrations.Explain(err))
	}
	files, err := dir.Files()
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return errors.New("no migration files: the baseline is missing")
	}
	return db.WithMigrationLock(ctx, func(ctx context.Context) error {
		if err := db.applyMigrations(ctx, files); err != nil {
			return err
		}
		if err := db.upgradeTallies(ctx); err != nil {
			return err
		}
		if err := db.once(ctx, standardAnswersUpgrade(), db.upgradeStandardAnswers); err != nil {
			return err
		}
		return db.upgradeCheckIns(ctx)
	})
}

// applyMigrations does Migrate's schema part, on one connection (on SQLite the writer's only one).
func (db *DB) applyMigrations(ctx context.Context, files []migrate.File) error {
	conn, err := db.Writer.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	tables, err := db.tableNames(ctx, conn)
	if err != nil {
		return err
	}
	hasHistory := false
	for _, t := range tables {
		hasHistory = hasHistory || t == revisionsTable
	}
	if !hasHistory && len(tables) > 0 {
		// Made by a release that migrated automatically at start: it must be at the baseline.
		if err := db.checkBaseline(ctx, conn, files[0]); err != nil {
			return err
		}
	}
	if _, err := conn.ExecContext(ctx, createRevisions); err != nil {
		return fmt.Errorf("creating %s: %w", revisionsTable, err)
	}
	if !hasHistory && len(tables) > 0 {
		if err := db.record(ctx, conn, files[0], true); err != nil {
			return err
		}
	}
	applied, err := db.revisions(ctx, conn)
	if err != nil {
		return err
	}
	known := map[string]migrate.File{}
	for _, f := range files {
		known[f.Version()] = f
	}
	for version, hash := range applied {
		f, ok := known[version]
		if !ok {
			return fmt.Errorf("the database has had migration %s, which this jeugdstem does not have: a newer jeugdstem migrated it; "+
				"run that version or a later one", version)
		}
		if hash != fileHash(f) {
			return fmt.Errorf("migration %s was applied with other content than it has now: migration files are never edited once "+
				"they are committed", f.Name())
		}
	}
	for _, f := range files {
		if _, done := applied[f.Version()]; done {
			continue
		}
		if err := db.applyFile(ctx, conn, f); err != nil {
			return err
		}
	}
	return nil
}

// applyFile applies one migration file and records it, in one transaction. The transaction first
// looks whether the file was applied meanwhile: on SQLite, where the migration lock is SQLite's
// own write lock, another process may have applied it between the reading of the revisions and
// this transaction (which takes the write lock at BEGIN).
func (db *DB) applyFile(ctx context.Context, conn *sql.Conn, f migrate.File) (err error) {
	stmts, err := f.Stmts()
	if err != nil {
		return fmt.Errorf("migration %s: %w", f.Name(), err)
	}
	if db.Dialect == dialect.SQLite {
		// A table rebuild in SQLite needs foreign keys off, or dropping the old table deletes (or
		// cascades to) the rows that point at it. The PRAGMA does nothing inside a transaction,
		// where the file's own "PRAGMA foreign_keys" lines would run, so it is switched off
		// around the transaction instead, and foreign_key_check before the commit refuses what
		// the constraints would have refused.
		if _, err := conn.ExecContext(ctx, "PRAGMA foreign_keys = off"); err != nil {
			return err
		}
		defer func() {
			if _, onErr := conn.ExecContext(context.WithoutCancel(ctx), "PRAGMA foreign_keys = on"); onErr != nil {
				err = errors.Join(err, fmt.Errorf("switching foreign keys back on: %w", onErr))
			}
		}()
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()
	var n int
	if err := tx.QueryRowContext(ctx, db.rebind(`SELECT COUNT(*) FROM `+revisionsTable+` WHERE version = ?`), f.Version()).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	for _, s := range stmts {
		if db.Dialect == dialect.SQLite && isForeignKeysPragma(s) {
			continue
		}
		if _, err := tx.ExecContext(ctx, s); err != nil {
			return fmt.Errorf("migration %s: %s: %w", f.Name(), firstLine(s), err)
		}
	}
	if db.Dialect == dialect.SQLite {
		rows, err := tx.QueryContext(ctx, "PRAGMA foreign_key_check")
		if err != nil {
			return err
		}
		broken := rows.Next()
		rows.Close()
		if broken {
			return fmt.Errorf("migration %s leaves rows whose foreign keys point nowhere; nothing was changed", f.Name())
		}
	}
	if err := db.insertRevision(ctx, tx, f, false); err != nil {
		return err
	}
	return tx.Commit()
}

// record notes f as applied without running it (the baseline of a database that already has it).
func (db *DB) record(ctx context.Context, conn *sql.Conn, f migrate.File, adopted bool) error {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()
	var n int
	if err := tx.QueryRowContext(ctx, db.rebind(`SELECT COUNT(*) FROM `+revisionsTable+` WHERE version = ?`), f.Version()).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		if err := db.insertRevision(ctx, tx, f, adopted); err != nil {
			return err
		}
	}
	return tx.Commit()
}

func (db *DB) insertRevision(ctx context.Context, tx *sql.Tx, f migrate.File, adopted bool) error {
	_, err := tx.ExecContext(ctx, db.rebind(`INSERT INTO `+revisionsTable+` (version, description, hash, applied_at, adopted) VALUES (?, ?, ?, ?, ?)`),
		f.Version(), f.Desc(), fileHash(f), time.Now().UTC().Format(time.RFC3339), adopted)
	if err != nil {
		return fmt.Errorf("recording migration %s: %w", f.Name(), err)
	}
	return nil
}

// revisions returns the versions the database has had, with the hash of each file then.
func (db *DB) revisions(ctx context.Context, conn *sql.Conn) (map[string]string, error) {
	rows, err := conn.QueryContext(ctx, `SELECT version, hash FROM `+revisionsTable)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var v, h string
		if err := rows.Scan(&v, &h); err != nil {
			return nil, err
		}
		out[v] = h
	}
	return out, rows.Err()
}

// checkBaseline compares the schema of a database without migration history with the baseline
// (its tables only: others, such as the old "tallies" that upgradeTallies folds, are not the
// baseline's business) and refuses, changing nothing, when they differ.
//
// The baseline's schema is what its file makes on an empty database: in memory for SQLite, and for
// PostgreSQL in a schema of its own inside a transaction that is rolled back.
func (db *DB) checkBaseline(ctx context.Context, conn *sql.Conn, baseline migrate.File) error {
	stmts, err := baseline.Stmts()
	if err != nil {
		return err
	}
	var want *atlas.Schema
	var drv migrate.Driver
	switch db.Dialect {
	case dialect.SQLite:
		dev, err := migrations.OpenSQLiteMemory()
		if err != nil {
			return err
		}
		defer dev.Close()
		for _, s := range stmts {
			if _, err := dev.ExecContext(ctx, s); err != nil {
				return fmt.Errorf("baseline %s: %w", baseline.Name(), err)
			}
		}
		devDrv, err := sqlite.Open(dev)
		if err != nil {
			return err
		}
		if want, err = devDrv.InspectSchema(ctx, "", nil); err != nil {
			return err
		}
		if drv, err = sqlite.Open(conn); err != nil {
			return err
		}
	case dialect.Postgres:
		tx, err := conn.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer func() { _ = tx.Rollback() }() // the scratch schema goes with it
		suffix := make([]byte, 6)
		_, _ = rand.Read(suffix)
		scratch := "jeugdstem_baseline_" + hex.EncodeToString(suffix)
		var live string
		if err := tx.QueryRowContext(ctx, `SELECT current_schema()`).Scan(&live); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `CREATE SCHEMA `+scratch); err != nil {
			return fmt.Errorf("checking the database against the baseline needs a scratch schema (rolled back): %w", err)
		}
		if _, err := tx.ExecContext(ctx, `SET LOCAL search_path TO `+scratch); err != nil {
			return err
		}
		for _, s := range stmts {
			if _, err := tx.ExecContext(ctx, s); err != nil {
				return fmt.Errorf("baseline %s: %w", baseline.Name(), err)
			}
		}
		if drv, err = postgres.Open(tx); err != nil {
			return err
		}
		if want, err = drv.InspectSchema(ctx, scratch, nil); err != nil {
			return err
		}
		want.Name = live
	default:
		return fmt.Errorf("no migrations for dialect %q", db.Dialect)
	}
	var names []string
	for _, t := range want.Tables {
		names = append(names, t.Name)
	}
	have, err := drv.InspectSchema(ctx, want.Name, &atlas.InspectOptions{Tables: names})
	if err != nil {
		return err
	}
	changes, err := drv.SchemaDiff(have, want)
	if err != nil {
		return err
	}
	if len(changes) == 0 {
		return nil
	}
	var diff []string
	noQualifier := ""
	if plan, err := drv.PlanChanges(ctx, "baseline", changes, func(o *migrate.PlanOptions) { o.SchemaQualifier = &noQualifier }); err == nil {
		for _, c := range plan.Changes {
			diff = append(diff, "  "+c.Cmd)
		}
	} else {
		diff = append(diff, fmt.Sprintf("  (%d differences)", len(changes)))
	}
	return fmt.Errorf("the database has tables but no migration history, and its schema is not the baseline's (%s): "+
		"it was not made by the last release before versioned migrations, so nothing was changed. Start that release "+
		"once to bring the database to its schema, then this one. What the baseline has that the database has not:\n%s",
		baseline.Name(), strings.Join(diff, "\n"))
}

// tableNames lists the tables of the database (for PostgreSQL: of the current schema).
func (db *DB) tableNames(ctx context.Context, conn *sql.Conn) ([]string, error) {
	q := `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`
	if db.Dialect == dialect.Postgres {
		q = `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`
	}
	rows, err := conn.QueryContext(ctx, q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// rebind turns ? placeholders into PostgreSQL's $n.
func (db *DB) rebind(q string) string {
	if db.Dialect != dialect.Postgres {
		return q
	}
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			fmt.Fprintf(&b, "$%d", n)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func fileHash(f migrate.File) string {
	sum := sha256.Sum256(f.Bytes())
	return hex.EncodeToString(sum[:])
}

func isForeignKeysPragma(stmt string) bool {
	s := strings.ToLower(strings.Join(strings.Fields(stmt), " "))
	return strings.HasPrefix(s, "pragma foreign_keys")
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	if len(s) > 120 {
		s = s[:120] + "…"
	}
	return s
}
