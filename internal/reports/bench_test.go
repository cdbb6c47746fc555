package reports

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/reports/seed"
	"github.com/jeugdstem/jeugdstem/internal/signals"
	"github.com/jeugdstem/jeugdstem/policies"
)

// The report benchmarks run on the generated national dataset (internal/reports/seed): by default
// the full scale of the issue, 300 locations, 20,000 members, 2,000 polls, 1,000,000 votes and
// 200,000 posts. The SQLite database is generated once (a few minutes) into the user's cache
// directory, named after the generator's version and the scale, and reused by later runs; on
// PostgreSQL (when JEUGDSTEM_TEST_POSTGRES is set) it is generated once into a schema of that name.
// JEUGDSTEM_BENCH_SCALE=N benchmarks 1/N of the full scale instead.
//
// Each benchmark times the report (policy, period, every query, protection) and, in the same
// loop, the same aggregates as plain hand-written SQL, and reports both and their ratio:
// report-ms/op, sql-ms/op and x-sql. Periods: the quarter (13 weeks, the default period) and the
// year (all 52 weeks of data) before seed.End.

func benchScale(b *testing.B) seed.Scale {
	if v := os.Getenv("JEUGDSTEM_BENCH_SCALE"); v != "" && v != "full" {
		d, err := strconv.Atoi(v)
		if err != nil || d < 1 {
			b.Fatalf("JEUGDSTEM_BENCH_SCALE=%q: want full or a divisor", v)
		}
		return seed.Of(d)
	}
	return seed.Full
}

// benchDatabases opens the benchmark dataset on every backend there is, generating it if needed.
func benchDatabases(b *testing.B) map[string]*database.DB {
	scale := benchScale(b)
	name := "reports_bench_v" + seed.Version + "_" + fmt.Sprintf("%x", hash(scale.String()))
	out := map[string]*database.DB{}
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	dir := filepath.Join(cache, "jeugdstem")
	if err := os.MkdirAll(dir, 0o750); err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(dir, name+".db")
	if _, err := os.Stat(path); err != nil {
		// Generated under another name and renamed when complete, so an interrupted run leaves
		// nothing that a later run would take for the dataset.
		tmp := path + ".partial"
		for _, f := range []string{tmp, tmp + "-wal", tmp + "-shm"} {
			_ = os.Remove(f)
		}
		generate(b, "sqlite://"+tmp, scale).Close()
		if err := os.Rename(tmp, path); err != nil {
			b.Fatal(err)
		}
	}
	out["sqlite"] = open(b, "sqlite://"+path)
	if pg := os.Getenv("JEUGDSTEM_TEST_POSTGRES"); pg != "" {
		admin, err := sql.Open("pgx", pg)
		if err != nil {
			b.Fatal(err)
		}
		defer admin.Close()
		u, err := url.Parse(pg)
		if err != nil {
			b.Fatal(err)
		}
		q := u.Query()
		q.Set("search_path", name)
		u.RawQuery = q.Encode()
		var ready bool
		if err := admin.QueryRow(`SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'bench_ready')`, name).Scan(&ready); err != nil {
			b.Fatal(err)
		}
		if !ready {
			for _, stmt := range []string{"DROP SCHEMA IF EXISTS " + name + " CASCADE", "CREATE SCHEMA " + name} {
				if _, err := admin.Exec(stmt); err != nil {
					b.Fatal(err)
				}
			}
			db := generate(b, u.String(), scale)
			if _, err := db.Writer.Exec("CREATE TABLE bench_ready (at timestamptz)"); err != nil {
				b.Fatal(err)
			}
			db.Close()
		}
		out["postgres"] = open(b, u.String())
	}
	return out
}

func hash(s string) uint32 {
	h := uint32(2166136261)
	for i := range len(s) {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}

// generate fills the empty database at dsn with the dataset.
func generate(b *testing.B, dsn string, scale seed.Scale) *database.DB {
	ctx := context.Background()
	db, err := database.Open(ctx, dsn)
	if err != nil {
		b.Fatal(err)
	}
	if err := db.Migrate(ctx); err != nil {
		b.Fatal(err)
	}
	b.Logf("generating the %s dataset (%s) once; later runs reuse it", db.Dialect, scale)
	sum, err := seed.Generate(ctx, db, scale)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("generated %d participations, %d counters in %s", sum.Participations, sum.Tally, sum.Took.Round(time.Second))
	return db
}

// open opens the dataset (migrating it, which adds what newer schemas have).
func open(b *testing.B, dsn string) *database.DB {
	ctx := context.Background()
	db, err := database.Open(ctx, dsn)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	if err := db.Migrate(ctx); err != nil {
		b.Fatal(err)
	}
	return db
}

// largestLocation is the location with the most members: the most work for a location report.
func largestLocation(b *testing.B, db *database.DB) string {
	var id string
	err := db.Reader.QueryRow(`SELECT location_id FROM youth_members GROUP BY location_id ORDER BY COUNT(*) DESC, location_id LIMIT 1`).Scan(&id)
	if err != nil {
		b.Fatal(err)
	}
	return id
}

var benchPeriods = []struct {
	name  string
	weeks int
}{{"quarter", 13}, {"year", 52}}

func BenchmarkLocationReport(b *testing.B) {
	for backend, db := range benchDatabases(b) {
		s := New(db, Config{Now: func() time.Time { return seed.End }})
		loc := largestLocation(b, db)
		for _, per := range benchPeriods {
			b.Run(backend+"/"+per.name, func(b *testing.B) {
				ctx := policies.System(context.Background())
				from, to := seed.End.AddDate(0, 0, -7*per.weeks), seed.End
				p, _ := NewPeriod(&from, &to, seed.End)
				base := handWritten{db: db, dialect: db.Dialect, from: p.From, to: p.To, now: seed.End}
				r, err := s.LocationReport(ctx, loc, &from, &to, Options{})
				if err != nil {
					b.Fatal(err)
				}
				base.location(b, loc, r)
				measure(b, func() {
					if _, err := s.LocationReport(ctx, loc, &from, &to, Options{}); err != nil {
						b.Fatal(err)
					}
				}, func() { base.location(b, loc, nil) })
			})
		}
	}
}

func BenchmarkNationalReport(b *testing.B) {
	for backend, db := range benchDatabases(b) {
		s := New(db, Config{Now: func() time.Time { return seed.End }})
		for _, per := range benchPeriods {
			b.Run(backend+"/"+per.name, func(b *testing.B) {
				ctx := policies.System(context.Background())
				from, to := seed.End.AddDate(0, 0, -7*per.weeks), seed.End
				p, _ := NewPeriod(&from, &to, seed.End)
				base := handWritten{db: db, dialect: db.Dialect, from: p.From, to: p.To, now: seed.End}
				r, err := s.NationalReport(ctx, &from, &to, Options{})
				if err != nil {
					b.Fatal(err)
				}
				base.national(b, r)
				measure(b, func() {
					if _, err := s.NationalReport(ctx, &from, &to, Options{}); err != nil {
						b.Fatal(err)
					}
				}, func() { base.national(b, nil) })
			})
		}
	}
}

// measure runs the report and the hand-written SQL alternately b.N times and reports their mean
// times and ratio.
func measure(b *testing.B, report, handWritten func()) {
	var tr, ts time.Duration
	b.ResetTimer()
	for range b.N {
		t0 := time.Now()
		report()
		t1 := time.Now()
		handWritten()
		tr, ts = tr+t1.Sub(t0), ts+time.Since(t1)
	}
	b.StopTimer()
	rms, sms := float64(tr.Microseconds())/1000/float64(b.N), float64(ts.Microseconds())/1000/float64(b.N)
	b.ReportMetric(rms, "report-ms/op")
	b.ReportMetric(sms, "sql-ms/op")
	b.ReportMetric(rms/sms, "x-sql")
}

// handWritten computes the aggregates of the reports with plain SQL, as one would by hand: one
// statement per figure group, no protection, no period widening, results into plain values. It
// compares times against the stored text directly, which is right for the generated data (every
// time written in UTC); the reports themselves do not assume that.
type handWritten struct {
	db       *database.DB
	dialect  string
	from, to time.Time
	now      time.Time
}

func (h handWritten) q(b *testing.B, query string, args ...any) int {
	b.Helper()
	if h.dialect == dialect.Postgres {
		query = dialectSQL{dialect.Postgres}.rebind(query)
	}
	rows, err := h.db.Reader.Query(query, args...)
	if err != nil {
		b.Fatalf("%v\n%s", err, query)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	n := 0
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			b.Fatal(err)
		}
		n++
	}
	if err := rows.Err(); err != nil {
		b.Fatal(err)
	}
	return n
}

func (h handWritten) scalar(b *testing.B, query string, args ...any) int {
	b.Helper()
	if h.dialect == dialect.Postgres {
		query = dialectSQL{dialect.Postgres}.rebind(query)
	}
	var n int
	if err := h.db.Reader.QueryRow(query, args...).Scan(&n); err != nil {
		b.Fatalf("%v\n%s", err, query)
	}
	return n
}

func (h handWritten) hours(from, to string) string {
	if h.dialect == dialect.Postgres {
		return "EXTRACT(EPOCH FROM " + to + " - " + from + ") / 3600.0"
	}
	return "(unixepoch(" + to + ") - unixepoch(" + from + ")) / 3600.0"
}

func (h handWritten) epoch(col string) string {
	if h.dialect == dialect.Postgres {
		return "EXTRACT(EPOCH FROM " + col + ")"
	}
	return "unixepoch(" + col + ")"
}

func (h handWritten) median() string { return dialectSQL{h.dialect}.median("h") }

// where narrows to one location ("") or none.
func where(col, loc string) (string, []any) {
	if loc == "" {
		return "", nil
	}
	return " AND " + col + " = ?", []any{loc}
}

// figures runs the statements of a report for one location or for all ("").
func (h handWritten) figures(b *testing.B, loc string) (voters, posts int) {
	fin := "p.status IN ('CLOSED', 'PUBLISHED') AND p.closed_at >= ? AND p.closed_at < ?"
	w, wa := where("location_id", loc)
	h.q(b, "SELECT id, name, kind, municipality, children_housed FROM locations WHERE 1 = 1"+strings.Replace(w, "location_id", "id", 1), wa...)
	h.q(b, "SELECT location_id, COUNT(*) FROM youth_members WHERE status = 'ACTIVE'"+w+" GROUP BY location_id", wa...)
	h.q(b, "SELECT location_id, COUNT(*) FROM safeguarding_cases WHERE status <> 'CLOSED'"+w+" GROUP BY location_id", wa...)
	pw, pwa := where("p.location_id", loc)
	mw, mwa := where("m.location_id", loc)
	local := "p.location_id IS NOT NULL"
	if loc != "" {
		local = "p.location_id = ?"
	}
	vq := `SELECT loc, COUNT(*) FROM (
  SELECT p.location_id AS loc, pa.youth_member_participations AS member FROM polls p
    JOIN participations pa ON pa.poll_participations = p.id WHERE ` + local + ` AND ` + fin + `
  UNION
  SELECT m.location_id, m.id FROM youth_members m WHERE EXISTS (SELECT 1 FROM participations pa
    JOIN polls p ON p.id = pa.poll_participations
    WHERE pa.youth_member_participations = m.id AND p.location_id IS NULL AND ` + fin + `)` + mw + `
) v GROUP BY loc`
	var vargs []any
	if loc != "" {
		vargs = append(vargs, loc)
	}
	vargs = append(append(vargs, h.from, h.to, h.from, h.to), mwa...)
	voters = h.q(b, vq, vargs...)
	h.q(b, `SELECT p.id, p.location_id, p.kind, p.theme, p.status, p.question, p.closed_at FROM polls p WHERE `+fin+pw, append([]any{h.from, h.to}, pwa...)...)
	h.q(b, `SELECT o.poll_options, o.id, o.position, o.label, SUM(t.count) FROM polls p
  JOIN poll_options o ON o.poll_options = p.id JOIN result_counts t ON t.option_id = o.id AND t.rank <= 1
 WHERE `+fin+pw+` GROUP BY o.poll_options, o.id, o.position, o.label`, append([]any{h.from, h.to}, pwa...)...)
	h.q(b, `SELECT pa.poll_participations, COUNT(*) FROM polls p JOIN participations pa ON pa.poll_participations = p.id
 WHERE p.kind = 'MULTIPLE_CHOICE' AND `+fin+pw+` GROUP BY pa.poll_participations`, append([]any{h.from, h.to}, pwa...)...)
	tw, twa := where("t.location_id", loc)
	deadline := int64(signals.DefaultAnswerDeadline.Seconds())
	h.q(b, `SELECT t.location_id, t.theme, t.status, COUNT(*),
  SUM(CASE WHEN t.visible_at IS NOT NULL AND t.status <> 'CLOSED' AND (t.answered_at IS NULL AND `+h.epoch("t.created_at")+` <= ?
    OR `+h.epoch("t.answered_at")+` - `+h.epoch("t.created_at")+` > ?) THEN 1 ELSE 0 END)
 FROM feedback_threads t WHERE t.created_at >= ? AND t.created_at < ?`+tw+` GROUP BY t.location_id, t.theme, t.status`,
		append([]any{h.now.Unix() - deadline, deadline, h.from, h.to}, twa...)...)
	posts = h.q(b, `SELECT t.location_id, t.theme, COUNT(*) FROM feedback_posts fp JOIN feedback_threads t ON t.id = fp.feedback_thread_posts
 WHERE fp.created_at >= ? AND fp.created_at < ?`+tw+` GROUP BY t.location_id, t.theme`, append([]any{h.from, h.to}, twa...)...)
	// Medians: per theme and overall, and for the national report per location and per kind; one
	// statement per measure, its rows read once.
	levels := []string{"theme", "'*'"}
	if loc == "" {
		levels = append(levels, "loc", "kind")
	}
	for _, m := range []string{
		`SELECT t.location_id AS loc, l.kind AS kind, t.theme AS theme, ` + h.hours("fp.created_at", "fp.moderated_at") + ` AS h
   FROM feedback_posts fp JOIN feedback_threads t ON t.id = fp.feedback_thread_posts JOIN locations l ON l.id = t.location_id
  WHERE fp.moderated_at IS NOT NULL AND fp.created_at >= ? AND fp.created_at < ?` + tw,
		`SELECT t.location_id AS loc, l.kind AS kind, t.theme AS theme, ` + h.hours("t.created_at", "t.answered_at") + ` AS h
   FROM feedback_threads t JOIN locations l ON l.id = t.location_id
  WHERE t.answered_at IS NOT NULL AND t.created_at >= ? AND t.created_at < ?` + tw,
	} {
		var arms []string
		for _, g := range levels {
			arm := "SELECT " + g + ", COUNT(*), " + h.median() + " FROM d"
			if g != "'*'" {
				arm += " GROUP BY " + g
			}
			arms = append(arms, arm)
		}
		h.q(b, "WITH d AS MATERIALIZED ("+m+")\n"+strings.Join(arms, "\nUNION ALL "), append([]any{h.from, h.to}, twa...)...)
	}
	return voters, posts
}

// location runs the hand-written location report; given the service's report, it checks that the
// shown figures agree.
func (h handWritten) location(b *testing.B, loc string, r *LocationReport) {
	h.figures(b, loc)
	if r == nil {
		return
	}
	fin := "p.status IN ('CLOSED', 'PUBLISHED') AND p.closed_at >= ? AND p.closed_at < ?"
	if v := r.Participation.Voters; v != nil {
		want := h.scalar(b, `SELECT COUNT(*) FROM (SELECT pa.youth_member_participations FROM polls p JOIN participations pa ON pa.poll_participations = p.id
 WHERE p.location_id = ? AND `+fin+` UNION SELECT m.id FROM youth_members m JOIN participations pa ON pa.youth_member_participations = m.id
 JOIN polls p ON p.id = pa.poll_participations WHERE m.location_id = ? AND p.location_id IS NULL AND `+fin+`) v`, loc, h.from, h.to, loc, h.from, h.to)
		if *v != want {
			b.Fatalf("voters: report %d, SQL %d", *v, want)
		}
	}
	if n := r.Participation.Posts; n != nil {
		want := h.scalar(b, `SELECT COUNT(*) FROM feedback_posts fp JOIN feedback_threads t ON t.id = fp.feedback_thread_posts
 WHERE t.location_id = ? AND fp.created_at >= ? AND fp.created_at < ?`, loc, h.from, h.to)
		if *n != want {
			b.Fatalf("posts: report %d, SQL %d", *n, want)
		}
	}
}

// national runs the hand-written national report; given the service's report, it checks totals.
func (h handWritten) national(b *testing.B, r *NationalReport) {
	h.figures(b, "")
	if r == nil {
		return
	}
	if n := r.Total.Participation.Posts; n != nil {
		want := h.scalar(b, `SELECT COUNT(*) FROM feedback_posts fp WHERE fp.created_at >= ? AND fp.created_at < ?`, h.from, h.to)
		if *n != want {
			b.Fatalf("posts: report %d, SQL %d", *n, want)
		}
	}
}
