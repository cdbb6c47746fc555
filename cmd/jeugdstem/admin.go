package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/auth"
	"github.com/jeugdstem/jeugdstem/internal/backup"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/policies"
)

func migrateCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("migrate", stderr)
	dsn := fs.String("db", database.DefaultDSN, "database: sqlite://PATH or postgres://…")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	db, err := openMigrated(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	fmt.Fprintf(stdout, "The database schema is up to date (migration %s).\n", database.SchemaVersion())
	return nil
}

// adminCreateCmd creates a staff user from the command line; it is how the first national
// admin of a deployment comes to exist.
func adminCreateCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("admin create", stderr)
	dsn := fs.String("db", database.DefaultDSN, "database: sqlite://PATH or postgres://…")
	email := fs.String("email", "", "sign-in e-mail address")
	password := fs.String("password", "", "password (at least 12 characters)")
	role := fs.String("role", string(staffuser.RoleNATIONAL_ADMIN), "staff role")
	name := fs.String("name", "", "display name (default: the part of the e-mail before @)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	in := auth.NewStaffUser{Email: *email, Password: *password, Role: staffuser.Role(*role), DisplayName: *name}
	if in.DisplayName == "" {
		in.DisplayName, _, _ = strings.Cut(*email, "@")
	}
	db, err := openMigrated(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	// Bypass: the operator at the console creates the first admin; there is no viewer yet.
	u, err := auth.CreateStaffUser(policies.System(ctx), db.Client, in)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Created %s %s (%s).\n", u.Role, u.Email, u.ID)
	return nil
}

func backupCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("backup", stderr)
	dsn := fs.String("db", database.DefaultDSN, "database: sqlite://PATH or postgres://…")
	out := fs.String("out", "", "file to write the backup to (must not exist)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return fmt.Errorf("--out is required")
	}
	db, err := database.Open(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := backup.Write(ctx, db, *dsn, *out); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Backup written to %s, its checksum and schema version to %s (keep them together).\n", *out, backup.ManifestPath(*out))
	return nil
}

// openMigrated opens the database and brings its schema up to date, as every command that reads
// or writes rows does first.
func openMigrated(ctx context.Context, dsn string) (*database.DB, error) {
	db, err := database.Open(ctx, dsn)
	if err != nil {
		return nil, err
	}
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("migrating the database: %w", err)
	}
	return db, nil
}

// restoreCmd puts a backup in place of the database. The server must be stopped: on SQLite the
// restore refuses while the database is open elsewhere.
func restoreCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("restore", stderr)
	dsn := fs.String("db", database.DefaultDSN, "database: sqlite://PATH or postgres://…")
	in := fs.String("in", "", "backup file written by jeugdstem backup (with FILE.manifest.json beside it)")
	unverified := fs.Bool("allow-unverified", false, "restore a backup that has no manifest (taken before manifests existed)")
	otherSchema := fs.Bool("allow-other-schema", false, "restore a backup taken with another schema version (another jeugdstem version)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *in == "" {
		return fmt.Errorf("--in is required")
	}
	if err := backup.Restore(ctx, *dsn, *in, backup.RestoreOptions{AllowUnverified: *unverified, AllowOtherSchema: *otherSchema}); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Restored %s. Start the server to apply any newer schema migrations.\n", *in)
	return nil
}
