package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/jeugdstem/jeugdstem/ent/auditevent"
	"github.com/jeugdstem/jeugdstem/ent/location"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/reports"
	"github.com/jeugdstem/jeugdstem/policies"
)

func TestExportWritesAnAuditedWorkbook(t *testing.T) {
	dir := t.TempDir()
	dsn := "sqlite://" + filepath.Join(dir, "export.db")
	ctx := policies.System(context.Background())
	db, err := database.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	loc := db.Client.Location.Create().SetName("Azc Zeist").SetKind(location.KindREGULAR).SetChildrenHoused(30).SaveX(ctx)
	db.Close()

	out := filepath.Join(dir, "report.xlsx")
	msg, err := runCmd(t, "export", "--db", dsn, "--location", loc.ID, "--format", "xlsx", "--out", out,
		"--from", "2025-03-03", "--to", "2025-03-30", "--min-group-size", "10")
	if err != nil {
		t.Fatalf("export: %v\n%s", err, msg)
	}
	if !strings.Contains(msg, "Azc Zeist") || !strings.Contains(msg, "2025-03-03 to 2025-03-30 (4 weeks, counts below 10 suppressed)") {
		t.Errorf("output %q", msg)
	}
	book, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatalf("the workbook does not open: %v", err)
	}
	defer book.Close()
	rows, err := book.GetRows("Report")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range rows {
		if len(r) == 2 && r[0] == "min_group_size" && r[1] == "10" {
			found = true
		}
	}
	if !found {
		t.Errorf("the Report sheet does not state the threshold: %q", rows)
	}

	if msg, err := runCmd(t, "export", "--db", dsn, "--location", loc.ID, "--format", "xlsx", "--out", out); err == nil {
		t.Errorf("export over an existing file succeeded: %s", msg)
	}
	if _, err := runCmd(t, "export", "--db", dsn, "--location", loc.ID, "--format", "pdf", "--out", out+".pdf"); err == nil {
		t.Error("a pdf export succeeded")
	}
	if _, err := runCmd(t, "export", "--db", dsn, "--location", "loc_nosuchlocation", "--out", filepath.Join(dir, "x.csv")); err == nil {
		t.Error("an export of no location succeeded")
	}

	db, err = database.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	events := db.Client.AuditEvent.Query().Where(auditevent.Action(reports.ActionReportExported)).AllX(ctx)
	if len(events) != 1 || events[0].ActorKind != auditevent.ActorKindSYSTEM || events[0].ObjectID != loc.ID {
		t.Errorf("audit events %+v, want one export by the system", events)
	}
}
