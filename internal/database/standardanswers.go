package database

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"

	"entgo.io/ent/dialect"

	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/voting"
)

// upgradeStandardAnswers gives the standard answers of polls made before they existed in every
// language (YES_NO and SMILEY_SCALE polls had them in Dutch and English only) the languages they
// lack, from the kinds table (internal/voting/kinds.go), so a child reading Arabic hears "نعم", not
// "Ja". Only a poll whose every answer is still a standard one is changed: each option has the
// standard pictogram of its position, and each of its texts is the standard text in that language.
// A poll whose staff wrote their own answers (or changed one word) is left alone. What a child
// chose is a position, so no ballot or count changes.
//
// It is idempotent: a label that has every language is not rewritten, so every start may run it.
func (db *DB) upgradeStandardAnswers(ctx context.Context) error {
	kinds := map[string]voting.Kind{}
	var names []any
	for _, k := range voting.Kinds() {
		if k.Standard != nil {
			kinds[string(k.Kind)] = k
			names = append(names, string(k.Kind))
		}
	}
	if len(names) == 0 {
		return nil
	}
	ph := func(i int) string {
		if db.Dialect == dialect.Postgres {
			return fmt.Sprintf("$%d", i)
		}
		return "?"
	}
	in := ""
	for i := range names {
		if i > 0 {
			in += ", "
		}
		in += ph(i + 1)
	}
	tx, err := db.Writer.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()
	rows, err := tx.QueryContext(ctx, `SELECT p.id, p.kind, o.id, o.position, o.pictogram, o.label
		FROM polls p JOIN poll_options o ON o.poll_options = p.id
		WHERE p.kind IN (`+in+`) ORDER BY p.id, o.position`, names...)
	if err != nil {
		return fmt.Errorf("reading the polls' answers: %w", err)
	}
	type option struct {
		id        string
		position  int
		pictogram *string
		label     []schematype.Translation
	}
	type pollAnswers struct {
		kind    voting.Kind
		options []option
	}
	var polls []*pollAnswers
	byID := map[string]*pollAnswers{}
	for rows.Next() {
		var pollID, kind string
		var o option
		var label []byte
		if err := rows.Scan(&pollID, &kind, &o.id, &o.position, &o.pictogram, &label); err != nil {
			rows.Close()
			return err
		}
		if err := json.Unmarshal(label, &o.label); err != nil {
			rows.Close()
			return fmt.Errorf("option %s: its label: %w", o.id, err)
		}
		p := byID[pollID]
		if p == nil {
			p = &pollAnswers{kind: kinds[kind]}
			byID[pollID] = p
			polls = append(polls, p)
		}
		p.options = append(p.options, o)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	update := `UPDATE poll_options SET label = ` + ph(1) + ` WHERE id = ` + ph(2)
	for _, p := range polls {
		if !stillStandard(p.kind, len(p.options), func(i int) (int, *string, []schematype.Translation) {
			return p.options[i].position, p.options[i].pictogram, p.options[i].label
		}) {
			continue
		}
		for _, o := range p.options {
			full := p.kind.Standard[o.position].Label
			if len(o.label) == len(full) {
				continue // every language already
			}
			b, err := json.Marshal(full)
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, update, string(b), o.id); err != nil {
				return fmt.Errorf("writing option %s: %w", o.id, err)
			}
		}
	}
	return tx.Commit()
}

// stillStandard reports whether a poll's n options are its kind's standard answers, perhaps in
// fewer languages: option i is at position i, has the standard pictogram, and each of its texts
// is the standard text in that language.
func stillStandard(kind voting.Kind, n int, option func(i int) (position int, pictogram *string, label []schematype.Translation)) bool {
	if n != len(kind.Standard) {
		return false
	}
	for i := range n {
		position, pictogram, label := option(i)
		if position != i {
			return false
		}
		want := kind.Standard[i]
		if (pictogram == nil) != (want.Pictogram == "") || pictogram != nil && *pictogram != want.Pictogram {
			return false
		}
		for _, tr := range label {
			if !slices.Contains(want.Label, tr) {
				return false
			}
		}
	}
	return true
}
