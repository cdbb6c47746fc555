package reports

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"

	"entgo.io/ent/dialect"

	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
)

// median is a median and how many values it is the median of.
type median struct {
	hours float64
	n     int
}

// Median groups: per theme ("T:SAFETY"), per location ("L:<id>"), per location kind ("K:REGULAR")
// and over everything ("*"); each for moderation ("M") and for answers ("R").
type medianKey struct {
	measure string // "M" or "R"
	group   string
}

// posts counts the posts written in the period per location and theme (into count), and computes
// the medians of the period: hours from a post to its moderation decision (moderated_at, the
// latest decision) and from a thread's start to its first answer, per theme and overall, and for
// the national report also per location and per location kind. The rows of the period are read
// once: on PostgreSQL grouped at every level with GROUP BY and percentile_cont; on SQLite handed
// to jeugdstem_times (sqlite_median.go), which returns their hours per location and theme, and Go
// groups and takes the medians from there.
func (s *Service) posts(ctx context.Context, sc scope, p Period, counts map[threadKey]int) (map[medianKey]median, error) {
	count := func(loc string, theme schematype.Theme, n int) { counts[threadKey{loc, theme}] += n }
	postsIn, postsArgs := s.sql.inPeriod("fp.created_at", p.From, p.To)
	threadsIn, threadsArgs := s.sql.inPeriod("t.created_at", p.From, p.To)
	w, wArgs := sc.where("t.location_id")
	args := concat(postsArgs, wArgs, threadsArgs, wArgs)
	out := map[medianKey]median{}
	if s.sql.name == dialect.Postgres {
		postsBase := `SELECT t.location_id AS loc, l.kind AS lkind, t.theme AS theme, ` + s.sql.hours("fp.created_at", "fp.moderated_at") + ` AS h
    FROM feedback_posts fp JOIN feedback_threads t ON t.id = fp.feedback_thread_posts JOIN locations l ON l.id = t.location_id
   WHERE ` + postsIn + w
		answersBase := `SELECT t.location_id AS loc, l.kind AS lkind, t.theme AS theme, ` + s.sql.hours("t.created_at", "t.answered_at") + ` AS h
    FROM feedback_threads t JOIN locations l ON l.id = t.location_id
   WHERE t.answered_at IS NOT NULL AND ` + threadsIn + w
		levels := []level{{"'T:' || theme", "theme"}, {"'*'", ""}}
		if sc.all() {
			levels = append(levels, level{"'L:' || loc", "loc"}, level{"'K:' || lkind", "lkind"})
		}
		return out, s.postsByGroups(ctx, postsBase, answersBase, args, levels, count, out)
	}
	// SQLite: each post and answered thread crosses into Go once, as its hours and two short
	// texts; the location's kind comes from the locations table (a few hundred rows) instead of a
	// join per row, and the keys of the groups are made in Go, not concatenated per row in SQL.
	//
	// Nationally the posts are not joined to their threads either: a year has hundreds of
	// thousands, and looking up each one's thread cost more than all the rest of the query. They
	// are grouped by thread instead, and a read of every thread's location and theme (threadKeys,
	// one pass over an index holding just those) gives each group its location and theme. For one
	// location the join is the narrow way in: from its threads to their posts.
	postsKey, postsFrom := "t.location_id, t.theme", "feedback_posts fp JOIN feedback_threads t ON t.id = fp.feedback_thread_posts"
	if sc.all() {
		postsKey, postsFrom = "fp.feedback_thread_posts, ''", "feedback_posts fp"
	}
	q := `SELECT (SELECT jeugdstem_times(` + s.sql.hours("fp.created_at", "fp.moderated_at") + `, ` + postsKey + `)
          FROM ` + postsFrom + ` WHERE ` + postsIn + w + `),
       (SELECT jeugdstem_times(` + s.sql.hours("t.created_at", "t.answered_at") + `, t.location_id, t.theme)
          FROM feedback_threads t WHERE t.answered_at IS NOT NULL AND ` + threadsIn + w + `)`
	var kinds map[string]string
	var threads map[string]threadKey
	if sc.all() {
		var err error
		if kinds, err = s.locationKinds(ctx); err != nil {
			return nil, err
		}
		if threads, err = s.threadKeys(ctx); err != nil {
			return nil, err
		}
	}
	return out, s.query(ctx, q, args, func(r *sql.Rows) error {
		var posts, answers []byte
		if err := r.Scan(&posts, &answers); err != nil {
			return err
		}
		for i, blob := range [][]byte{posts, answers} {
			groups, err := decodeTimes(blob)
			if err != nil {
				return err
			}
			measure := "M"
			if i == 1 {
				measure = "R"
			} else {
				if threads != nil {
					if groups, err = byThreadKey(groups, threads); err != nil {
						return err
					}
				}
				for _, g := range groups {
					count(g.loc, schematype.Theme(g.theme), g.rows)
				}
			}
			groupMedians(measure, groups, kinds, out)
		}
		return nil
	})
}

// threadKeys gives the location and theme of every thread. It reads them all rather than those
// with posts in the period: finding those means a second pass over the period's posts, which cost
// several times more (a year's 200,000 posts) than reading a year's 40,000 threads from the index
// that holds just these three columns; the threads are fewer than their posts, and retention
// removes those whose writers have gone.
func (s *Service) threadKeys(ctx context.Context) (map[string]threadKey, error) {
	out := map[string]threadKey{}
	return out, s.query(ctx, "SELECT id, location_id, theme FROM feedback_threads", nil, func(r *sql.Rows) error {
		var id string
		var k threadKey
		if err := r.Scan(&id, &k.location, &k.theme); err != nil {
			return err
		}
		out[id] = k
		return nil
	})
}

var errUnknownThread = errors.New("reports: a post of the period has no thread")

// byThreadKey merges groups keyed by thread (jeugdstem_times with the thread and an empty theme)
// into groups keyed by the threads' location and theme. The order of the hours within a group does not matter: a
// median sorts them.
func byThreadKey(groups []timeGroup, threads map[string]threadKey) ([]timeGroup, error) {
	at := map[threadKey]int{}
	var out []timeGroup
	var hours []int // how many hours each group of out will hold, to make room once
	for _, g := range groups {
		k, ok := threads[g.loc]
		if !ok {
			return nil, errUnknownThread
		}
		i, seen := at[k]
		if !seen {
			i = len(out)
			at[k] = i
			out = append(out, timeGroup{loc: k.location, theme: string(k.theme)})
			hours = append(hours, 0)
		}
		out[i].rows += g.rows
		hours[i] += len(g.hours)
	}
	for i := range out {
		out[i].hours = make([]float64, 0, hours[i])
	}
	for _, g := range groups {
		i := at[threads[g.loc]]
		out[i].hours = append(out[i].hours, g.hours...)
	}
	return out, nil
}

// locationKinds maps every location to its kind.
func (s *Service) locationKinds(ctx context.Context) (map[string]string, error) {
	out := map[string]string{}
	return out, s.query(ctx, "SELECT id, kind FROM locations", nil, func(r *sql.Rows) error {
		var id, kind string
		if err := r.Scan(&id, &kind); err != nil {
			return err
		}
		out[id] = kind
		return nil
	})
}

// groupMedians takes the medians of the hours of groups per theme and overall, and with kinds
// (the national report) also per location and per location kind, into out under measure. A group
// without any hours has no median.
func groupMedians(measure string, groups []timeGroup, kinds map[string]string, out map[medianKey]median) {
	keysOf := func(g timeGroup) []string {
		keys := []string{"T:" + g.theme, "*"}
		if kinds != nil {
			keys = append(keys, "L:"+g.loc, "K:"+kinds[g.loc])
		}
		return keys
	}
	sizes := map[string]int{} // to make room for each key's hours once
	for _, g := range groups {
		for _, k := range keysOf(g) {
			sizes[k] += len(g.hours)
		}
	}
	byKey := map[string][]float64{}
	for _, g := range groups {
		if len(g.hours) == 0 {
			continue
		}
		for _, k := range keysOf(g) {
			if byKey[k] == nil {
				byKey[k] = make([]float64, 0, sizes[k])
			}
			byKey[k] = append(byKey[k], g.hours...)
		}
	}
	for k, values := range byKey {
		slices.Sort(values)
		out[medianKey{measure, k}] = median{hours: medianOf(values), n: len(values)}
	}
}

// level is a grouping of medians: the SQL of its key, and the column it groups by ("" for all rows).
type level struct{ key, groupBy string }

// postsByGroups is posts on PostgreSQL: one GROUP BY per level over materialized rows.
func (s *Service) postsByGroups(ctx context.Context, postsBase, answersBase string, args []any, levels []level,
	count func(string, schematype.Theme, int), out map[medianKey]median) error {
	var arms []string
	for _, m := range []struct{ name, from string }{{"M", "posts"}, {"R", "answers"}} {
		for _, l := range levels {
			arm := "SELECT '" + m.name + "', " + l.key + ", '', COUNT(h), " + s.sql.median("h") + " FROM " + m.from
			if l.groupBy != "" {
				arm += " GROUP BY " + l.groupBy
			}
			arms = append(arms, arm)
		}
	}
	q := `WITH posts AS MATERIALIZED (` + postsBase + `), answers AS MATERIALIZED (` + answersBase + `)
SELECT 'P', loc, theme, COUNT(*), CAST(NULL AS DOUBLE PRECISION) FROM posts GROUP BY loc, theme
UNION ALL ` + strings.Join(arms, "\nUNION ALL ")
	return s.query(ctx, q, args, func(r *sql.Rows) error {
		var measure, key, theme string
		var n int
		var hours sql.NullFloat64
		if err := r.Scan(&measure, &key, &theme, &n, &hours); err != nil {
			return err
		}
		if measure == "P" {
			count(key, schematype.Theme(theme), n)
		} else if hours.Valid {
			out[medianKey{measure, key}] = median{hours: hours.Float64, n: n}
		}
		return nil
	})
}
