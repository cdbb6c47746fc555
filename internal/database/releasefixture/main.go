// Command releasefixture wrote the database fixtures of the last release before versioned
// migrations (internal/database/testdata/release-2026-11.*.sql): what that release's start-up
// auto-migration (ent's Schema.Create, additive) made, filled with the demo and one row more in
// every table the demo leaves empty. The upgrade tests load them and migrate them to today.
//
//	go run ./internal/database/releasefixture -dialect sqlite   > internal/database/testdata/release-2026-11.sqlite.sql
//	go run ./internal/database/releasefixture -dialect postgres > internal/database/testdata/release-2026-11.postgres.sql
//
// It needs the sqlite3 and pg_dump programs, and for PostgreSQL the server of
// JEUGDSTEM_TEST_POSTGRES (default postgres://postgres@127.0.0.1:5432/test?sslmode=disable).
// The fixtures are a record of that release: running this later would capture the schema of
// later code, so capture a new release under a new name instead of overwriting them.
package main

import (
	"context"
	"crypto/rand"
	"flag"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql/schema"

	"github.com/jeugdstem/jeugdstem/internal/auth"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/demo"
	"github.com/jeugdstem/jeugdstem/internal/keyring"
	"github.com/jeugdstem/jeugdstem/internal/voting"
)

// SchemaPlaceholder stands for the PostgreSQL schema in the postgres fixture; a test replaces
// it with a schema of its own.
const SchemaPlaceholder = "release_fixture_schema"

func main() {
	dia := flag.String("dialect", "sqlite", "sqlite or postgres")
	flag.Parse()
	if err := run(context.Background(), *dia); err != nil {
		fmt.Fprintln(os.Stderr, "releasefixture:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, dia string) error {
	var dsn, file string
	switch dia {
	case "sqlite":
		dir, err := os.MkdirTemp("", "releasefixture")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		file = filepath.Join(dir, "release.db")
		dsn = "sqlite://" + file
	case "postgres":
		pg := os.Getenv("JEUGDSTEM_TEST_POSTGRES")
		if pg == "" {
			pg = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
		}
		admin, err := database.Open(ctx, pg)
		if err != nil {
			return err
		}
		defer admin.Close()
		if _, err := admin.Writer.ExecContext(ctx, `DROP SCHEMA IF EXISTS `+SchemaPlaceholder+` CASCADE`); err != nil {
			return err
		}
		if _, err := admin.Writer.ExecContext(ctx, `CREATE SCHEMA `+SchemaPlaceholder); err != nil {
			return err
		}
		defer admin.Writer.ExecContext(context.WithoutCancel(ctx), `DROP SCHEMA `+SchemaPlaceholder+` CASCADE`)
		u, err := url.Parse(pg)
		if err != nil {
			return err
		}
		q := u.Query()
		q.Set("search_path", SchemaPlaceholder)
		u.RawQuery = q.Encode()
		dsn = u.String()
	default:
		return fmt.Errorf("-dialect sqlite or postgres")
	}
	db, err := database.Open(ctx, dsn)
	if err != nil {
		return err
	}
	// The release's start-up migration, exactly as it ran then.
	if err := db.Client.Schema.Create(ctx, schema.WithDropIndex(false), schema.WithDropColumn(false)); err != nil {
		return err
	}
	key := make([]byte, 32)
	_, _ = rand.Read(key)
	ring := keyring.MustNew([][]byte{key})
	if _, err := demo.Seed(ctx, db.Client, voting.New(db.Client, db.Dialect, voting.NewSealedBox(ring)), auth.NewPINs(ring)); err != nil {
		return err
	}
	if err := fillEmpty(ctx, db); err != nil {
		return err
	}
	db.Close()
	var out []byte
	if dia == "sqlite" {
		out, err = exec.Command("sqlite3", file, ".dump").Output()
	} else {
		u, _ := url.Parse(dsn)
		q := u.Query()
		q.Del("search_path")
		u.RawQuery = q.Encode()
		out, err = exec.Command("pg_dump", "--schema="+SchemaPlaceholder, "--no-owner", "--no-privileges",
			"--no-comments", "--inserts", "--dbname="+u.String()).Output()
		// Lines that name the dump tool's version or the server's would change with them.
		out = regexp.MustCompile(`(?m)^-- Dumped (from|by) .*\n`).ReplaceAll(out, nil)
		// psql's meta-commands (\restrict) and the session settings are not SQL a test can run
		// on a pooled connection: the test's connection has its own search_path.
		out = regexp.MustCompile(`(?m)^(\\.*|SET .*|SELECT pg_catalog.set_config.*)\n`).ReplaceAll(out, nil)
		// The schema itself is the test's to create.
		out = regexp.MustCompile(`(?m)^CREATE SCHEMA `+SchemaPlaceholder+`;\n`).ReplaceAll(out, nil)
	}
	if err != nil {
		return fmt.Errorf("dumping: %w", err)
	}
	_, err = os.Stdout.Write(out)
	return err
}

// emptyRows are the rows of the tables the demo leaves empty, so that the fixture has a row in
// every table. {{id:T}} is replaced by the id of the first row of table T, {{bytes:HEX}} by a
// blob literal of the dialect.
var emptyRows = []string{
	`INSERT INTO audio_clips (id, created_at, updated_at, lang, content_type, size, data, announcement_id) VALUES ('aud_fixture', '2026-11-02 10:00:00', '2026-11-02 10:00:00', 'nl', 'audio/webm', 4, {{bytes:1a45dfa3}}, '{{id:announcements}}')`,
	`INSERT INTO check_in_schedules (id, interval_days, enabled, next_due_at, round, location_id) VALUES ('cis_fixture', 14, true, '2026-11-16 09:00:00', 3, '{{id:locations}}')`,
	`INSERT INTO check_ins (id, round, created_at, evaluated_at, location_id, poll_id) VALUES ('chk_fixture', 3, '2026-11-02 09:00:00', NULL, '{{id:locations}}', '{{id:polls}}')`,
	`INSERT INTO job_runs (id, started_at, finished_at, summary) VALUES ('retention', '2026-11-02 03:00:00', '2026-11-02 03:00:01', 'removed 0 posts')`,
	`INSERT INTO outbox_messages (id, topic, recipient, subject, body, created_at, attempts, next_attempt_at, last_error) VALUES ('out_fixture', 'signal', 'manager@example.org', 'Signaal', 'Er is een signaal.', '2026-11-02 10:00:00', 1, '2026-11-02 10:05:00', 'connection refused')`,
	`INSERT INTO rate_limits (id, window_start, count) VALUES ('signin:127.0.0.1', '2026-11-02 10:00:00', 2)`,
	`INSERT INTO safeguarding_cases (id, created_at, updated_at, status, post_body, post_language, thread_title, opened_at, notes, revision, feedback_post_safeguarding_case, location_id, safeguarding_case_opened_by) VALUES ('sgc_fixture', '2026-11-02 10:00:00', '2026-11-02 10:00:00', 'OPEN', 'Ik voel me niet veilig.', 'nl', 'Veiligheid', '2026-11-02 10:00:00', '[]', 1, '{{id:feedback_posts}}', '{{id:locations}}', '{{id:staff_users}}')`,
	`INSERT INTO sealed_ballots (id, sealed, poll_id) VALUES ('blt_fixture', {{bytes:00010203}}, '{{id:polls}}')`,
	`INSERT INTO sessions (id, kind, created_at, last_seen_at, expires_at, staff_user_id) VALUES ('fixture-session-id', 'STAFF', '2026-11-02 10:00:00', '2026-11-02 10:30:00', '2026-11-02 22:00:00', '{{id:staff_users}}')`,
	`INSERT INTO signals (id, created_at, updated_at, kind, occurrence, detail, location_id) VALUES ('sig_fixture', '2026-11-02 10:00:00', '2026-11-02 10:00:00', 'SAFETY_SCORE_LOW', '2026-W45', 'score 2.5', '{{id:locations}}')`,
}

func fillEmpty(ctx context.Context, db *database.DB) error {
	tables, err := tableNames(ctx, db)
	if err != nil {
		return err
	}
	var empty []string
	for _, t := range tables {
		var n int
		if err := db.Writer.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+t).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			empty = append(empty, t)
		}
	}
	fmt.Fprintln(os.Stderr, "empty after the demo:", empty)
	for _, ins := range emptyRows {
		ins = regexp.MustCompile(`\{\{bytes:(\w+)\}\}`).ReplaceAllStringFunc(ins, func(m string) string {
			h := strings.TrimSuffix(strings.TrimPrefix(m, "{{bytes:"), "}}")
			if db.Dialect == dialect.Postgres {
				return "decode('" + h + "', 'hex')"
			}
			return "X'" + h + "'"
		})
		ins = regexp.MustCompile(`\{\{id:(\w+)\}\}`).ReplaceAllStringFunc(ins, func(m string) string {
			var id string
			t := strings.TrimSuffix(strings.TrimPrefix(m, "{{id:"), "}}")
			if err2 := db.Writer.QueryRowContext(ctx, `SELECT id FROM `+t+` ORDER BY id LIMIT 1`).Scan(&id); err2 != nil {
				err = err2
			}
			return id
		})
		if err != nil {
			return err
		}
		if _, err := db.Writer.ExecContext(ctx, ins); err != nil {
			return fmt.Errorf("%s: %w", ins, err)
		}
	}
	for _, t := range tables {
		var n int
		if err := db.Writer.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+t).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return fmt.Errorf("table %s is still empty: add a row to emptyRows", t)
		}
	}
	return nil
}

func tableNames(ctx context.Context, db *database.DB) ([]string, error) {
	q := `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`
	if db.Dialect == dialect.Postgres {
		q = `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name`
	}
	rows, err := db.Writer.QueryContext(ctx, q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}
