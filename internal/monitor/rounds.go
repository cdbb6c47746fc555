// Package monitor owns the children's monitor of every location against the quality framework
// (framework.go): its rounds, which ask every child of a location the framework's questions on the
// tablets, and the schedule that starts them. Each question of a round is an ordinary poll of the
// location (LOCATION scope, so every child, not only council members; one poll per age version,
// narrowed to its age bands), made, opened and closed through internal/voting: the answers have
// exactly the secrecy of every poll (sealed ballots, counted at close, shown only through
// internal/disclosure). Scorecards are internal/reports'; signals internal/signals'.
package monitor

import (
	"context"
	"errors"
	"log/slog"
	"time"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/location"
	"github.com/jeugdstem/jeugdstem/ent/monitorquestion"
	"github.com/jeugdstem/jeugdstem/ent/monitorround"
	"github.com/jeugdstem/jeugdstem/ent/monitorschedule"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/predicate"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/audit"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/disclosure"
	"github.com/jeugdstem/jeugdstem/internal/voting"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Config is what a deployment may set.
type Config struct {
	// MinGroupSize is the disclosure threshold k of the rounds' polls (at least disclosure.DefaultK).
	MinGroupSize int
	// IntervalDays is how often a location is asked; default 91 (a quarter). 0 asks only when a
	// manager starts a round.
	IntervalDays *int
	// OpenDays is how long a round stays open; default 21. The next round closes it earlier.
	OpenDays int
	// Now is the clock; time.Now by default.
	Now func() time.Time
}

// DefaultIntervalDays is a quarter.
const DefaultIntervalDays = 91

func (c Config) withDefaults() Config {
	c.MinGroupSize = max(c.MinGroupSize, disclosure.DefaultK)
	if c.IntervalDays == nil {
		d := DefaultIntervalDays
		c.IntervalDays = &d
	}
	if c.OpenDays <= 0 {
		c.OpenDays = 21
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return c
}

// Service runs the monitor's rounds over one database.
type Service struct {
	client *ent.Client
	votes  *voting.Service
	cfg    Config
}

// New returns the monitor of client's database, opening and closing its polls through votes.
func New(client *ent.Client, votes *voting.Service, cfg Config) *Service {
	return &Service{client: client, votes: votes, cfg: cfg.withDefaults()}
}

// system is the context of the monitor's own writes, after the viewer's rights were checked (or
// for the scheduler, which has no viewer and is audited as the system).
func system(ctx context.Context) context.Context { return policies.System(ctx) }

// now is the time to store: without Go's monotonic clock reading (see signals.now).
func (s *Service) now() time.Time { return s.cfg.Now().Local().Round(0) }

// leaseTTL is how long the instance that claimed a scheduled round may take before another takes
// over.
const leaseTTL = 5 * time.Minute

// Started is a started round (startMonitorRound).
type Started struct {
	LocationID string    `json:"locationID"`
	Round      int       `json:"round"`
	OpenedAt   time.Time `json:"openedAt"`
	// PollIDs are its questions' polls, in the order of the framework and the age versions.
	PollIDs []string `json:"pollIDs"`
}

// StartRound starts the next round of a location's monitor now (startMonitorRound): the
// location's managers and national admins. The round's number is claimed on the location's
// schedule by a conditional update, so a round started by hand and one by the scheduler at the
// same moment are two rounds, never one asked twice; the schedule's next round moves one interval
// on from now.
func (s *Service) StartRound(ctx context.Context, locationID string) (*Started, error) {
	if err := policies.MayStartMonitorRound(policies.FromContext(ctx), locationID); err != nil {
		return nil, err
	}
	sys := system(ctx)
	if ok, err := s.client.Location.Query().Where(location.ID(locationID)).Exist(sys); err != nil {
		return nil, err
	} else if !ok {
		return nil, apierror.NotFoundf("no such location")
	}
	now := s.now()
	if err := s.ensureSchedule(sys, locationID, now); err != nil {
		return nil, err
	}
	for range 5 {
		sc, err := s.client.MonitorSchedule.Query().Where(monitorschedule.LocationID(locationID)).Only(sys)
		if err != nil {
			return nil, err
		}
		days := s.interval(sc)
		claimed, err := s.client.MonitorSchedule.Update().
			Where(monitorschedule.ID(sc.ID), monitorschedule.Round(sc.Round)).
			SetRound(sc.Round + 1).SetNextDueAt(now.AddDate(0, 0, days)).
			Save(sys)
		if err != nil {
			return nil, err
		}
		if claimed == 0 {
			continue // the scheduler or another manager took this number; take the next
		}
		return s.startRound(ctx, locationID, sc.Round+1, now)
	}
	return nil, apierror.New(apierror.Conflict, "rounds are being started at this location right now; try again")
}

// ensureSchedule gives the location the default schedule if it has none yet (with the flag at 0
// it starts no rounds by itself: see Service.scheduled).
func (s *Service) ensureSchedule(ctx context.Context, locationID string, now time.Time) error {
	days := DefaultIntervalDays
	if d := *s.cfg.IntervalDays; d > 0 {
		days = d
	}
	// A bulk insert in a transaction, as scheduleNewLocations: ent writes it as a query.
	return database.InTx(ctx, s.client, func(tx *ent.Tx) error {
		return tx.MonitorSchedule.CreateBulk(tx.MonitorSchedule.Create().SetLocationID(locationID).SetIntervalDays(days).
			SetNextDueAt(now.AddDate(0, 0, days))).
			OnConflictColumns(monitorschedule.FieldLocationID).DoNothing().Exec(ctx)
	})
}

// startRound makes round number n of the location (or finds it, when an earlier try was cut
// short), makes and opens each question's poll, and closes the location's earlier rounds. Each
// step is idempotent, so a round taken over after a crash completes without asking anything
// twice.
func (s *Service) startRound(ctx context.Context, locationID string, n int, now time.Time) (*Started, error) {
	sys := system(ctx)
	r, err := s.client.MonitorRound.Query().
		Where(monitorround.LocationID(locationID), monitorround.SourceEQ(monitorround.SourceMONITOR), monitorround.Round(n)).
		Only(sys)
	if ent.IsNotFound(err) {
		r, err = s.client.MonitorRound.Create().SetLocationID(locationID).SetRound(n).
			SetSource(monitorround.SourceMONITOR).SetFrameworkVersion(FrameworkVersion).SetOpenedAt(now).Save(sys)
		if ent.IsConstraintError(err) {
			r, err = s.client.MonitorRound.Query().
				Where(monitorround.LocationID(locationID), monitorround.SourceEQ(monitorround.SourceMONITOR), monitorround.Round(n)).
				Only(sys)
		}
	}
	if err != nil {
		return nil, err
	}
	closesAt := now.AddDate(0, 0, s.cfg.OpenDays)
	out := &Started{LocationID: locationID, Round: r.Round, OpenedAt: r.OpenedAt}
	for _, d := range domains {
		for _, a := range AgeVersions {
			id, err := s.questionPoll(ctx, r, d, a, closesAt)
			if err != nil {
				return nil, err
			}
			if _, err := s.votes.OpenPoll(sys, id); err != nil && !errors.Is(err, apierror.ErrConflict) {
				return nil, err // CONFLICT: opened already, by an earlier try
			}
			out.PollIDs = append(out.PollIDs, id)
		}
	}
	if err := s.closeEarlier(ctx, locationID, r.ID, out.PollIDs); err != nil {
		return nil, err
	}
	if err := audit.Record(ctx, s.client, "MONITOR_ROUND_STARTED", "MonitorRound", r.ID, locationID); err != nil {
		return nil, err
	}
	return out, nil
}

var errTaken = errors.New("the question got its poll from another instance")

// questionPoll returns the poll of a round's question, making the question and its poll on the
// first try: the poll asks every child of the location in the version's age bands, with the
// question in every language and the kind's standard answers (pictures) as its options.
func (s *Service) questionPoll(ctx context.Context, r *ent.MonitorRound, d Domain, a AgeVersion, closesAt time.Time) (string, error) {
	sys := system(ctx)
	where := []predicate.MonitorQuestion{monitorquestion.RoundID(r.ID), monitorquestion.Domain(d.Key),
		monitorquestion.AgeVersionEQ(a)}
	q, err := s.client.MonitorQuestion.Query().Where(where...).Only(sys)
	if ent.IsNotFound(err) {
		q, err = s.client.MonitorQuestion.Create().SetRoundID(r.ID).SetLocationID(r.LocationID).SetDomain(d.Key).
			SetAgeVersion(a).Save(sys)
		if ent.IsConstraintError(err) {
			q, err = s.client.MonitorQuestion.Query().Where(where...).Only(sys)
		}
	}
	if err != nil {
		return "", err
	}
	if q.PollID != nil {
		return *q.PollID, nil
	}
	kind := voting.KindOf(d.Kind)
	var pollID string
	err = database.InTx(sys, s.client, func(tx *ent.Tx) error {
		p, err := tx.Poll.Create().
			SetScope(poll.ScopeLOCATION).SetLocationID(r.LocationID).
			SetKind(d.Kind).SetTheme(d.Theme).SetQuestion(d.Texts(a)).
			SetAudienceAgeBands(Bands(a)).SetClosesAt(closesAt).
			SetMinGroupSize(s.cfg.MinGroupSize).
			Save(sys)
		if err != nil {
			return err
		}
		opts := make([]*ent.PollOptionCreate, len(kind.Standard))
		for i, std := range kind.Standard {
			opts[i] = tx.PollOption.Create().SetPollID(p.ID).SetPosition(i).SetLabel(std.Label).SetPictogram(std.Pictogram)
		}
		if err := tx.PollOption.CreateBulk(opts...).Exec(sys); err != nil {
			return err
		}
		linked, err := tx.MonitorQuestion.Update().Where(monitorquestion.ID(q.ID), monitorquestion.PollIDIsNil()).
			SetPollID(p.ID).Save(sys)
		if err != nil {
			return err
		}
		if linked == 0 {
			return errTaken
		}
		pollID = p.ID
		return nil
	})
	if errors.Is(err, errTaken) {
		q, err = s.client.MonitorQuestion.Get(sys, q.ID)
		if err == nil && q.PollID != nil {
			return *q.PollID, nil
		}
	}
	return pollID, err
}

// closeEarlier closes the polls of the location's earlier monitor rounds that are still open: a
// new round replaces the one before. An adopted check-in keeps its own rhythm (internal/signals).
func (s *Service) closeEarlier(ctx context.Context, locationID, roundID string, current []string) error {
	sys := system(ctx)
	open, err := s.client.MonitorQuestion.Query().
		Where(monitorquestion.LocationID(locationID), monitorquestion.RoundIDNEQ(roundID),
			monitorquestion.HasRoundWith(monitorround.SourceEQ(monitorround.SourceMONITOR)),
			monitorquestion.HasPollWith(poll.StatusEQ(poll.StatusOPEN))).
		All(sys)
	if err != nil {
		return err
	}
	for _, q := range open {
		if _, err := s.votes.ClosePoll(sys, *q.PollID); err != nil && !errors.Is(err, apierror.ErrConflict) {
			return err
		}
	}
	return nil
}

// StartDue starts the round of every location whose round is due (the scheduler; several
// instances may run it at once): a location without a schedule gets the default one, its first
// round one interval after the location was made; a round is claimed by a conditional update of
// the schedule (its lease and round counter). It returns the rounds started.
func (s *Service) StartDue(ctx context.Context) (int, error) {
	ctx = policies.System(policies.NewContext(ctx, &policies.Viewer{}))
	now := s.now()
	if err := s.scheduleNewLocations(ctx); err != nil {
		return 0, err
	}
	where := []predicate.MonitorSchedule{monitorschedule.Enabled(true), monitorschedule.NextDueAtLTE(now),
		monitorschedule.Or(monitorschedule.LeaseUntilIsNil(), monitorschedule.LeaseUntilLT(now))}
	if *s.cfg.IntervalDays <= 0 {
		where = append(where, monitorschedule.Custom(true)) // only the locations' own schedules
	}
	due, err := s.client.MonitorSchedule.Query().Where(where...).
		Order(monitorschedule.ByNextDueAt()).Limit(100).All(ctx)
	if err != nil {
		return 0, err
	}
	started := 0
	for _, sc := range due {
		claimed, err := s.client.MonitorSchedule.Update().
			Where(monitorschedule.ID(sc.ID), monitorschedule.Round(sc.Round), monitorschedule.NextDueAtLTE(now),
				monitorschedule.Or(monitorschedule.LeaseUntilIsNil(), monitorschedule.LeaseUntilLT(now))).
			SetRound(sc.Round + 1).SetLeaseUntil(now.Add(leaseTTL)).Save(ctx)
		if err != nil || claimed == 0 {
			continue
		}
		if _, err := s.startRound(ctx, sc.LocationID, sc.Round+1, now); err != nil {
			// The round's number is taken; the lease runs out and the next run starts the next one.
			slog.WarnContext(ctx, "starting a monitor round", "location", sc.LocationID, "error", err.Error())
			continue
		}
		days := s.interval(sc)
		next := sc.NextDueAt.AddDate(0, 0, days)
		for !next.After(now) {
			next = next.AddDate(0, 0, days)
		}
		if err := s.client.MonitorSchedule.UpdateOneID(sc.ID).SetNextDueAt(next).ClearLeaseUntil().Exec(ctx); err != nil {
			return started, err
		}
		started++
	}
	return started, nil
}

// scheduleNewLocations gives every location without a schedule the default one.
func (s *Service) scheduleNewLocations(ctx context.Context) error {
	days := *s.cfg.IntervalDays
	if days <= 0 {
		return nil
	}
	locs, err := s.client.Location.Query().
		Where(func(sel *entsql.Selector) {
			t := entsql.Table(monitorschedule.Table)
			sel.Where(entsql.NotExists(entsql.Select(t.C(monitorschedule.FieldID)).From(t).
				Where(entsql.ColumnsEQ(t.C(monitorschedule.FieldLocationID), sel.C(location.FieldID)))))
		}).
		Select(location.FieldID, location.FieldCreatedAt).All(ctx)
	if err != nil || len(locs) == 0 {
		return err
	}
	return database.InTx(ctx, s.client, func(tx *ent.Tx) error {
		creates := make([]*ent.MonitorScheduleCreate, len(locs))
		for i, l := range locs {
			creates[i] = tx.MonitorSchedule.Create().SetLocationID(l.ID).SetIntervalDays(days).
				SetNextDueAt(l.CreatedAt.AddDate(0, 0, days))
		}
		return tx.MonitorSchedule.CreateBulk(creates...).
			OnConflictColumns(monitorschedule.FieldLocationID).DoNothing().Exec(ctx)
	})
}

// Framework returns the framework for the API (monitorFramework): any signed-in viewer.
func (s *Service) Framework() Info {
	return Describe(func(k poll.Kind) []AnswerInfo {
		var out []AnswerInfo
		for i, a := range voting.KindOf(k).Standard {
			out = append(out, AnswerInfo{Pictogram: a.Pictogram, Value: Value(k, i), Label: a.Label})
		}
		return out
	})
}

// AdoptCheckIn makes a SAFETY check-in's poll the safety domain of the monitor (a round of source
// CHECK_IN holding that one question, asked of all ages), in the check-in's transaction (client is
// the transaction's; ctx a system context). database.upgradeCheckIns does the same for check-ins
// made before the monitor existed.
func AdoptCheckIn(ctx context.Context, client *ent.Client, locationID string, round int, createdAt time.Time, pollID string) error {
	r, err := client.MonitorRound.Query().
		Where(monitorround.LocationID(locationID), monitorround.SourceEQ(monitorround.SourceCHECK_IN), monitorround.Round(round)).
		Only(ctx)
	if ent.IsNotFound(err) {
		r, err = client.MonitorRound.Create().SetLocationID(locationID).SetRound(round).SetSource(monitorround.SourceCHECK_IN).
			SetFrameworkVersion(FrameworkVersion).SetOpenedAt(createdAt).Save(ctx)
	}
	if err != nil {
		return err
	}
	return client.MonitorQuestion.Create().SetRoundID(r.ID).SetLocationID(locationID).SetDomain(DomainSafety).
		SetAgeVersion(AllAges).SetPollID(pollID).Exec(ctx)
}
