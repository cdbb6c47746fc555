package backup_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jeugdstem/jeugdstem/ent/feedbackpost"
	"github.com/jeugdstem/jeugdstem/ent/location"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/backup"
)

// A backup in which one byte of a child's post was changed still passes SQLite's
// integrity_check (the page is well-formed); the checksum in its manifest catches it, and the
// restore is refused without touching the database. The unchanged backup restores (the control),
// a backup without a manifest needs --allow-unverified, and one from another schema version
// --allow-other-schema.
func TestRestoreRefusesAChangedBackup(t *testing.T) {
	ctx := testContext()
	dir := t.TempDir()
	db := openSQLite(t, filepath.Join(dir, "live.db"))
	c := db.Client
	l := c.Location.Create().SetName("A").SetKind(location.KindREGULAR).SetChildrenHoused(5).SetLanguages([]string{"nl"}).SaveX(ctx)
	m := c.YouthMember.Create().SetLocationID(l.ID).SetPseudonym("Kind").SetAvatar("fox").SetAgeBand(schematype.AgeBand9to11).
		SetLanguage("nl").SetPinHash("x").SaveX(ctx)
	th := c.FeedbackThread.Create().SetLocationID(l.ID).SetTheme(schematype.ThemeFood).SetTitle("Eten").SetStartedBy(m).SaveX(ctx)
	const words = "De schommel is kapot en niemand maakt hem"
	c.FeedbackPost.Create().SetThread(th).SetAuthor(m).SetBody(words).SetLanguage("nl").
		SetModerationState(feedbackpost.ModerationStateAPPROVED).ExecX(ctx)

	out := filepath.Join(dir, "jeugdstem.backup.db")
	if err := backup.Write(ctx, db, "", out); err != nil {
		t.Fatal(err)
	}
	var man backup.Manifest
	raw, err := os.ReadFile(backup.ManifestPath(out))
	if err != nil || json.Unmarshal(raw, &man) != nil || len(man.SHA256) != 64 || man.Schema == "" {
		t.Fatalf("manifest %s: %v", raw, err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}

	// One byte of the post: "kapot" becomes "kaput".
	i := bytes.Index(data, []byte(words))
	if i < 0 {
		t.Fatal("the post is not in the backup file as text")
	}
	altered := bytes.Clone(data)
	altered[i+len("De schommel is kap")] = 'u'
	changed := filepath.Join(dir, "changed.db")
	writeWithManifest(t, changed, altered, raw)
	check, _ := inspect(t, changed)
	if check != "ok" {
		t.Fatalf("the altered backup fails integrity_check (%s): the test would not show what the checksum adds", check)
	}
	target := filepath.Join(dir, "restored", "jeugdstem.db")
	err = backup.Restore(ctx, "sqlite://"+target, changed, backup.RestoreOptions{AllowUnverified: true, AllowOtherSchema: true})
	if !errors.Is(err, backup.ErrMismatch) {
		t.Fatalf("restoring the altered backup: %v, want ErrMismatch", err)
	}
	if _, err := os.Stat(target); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the refused restore created %s", target)
	}

	// The control: the backup as written restores, with the post as it was.
	if err := backup.Restore(ctx, "sqlite://"+target, out, backup.RestoreOptions{}); err != nil {
		t.Fatalf("restoring the backup as written: %v", err)
	}
	rdb := openSQLite(t, target)
	if got := rdb.Client.FeedbackPost.Query().OnlyX(ctx).Body; got != words {
		t.Errorf("restored post %q", got)
	}
	rdb.Close()

	// Without a manifest: refused unless allowed.
	bare := filepath.Join(dir, "bare.db")
	if err := os.WriteFile(bare, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := backup.Restore(ctx, "sqlite://"+target, bare, backup.RestoreOptions{}); err == nil || !strings.Contains(err.Error(), "no manifest") {
		t.Errorf("restoring a backup without a manifest: %v", err)
	}
	if err := backup.Restore(ctx, "sqlite://"+target, bare, backup.RestoreOptions{AllowUnverified: true}); err != nil {
		t.Errorf("restoring a backup without a manifest, allowed: %v", err)
	}

	// Another schema version: refused unless allowed.
	other := filepath.Join(dir, "other.db")
	man.Schema = "0123456789abcdef"
	otherRaw, _ := json.Marshal(man)
	writeWithManifest(t, other, data, otherRaw)
	if err := backup.Restore(ctx, "sqlite://"+target, other, backup.RestoreOptions{}); err == nil || !strings.Contains(err.Error(), "schema") {
		t.Errorf("restoring a backup of another schema: %v", err)
	}
	if err := backup.Restore(ctx, "sqlite://"+target, other, backup.RestoreOptions{AllowOtherSchema: true}); err != nil {
		t.Errorf("restoring a backup of another schema, allowed: %v", err)
	}
}

func writeWithManifest(t *testing.T, path string, data, manifest []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(backup.ManifestPath(path), manifest, 0o600); err != nil {
		t.Fatal(err)
	}
}
