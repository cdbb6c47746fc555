package reports

import (
	"context"
	"database/sql"
	"fmt"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/reports/seed"
	"github.com/jeugdstem/jeugdstem/policies"
)

// BenchmarkNationalMonitor times nationalMonitor on the generated dataset (internal/reports/seed:
// every location's quarterly monitor rounds, 20 polls each, and children's moves) for the quarter
// and the year before seed.End, beside the same figures in hand-written SQL (handMonitor) in the
// same loop: report-ms/op, sql-ms/op, x-sql, as BenchmarkNationalReport. The goal is under 1 s for
// the year on SQLite, and no slower than the SQL.
func BenchmarkNationalMonitor(b *testing.B) {
	for backend, db := range benchDatabases(b) {
		s := New(db, Config{Now: func() time.Time { return seed.End }})
		for _, per := range benchPeriods {
			b.Run(backend+"/"+per.name, func(b *testing.B) {
				ctx := policies.System(context.Background())
				from, to := seed.End.AddDate(0, 0, -7*per.weeks), seed.End
				p, _ := NewPeriod(&from, &to, seed.End)
				h := handMonitor{db: db.Reader, dialect: db.Dialect, from: p.From, to: p.To, k: s.cfg.MinGroupSize}
				nm, err := s.NationalMonitor(ctx, &from, &to)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := h.compare(h.run(b), nm); err != nil {
					b.Fatal(err)
				}
				measure(b, func() {
					if _, err := s.NationalMonitor(ctx, &from, &to); err != nil {
						b.Fatal(err)
					}
				}, func() { h.run(b) })
			})
		}
	}
}

// handMonitor computes the national monitor's figures with plain SQL, as one would by hand: one
// statement for every location's latest and previous round per domain (each poll's answers, its
// answers' value, whether any count is below k), the pooling of the latest rounds in Go, and the
// stability's two statements. No protection: compare checks the report's shown figures against it.
type handMonitor struct {
	db       *sql.DB
	dialect  string
	from, to time.Time
	k        int
}

// handLine is a domain's latest round at a location, and the round before it.
type handLine struct {
	kind           string
	answers        int
	sum, n         float64 // the value and number of answers of the polls with no count below k
	prevSum, prevN float64
	hasPrev        bool
}

type handResult struct {
	lines    map[[2]string]*handLine // location, domain
	national map[string]*handPool    // domain
	kinds    map[[2]string]*handPool // kind, domain
}

type handPool struct {
	sum, n    float64
	locations int
}

func (h handMonitor) run(b testing.TB) *handResult {
	b.Helper()
	greatest := "MAX"
	if h.dialect == dialect.Postgres {
		greatest = "GREATEST"
	}
	q := `WITH pp AS (
  SELECT q.location_id AS loc, l.kind AS kind, q.round_id AS rid, q.domain AS domain, p.id AS pid, p.closed_at AS closed,
         COALESCE(SUM(t.count), 0) AS n,
         COALESCE(SUM(t.count * CASE WHEN p.kind = 'YES_NO' THEN (1 - o.position) * 100 ELSE o.position * 25 END), 0) AS v,
         SUM(CASE WHEN t.count BETWEEN 1 AND ` + greatest + `(?, p.min_group_size) - 1 THEN 1 ELSE 0 END) AS small
    FROM monitor_questions q JOIN polls p ON p.id = q.poll_id JOIN locations l ON l.id = q.location_id
    JOIN poll_options o ON o.poll_options = p.id
    LEFT JOIN result_counts t ON t.poll_id = p.id AND t.option_id = o.id AND t.rank <= 1
   WHERE p.status IN ('CLOSED', 'PUBLISHED') AND p.closed_at >= ? AND p.closed_at < ?
   GROUP BY q.location_id, l.kind, q.round_id, q.domain, p.id, p.closed_at, p.min_group_size
), rd AS (
  SELECT loc, kind, rid, domain, MAX(closed) AS closed,
         SUM(CASE WHEN n > 0 THEN n ELSE (SELECT COUNT(*) FROM participations pa WHERE pa.poll_participations = pid) END) AS answers,
         SUM(CASE WHEN small = 0 THEN v ELSE 0 END) AS sv, SUM(CASE WHEN small = 0 THEN n ELSE 0 END) AS sn
    FROM pp GROUP BY loc, kind, rid, domain
), ranked AS (
  SELECT rd.*, ROW_NUMBER() OVER (PARTITION BY loc, domain ORDER BY closed DESC) AS rn FROM rd
)
SELECT a.loc, a.kind, a.domain, a.answers, a.sv, a.sn, b.sv, b.sn
  FROM ranked a LEFT JOIN ranked b ON b.loc = a.loc AND b.domain = a.domain AND b.rn = 2
 WHERE a.rn = 1 AND a.closed >= ?`
	if h.dialect == dialect.Postgres {
		q = dialectSQL{dialect.Postgres}.rebind(q)
	}
	rows, err := h.db.Query(q, h.k, h.from.Add(-history), h.to, h.from)
	if err != nil {
		b.Fatalf("%v\n%s", err, q)
	}
	defer rows.Close()
	res := &handResult{lines: map[[2]string]*handLine{}, national: map[string]*handPool{}, kinds: map[[2]string]*handPool{}}
	for rows.Next() {
		var loc, domain string
		var l handLine
		var ps, pn sql.NullFloat64
		if err := rows.Scan(&loc, &l.kind, &domain, &l.answers, &l.sum, &l.n, &ps, &pn); err != nil {
			b.Fatal(err)
		}
		l.prevSum, l.prevN, l.hasPrev = ps.Float64, pn.Float64, pn.Valid
		res.lines[[2]string{loc, domain}] = &l
		for _, p := range []*handPool{res.pool(res.national, domain), res.poolKind(l.kind, domain)} {
			p.sum += l.sum
			p.n += l.n
			if l.n > 0 {
				p.locations++
			}
		}
	}
	if err := rows.Err(); err != nil {
		b.Fatal(err)
	}
	// The stability figures: children by their moves in the 12 months, and the moves by notice.
	wf, wt := h.to.AddDate(0, -stabilityMonths, 0), h.to
	for _, sq := range []string{
		`SELECT ym.location_id, COALESCE(m.n, 0), COUNT(*) FROM youth_members ym LEFT JOIN (SELECT t.member_id AS member, COUNT(*) AS n
  FROM member_transfers t WHERE t.moved_at >= ? AND t.moved_at < ? GROUP BY t.member_id) m ON m.member = ym.id
 WHERE ym.status = 'ACTIVE' GROUP BY ym.location_id, COALESCE(m.n, 0)`,
		`SELECT t.to_location_id, t.moved_at, t.notice_given_on FROM member_transfers t WHERE t.moved_at >= ? AND t.moved_at < ?`,
	} {
		if h.dialect == dialect.Postgres {
			sq = dialectSQL{dialect.Postgres}.rebind(sq)
		}
		rows, err := h.db.Query(sq, wf, wt)
		if err != nil {
			b.Fatal(err)
		}
		var a, c, d any
		for rows.Next() {
			if err := rows.Scan(&a, &c, &d); err != nil {
				b.Fatal(err)
			}
		}
		rows.Close()
	}
	return res
}

func (r *handResult) pool(m map[string]*handPool, key string) *handPool {
	if m[key] == nil {
		m[key] = &handPool{}
	}
	return m[key]
}

func (r *handResult) poolKind(kind, domain string) *handPool {
	key := [2]string{kind, domain}
	if r.kinds[key] == nil {
		r.kinds[key] = &handPool{}
	}
	return r.kinds[key]
}

// mean is a pooled or single score as the report rounds it; nil without answers.
func mean(sum, n float64) *float64 {
	if n == 0 {
		return nil
	}
	return round1(sum / n)
}

// HandMonitorAgrees runs the hand-written SQL over db for the period of nm and checks nm's shown
// figures against it (for the external test on a small generated dataset); it returns how many
// figures it compared.
func HandMonitorAgrees(t testing.TB, db *database.DB, k int, nm *NationalMonitor) (int, error) {
	h := handMonitor{db: db.Reader, dialect: db.Dialect, from: nm.Period.From, to: nm.Period.To, k: k}
	return h.compare(h.run(t), nm)
}

// compare checks every figure nm shows against the SQL's: each location's latest answers, score and
// trend per domain, and the pooled scores and their locations over the country and per kind.
func (h handMonitor) compare(res *handResult, nm *NationalMonitor) (int, error) {
	compared, lines := 0, 0
	same := func(a, b *float64) bool { return a == nil && b == nil || a != nil && b != nil && *a == *b }
	show := func(f *float64) string {
		if f == nil {
			return "null"
		}
		return fmt.Sprint(*f)
	}
	for _, l := range nm.Locations {
		for _, d := range l.Domains {
			lines++
			hl := res.lines[[2]string{l.LocationID, d.Domain}]
			if hl == nil {
				return compared, fmt.Errorf("%s %s: in the report, not in the SQL", l.LocationName, d.Domain)
			}
			if d.Answers != nil {
				compared++
				if *d.Answers != hl.answers {
					return compared, fmt.Errorf("%s %s: answers %d, SQL %d", l.LocationName, d.Domain, *d.Answers, hl.answers)
				}
			}
			score, prev := mean(hl.sum, hl.n), mean(hl.prevSum, hl.prevN)
			if !same(d.Score, score) {
				return compared, fmt.Errorf("%s %s: score %s, SQL %s", l.LocationName, d.Domain, show(d.Score), show(score))
			}
			var trend *float64
			if score != nil && prev != nil && hl.hasPrev {
				trend = round1(*score - *prev)
			}
			if !same(d.Trend, trend) {
				return compared, fmt.Errorf("%s %s: trend %s, SQL %s", l.LocationName, d.Domain, show(d.Trend), show(trend))
			}
			compared += 2
		}
	}
	if lines != len(res.lines) {
		return compared, fmt.Errorf("the report has %d location domains, the SQL %d", lines, len(res.lines))
	}
	for _, d := range nm.Domains {
		p := res.pool(res.national, d.Domain)
		if !same(d.Score, mean(p.sum, p.n)) || d.Locations != p.locations {
			return compared, fmt.Errorf("national %s: %s over %d, SQL %s over %d", d.Domain, show(d.Score), d.Locations,
				show(mean(p.sum, p.n)), p.locations)
		}
		for _, kd := range d.Kinds {
			p := res.poolKind(string(kd.Kind), d.Domain)
			if !same(kd.Score, mean(p.sum, p.n)) || kd.Locations != p.locations {
				return compared, fmt.Errorf("%s %s: %s over %d, SQL %s over %d", kd.Kind, d.Domain, show(kd.Score), kd.Locations,
					show(mean(p.sum, p.n)), p.locations)
			}
		}
		compared += 1 + len(d.Kinds)
	}
	return compared, nil
}
