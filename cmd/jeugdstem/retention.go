package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/retention"
)

// retentionFlags are shared by `serve` (which runs retention daily) and `retention`.
type retentionFlags struct {
	afterLeaving, inactive *time.Duration
}

func addRetentionFlags(fs interface {
	Duration(name string, value time.Duration, usage string) *time.Duration
}) retentionFlags {
	return retentionFlags{
		afterLeaving: fs.Duration("retention-after-leaving", retention.DefaultPolicy.AfterLeaving, "how long posts and records of children who left are kept"),
		inactive:     fs.Duration("retention-inactive", retention.DefaultPolicy.Inactive, "after how long without signing in a child is removed"),
	}
}

func (f retentionFlags) policy() retention.Policy {
	return retention.Policy{AfterLeaving: *f.afterLeaving, Inactive: *f.inactive}
}

// retentionCmd applies the retention policy now and prints what it removed.
func retentionCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("retention", stderr)
	dsn := fs.String("db", database.DefaultDSN, "database: sqlite://PATH or postgres://…")
	dry := fs.Bool("dry-run", false, "report what would be removed, remove nothing")
	rf := addRetentionFlags(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	db, err := openMigrated(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	rep, err := retention.Run(ctx, db.Client, rf.policy(), time.Now(), *dry)
	if err != nil {
		return fmt.Errorf("retention: %w", err)
	}
	_, err = rep.WriteTo(stdout)
	return err
}
