// Package reports owns what managers, partners and national management learn from children's
// participation: the location report and the national report (participation, poll results,
// feedback per theme and what was done with it, response times, overdue answers, smiley-scale
// trends, open safeguarding cases), and their CSV and XLSX exports.
//
// Every figure is an aggregate computed by the database and protected by internal/disclosure
// before it leaves this package: counts below the threshold are hidden together with the cells
// that would give them away, and periods are whole weeks. Who may read which report is decided in
// policies (MayReadLocationReport, MayReadNationalReport); the queries then run in a system
// context, as reports read ballot counters and unmoderated posts that no viewer may read row by row.
package reports

import (
	"context"
	"sync"
	"time"

	"entgo.io/ent/privacy"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/disclosure"
	"github.com/jeugdstem/jeugdstem/internal/signals"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Config is what a deployment may set.
type Config struct {
	// MinGroupSize is the disclosure threshold k: counts below it are hidden. Default
	// disclosure.DefaultK.
	MinGroupSize int
	// AnswerDeadline is how long a thread may wait for a manager's answer. Default
	// signals.DefaultAnswerDeadline, the deadline after which a SAFETY thread raises a signal.
	AnswerDeadline time.Duration
	// SafetyScoreThreshold flags locations whose safety score (1–5) is below it. Default
	// signals.DefaultSafetyThreshold, the score below which a check-in raises a signal.
	SafetyScoreThreshold float64
	// Now is the clock; time.Now by default.
	Now func() time.Time
}

func (c Config) withDefaults() Config {
	if c.MinGroupSize < 2 {
		c.MinGroupSize = disclosure.DefaultK
	}
	if c.AnswerDeadline <= 0 {
		c.AnswerDeadline = signals.DefaultAnswerDeadline
	}
	if c.SafetyScoreThreshold <= 0 {
		c.SafetyScoreThreshold = signals.DefaultSafetyThreshold
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return c
}

// Service computes reports over one database.
type Service struct {
	db     *database.DB // reports read its read pool (Reader)
	client *ent.Client
	sql    dialectSQL
	cfg    Config
	// stmts are the prepared report statements, by query text.
	stmts sync.Map
}

// New returns the report service of db.
func New(db *database.DB, cfg Config) *Service {
	return &Service{db: db, client: db.Client, sql: dialectSQL{db.Dialect}, cfg: cfg.withDefaults()}
}

// Config returns the service's settings, defaults filled in.
func (s *Service) Config() Config { return s.cfg }

// Options are the choices a reader makes beyond the period.
type Options struct {
	// Trend is the width of smiley trend points: a week (default) or a month.
	Trend TrendInterval
}

// system lets the report queries read what no viewer reads row by row. It is used only after the
// policy has allowed the viewer the report.
func system(ctx context.Context) context.Context {
	return policies.System(ctx)
}

// isSystem reports whether ctx is already a system context: the command line exports without a
// signed-in viewer.
func isSystem(ctx context.Context) bool {
	// ent reports an Allow decision as (nil, true).
	d, ok := privacy.DecisionFromContext(ctx)
	return ok && d == nil
}

func (s *Service) authorizeLocation(ctx context.Context, locationID string) error {
	if isSystem(ctx) {
		return nil
	}
	return policies.MayReadLocationReport(policies.FromContext(ctx), locationID)
}

func (s *Service) authorizeNational(ctx context.Context) error {
	if isSystem(ctx) {
		return nil
	}
	return policies.MayReadNationalReport(policies.FromContext(ctx))
}

// LocationReport computes the report of a location for the weeks holding [from, to].
func (s *Service) LocationReport(ctx context.Context, locationID string, from, to *time.Time, opts Options) (*LocationReport, error) {
	if err := s.authorizeLocation(ctx, locationID); err != nil {
		return nil, err
	}
	p, err := NewPeriod(from, to, s.cfg.Now())
	if err != nil {
		return nil, err
	}
	var r *LocationReport
	err = s.snapshot(system(ctx), func(ctx context.Context) error {
		if r, err = s.locationReport(ctx, locationID, p, opts); err != nil {
			return err
		}
		r.Councils, err = s.locationCouncils(ctx, locationID, p)
		return err
	})
	return r, err
}

func (s *Service) locationReport(ctx context.Context, locationID string, p Period, opts Options) (*LocationReport, error) {
	sc := scope{locationID}
	locs, err := s.locations(ctx, sc)
	if err != nil {
		return nil, err
	}
	if len(locs) == 0 {
		return nil, apierror.NotFoundf("no such location")
	}
	l := locs[0]
	var (
		members, voters, cases map[string]int
		polls                  []*pollRow
		fb                     map[threadKey]*feedbackCounts
		medians                map[medianKey]median
	)
	if members, err = s.activeMembers(ctx, sc); err != nil {
		return nil, err
	}
	if voters, err = s.voters(ctx, sc, p); err != nil {
		return nil, err
	}
	if cases, err = s.openCases(ctx, sc); err != nil {
		return nil, err
	}
	if polls, err = s.polls(ctx, sc, p); err != nil {
		return nil, err
	}
	if fb, medians, err = s.feedback(ctx, sc, p); err != nil {
		return nil, err
	}

	k := s.cfg.MinGroupSize
	lt := protectLocation(k, members[l.id], voters[l.id], cases[l.id], themeCounts(fb, l.id))
	r := &LocationReport{
		LocationID: l.id, LocationName: l.name, Kind: l.kind, Municipality: l.municipality, ChildrenHoused: l.housed,
		Period: p, MinGroupSize: k, AnswerDeadlineDays: s.answerDays(), GeneratedAt: s.cfg.Now().UTC(),
		Participation:         participation(lt.t, lt.members, lt.voters, lt.total.posts, l.housed),
		Feedback:              figures(lt.t, lt.total, nil, medians[medianKey{"M", "*"}], medians[medianKey{"R", "*"}], k),
		OverdueResponses:      lt.t.Shown(lt.total.overdue),
		OpenSafeguardingCases: lt.t.Shown(lt.cases),
		Polls:                 []PollResult{},
	}
	for _, th := range themes {
		g := "T:" + string(th)
		r.Themes = append(r.Themes, figures(lt.t, lt.themes[th], &th, medians[medianKey{"M", g}], medians[medianKey{"R", g}], k))
	}
	for _, pr := range polls {
		r.Polls = append(r.Polls, protectPoll(k, pr))
	}
	r.SafetyScore = safetyScore(r.Polls, polls)
	r.SmileyTrend = trend(r.Polls, polls, opts.Trend)
	return r, nil
}

// themeCounts picks one location's counts per theme.
func themeCounts(fb map[threadKey]*feedbackCounts, locationID string) map[schematype.Theme]feedbackCounts {
	out := map[schematype.Theme]feedbackCounts{}
	for _, th := range themes {
		if c := fb[threadKey{locationID, th}]; c != nil {
			out[th] = *c
		}
	}
	return out
}

func (s *Service) answerDays() int { return int(s.cfg.AnswerDeadline.Hours() / 24) }
