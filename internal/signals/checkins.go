package signals

import (
	"context"
	"errors"
	"log/slog"
	"time"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/checkin"
	"github.com/jeugdstem/jeugdstem/ent/checkinschedule"
	"github.com/jeugdstem/jeugdstem/ent/location"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/audit"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/disclosure"
	"github.com/jeugdstem/jeugdstem/internal/monitor"
)

// leaseTTL is how long the instance that claimed a round may take to start it before another
// instance takes over (after a crash, say).
const leaseTTL = 5 * time.Minute

// maxRoundsPerRun bounds one run; the next run goes on where it stopped.
const maxRoundsPerRun = 100

// StartDueCheckIns starts the check-in of every location whose check-in is due: it makes the
// round's poll (a SMILEY_SCALE SAFETY poll in the location's languages, Dutch and English),
// opens it and closes the location's previous check-in, through internal/voting. It returns the
// rounds started. Several instances may run it at once: a round is claimed with a conditional
// update of the schedule (its lease), and the unique (location, round) of CheckIn keeps even a
// round taken over after a lease ran out from being asked twice.
func (s *Service) StartDueCheckIns(ctx context.Context) (int, error) {
	ctx = system(ctx)
	now := s.now()
	if err := s.scheduleNewLocations(ctx); err != nil {
		return 0, err
	}
	due, err := s.client.CheckInSchedule.Query().
		Where(checkinschedule.Enabled(true), checkinschedule.NextDueAtLTE(now),
			checkinschedule.Or(checkinschedule.LeaseUntilIsNil(), checkinschedule.LeaseUntilLT(now))).
		Order(checkinschedule.ByNextDueAt()).
		Limit(maxRoundsPerRun).
		All(ctx)
	if err != nil {
		return 0, err
	}
	started := 0
	for _, sc := range due {
		ok, err := s.startRound(ctx, sc, now)
		if err != nil {
			// The lease runs out and the round is tried again; other locations go on.
			slog.WarnContext(ctx, "starting a wellbeing check-in", "location", sc.LocationID, "error", err.Error())
			continue
		}
		if ok {
			started++
		}
	}
	return started, nil
}

// scheduleNewLocations gives every location without a schedule the deployment's default one:
// its first check-in one interval after the location was made, so a new location has time to
// form its council (an older location is asked at once).
func (s *Service) scheduleNewLocations(ctx context.Context) error {
	days := *s.cfg.CheckInIntervalDays
	if days <= 0 {
		return nil
	}
	locs, err := s.client.Location.Query().
		Where(func(sel *entsql.Selector) {
			t := entsql.Table(checkinschedule.Table)
			sel.Where(entsql.NotExists(entsql.Select(t.C(checkinschedule.FieldID)).From(t).
				Where(entsql.ColumnsEQ(t.C(checkinschedule.FieldLocationID), sel.C(location.FieldID)))))
		}).
		Select(location.FieldID, location.FieldCreatedAt).
		All(ctx)
	if err != nil || len(locs) == 0 {
		return err
	}
	// In a transaction: ent writes a bulk insert as a query (RETURNING), which on SQLite would
	// otherwise go to the read-only pool.
	return database.InTx(ctx, s.client, func(tx *ent.Tx) error {
		creates := make([]*ent.CheckInScheduleCreate, len(locs))
		for i, l := range locs {
			creates[i] = tx.CheckInSchedule.Create().SetLocationID(l.ID).SetIntervalDays(days).
				SetNextDueAt(l.CreatedAt.AddDate(0, 0, days))
		}
		return tx.CheckInSchedule.CreateBulk(creates...).
			OnConflictColumns(checkinschedule.FieldLocationID).DoNothing().Exec(ctx)
	})
}

// startRound claims the schedule's next round and starts it; false when another instance has it.
func (s *Service) startRound(ctx context.Context, sc *ent.CheckInSchedule, now time.Time) (bool, error) {
	claimed, err := s.client.CheckInSchedule.Update().
		Where(checkinschedule.ID(sc.ID), checkinschedule.Round(sc.Round), checkinschedule.Enabled(true),
			checkinschedule.NextDueAtLTE(now),
			checkinschedule.Or(checkinschedule.LeaseUntilIsNil(), checkinschedule.LeaseUntilLT(now))).
		SetLeaseUntil(now.Add(leaseTTL)).
		Save(ctx)
	if err != nil || claimed == 0 {
		return false, err
	}
	round := sc.Round + 1
	next := nextDue(sc.NextDueAt, sc.IntervalDays, now)
	pollID, err := s.roundPoll(ctx, sc.LocationID, round, next)
	if err != nil {
		return false, err
	}
	if _, err := s.votes.OpenPoll(ctx, pollID); err != nil && !errors.Is(err, apierror.ErrConflict) {
		return false, err // CONFLICT: opened already, by an earlier try of this round
	}
	if err := s.closePrevious(ctx, sc.LocationID, round); err != nil {
		return false, err
	}
	_, err = s.client.CheckInSchedule.Update().
		Where(checkinschedule.ID(sc.ID), checkinschedule.Round(sc.Round)).
		SetRound(round).SetNextDueAt(next).ClearLeaseUntil().
		Save(ctx)
	return err == nil, err
}

// nextDue is the first due time after now on the schedule's rhythm: a server that was down for
// weeks asks once, not once per missed interval.
func nextDue(last time.Time, days int, now time.Time) time.Time {
	next := last.AddDate(0, 0, days)
	for !next.After(now) {
		next = next.AddDate(0, 0, days)
	}
	return next
}

// roundPoll returns the poll of a location's round, making the round and its poll if this is the
// first try. The poll closes by itself at closesAt, also should the next round not come.
func (s *Service) roundPoll(ctx context.Context, locationID string, round int, closesAt time.Time) (string, error) {
	ci, err := s.client.CheckIn.Query().Where(checkin.LocationID(locationID), checkin.Round(round)).Only(ctx)
	if ent.IsNotFound(err) {
		ci, err = s.client.CheckIn.Create().SetLocationID(locationID).SetRound(round).SetCreatedAt(s.now()).Save(ctx)
		if ent.IsConstraintError(err) {
			ci, err = s.client.CheckIn.Query().Where(checkin.LocationID(locationID), checkin.Round(round)).Only(ctx)
		}
	}
	if err != nil {
		return "", err
	}
	if ci.PollID != nil {
		return *ci.PollID, nil
	}
	loc, err := s.client.Location.Get(ctx, locationID)
	if err != nil {
		return "", err
	}
	question, answers := checkInTexts(checkInLanguages(loc.Languages))
	var pollID string
	err = database.InTx(ctx, s.client, func(tx *ent.Tx) error {
		p, err := tx.Poll.Create().
			SetScope(poll.ScopeLOCATION).SetLocationID(locationID).
			SetKind(poll.KindSMILEY_SCALE).SetTheme(schematype.ThemeSafety).
			SetQuestion(question).SetClosesAt(closesAt).
			SetMinGroupSize(max(disclosure.DefaultK, s.cfg.MinGroupSize)).
			Save(ctx)
		if err != nil {
			return err
		}
		opts := make([]*ent.PollOptionCreate, len(answers))
		for i, label := range answers {
			opts[i] = tx.PollOption.Create().SetPollID(p.ID).SetPosition(i).SetLabel(label).
				SetPictogram(smileyPictogram(i))
		}
		if err := tx.PollOption.CreateBulk(opts...).Exec(ctx); err != nil {
			return err
		}
		// Link the poll to the round unless someone else did meanwhile; then this poll is
		// rolled back and theirs is the round's.
		linked, err := tx.CheckIn.Update().Where(checkin.ID(ci.ID), checkin.PollIDIsNil()).SetPollID(p.ID).Save(ctx)
		if err != nil {
			return err
		}
		if linked == 0 {
			return errRoundTaken
		}
		pollID = p.ID
		if err := monitor.AdoptCheckIn(ctx, tx.Client(), locationID, round, ci.CreatedAt, p.ID); err != nil {
			return err
		}
		return audit.Record(ctx, tx.Client(), "CHECKIN_CREATED", "Poll", p.ID, locationID)
	})
	if errors.Is(err, errRoundTaken) {
		ci, err = s.client.CheckIn.Get(ctx, ci.ID)
		if err == nil && ci.PollID != nil {
			return *ci.PollID, nil
		}
	}
	return pollID, err
}

var errRoundTaken = errors.New("the round got its poll from another instance")

// smileyPictogram is the app's picture for the i-th face (0: very unsafe … 4: very safe).
func smileyPictogram(i int) string { return "smiley-" + string(rune('1'+i)) }

// closePrevious closes the location's earlier check-ins that are still open.
func (s *Service) closePrevious(ctx context.Context, locationID string, round int) error {
	open, err := s.client.CheckIn.Query().
		Where(checkin.LocationID(locationID), checkin.RoundLT(round),
			checkin.HasPollWith(poll.StatusEQ(poll.StatusOPEN))).
		All(ctx)
	if err != nil {
		return err
	}
	for _, ci := range open {
		if _, err := s.votes.ClosePoll(ctx, *ci.PollID); err != nil && !errors.Is(err, apierror.ErrConflict) {
			return err
		}
	}
	return nil
}
