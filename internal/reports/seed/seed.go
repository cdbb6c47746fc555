// Package seed fills a database with a large, realistic, made-up national dataset for measuring
// reports: locations with members, polls with their counters and participations, feedback threads
// and posts, safeguarding cases, youth councils with their meetings, ideas, decisions and elections. It writes with multi-row INSERT statements in large transactions,
// below ent (which would insert row by row), so a million votes take minutes, not hours. The data
// is generated from a fixed seed, so every run with the same Scale builds the same database.
//
// Nothing here is real or personal: pseudonyms are "Kind 123", texts are placeholders.
package seed

import (
	"context"
	"database/sql"
	"encoding/base32"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"entgo.io/ent/dialect"

	"github.com/jeugdstem/jeugdstem/internal/database"
)

// Version names the generator's output (4: with youth councils and the children's monitor):
// change it whenever the data it builds changes, so that cached databases built by an older
// version are not reused.
const Version = "4"

// Scale is how much to generate.
type Scale struct {
	Locations, Members, Polls, NationalPolls, Votes, Threads, Posts int
}

// Full is the benchmark scale of the reports issue: 300 locations, 20,000 members, 2,000 polls,
// 1,000,000 votes and 200,000 posts.
var Full = Scale{Locations: 300, Members: 20_000, Polls: 2_000, NationalPolls: 100, Votes: 1_000_000, Threads: 40_000, Posts: 200_000}

// Of returns Full divided by d (at least one of each).
func Of(d int) Scale {
	f := Full
	return Scale{Locations: max(f.Locations/d, 2), Members: max(f.Members/d, 20), Polls: max(f.Polls/d, 10),
		NationalPolls: max(f.NationalPolls/d, 1), Votes: max(f.Votes/d, 100), Threads: max(f.Threads/d, 10), Posts: max(f.Posts/d, 20)}
}

// String names the scale, for cache keys.
func (s Scale) String() string {
	return fmt.Sprintf("l%d-m%d-p%d-n%d-v%d-t%d-f%d", s.Locations, s.Members, s.Polls, s.NationalPolls, s.Votes, s.Threads, s.Posts)
}

// End is the Monday 00:00 Europe/Amsterdam the generated year ends on; everything happens in the
// 52 weeks before it.
var End = time.Date(2026, 6, 29, 0, 0, 0, 0, mustAmsterdam())

func mustAmsterdam() *time.Location {
	l, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		panic(err)
	}
	return l
}

// Summary is what Generate made.
type Summary struct {
	Scale                 Scale
	Participations, Tally int
	Took                  time.Duration
}

// gen holds the generator's state.
type gen struct {
	db      *database.DB
	rng     *rand.Rand
	scale   Scale
	start   time.Time
	locs    []loc
	members []member
	// byLocation lists member indexes per location.
	byLocation [][]int
	staffID    string
}

type loc struct {
	id      string
	members int
}

type member struct {
	id, location, band string
	active             bool
}

// Generate fills db (migrated and empty) at scale.
func Generate(ctx context.Context, db *database.DB, scale Scale) (Summary, error) {
	began := time.Now()
	g := &gen{db: db, rng: rand.New(rand.NewPCG(2026, 6)), scale: scale, start: End.AddDate(0, 0, -7*52)}
	sum := Summary{Scale: scale}
	steps := []func(context.Context, *Summary) error{g.locations, g.people, g.pollsAndVotes, g.feedback, g.councils, g.monitorRounds}
	for _, step := range steps {
		if err := step(ctx, &sum); err != nil {
			return sum, err
		}
	}
	// Planner statistics and (on PostgreSQL) the visibility map, as a database in use would have
	// them from its routine (auto)vacuum.
	maintenance := "ANALYZE"
	if db.Dialect == dialect.Postgres {
		maintenance = "VACUUM ANALYZE"
	}
	if _, err := db.Writer.ExecContext(ctx, maintenance); err != nil {
		return sum, err
	}
	sum.Took = time.Since(began)
	return sum, nil
}

var idEncoding = base32.StdEncoding.WithPadding(base32.NoPadding)

// id makes a random-looking id like the product's ("loc_…", 26 characters), from the seeded source.
func (g *gen) id(prefix string) string {
	var b [16]byte
	for i := 0; i < 16; i += 8 {
		v := g.rng.Uint64()
		for j := range 8 {
			b[i+j] = byte(v >> (8 * j))
		}
	}
	return prefix + "_" + strings.ToLower(idEncoding.EncodeToString(b[:]))
}

// at is a moment in the generated year: fraction 0..1 of it.
func (g *gen) at(fraction float64) time.Time {
	return g.start.Add(time.Duration(fraction * float64(End.Sub(g.start)))).UTC().Truncate(time.Second)
}

// inserter writes rows of one table with multi-row INSERTs, in one transaction.
type inserter struct {
	tx      *sql.Tx
	dialect string
	table   string
	cols    []string
	rows    int
	args    []any
	perStmt int
}

func (g *gen) insert(ctx context.Context, table string, cols []string, fill func(add func(vals ...any)) error) (int, error) {
	tx, err := g.db.Writer.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	in := &inserter{tx: tx, dialect: g.db.Dialect, table: table, cols: cols, perStmt: 30000 / len(cols)}
	total := 0
	var ferr error
	add := func(vals ...any) {
		if ferr != nil {
			return
		}
		if len(vals) != len(cols) {
			ferr = fmt.Errorf("%s: %d values for %d columns", table, len(vals), len(cols))
			return
		}
		in.args = append(in.args, vals...)
		in.rows++
		total++
		if in.rows == in.perStmt {
			ferr = in.flush(ctx)
		}
	}
	if err := fill(add); err != nil {
		_ = tx.Rollback()
		return 0, err
	}
	if ferr == nil {
		ferr = in.flush(ctx)
	}
	if ferr != nil {
		_ = tx.Rollback()
		return 0, ferr
	}
	return total, tx.Commit()
}

func (in *inserter) flush(ctx context.Context) error {
	if in.rows == 0 {
		return nil
	}
	var b strings.Builder
	b.WriteString("INSERT INTO " + in.table + " (" + strings.Join(in.cols, ", ") + ") VALUES ")
	n := 0
	for r := range in.rows {
		if r > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('(')
		for c := range in.cols {
			if c > 0 {
				b.WriteString(", ")
			}
			n++
			if in.dialect == dialect.Postgres {
				b.WriteString("$" + strconv.Itoa(n))
			} else {
				b.WriteByte('?')
			}
		}
		b.WriteByte(')')
	}
	if _, err := in.tx.ExecContext(ctx, b.String(), in.args...); err != nil {
		return fmt.Errorf("inserting into %s: %w", in.table, err)
	}
	in.rows, in.args = 0, in.args[:0]
	return nil
}

var kinds = []struct {
	kind  string
	share float64
}{{"REGULAR", 0.40}, {"EMERGENCY", 0.25}, {"CRISIS_EMERGENCY", 0.10}, {"SMALL_SCALE", 0.10}, {"UNACCOMPANIED_MINORS", 0.10}, {"REGISTRATION", 0.05}}

var themes = []string{"SAFETY", "PRIVACY", "HOUSING_HYGIENE", "PLAY_ACTIVITIES", "EDUCATION", "HEALTH_WELLBEING",
	"TRUSTED_ADULT", "FOOD", "PARENT_SUPPORT", "INFORMATION_PARTICIPATION", "STABILITY", "OTHER"}

var bands = []string{"AGE_6_8", "AGE_9_11", "AGE_12_14", "AGE_15_17"}

func (g *gen) locations(ctx context.Context, _ *Summary) error {
	// Sizes vary: a few large centres, many small shelters. Weights are drawn, then members are
	// spread in proportion.
	weights := make([]float64, g.scale.Locations)
	sum := 0.0
	for i := range weights {
		weights[i] = 0.3 + g.rng.ExpFloat64()
		sum += weights[i]
	}
	left := g.scale.Members
	for i := range weights {
		n := int(math.Round(weights[i] / sum * float64(g.scale.Members)))
		if i == len(weights)-1 || n > left {
			n = left
		}
		left -= n
		g.locs = append(g.locs, loc{id: g.id("loc"), members: n})
	}
	created := g.start.AddDate(-1, 0, 0)
	_, err := g.insert(ctx, "locations", []string{"id", "created_at", "updated_at", "name", "kind", "municipality", "children_housed", "languages"},
		func(add func(...any)) error {
			for i, l := range g.locs {
				kind := kinds[choose(g.rng, len(kinds), func(i int) float64 { return kinds[i].share })].kind
				add(l.id, created, created, fmt.Sprintf("Locatie %03d", i+1), kind, fmt.Sprintf("Gemeente %d", i%120+1),
					l.members*2+g.rng.IntN(l.members+10), `["nl","ar","ti"]`)
			}
			return nil
		})
	return err
}

func (g *gen) people(ctx context.Context, _ *Summary) error {
	created := g.start.AddDate(0, -1, 0)
	g.byLocation = make([][]int, len(g.locs))
	_, err := g.insert(ctx, "youth_members", []string{"id", "created_at", "updated_at", "pseudonym", "avatar", "age_band",
		"language", "unaccompanied", "pin_hash", "failed_pin_attempts", "status", "location_id"},
		func(add func(...any)) error {
			for li, l := range g.locs {
				for j := range l.members {
					m := member{id: g.id("ym"), location: l.id, band: bands[g.rng.IntN(len(bands))], active: g.rng.Float64() < 0.9}
					g.byLocation[li] = append(g.byLocation[li], len(g.members))
					g.members = append(g.members, m)
					status := "ACTIVE"
					if !m.active {
						status = "LEFT"
					}
					add(m.id, created, created, fmt.Sprintf("Kind %d", j+1), "fox", m.band, "ar", g.rng.IntN(10) == 0,
						"generated", 0, status, m.location)
				}
			}
			return nil
		})
	if err != nil {
		return err
	}
	g.staffID = g.id("stf")
	_, err = g.insert(ctx, "staff_users", []string{"id", "created_at", "updated_at", "email", "display_name", "password_hash", "role", "active"},
		func(add func(...any)) error {
			add(g.staffID, created, created, "moderator@seed.jeugdstem", "Moderator", "generated", "MODERATOR", true)
			return nil
		})
	return err
}

type pollSpec struct {
	id, kind, theme, status string
	location                int // -1 for national
	closed                  *time.Time
	options                 []string
	// counts[option][band][rank]
	counts [][][]int
}

var pollKinds = []struct {
	kind    string
	share   float64
	options int
}{{"SMILEY_SCALE", 0.35, 5}, {"SINGLE_CHOICE", 0.25, 4}, {"YES_NO", 0.15, 2}, {"MULTIPLE_CHOICE", 0.15, 4}, {"RANKING", 0.10, 3}}

func (g *gen) pollsAndVotes(ctx context.Context, sum *Summary) error {
	var polls []*pollSpec
	national := g.scale.NationalPolls
	for i := range g.scale.Polls {
		p := &pollSpec{id: g.id("pol"), location: -1, status: "CLOSED"}
		if i >= national {
			p.location = g.rng.IntN(len(g.locs))
		}
		spec := pollKinds[choose(g.rng, len(pollKinds), func(i int) float64 { return pollKinds[i].share })]
		p.kind = spec.kind
		p.theme = themes[g.rng.IntN(len(themes))]
		if p.kind == "SMILEY_SCALE" && g.rng.IntN(5) < 2 {
			p.theme = "SAFETY"
		}
		switch r := g.rng.IntN(100); {
		case r < 2:
			p.status = "OPEN"
		case r < 60:
			p.status = "PUBLISHED"
		}
		if p.status != "OPEN" {
			t := g.at(g.rng.Float64())
			p.closed = &t
		}
		ranks := 1
		if p.kind == "RANKING" {
			ranks = spec.options
		}
		for range spec.options {
			p.options = append(p.options, g.id("opt"))
			c := make([][]int, len(bands))
			for b := range c {
				c[b] = make([]int, ranks)
			}
			p.counts = append(p.counts, c)
		}
		polls = append(polls, p)
	}

	// Votes: every local poll is answered by most of its location's active members; the rest of
	// the votes go to the national polls, each answered by a share of all members.
	type vote struct{ poll, member int }
	var votes []vote
	for pi, p := range polls {
		if p.location < 0 {
			continue
		}
		for _, mi := range g.byLocation[p.location] {
			if g.members[mi].active && g.rng.Float64() < 0.75 {
				votes = append(votes, vote{pi, mi})
			}
		}
	}
	if national > 0 && len(votes) < g.scale.Votes {
		share := float64(g.scale.Votes-len(votes)) / float64(national*len(g.members))
		for pi := range national {
			for mi := range g.members {
				if g.rng.Float64() < share {
					votes = append(votes, vote{pi, mi})
				}
			}
		}
	}
	if len(votes) > g.scale.Votes {
		votes = votes[:g.scale.Votes]
	}
	// Each vote increments counters, as the vote transaction does; the counters are written with
	// their final values (all rows of a poll exist before it opens in the product).
	for _, v := range votes {
		p, band := polls[v.poll], bandIndex(g.members[v.member].band)
		switch p.kind {
		case "MULTIPLE_CHOICE":
			for o := range p.options {
				if g.rng.IntN(3) == 0 || o == len(p.options)-1 && g.rng.IntN(2) == 0 {
					p.counts[o][band][0]++
				}
			}
		case "RANKING":
			order := g.rng.Perm(len(p.options))
			for rank, o := range order {
				p.counts[o][band][rank]++
			}
		case "SMILEY_SCALE":
			// Mostly content, sometimes not; SAFETY a little lower at some locations.
			o := min(4, max(0, int(math.Round(2.6+1.1*g.rng.NormFloat64()))))
			if p.theme == "SAFETY" && p.location >= 0 && p.location%7 == 0 {
				o = max(0, o-1)
			}
			p.counts[o][band][0]++
		default:
			p.counts[skewed(g.rng, len(p.options))][band][0]++
		}
	}

	opened := func(p *pollSpec) time.Time {
		if p.closed != nil {
			return p.closed.Add(-7 * 24 * time.Hour)
		}
		return End.Add(-3 * 24 * time.Hour)
	}
	if _, err := g.insert(ctx, "polls", []string{"id", "created_at", "updated_at", "scope", "kind", "theme", "question", "status",
		"opened_at", "closed_at", "published_at", "min_group_size", "location_id"}, func(add func(...any)) error {
		for i, p := range polls {
			scope, location := "NATIONAL", any(nil)
			if p.location >= 0 {
				scope, location = "LOCATION", g.locs[p.location].id
			}
			var published any
			if p.status == "PUBLISHED" {
				published = p.closed.Add(24 * time.Hour)
			}
			var closed any
			if p.closed != nil {
				closed = *p.closed
			}
			q, _ := json.Marshal([]map[string]string{{"lang": "nl", "text": fmt.Sprintf("Vraag %d", i+1)}})
			created := opened(p).Add(-24 * time.Hour)
			add(p.id, created, created, scope, p.kind, p.theme, string(q), p.status, opened(p), closed, published, 5, location)
		}
		return nil
	}); err != nil {
		return err
	}
	if _, err := g.insert(ctx, "poll_options", []string{"id", "label", "position", "poll_options"}, func(add func(...any)) error {
		for _, p := range polls {
			for o, id := range p.options {
				add(id, fmt.Sprintf(`[{"lang":"nl","text":"Optie %d"}]`, o+1), o, p.id)
			}
		}
		return nil
	}); err != nil {
		return err
	}
	// The final counts of the closed polls, one per option and rank over all voters (as closing a
	// poll writes them; the generator draws votes per age band only to shape the data).
	n, err := g.insert(ctx, "result_counts", []string{"id", "rank", "count", "poll_id", "option_id"}, func(add func(...any)) error {
		for _, p := range polls {
			for o, id := range p.options {
				for r := range p.counts[o][0] {
					c := 0
					for b := range bands {
						c += p.counts[o][b][r]
					}
					rank := 0
					if p.kind == "RANKING" {
						rank = r + 1
					}
					add(g.id("tly"), rank, c, p.id, id)
				}
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	sum.Tally = n
	// Participations carry no order: shuffled, with random ids, as the product leaves them.
	g.rng.Shuffle(len(votes), func(i, j int) { votes[i], votes[j] = votes[j], votes[i] })
	n, err = g.insert(ctx, "participations", []string{"id", "idempotency_hash", "poll_participations", "youth_member_participations"},
		func(add func(...any)) error {
			for _, v := range votes {
				add(g.id("par"), g.id("h")[2:], polls[v.poll].id, g.members[v.member].id)
			}
			return nil
		})
	sum.Participations = n
	return err
}

func bandIndex(band string) int {
	for i, b := range bands {
		if b == band {
			return i
		}
	}
	return 0
}

// choose picks an index with the given shares (which add up to 1).
func choose(rng *rand.Rand, n int, share func(int) float64) int {
	x, acc := rng.Float64(), 0.0
	for i := range n {
		acc += share(i)
		if x < acc {
			return i
		}
	}
	return n - 1
}

// skewed picks an option, earlier ones more often.
func skewed(rng *rand.Rand, n int) int {
	for i := range n - 1 {
		if rng.IntN(2) == 0 {
			return i
		}
	}
	return n - 1
}

func (g *gen) feedback(ctx context.Context, _ *Summary) error {
	type thread struct {
		id       string
		location int
		created  time.Time
		visible  bool
	}
	threads := make([]thread, g.scale.Threads)
	statuses := []string{"OPEN", "OPEN", "OPEN", "IN_PROGRESS", "IN_PROGRESS", "DONE", "DONE", "DONE", "NOT_POSSIBLE", "CLOSED"}
	// Threads are spread over locations by size: each is started by a random member.
	locOf := map[string]int{}
	for li, l := range g.locs {
		locOf[l.id] = li
	}
	if _, err := g.insert(ctx, "feedback_threads", []string{"id", "created_at", "updated_at", "theme", "title", "status",
		"me_too_count", "visible_at", "answered_at", "location_id"}, func(add func(...any)) error {
		for i := range threads {
			m := g.members[g.rng.IntN(len(g.members))]
			t := thread{id: g.id("thr"), location: locOf[m.location], created: g.at(g.rng.Float64()), visible: g.rng.IntN(10) > 0}
			threads[i] = t
			status := statuses[g.rng.IntN(len(statuses))]
			var visible, answered any
			if t.visible {
				visible = t.created.Add(time.Duration(1+g.rng.IntN(48)) * time.Hour)
			} else {
				status = "OPEN"
			}
			if t.visible && status != "OPEN" && status != "CLOSED" {
				// Most answers within a week, a tail well past the two-week deadline.
				hours := math.Exp(3.5 + 1.2*g.rng.NormFloat64())
				answered = t.created.Add(time.Duration(hours * float64(time.Hour))).Truncate(time.Second)
			}
			add(t.id, t.created, t.created, themes[g.rng.IntN(len(themes))], "Onderwerp", status, g.rng.IntN(6), visible, answered,
				g.locs[t.location].id)
		}
		return nil
	}); err != nil {
		return err
	}
	type post struct {
		id       string
		created  time.Time
		location string
	}
	var escalated []post
	if _, err := g.insert(ctx, "feedback_posts", []string{"id", "created_at", "updated_at", "body", "language", "moderation_state",
		"moderated_at", "feedback_thread_posts"}, func(add func(...any)) error {
		for i := range g.scale.Posts {
			t := threads[i%len(threads)]
			if i >= len(threads) {
				t = threads[g.rng.IntN(len(threads))]
			}
			created := t.created
			if i >= len(threads) {
				created = t.created.Add(time.Duration(g.rng.IntN(21*24)) * time.Hour)
			}
			state, moderated := "PENDING", any(nil)
			if r := g.rng.IntN(100); r < 92 {
				state = "APPROVED"
				switch {
				case r < 4:
					state = "REJECTED"
				case r < 5:
					state = "ESCALATED"
				}
				hours := math.Exp(1.0 + 1.0*g.rng.NormFloat64())
				moderated = created.Add(time.Duration(hours * float64(time.Hour))).Truncate(time.Second)
			}
			id := g.id("pst")
			if state == "ESCALATED" {
				escalated = append(escalated, post{id, created, g.locs[t.location].id})
			}
			add(id, created, created, "Tekst van een kind", "nl", state, moderated, t.id)
		}
		return nil
	}); err != nil {
		return err
	}
	_, err := g.insert(ctx, "safeguarding_cases", []string{"id", "created_at", "updated_at", "status", "post_body", "post_language",
		"opened_at", "feedback_post_safeguarding_case", "location_id", "safeguarding_case_opened_by"}, func(add func(...any)) error {
		for _, p := range escalated {
			status := []string{"OPEN", "IN_PROGRESS", "CLOSED", "CLOSED"}[g.rng.IntN(4)]
			add(g.id("sgc"), p.created, p.created, status, "Tekst van een kind", "nl", p.created, p.id, p.location, g.staffID)
		}
		return nil
	})
	return err
}
