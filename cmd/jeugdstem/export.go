package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/disclosure"
	"github.com/jeugdstem/jeugdstem/internal/reports"
	"github.com/jeugdstem/jeugdstem/internal/signals"
	"github.com/jeugdstem/jeugdstem/policies"
)

// reportFlags are the deployment's report settings, shared by serve and export so that both read
// the same JEUGDSTEM_MIN_GROUP_SIZE and JEUGDSTEM_ANSWER_DEADLINE_DAYS.
type reportFlags struct {
	minGroupSize, answerDays *int
}

func addReportFlags(fs *flag.FlagSet) reportFlags {
	return reportFlags{
		minGroupSize: fs.Int("min-group-size", disclosure.DefaultK, "reports hide counts of fewer children than this (at least 2)"),
		answerDays:   fs.Int("answer-deadline-days", int(signals.DefaultAnswerDeadline/(24*time.Hour)), "reports count a thread as overdue after this many days without an answer"),
	}
}

func (f reportFlags) config() (reports.Config, error) {
	if *f.minGroupSize < 2 {
		return reports.Config{}, fmt.Errorf("--min-group-size must be at least 2")
	}
	if *f.answerDays < 1 {
		return reports.Config{}, fmt.Errorf("--answer-deadline-days must be at least 1")
	}
	return reports.Config{MinGroupSize: *f.minGroupSize, AnswerDeadline: time.Duration(*f.answerDays) * 24 * time.Hour}, nil
}

// exportCmd writes a location's report as CSV or XLSX, suppression applied as in the API, and
// records the export as an AuditEvent of the system.
func exportCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("export", stderr)
	dsn := fs.String("db", database.DefaultDSN, "database: sqlite://PATH or postgres://…")
	locationID := fs.String("location", "", "the location's id")
	format := fs.String("format", "csv", "csv or xlsx")
	out := fs.String("out", "", "file to write (must not exist)")
	from := fs.String("from", "", "start of the period: a date (2025-03-01) or RFC 3339 time; default 13 weeks before --to")
	to := fs.String("to", "", "end of the period; default now. The period is widened to whole weeks")
	rf := addReportFlags(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *locationID == "" || *out == "" {
		return fmt.Errorf("--location and --out are required")
	}
	f, err := reports.ParseFormat(*format)
	if err != nil {
		return fmt.Errorf("--format must be csv or xlsx")
	}
	fromT, err := parseDate(*from, "--from")
	if err != nil {
		return err
	}
	toT, err := parseDate(*to, "--to")
	if err != nil {
		return err
	}
	cfg, err := rf.config()
	if err != nil {
		return err
	}
	db, err := openMigrated(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	// The file is claimed first, so an export that cannot be written is neither computed nor audited.
	file, err := os.OpenFile(*out, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	// Bypass: the operator exports at the console (no viewer); suppression applies as in the API.
	exp, err := reports.New(db, cfg).ExportLocation(policies.System(ctx), *locationID, fromT, toT, reports.Options{}, f)
	if err == nil {
		_, err = file.Write(exp.Data)
	}
	if cerr := file.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(*out)
		return err
	}
	tz, err := time.LoadLocation(reports.TimeZone)
	if err != nil {
		return err
	}
	p := exp.Report.Period
	fmt.Fprintf(stdout, "Report of %s for %s to %s (%d weeks, counts below %d suppressed) written to %s.\n",
		exp.Report.LocationName, p.From.In(tz).Format(time.DateOnly), p.To.In(tz).AddDate(0, 0, -1).Format(time.DateOnly),
		p.Weeks, exp.Report.MinGroupSize, *out)
	return nil
}

func parseDate(v, name string) (*time.Time, error) {
	if v == "" {
		return nil, nil
	}
	for _, layout := range []string{time.RFC3339, time.DateOnly} {
		if t, err := time.Parse(layout, v); err == nil {
			return &t, nil
		}
	}
	return nil, fmt.Errorf("%s: %q is neither a date (2025-03-01) nor an RFC 3339 time", name, v)
}
