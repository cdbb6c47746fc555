// Command gen writes the next schema migration, for SQLite and PostgreSQL at once, from the
// difference between the migration files and the ent schema (ent/schema, after go generate):
//
//	make migration name=add_rollups    # = go run ./internal/database/migrations/gen -name add_rollups
//
// Run it from the module root. It replays each directory on an empty development database (SQLite
// in memory; for PostgreSQL a throwaway schema on JEUGDSTEM_TEST_POSTGRES, by default
// postgres://postgres@127.0.0.1:5432/test?sslmode=disable), asks Atlas for the statements that
// reach the ent schema, and writes them as VERSION_NAME.sql with the same VERSION in both
// directories, updating atlas.sum. Read the files before committing them: a rename shows up as a
// drop and an add, and data changes (filling a new NOT NULL column) are written by hand into the
// new file, followed by `go run ./internal/database/migrations/gen -rehash`.
package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"

	"ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect"
	_ "github.com/jackc/pgx/v5/stdlib"

	entmigrate "github.com/jeugdstem/jeugdstem/ent/migrate"
	"github.com/jeugdstem/jeugdstem/internal/database/migrations"
)

const root = "internal/database/migrations"

func main() {
	name := flag.String("name", "", "what the migration does, in lower_snake_case (add_rollups)")
	rehash := flag.Bool("rehash", false, "only rewrite atlas.sum after a hand edit of the newest, uncommitted migration")
	pg := flag.String("postgres", os.Getenv("JEUGDSTEM_TEST_POSTGRES"), "PostgreSQL server for the throwaway schema")
	flag.Parse()
	if *pg == "" {
		*pg = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
	}
	if err := run(context.Background(), *name, *rehash, *pg); err != nil {
		fmt.Fprintln(os.Stderr, "migration:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, name string, rehash bool, pg string) error {
	if _, err := os.Stat(root); err != nil {
		return fmt.Errorf("run it from the module root: %w", err)
	}
	if rehash {
		for _, dia := range []string{dialect.SQLite, dialect.Postgres} {
			dir, err := localDir(dia)
			if err != nil {
				return err
			}
			sum, err := dir.Checksum()
			if err != nil {
				return err
			}
			if err := migrate.WriteSumFile(dir, sum); err != nil {
				return err
			}
		}
		fmt.Println("atlas.sum rewritten. Only ever do this for a migration no one has applied yet.")
		return nil
	}
	if !regexp.MustCompile(`^[a-z][a-z0-9_]{0,60}$`).MatchString(name) {
		return fmt.Errorf("-name must be lower_snake_case, e.g. -name add_rollups (make migration name=add_rollups)")
	}
	version := migrate.NewVersion() // one version for both dialects
	wrote := 0
	for _, dia := range []string{dialect.SQLite, dialect.Postgres} {
		dir, err := localDir(dia)
		if err != nil {
			return err
		}
		dev, done, err := devDatabase(ctx, dia, pg)
		if err != nil {
			return fmt.Errorf("%s development database: %w", dia, err)
		}
		f, err := migrations.Write(ctx, dev, dia, dir, version, name, entmigrate.Tables)
		done()
		if err != nil {
			return fmt.Errorf("%s: %w", dia, err)
		}
		if f == nil {
			fmt.Printf("%s: no schema change, nothing written\n", dia)
			continue
		}
		wrote++
		fmt.Printf("wrote %s\n", filepath.Join(dir.Path(), f.Name()))
	}
	if wrote > 0 {
		fmt.Println("Read the new files, add any data changes by hand (then -rehash), and commit them with the schema change.")
	}
	return nil
}

func localDir(dia string) (*migrate.LocalDir, error) {
	folder, err := migrations.Folder(dia)
	if err != nil {
		return nil, err
	}
	return migrate.NewLocalDir(filepath.Join(root, folder))
}

// devDatabase opens an empty database of the dialect and returns what removes it again.
func devDatabase(ctx context.Context, dia, pg string) (*sql.DB, func(), error) {
	if dia == dialect.SQLite {
		db, err := migrations.OpenSQLiteMemory()
		return db, func() { db.Close() }, err
	}
	suffix := make([]byte, 6)
	_, _ = rand.Read(suffix)
	schema := "jeugdstem_migration_" + hex.EncodeToString(suffix)
	admin, err := sql.Open("pgx", pg)
	if err != nil {
		return nil, nil, err
	}
	if _, err := admin.ExecContext(ctx, `CREATE SCHEMA `+schema); err != nil {
		admin.Close()
		return nil, nil, fmt.Errorf("%w (is PostgreSQL running? set JEUGDSTEM_TEST_POSTGRES or -postgres)", err)
	}
	u, err := url.Parse(pg)
	if err != nil {
		return nil, nil, err
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	dev, err := sql.Open("pgx", u.String())
	done := func() {
		if dev != nil {
			dev.Close()
		}
		_, _ = admin.ExecContext(context.WithoutCancel(ctx), `DROP SCHEMA `+schema+` CASCADE`)
		admin.Close()
	}
	if err != nil {
		done()
		return nil, nil, err
	}
	return dev, done, nil
}
