package database

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/jeugdstem/jeugdstem/internal/voting"
)

// upgradesTable records the data upgrades a database has had that are done once rather than
// checked at every start: one row per upgrade name. Like schema_revisions it belongs to the
// applier, not to ent's schema (no migration makes it).
//
// An upgrade's name says what it brings, so one that brings more later (the standard answers in a
// language added to internal/i18n) gets a new name and runs again; an old database without the
// table has had none of them.
const upgradesTable = "data_upgrades"

const createUpgrades = `CREATE TABLE IF NOT EXISTS ` + upgradesTable + ` (
	name varchar(255) NOT NULL PRIMARY KEY,
	done_at varchar(40) NOT NULL
)`

// once runs upgrade unless the database has recorded name, and records name after it succeeded.
// The upgrades it runs are idempotent, so a crash between the two only means doing it again.
func (db *DB) once(ctx context.Context, name string, upgrade func(context.Context) error) error {
	if _, err := db.Writer.ExecContext(ctx, createUpgrades); err != nil {
		return fmt.Errorf("creating %s: %w", upgradesTable, err)
	}
	var n int
	if err := db.Writer.QueryRowContext(ctx, db.rebind(`SELECT COUNT(*) FROM `+upgradesTable+` WHERE name = ?`), name).Scan(&n); err != nil {
		return fmt.Errorf("reading %s: %w", upgradesTable, err)
	}
	if n > 0 {
		return nil
	}
	if err := upgrade(ctx); err != nil {
		return err
	}
	_, err := db.Writer.ExecContext(ctx, db.rebind(`INSERT INTO `+upgradesTable+` (name, done_at) VALUES (?, ?)`),
		name, time.Now().UTC().Format(time.RFC3339))
	return err
}

// standardAnswersUpgrade names upgradeStandardAnswers by what it fills in: the standard answers of
// every kind in every language (internal/voting/kinds.go), so a language added or a kind with
// standard answers added later runs it again.
func standardAnswersUpgrade() string {
	h := sha256.New()
	for _, k := range voting.Kinds() {
		if k.Standard == nil {
			continue
		}
		fmt.Fprintf(h, "%s\n", k.Kind)
		for _, a := range k.Standard {
			for _, l := range a.Label {
				fmt.Fprintf(h, "%s=%s\n", l.Lang, l.Text)
			}
		}
	}
	return "standard-answers:" + hex.EncodeToString(h.Sum(nil))[:16]
}
