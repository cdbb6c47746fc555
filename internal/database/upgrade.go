package database

import (
	"context"
	"fmt"

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
