// Package signals owns wellbeing monitoring: the recurring check-in poll every location asks
// its children ("How safe do you feel here?"), the rules that raise a Signal for the adults
// responsible when a location's safety score is low or falls, a safety thread waits too long for
// an answer, or participation collapses, and the e-mail that tells them (through internal/mail's
// outbox). It also serves the signals to managers, partners and national admins.
//
// A signal is about a location, never about a child: it carries a kind, a time and a short
// detail with aggregate figures that the reports would also show (at least k children), nothing
// a child wrote and no pseudonym or id of a child. Scores of fewer than k voters are suppressed
// and raise nothing. Who reads and acknowledges signals is decided in policies (Signal,
// MayReadSignals); the jobs run in a system context.
package signals

import (
	"context"
	"strings"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/internal/disclosure"
	"github.com/jeugdstem/jeugdstem/internal/monitor"
	"github.com/jeugdstem/jeugdstem/internal/voting"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Config is what a deployment may set.
type Config struct {
	// MinGroupSize is the disclosure threshold k (at least a check-in poll's own): a score or
	// a count of fewer children is suppressed and raises nothing. Default disclosure.DefaultK.
	MinGroupSize int
	// SafetyThreshold raises SAFETY_SCORE_LOW for a check-in whose score (1–5) is below it.
	// Default DefaultSafetyThreshold.
	SafetyThreshold float64
	// SafetyDrop raises SAFETY_SCORE_DROP when the score fell by at least this much since the
	// previous check-in. Default 0.5.
	SafetyDrop float64
	// AnswerDeadline raises SAFETY_THREAD_UNANSWERED for a SAFETY thread without a manager's
	// answer this long after it was started (as the reports count overdue answers). Default
	// DefaultAnswerDeadline.
	AnswerDeadline time.Duration
	// CouncilMeetingGap raises COUNCIL_NO_MEETING for a youth council that has not met for
	// this long. Default DefaultCouncilMeetingGap.
	CouncilMeetingGap time.Duration
	// CheckInIntervalDays is how often a location without a schedule of its own is asked;
	// 0 asks only locations whose schedule a manager set. Default 14 (DefaultIntervalDays).
	CheckInIntervalDays *int
	// MonitorIntervalDays is how often the children's monitor (internal/monitor) asks a location
	// without a schedule of its own; 0 asks only when a manager starts a round. Default 91 (a
	// quarter, monitor.DefaultIntervalDays).
	MonitorIntervalDays *int
	// PublicURL is where staff open jeugdstem (e.g. https://jeugdstem.example.org), for links
	// in e-mails.
	PublicURL string
	// Mail writes an e-mail per new signal to each recipient into the outbox (internal/mail),
	// in the signal's own transaction; without it (no SMTP server configured) none is written.
	Mail bool
	// Now is the clock; time.Now by default.
	Now func() time.Time
}

// Defaults of Config. DefaultSafetyThreshold and DefaultAnswerDeadline are also the defaults of
// the reports (reports.Config), which flag the same low scores and count the same overdue answers,
// and of the serve and export flags; they are defined here only.
const (
	DefaultSafetyThreshold = 3.0
	DefaultSafetyDrop      = 0.5
	DefaultAnswerDeadline  = 14 * 24 * time.Hour
	DefaultIntervalDays    = 14
	// DefaultCouncilMeetingGap: a council that has not met in 8 weeks is not running.
	DefaultCouncilMeetingGap = 8 * 7 * 24 * time.Hour
)

func (c Config) withDefaults() Config {
	if c.MinGroupSize < 2 {
		c.MinGroupSize = disclosure.DefaultK
	}
	if c.SafetyThreshold <= 0 {
		c.SafetyThreshold = DefaultSafetyThreshold
	}
	if c.SafetyDrop <= 0 {
		c.SafetyDrop = DefaultSafetyDrop
	}
	if c.AnswerDeadline <= 0 {
		c.AnswerDeadline = DefaultAnswerDeadline
	}
	if c.CouncilMeetingGap <= 0 {
		c.CouncilMeetingGap = DefaultCouncilMeetingGap
	}
	if c.CheckInIntervalDays == nil {
		d := DefaultIntervalDays
		c.CheckInIntervalDays = &d
	}
	if c.MonitorIntervalDays == nil {
		d := monitor.DefaultIntervalDays
		c.MonitorIntervalDays = &d
	}
	c.PublicURL = strings.TrimRight(c.PublicURL, "/")
	if c.Now == nil {
		c.Now = time.Now
	}
	return c
}

// Service runs the check-ins and the signal rules over one database.
type Service struct {
	client *ent.Client
	votes  *voting.Service // opens and closes the check-in polls
	cfg    Config
	// rounds starts the children's monitor's rounds when they are due.
	rounds *monitor.Service
}

// New returns the wellbeing monitoring of client's database, opening and closing its check-in
// polls through votes.
func New(client *ent.Client, votes *voting.Service, cfg Config) *Service {
	cfg = cfg.withDefaults()
	return &Service{client: client, votes: votes, cfg: cfg, rounds: monitor.New(client, votes, monitor.Config{
		MinGroupSize: cfg.MinGroupSize, IntervalDays: cfg.MonitorIntervalDays, Now: cfg.Now})}
}

// Config returns the service's settings, defaults filled in.
func (s *Service) Config() Config { return s.cfg }

// system is the context of the jobs: no viewer (audited as the system's), past the privacy rules.
func system(ctx context.Context) context.Context {
	return policies.System(policies.NewContext(ctx, &policies.Viewer{}))
}

// now is the time to store and compare with stored times: without Go's monotonic clock reading,
// which the SQLite driver would write into the column (as feedback's dbNow explains).
func (s *Service) now() time.Time { return s.cfg.Now().Local().Round(0) }

// dbNow is now for the API, which has no clock of its own.
func dbNow() time.Time { return time.Now().Round(0) }
