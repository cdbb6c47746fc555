// Package backup takes and restores consistent backups of the jeugdstem database, for
// `jeugdstem backup --db DSN --out FILE`.
//
// SQLite: Write runs `VACUUM INTO` on a connection of its own, which copies one consistent snapshot
// of the database while the server keeps writing (WAL mode: readers do not block the writer). The
// result is a plain SQLite file. Restore checks a backup file with `PRAGMA integrity_check` and
// puts a copy in place of the database file.
//
// PostgreSQL: Write runs `pg_dump --format=custom`, Restore runs `pg_restore --clean --if-exists`.
// A DSN with a search_path query parameter (the form internal/database understands for running
// in one schema) dumps only that schema (`pg_dump --schema`); a restore recreates the schemas held
// in the archive, under their original names, and refuses when the DSN's search_path names a
// schema the archive does not hold.
//
// Both write their output to a temporary file next to the target, fsync it, and only then move it
// into place, so a crash never leaves a half-written file under the target name. Beside every
// backup goes FILE.manifest.json with its SHA-256 and the schema version (Manifest); Restore
// refuses a backup that does not match it.
package backup

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"entgo.io/ent/dialect"

	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/policies"
)

// ErrExists means the backup file already exists; Write never overwrites one.
var ErrExists = errors.New("backup file already exists")

// Write writes a consistent backup of the database to the file out, which must not exist yet.
// For SQLite the snapshot is taken of db.Path on a connection of Write's own, and dsn is unused.
// For PostgreSQL it runs pg_dump on dsn; db may then be nil.
func Write(ctx context.Context, db *database.DB, dsn, out string) error {
	// Bypass: a backup copies every row, for the operator at the console.
	ctx = policies.System(ctx)
	if out == "" {
		return errors.New("backup: no output file given")
	}
	_, err := os.Lstat(out)
	if err == nil {
		return fmt.Errorf("backup: %s: %w (remove it or choose another name)", out, ErrExists)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("backup: %w", err)
	}
	var kind string
	if db != nil {
		kind = db.Dialect
	} else if kind, err = dsnKind(dsn); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	switch kind {
	case dialect.SQLite:
		if db == nil {
			return errors.New("backup: a SQLite backup needs the open database")
		}
		return writeSQLite(ctx, db, out)
	case dialect.Postgres:
		if dsn == "" {
			return errors.New("backup: a PostgreSQL backup needs the DSN")
		}
		return writePostgres(ctx, dsn, out)
	default:
		return fmt.Errorf("backup: unsupported database dialect %q", kind)
	}
}

// Restore replaces the database named by dsn with the backup in the file in. The backup must
// match its manifest (checksum, dialect, schema version; see RestoreOptions).
//
// SQLite: the backup must pass `PRAGMA integrity_check`; it is copied over the database file
// (sqlite://PATH) through a temporary file and a rename. The server must be stopped: Restore
// refuses while another process has the database open (its -wal or -shm file stays behind).
// PostgreSQL: pg_restore --clean --if-exists --no-owner, in a single transaction that stops at the
// first error, so a failed restore changes nothing.
func Restore(ctx context.Context, dsn, in string, opts RestoreOptions) error {
	// Bypass: a restore replaces every row, for the operator at the console.
	ctx = policies.System(ctx)
	if in == "" {
		return errors.New("restore: no backup file given")
	}
	st, err := os.Stat(in)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	if !st.Mode().IsRegular() {
		return fmt.Errorf("restore: %s is not a regular file", in)
	}
	kind, err := dsnKind(dsn)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	if kind == dialect.SQLite {
		return restoreSQLite(ctx, strings.TrimPrefix(dsn, "sqlite://"), in, opts)
	}
	return restorePostgres(ctx, dsn, in, opts)
}

func dsnKind(dsn string) (string, error) {
	switch {
	case strings.HasPrefix(dsn, "sqlite://"):
		if strings.TrimPrefix(dsn, "sqlite://") == "" {
			return "", errors.New("sqlite DSN needs a path: sqlite://./jeugdstem.db")
		}
		return dialect.SQLite, nil
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		return dialect.Postgres, nil
	default:
		return "", errors.New("unsupported database: use sqlite://PATH or postgres://…")
	}
}

// tempFileFor reserves an empty temporary file in the directory of target, so the final rename
// stays on one file system.
func tempFileFor(target string) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".tmp-*")
	if err != nil {
		return "", err
	}
	name := f.Name()
	if err := f.Close(); err != nil {
		os.Remove(name)
		return "", err
	}
	return name, nil
}

// syncFile flushes a file's contents to stable storage.
func syncFile(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// syncDir makes a rename in dir durable. Some platforms cannot sync directories; that is not an
// error worth failing a finished backup for.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
}

// publishNew moves the finished temporary file to target without ever replacing an existing
// target: a hard link fails if target exists; where hard links are not supported it falls back
// to a check and a rename.
func publishNew(tmp, target string) error {
	if err := syncFile(tmp); err != nil {
		return err
	}
	err := os.Link(tmp, target)
	switch {
	case err == nil:
		os.Remove(tmp)
	case errors.Is(err, fs.ErrExist):
		return fmt.Errorf("%s: %w", target, ErrExists)
	default:
		if _, serr := os.Lstat(target); serr == nil {
			return fmt.Errorf("%s: %w", target, ErrExists)
		}
		if err := os.Rename(tmp, target); err != nil {
			return err
		}
	}
	syncDir(filepath.Dir(target))
	return nil
}

// publishReplace moves the finished temporary file to target, replacing it atomically.
func publishReplace(tmp, target string) error {
	if err := syncFile(tmp); err != nil {
		return err
	}
	if err := os.Rename(tmp, target); err != nil {
		return err
	}
	syncDir(filepath.Dir(target))
	return nil
}
