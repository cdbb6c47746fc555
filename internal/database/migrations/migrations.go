// Package migrations holds the database schema's history: one directory of Atlas-format
// migration files per dialect (sqlite/, postgres/), each with the atlas.sum that guards them,
// embedded into the binary. internal/database applies them; the generator (gen/) writes the
// next one from the difference between these files and the ent schema.
//
// The first file of each directory is the baseline: exactly the schema that ent's automatic
// migration made in the last release without versioned migrations (2026-11), so a database made
// by that release is recognised as being at the baseline.
package migrations

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"

	"ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	entschema "entgo.io/ent/dialect/sql/schema"
	_ "modernc.org/sqlite" // the development database of SQLite migrations
)

//go:embed sqlite postgres
var embedded embed.FS

// Folder is the directory of a dialect's migrations inside this package: "sqlite" or "postgres".
func Folder(dia string) (string, error) {
	switch dia {
	case dialect.SQLite:
		return "sqlite", nil
	case dialect.Postgres:
		return "postgres", nil
	}
	return "", fmt.Errorf("migrations: no migrations for dialect %q", dia)
}

// Dir returns the dialect's migration directory as built into the binary, in memory (a fresh
// copy each call, so a caller may change it). It is not validated: callers check atlas.sum with
// migrate.Validate before they apply or extend it.
func Dir(dia string) (*migrate.MemDir, error) {
	folder, err := Folder(dia)
	if err != nil {
		return nil, err
	}
	entries, err := fs.ReadDir(embedded, folder)
	if err != nil {
		return nil, err
	}
	dir := &migrate.MemDir{}
	for _, e := range entries {
		b, err := fs.ReadFile(embedded, path.Join(folder, e.Name()))
		if err != nil {
			return nil, err
		}
		if err := dir.WriteFile(e.Name(), b); err != nil {
			return nil, err
		}
	}
	return dir, nil
}

// Copy returns an in-memory copy of dir (its files and atlas.sum as they are).
func Copy(dir migrate.Dir) (*migrate.MemDir, error) {
	out := &migrate.MemDir{}
	files, err := dir.Files()
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		if err := out.WriteFile(f.Name(), f.Bytes()); err != nil {
			return nil, err
		}
	}
	if sum, err := fs.ReadFile(dir, migrate.HashFileName); err == nil {
		if err := out.WriteFile(migrate.HashFileName, sum); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Write adds to dir the migration that takes a database from the schema its files build to the
// schema the ent tables want, named VERSION_NAME.sql, and updates atlas.sum; it returns the new
// file, or nil when the two schemas are the same. dev must be an empty database of the dialect
// (SQLite in memory, a schema of its own on PostgreSQL): the files are replayed on it and it is
// inspected. The caller throws it away afterwards.
//
// The files are replayed here and ent then diffs by inspecting the database, rather than with
// ent's replay mode: that mode asks Atlas to check that the whole PostgreSQL server is empty, not
// just the throwaway schema, so it cannot share a server with anything else.
//
// Dropped columns and indexes are part of the difference (ent's automatic migration left them),
// so that a migration directory that replays to anything but the ent schema shows up. Dropped
// tables are not (ent's differ only adds and changes the tables it knows): drop one by hand in a
// migration of its own.
func Write(ctx context.Context, dev *sql.DB, dia string, dir migrate.Dir, version, name string, tables []*entschema.Table) (migrate.File, error) {
	if err := migrate.Validate(dir); err != nil {
		return nil, fmt.Errorf("migration directory: %w", Explain(err))
	}
	before, err := dir.Files()
	if err != nil {
		return nil, err
	}
	if err := replay(ctx, dev, before); err != nil {
		return nil, err
	}
	return diffInto(ctx, dev, dia, dir, version, name, tables)
}

// diffInto writes into dir the migration from db's schema to the ent tables' (nil: none).
func diffInto(ctx context.Context, db *sql.DB, dia string, dir migrate.Dir, version, name string, tables []*entschema.Table) (migrate.File, error) {
	before, err := dir.Files()
	if err != nil {
		return nil, err
	}
	m, err := entschema.NewMigrate(entsql.OpenDB(dia, db),
		entschema.WithDir(dir),
		entschema.WithMigrationMode(entschema.ModeInspect),
		entschema.WithFormatter(versionFormatter(version)),
		entschema.WithDropColumn(true),
		entschema.WithDropIndex(true),
	)
	if err != nil {
		return nil, err
	}
	if err := m.NamedDiff(ctx, name, tables...); err != nil {
		return nil, err
	}
	after, err := dir.Files()
	if err != nil {
		return nil, err
	}
	for _, f := range after {
		if !slices.ContainsFunc(before, func(b migrate.File) bool { return b.Name() == f.Name() }) {
			return f, nil
		}
	}
	return nil, nil
}

// Pending returns the statements a migration would need to take a database from the schema the
// embedded files of the dialect build to the one the ent tables want: none when every schema
// change has its migration. dev is as for Write.
func Pending(ctx context.Context, dev *sql.DB, dia string, tables []*entschema.Table) ([]string, error) {
	dir, err := Dir(dia)
	if err != nil {
		return nil, err
	}
	if err := migrate.Validate(dir); err != nil {
		return nil, fmt.Errorf("migration directory: %w", Explain(err))
	}
	files, err := dir.Files()
	if err != nil {
		return nil, err
	}
	if err := replay(ctx, dev, files); err != nil {
		return nil, err
	}
	return Unmigrated(ctx, dev, dia, tables)
}

// Unmigrated returns the statements that would take db's schema to the one the ent tables want
// (none when they are equal), as the generator would write them.
func Unmigrated(ctx context.Context, db *sql.DB, dia string, tables []*entschema.Table) ([]string, error) {
	f, err := diffInto(ctx, db, dia, &migrate.MemDir{}, "99999999999999", "unmigrated", tables)
	if err != nil || f == nil {
		return nil, err
	}
	return f.Stmts()
}

// replay runs the files' statements on dev, as they come.
func replay(ctx context.Context, dev *sql.DB, files []migrate.File) error {
	for _, f := range files {
		stmts, err := f.Stmts()
		if err != nil {
			return fmt.Errorf("%s: %w", f.Name(), err)
		}
		for _, s := range stmts {
			if _, err := dev.ExecContext(ctx, s); err != nil {
				return fmt.Errorf("replaying %s: %s: %w", f.Name(), s, err)
			}
		}
	}
	return nil
}

// Explain turns atlas.sum's mismatch error, which names neither the file nor what to do, into
// one that does.
func Explain(err error) error {
	var ce *migrate.ChecksumError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &ce):
		return fmt.Errorf("%s was %s after atlas.sum was written (line %d of atlas.sum): migration files are never edited once "+
			"they are committed; add a new migration instead (make migration name=...): %w", ce.File, ce.Reason, ce.Line, err)
	case errors.Is(err, migrate.ErrChecksumNotFound):
		return fmt.Errorf("atlas.sum is missing: %w", err)
	}
	return err
}

// versionFormatter writes Atlas's file format with a given version, so that one change gets the
// same version in every dialect's directory.
type versionFormatter string

func (v versionFormatter) Format(p *migrate.Plan) ([]migrate.File, error) {
	p.Version = string(v)
	return migrate.DefaultFormatter.Format(p)
}

// OpenSQLiteMemory opens an empty SQLite database in memory: the development database for the
// SQLite migrations. It has one connection (every connection to an in-memory database is a
// database of its own) and foreign keys on, as ent requires.
func OpenSQLiteMemory() (*sql.DB, error) {
	db, err := sql.Open("sqlite", "file::memory:?_pragma=foreign_keys(1)")
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	return db, nil
}
