package database

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"entgo.io/ent/dialect"

	"github.com/jeugdstem/jeugdstem/ent/schema"
)

// upgradeTallies folds the per-age-band counters of databases made before ballots were sealed
// (table "tallies", raised by every vote) into the final counts of result_counts, and drops them,
// in one transaction:
//
//   - a counted poll (CLOSED or PUBLISHED) with at least its threshold of voters keeps its counts,
//     summed over the age bands (a breakdown by age band could describe a single child);
//   - a counted poll with fewer voters keeps none (its results are never shown);
//   - an open poll's counters so far are kept the same way, summed, and closing it adds its sealed
//     ballots to them (internal/voting).
//
// Nothing happens when the table is not there, so every start may run it.
func (db *DB) upgradeTallies(ctx context.Context) error {
	exists := `SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'tallies'`
	if db.Dialect == dialect.Postgres {
		exists = `SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'tallies'`
	}
	var n int
	if err := db.Writer.QueryRowContext(ctx, exists).Scan(&n); err != nil || n == 0 {
		return err
	}
	tx, err := db.Writer.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()
	rows, err := tx.QueryContext(ctx, `SELECT t.poll_tallies, t.poll_option_tallies, t.rank, SUM(t.count)
		FROM tallies t JOIN polls p ON p.id = t.poll_tallies
		WHERE p.status = 'OPEN' OR (SELECT COUNT(*) FROM participations pa WHERE pa.poll_participations = p.id) >= p.min_group_size
		GROUP BY t.poll_tallies, t.poll_option_tallies, t.rank`)
	if err != nil {
		return fmt.Errorf("reading the old counters: %w", err)
	}
	type count struct {
		poll, option string
		rank, n      int
	}
	var counts []count
	for rows.Next() {
		var c count
		if err := rows.Scan(&c.poll, &c.option, &c.rank, &c.n); err != nil {
			rows.Close()
			return err
		}
		counts = append(counts, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	insert := `INSERT INTO result_counts (id, poll_id, option_id, rank, count) VALUES (?, ?, ?, ?, ?)`
	if db.Dialect == dialect.Postgres {
		insert = `INSERT INTO result_counts (id, poll_id, option_id, rank, count) VALUES ($1, $2, $3, $4, $5)`
	}
	for _, c := range counts {
		if _, err := tx.ExecContext(ctx, insert, schema.NewID("tly"), c.poll, c.option, c.rank, c.n); err != nil {
			return fmt.Errorf("writing the counts: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `DROP TABLE tallies`); err != nil {
		return err
	}
	return tx.Commit()
}

// upgradeCheckIns makes the SAFETY check-in the safety domain of the children's monitor: every
// check-in round with a poll that is not yet a monitor question becomes a monitor round (source
// CHECK_IN, its round number and creation time) holding one question, the safety domain asked of
// all ages, whose poll is the check-in's. The check-in's counts, participations and sealed ballots
// are not touched: the scorecards read the same poll through internal/disclosure. New check-ins
// are linked when they are made (internal/signals); this step adopts those made before, so every
// start may run it (a check-in already adopted is skipped, by the unique poll of a question).
func (db *DB) upgradeCheckIns(ctx context.Context) error {
	q := func(s string) string {
		if db.Dialect != dialect.Postgres {
			return s
		}
		var b []byte
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] == '?' {
				n++
				b = append(b, fmt.Sprintf("$%d", n)...)
				continue
			}
			b = append(b, s[i])
		}
		return string(b)
	}
	rows, err := db.Writer.QueryContext(ctx, `SELECT c.id, c.location_id, c.round, c.created_at, c.poll_id FROM check_ins c
		WHERE c.poll_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM monitor_questions q WHERE q.poll_id = c.poll_id)`)
	if err != nil {
		return fmt.Errorf("reading the check-ins: %w", err)
	}
	type checkIn struct {
		id, location, poll string
		round              int
		created            time.Time
	}
	var todo []checkIn
	for rows.Next() {
		var c checkIn
		if err := rows.Scan(&c.id, &c.location, &c.round, &c.created, &c.poll); err != nil {
			rows.Close()
			return err
		}
		todo = append(todo, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(todo) == 0 {
		return err
	}
	tx, err := db.Writer.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()
	for _, c := range todo {
		var roundID string
		err := tx.QueryRowContext(ctx, q(`SELECT id FROM monitor_rounds WHERE location_id = ? AND source = 'CHECK_IN' AND round = ?`),
			c.location, c.round).Scan(&roundID)
		if errors.Is(err, sql.ErrNoRows) {
			roundID = schema.NewID("mnr")
			_, err = tx.ExecContext(ctx, q(`INSERT INTO monitor_rounds (id, location_id, round, source, framework_version, opened_at)
				VALUES (?, ?, ?, 'CHECK_IN', 1, ?)`), roundID, c.location, c.round, c.created)
		}
		if err != nil {
			return fmt.Errorf("adopting a check-in: %w", err)
		}
		if _, err := tx.ExecContext(ctx, q(`INSERT INTO monitor_questions (id, round_id, location_id, domain, age_version, poll_id)
			VALUES (?, ?, ?, 'SAFETY', 'ALL_AGES', ?)`), schema.NewID("mnq"), roundID, c.location, c.poll); err != nil {
			return fmt.Errorf("adopting a check-in: %w", err)
		}
	}
	return tx.Commit()
}
