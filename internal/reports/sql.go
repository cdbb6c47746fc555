package reports

import (
	"strconv"
	"strings"
	"time"

	"entgo.io/ent/dialect"
)

// dialectSQL writes the few pieces of SQL that differ between SQLite and PostgreSQL. Everything
// else in the report queries is portable SQL (window functions, UNION, EXISTS).
type dialectSQL struct{ name string }

// rebind turns the "?" placeholders of a query into PostgreSQL's $1, $2, … The report queries
// contain no "?" inside string literals.
func (d dialectSQL) rebind(q string) string {
	if d.name != dialect.Postgres {
		return q
	}
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// sqliteLegacyOffset is the UTC offset in seconds of a time stored as text in the SQLite driver's
// old default format, Go's time.String() ("2025-03-01 10:04:05.6 +0100 CET", possibly followed by
// a monotonic clock reading "m=+0.01"), which rows written before the database asked for SQLite's
// own format still hold: the first "+" or "-" after the seconds is the offset's sign, as "±hhmm".
// {c} is the column.
const sqliteLegacyOffset = `(CASE WHEN {pos} = 0 THEN 0 ELSE
 (CASE WHEN substr({s}, {pos}, 1) = '-' THEN -1 ELSE 1 END) * (CAST(substr({s}, {pos} + 1, 2) AS INTEGER) * 3600 +
  CAST(substr({s}, {pos} + (CASE WHEN substr({s}, {pos} + 3, 1) = ':' THEN 4 ELSE 3 END), 2) AS INTEGER) * 60) END)`

// epoch is the SQL for a time column as seconds since 1970 (UTC). SQLite stores times as text in
// its own format ("2025-03-01 10:04:05.6+01:00"), which unixepoch reads; a row in the older Go
// format makes unixepoch NULL, and is then read piece by piece.
func (d dialectSQL) epoch(col string) string {
	if d.name == dialect.Postgres {
		return "EXTRACT(EPOCH FROM " + col + ")"
	}
	s := "substr(" + col + ", 20)"
	pos := "(CASE WHEN instr(" + s + ", '-') > 0 AND (instr(" + s + ", '+') = 0 OR instr(" + s + ", '-') < instr(" + s + ", '+')) " +
		"THEN instr(" + s + ", '-') ELSE instr(" + s + ", '+') END)"
	legacy := strings.NewReplacer("{pos}", pos, "{s}", s, "{c}", col).Replace(sqliteLegacyOffset)
	return "COALESCE(unixepoch(" + col + "), unixepoch(substr(" + col + ", 1, 19)) - " + legacy + ")"
}

// median is the SQL aggregate for the median of h: PostgreSQL's percentile_cont, and on SQLite,
// which has none, jeugdstem_median (sqlite_median.go). Both ignore NULLs and average the two
// middle values of an even count.
func (d dialectSQL) median(h string) string {
	if d.name == dialect.Postgres {
		return "percentile_cont(0.5) WITHIN GROUP (ORDER BY " + h + ")"
	}
	return "jeugdstem_median(" + h + ")"
}

// hours is the SQL for the hours from one time column to another.
func (d dialectSQL) hours(from, to string) string {
	return "((" + d.epoch(to) + " - " + d.epoch(from) + ") / 3600.0)"
}

// inPeriod is a condition "col lies in [from, to)" and its arguments. On PostgreSQL the column is
// a timestamp and compares directly. On SQLite it is text starting with the local date; the
// condition narrows by that text first (which an index serves, and which is right whatever the
// offset within a margin of two days), and parses the time only for rows near the two ends.
//
// The text comparisons the index does not serve are written "+col": a time column's declared type
// gives it numeric affinity, so "col >= ?" first tries to read both texts as numbers, and for a
// text read from a page (not ending in a zero byte) SQLite copies it to do so, through the pure-Go
// SQLite's one allocator lock: a sixth of a year's national report went to those copies, and more
// to waiting for the lock. "+col" has no affinity, so the texts compare as they are, which is
// what the numeric attempt ends in anyway (a date is not a number).
func (d dialectSQL) inPeriod(col string, from, to time.Time) (string, []any) {
	if d.name == dialect.Postgres {
		return "(" + col + " >= ? AND " + col + " < ?)", []any{from, to}
	}
	day := func(t time.Time, days int) string { return t.UTC().AddDate(0, 0, days).Format(time.DateOnly) }
	e := d.epoch(col)
	cond := "(" + col + " >= ? AND " + col + " < ? AND (+" + col + " >= ? AND +" + col + " < ? OR " +
		e + " >= ? AND " + e + " < ?))"
	return cond, []any{day(from, -2), day(to, 2), day(from, 2), day(to, -2), from.Unix(), to.Unix()}
}

// medianOf is the median of sorted (not empty) as the database's own median computes it: on
// PostgreSQL percentile_cont(0.5), which interpolates lo + 0.5 * (hi - lo) between the two middle
// values (float8_lerp); on SQLite jeugdstem_median's mean of the two. The two can differ in the
// last bit, which one decimal place can show, so each database's reports stay what its SQL gave.
func (d dialectSQL) medianOf(sorted []float64) float64 {
	if d.name != dialect.Postgres {
		return medianOf(sorted)
	}
	n := len(sorted)
	lo, hi := sorted[(n-1)/2], sorted[n/2]
	if n%2 == 1 {
		return lo
	}
	return lo + float64(0.5*(hi-lo)) // the conversion keeps the two roundings apart (no fused multiply-add)
}
