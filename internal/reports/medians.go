package reports

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
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

// posts counts the posts written in the period per location and theme (into counts), and
// computes the medians of the period: hours from a post to its moderation decision (moderated_at,
// the latest decision) and from a thread's start to its first answer, per theme and overall, and
// for the national report also per location and per location kind. The rows of the period cross
// into Go once, grouped per location and theme (postTimesSQLite, postTimesPostgres), and Go takes
// the medians at every level the way the database's own median does (dialectSQL.medianOf).
func (s *Service) posts(ctx context.Context, sc scope, p Period, counts map[threadKey]int) (map[medianKey]median, error) {
	var kinds map[string]string
	if sc.all() {
		var err error
		if kinds, err = s.locationKinds(ctx); err != nil {
			return nil, err
		}
	}
	times := s.postTimesSQLite
	if s.sql.name == dialect.Postgres {
		times = s.postTimesPostgres
	}
	posts, answers, err := times(ctx, sc, p)
	if err != nil {
		return nil, err
	}
	for _, g := range posts {
		counts[threadKey{g.loc, schematype.Theme(g.theme)}] += g.rows
	}
	out := map[medianKey]median{}
	s.sql.groupMedians("M", posts, kinds, out)
	s.sql.groupMedians("R", answers, kinds, out)
	return out, nil
}

// postTimesSQLite gives the posts and the answered threads of the period, per location and
// theme, with their hours on SQLite: each answered thread, and for one location each post,
// crosses into Go once, as its hours and two short texts (jeugdstem_times); nationally the posts
// come another way (postSeconds).
func (s *Service) postTimesSQLite(ctx context.Context, sc scope, p Period) (posts, answers []timeGroup, err error) {
	postsIn, postsArgs := s.sql.inPeriod("fp.created_at", p.From, p.To)
	threadsIn, threadsArgs := s.sql.inPeriod("t.created_at", p.From, p.To)
	w, wArgs := sc.where("t.location_id")
	if sc.all() {
		posts, err = s.postSeconds(ctx, postsIn, postsArgs)
	} else {
		posts, err = s.times(ctx, `SELECT jeugdstem_times(`+s.sql.hours("fp.created_at", "fp.moderated_at")+`, t.location_id, t.theme)
  FROM feedback_posts fp JOIN feedback_threads t ON t.id = fp.feedback_thread_posts WHERE `+postsIn+w, concat(postsArgs, wArgs))
	}
	if err != nil {
		return nil, nil, err
	}
	answers, err = s.times(ctx, `SELECT jeugdstem_times(`+s.sql.hours("t.created_at", "t.answered_at")+`, t.location_id, t.theme)
  FROM feedback_threads t WHERE t.answered_at IS NOT NULL AND `+threadsIn+w, concat(threadsArgs, wArgs))
	return posts, answers, err
}

// times runs q, a jeugdstem_times aggregate, and decodes its groups.
func (s *Service) times(ctx context.Context, q string, args []any) ([]timeGroup, error) {
	var groups []timeGroup
	err := s.query(ctx, q, args, func(r *sql.Rows) (err error) {
		var blob []byte
		if err := r.Scan(&blob); err != nil {
			return err
		}
		groups, err = decodeTimes(blob)
		return err
	})
	return groups, err
}

// postSeconds is the national posts of posts on SQLite: the posts of the period (postsIn, on
// feedback_posts fp) per location and theme, with their hours to moderation.
//
// A year has hundreds of thousands of posts. Joining each to its thread (for its location and
// theme) cost more than all the rest of the query, and so did handing each to Go through a
// function call; so SQLite only writes each post's thread and seconds into one text, "thread
// seconds" pairs separated by commas (an empty seconds: not moderated), reading nothing but one
// index, and Go reads it back and looks the thread up among every thread's location and theme
// (threadKeys). The hours are the seconds over 3600.0, as SQL's hours computes them from the same
// whole seconds, so the medians are exactly those of the join.
func (s *Service) postSeconds(ctx context.Context, postsIn string, args []any) ([]timeGroup, error) {
	threads, err := s.threadKeys(ctx)
	if err != nil {
		return nil, err
	}
	seconds := "(" + s.sql.epoch("fp.moderated_at") + " - " + s.sql.epoch("fp.created_at") + ")"
	q := `SELECT group_concat(fp.feedback_thread_posts || ' ' || COALESCE(` + seconds + `, ''), ',')
  FROM feedback_posts fp WHERE ` + postsIn
	var text string
	err = s.query(ctx, q, args, func(r *sql.Rows) error {
		var v sql.NullString
		err := r.Scan(&v)
		text = v.String
		return err
	})
	if err != nil || text == "" {
		return nil, err
	}
	var g timeGroups
	for pair := range strings.SplitSeq(text, ",") {
		thread, secs, ok := strings.Cut(pair, " ")
		k, known := threads[thread]
		if !ok || !known {
			return nil, errUnknownThread
		}
		var h sql.NullFloat64
		if secs != "" {
			n, err := strconv.ParseInt(secs, 10, 64)
			if err != nil {
				return nil, fmt.Errorf("reports: the seconds of a post: %w", err)
			}
			h = sql.NullFloat64{Float64: float64(n) / 3600.0, Valid: true}
		}
		g.add(k, h)
	}
	return g.groups, nil
}

// timeGroups gathers rows into groups per location and theme, in the order first seen.
type timeGroups struct {
	at     map[threadKey]int
	groups []timeGroup
}

// add counts a row of k, and its hours unless they are NULL.
func (g *timeGroups) add(k threadKey, hours sql.NullFloat64) {
	i, seen := g.at[k]
	if !seen {
		if g.at == nil {
			g.at = map[threadKey]int{}
		}
		i = len(g.groups)
		g.at[k] = i
		g.groups = append(g.groups, timeGroup{loc: k.location, theme: string(k.theme)})
	}
	g.groups[i].rows++
	if hours.Valid {
		g.groups[i].hours = append(g.groups[i].hours, hours.Float64)
	}
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

var errUnknownThread = errors.New("reports: a post of the period names no thread")

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
func (d dialectSQL) groupMedians(measure string, groups []timeGroup, kinds map[string]string, out map[medianKey]median) {
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
		out[medianKey{measure, k}] = median{hours: d.medianOf(values), n: len(values)}
	}
}

// postTimesPostgres is postTimesSQLite on PostgreSQL: each post and answered thread of the period
// crosses into Go as its location, theme and hours. Grouping and sorting them at four levels in
// SQL (percentile_cont, postsByGroups, kept as the reference of TestMediansMatchReference) took
// several times longer over a year. The hours are cast to double precision in SQL, as
// percentile_cont casts them, so the values are the same.
func (s *Service) postTimesPostgres(ctx context.Context, sc scope, p Period) (posts, answers []timeGroup, err error) {
	postsIn, postsArgs := s.sql.inPeriod("fp.created_at", p.From, p.To)
	threadsIn, threadsArgs := s.sql.inPeriod("t.created_at", p.From, p.To)
	w, wArgs := sc.where("t.location_id")
	read := func(q string, args []any) ([]timeGroup, error) {
		var g timeGroups
		err := s.query(ctx, q, args, func(r *sql.Rows) error {
			var k threadKey
			var h sql.NullFloat64
			if err := r.Scan(&k.location, &k.theme, &h); err != nil {
				return err
			}
			g.add(k, h)
			return nil
		})
		return g.groups, err
	}
	posts, err = read(`SELECT t.location_id, t.theme, CAST(`+s.sql.hours("fp.created_at", "fp.moderated_at")+` AS DOUBLE PRECISION)
  FROM feedback_posts fp JOIN feedback_threads t ON t.id = fp.feedback_thread_posts WHERE `+postsIn+w, concat(postsArgs, wArgs))
	if err != nil {
		return nil, nil, err
	}
	answers, err = read(`SELECT t.location_id, t.theme, CAST(`+s.sql.hours("t.created_at", "t.answered_at")+` AS DOUBLE PRECISION)
  FROM feedback_threads t WHERE t.answered_at IS NOT NULL AND `+threadsIn+w, concat(threadsArgs, wArgs))
	return posts, answers, err
}
