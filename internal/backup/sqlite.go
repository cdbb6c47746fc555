package backup

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"entgo.io/ent/dialect"

	"github.com/jeugdstem/jeugdstem/internal/database"
)

// writeSQLite snapshots the database with VACUUM INTO, on a connection of its own: the pools
// of db are not suitable (the reader pool is query_only, which makes SQLite refuse VACUUM INTO
// even though it writes another file; the writer is the one connection the server writes with).
// VACUUM INTO only reads the live database, inside one read transaction, so the copy is a
// consistent snapshot and, in WAL mode, the server's writes go on meanwhile.
func writeSQLite(ctx context.Context, db *database.DB, out string) (err error) {
	if db.Path == "" {
		return errors.New("backup: the SQLite database has no path")
	}
	tmp, err := tempFileFor(out)
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	defer func() {
		if err != nil {
			os.Remove(tmp)
		}
	}()
	conn, err := sql.Open("sqlite", "file:"+sqliteURIPath.Replace(db.Path)+"?_pragma=busy_timeout(10000)")
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	conn.SetMaxOpenConns(1)
	_, verr := conn.ExecContext(ctx, "VACUUM INTO ?", tmp)
	if err := errors.Join(verr, conn.Close()); err != nil {
		return fmt.Errorf("backup: VACUUM INTO %s: %w", tmp, err)
	}
	if err := checkSQLiteFile(ctx, tmp, "quick_check"); err != nil {
		return fmt.Errorf("backup: the new backup fails its check: %w", err)
	}
	if err := publishWithManifest(tmp, out, dialect.SQLite); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	return nil
}

// sqliteURIPath escapes the characters that end or escape the path of a file: URI.
var sqliteURIPath = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")

// checkSQLiteFile opens a database file that nobody else uses, read-only, and runs
// PRAGMA <check> (integrity_check or quick_check), which must answer exactly "ok". It also
// requires the tables of a migrated jeugdstem database.
func checkSQLiteFile(ctx context.Context, path, check string) error {
	// immutable: the file is ours alone for now, so no locks, no -wal or -shm next to it.
	conn, err := sql.Open("sqlite", "file:"+sqliteURIPath.Replace(path)+"?mode=ro&immutable=1")
	if err != nil {
		return err
	}
	defer conn.Close()
	rows, err := conn.QueryContext(ctx, "PRAGMA "+check)
	if err != nil {
		return fmt.Errorf("%s is not a readable SQLite database: %w", path, err)
	}
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			rows.Close()
			return err
		}
		problems = append(problems, line)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return fmt.Errorf("%s: %s: %w", path, check, err)
	}
	if len(problems) != 1 || problems[0] != "ok" {
		if len(problems) > 5 {
			problems = append(problems[:5], "…")
		}
		return fmt.Errorf("%s fails PRAGMA %s: %s", path, check, strings.Join(problems, "; "))
	}
	var n int
	if err := conn.QueryRowContext(ctx,
		"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'locations'").Scan(&n); err != nil {
		return err
	}
	if n != 1 {
		return fmt.Errorf("%s is not a jeugdstem database (no locations table)", path)
	}
	return nil
}

// restoreSQLite checks the backup, then copies it over the database file at path.
func restoreSQLite(ctx context.Context, path, in string, opts RestoreOptions) (err error) {
	if err := verify(in, dialect.SQLite, opts); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	if err := checkSQLiteFile(ctx, in, "integrity_check"); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	if same, err := sameFile(path, in); err != nil {
		return fmt.Errorf("restore: %w", err)
	} else if same {
		return fmt.Errorf("restore: %s is the database itself", in)
	}
	if err := ensureNotInUse(ctx, path); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o750); err != nil {
			return fmt.Errorf("restore: %w", err)
		}
	}
	tmp, err := tempFileFor(path)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	defer func() {
		if err != nil {
			os.Remove(tmp)
		}
	}()
	if err := copyFile(tmp, in); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	if err := publishReplace(tmp, path); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	return nil
}

func sameFile(a, b string) (bool, error) {
	sa, err := os.Stat(a)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	sb, err := os.Stat(b)
	if err != nil {
		return false, err
	}
	return os.SameFile(sa, sb), nil
}

// ensureNotInUse makes sure no process has the database at path open. A WAL-mode database that
// is open has a -wal and a -shm file next to it; the last connection to close checkpoints and
// removes them. Leftovers of a crash are folded in by opening and closing the database once. If
// the files are still there after that, someone else (the server) has it open: replacing the file
// under it would lose data or, worse, let a stale -wal be applied to the restored file.
func ensureNotInUse(ctx context.Context, path string) error {
	if !sidecarsExist(path) {
		return nil
	}
	conn, err := sql.Open("sqlite", "file:"+sqliteURIPath.Replace(path)+"?_pragma=busy_timeout(5000)")
	if err != nil {
		return err
	}
	_, cerr := conn.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
	if err := errors.Join(cerr, conn.Close()); err != nil {
		return fmt.Errorf("%s is in use or damaged (stop the server first): %w", path, err)
	}
	if sidecarsExist(path) {
		return fmt.Errorf("%s is in use by another process: stop the server before restoring", path)
	}
	return nil
}

func sidecarsExist(path string) bool {
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		if _, err := os.Lstat(path + suffix); err == nil {
			return true
		}
	}
	return false
}

func copyFile(dst, src string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
