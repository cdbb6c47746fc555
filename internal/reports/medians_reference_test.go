package reports

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"

	"entgo.io/ent/dialect"

	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
)

// postsReference is posts as it was before jeugdstem_times (one jeugdstem_medians pass over rows
// joined to their location, with the keys of every group built in SQL): the reference the
// medians and post counts of today's posts must equal exactly (TestMediansMatchReference).
func (s *Service) postsReference(ctx context.Context, sc scope, p Period, count func(string, schematype.Theme, int)) (map[medianKey]median, error) {
	postsIn, postsArgs := s.sql.inPeriod("fp.created_at", p.From, p.To)
	threadsIn, threadsArgs := s.sql.inPeriod("t.created_at", p.From, p.To)
	w, wArgs := sc.where("t.location_id")
	postsBase := `SELECT t.location_id AS loc, l.kind AS lkind, t.theme AS theme, ` + s.sql.hours("fp.created_at", "fp.moderated_at") + ` AS h
    FROM feedback_posts fp JOIN feedback_threads t ON t.id = fp.feedback_thread_posts JOIN locations l ON l.id = t.location_id
   WHERE ` + postsIn + w
	answersBase := `SELECT t.location_id AS loc, l.kind AS lkind, t.theme AS theme, ` + s.sql.hours("t.created_at", "t.answered_at") + ` AS h
    FROM feedback_threads t JOIN locations l ON l.id = t.location_id
   WHERE t.answered_at IS NOT NULL AND ` + threadsIn + w
	args := concat(postsArgs, wArgs, threadsArgs, wArgs)
	levels := []level{{"'T:' || theme", "theme"}, {"'*'", ""}}
	if sc.all() {
		levels = append(levels, level{"'L:' || loc", "loc"}, level{"'K:' || lkind", "lkind"})
	}
	out := map[medianKey]median{}
	if s.sql.name == dialect.Postgres {
		return out, s.postsByGroups(ctx, postsBase, answersBase, args, levels, count, out)
	}
	keys := func(measure string) string {
		var ks []string
		for _, l := range levels {
			ks = append(ks, "'"+measure+"|' || "+l.key)
		}
		return strings.Join(ks, ", ")
	}
	q := `SELECT (SELECT jeugdstem_medians(h, 'P|' || loc || '|' || theme, ` + keys("M") + `) FROM (` + postsBase + `)),
       (SELECT jeugdstem_medians(h, ` + keys("R") + `) FROM (` + answersBase + `))`
	return out, s.query(ctx, q, args, func(r *sql.Rows) error {
		var posts, answers string
		if err := r.Scan(&posts, &answers); err != nil {
			return err
		}
		for _, js := range []string{posts, answers} {
			var groups map[string][3]*float64
			if err := json.Unmarshal([]byte(js), &groups); err != nil {
				return err
			}
			for key, g := range groups {
				measure, group, _ := strings.Cut(key, "|")
				switch {
				case measure == "P":
					loc, theme, _ := strings.Cut(group, "|")
					count(loc, schematype.Theme(theme), int(*g[0]))
				case g[2] != nil:
					out[medianKey{measure, group}] = median{hours: *g[2], n: int(*g[1])}
				}
			}
		}
		return nil
	})
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
