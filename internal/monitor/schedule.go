package monitor

import (
	"context"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/location"
	"github.com/jeugdstem/jeugdstem/ent/monitorround"
	"github.com/jeugdstem/jeugdstem/ent/monitorschedule"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/audit"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/validation"
	"github.com/jeugdstem/jeugdstem/policies"
)

// A location's schedule is its own once its managers set it (setMonitorSchedule): its interval
// and whether it is paused. Until then, and again after useDefault, it follows the deployment's
// default (--monitor-interval-days, where 0 means no scheduled rounds), so changing the flag moves
// every location that has no schedule of its own.

// Interval limits of a location's own schedule: at least four weeks (a round stays open three)
// and at most a year.
const (
	MinIntervalDays = 28
	MaxIntervalDays = 365
)

// Schedule is when a location's rounds are asked (monitorSchedule, setMonitorSchedule).
type Schedule struct {
	LocationID string `json:"locationID"`
	// EveryDays is the time between two rounds.
	EveryDays int `json:"everyDays"`
	// Paused: no rounds start by themselves (a manager may still start one).
	Paused bool `json:"paused"`
	// Own: the location's managers set it; otherwise it follows the deployment's default.
	Own bool `json:"own"`
	// NextRoundAt is when the next round starts by itself; nil when paused.
	NextRoundAt *time.Time `json:"nextRoundAt"`
	// Rounds are the rounds started so far, by the schedule or by hand.
	Rounds int `json:"rounds"`
}

// ScheduleInput changes a location's schedule (setMonitorSchedule). Fields left out keep their
// value; UseDefault returns the location to the deployment's default and goes with neither.
type ScheduleInput struct {
	LocationID string `json:"locationID" validate:"required,max=40"`
	EveryDays  *int   `json:"everyDays" validate:"omitnil,min=28,max=365"`
	Paused     *bool  `json:"paused"`
	UseDefault *bool  `json:"useDefault"`
}

// interval is the schedule's interval in effect: its own, or the deployment's default.
func (s *Service) interval(sc *ent.MonitorSchedule) int {
	if d := *s.cfg.IntervalDays; !sc.Custom && d > 0 {
		return d
	}
	return sc.IntervalDays
}

// scheduled reports whether the schedule starts rounds by itself.
func (s *Service) scheduled(sc *ent.MonitorSchedule) bool {
	if sc.Custom {
		return sc.Enabled
	}
	return *s.cfg.IntervalDays > 0
}

func (s *Service) view(sc *ent.MonitorSchedule) *Schedule {
	out := &Schedule{LocationID: sc.LocationID, EveryDays: s.interval(sc), Paused: !s.scheduled(sc), Own: sc.Custom, Rounds: sc.Round}
	if !out.Paused {
		t := sc.NextDueAt.UTC()
		out.NextRoundAt = &t
	}
	return out
}

// MonitorSchedule returns a location's schedule (its managers and national admins; partners too,
// who read its scorecard): the default one, as the scheduler will make it, until it has one.
func (s *Service) MonitorSchedule(ctx context.Context, locationID string) (*Schedule, error) {
	if err := policies.MayReadMonitor(policies.FromContext(ctx), locationID); err != nil {
		return nil, err
	}
	return s.ScheduleOf(system(ctx), locationID)
}

// ScheduleOf returns a location's schedule without checking the viewer (the scorecard's next
// round, after its own check).
func (s *Service) ScheduleOf(ctx context.Context, locationID string) (*Schedule, error) {
	sys := system(ctx)
	sc, err := s.client.MonitorSchedule.Query().Where(monitorschedule.LocationID(locationID)).Only(sys)
	if err == nil {
		return s.view(sc), nil
	}
	if !ent.IsNotFound(err) {
		return nil, err
	}
	l, err := s.client.Location.Query().Where(location.ID(locationID)).Select(location.FieldCreatedAt).Only(sys)
	if ent.IsNotFound(err) {
		return nil, apierror.NotFoundf("no such location")
	} else if err != nil {
		return nil, err
	}
	days := *s.cfg.IntervalDays
	if days <= 0 {
		days = DefaultIntervalDays
	}
	return s.view(&ent.MonitorSchedule{LocationID: locationID, IntervalDays: days, Enabled: true,
		NextDueAt: l.CreatedAt.AddDate(0, 0, days)}), nil
}

// SetSchedule sets a location's schedule (setMonitorSchedule): the location's managers and
// national admins, as they start rounds. The next round is one interval after the location's
// last round (or its creation), at once when that has passed; it is audited
// (MONITOR_SCHEDULE_SET). Bad input is BAD_USER_INPUT with its field and changes nothing.
func (s *Service) SetSchedule(ctx context.Context, in ScheduleInput) (*Schedule, error) {
	if err := validation.Struct("", in); err != nil {
		return nil, err
	}
	useDefault := in.UseDefault != nil && *in.UseDefault
	if useDefault && (in.EveryDays != nil || in.Paused != nil) {
		return nil, apierror.BadInput("useDefault", "cannot go with everyDays or paused")
	}
	if err := policies.MaySetMonitorSchedule(policies.FromContext(ctx), in.LocationID); err != nil {
		return nil, err
	}
	sys := system(ctx)
	l, err := s.client.Location.Query().Where(location.ID(in.LocationID)).Select(location.FieldCreatedAt).Only(sys)
	if ent.IsNotFound(err) {
		return nil, apierror.NotFoundf("no such location")
	} else if err != nil {
		return nil, err
	}
	now := s.now()
	if err := s.ensureSchedule(sys, in.LocationID, now); err != nil {
		return nil, err
	}
	base := l.CreatedAt
	last, err := s.client.MonitorRound.Query().
		Where(monitorround.LocationID(in.LocationID), monitorround.SourceEQ(monitorround.SourceMONITOR)).
		Order(ent.Desc(monitorround.FieldOpenedAt)).First(sys)
	if err == nil {
		base = last.OpenedAt
	} else if !ent.IsNotFound(err) {
		return nil, err
	}
	var out *ent.MonitorSchedule
	for range 5 {
		err = database.InTx(sys, s.client, func(tx *ent.Tx) error {
			sc, err := tx.MonitorSchedule.Query().Where(monitorschedule.LocationID(in.LocationID)).Only(sys)
			if err != nil {
				return err
			}
			days, enabled, custom := s.interval(sc), s.scheduled(sc), true
			if in.EveryDays != nil {
				days = *in.EveryDays
			}
			if in.Paused != nil {
				enabled = !*in.Paused
			}
			if useDefault {
				days, enabled, custom = max(*s.cfg.IntervalDays, 0), true, false
				if days == 0 {
					days = DefaultIntervalDays
				}
			}
			next := base.AddDate(0, 0, days)
			if next.Before(now) {
				next = now
			}
			// Conditional on the round counter: a round being started meanwhile moves the next one
			// itself, and this change is made again on what it left.
			n, err := tx.MonitorSchedule.Update().Where(monitorschedule.ID(sc.ID), monitorschedule.Round(sc.Round)).
				SetIntervalDays(days).SetEnabled(enabled).SetCustom(custom).SetNextDueAt(next.Local().Round(0)).Save(sys)
			if err != nil || n == 0 {
				return err
			}
			if out, err = tx.MonitorSchedule.Get(sys, sc.ID); err != nil {
				return err
			}
			return audit.Record(sys, tx.Client(), "MONITOR_SCHEDULE_SET", "MonitorSchedule", sc.ID, in.LocationID)
		})
		if err != nil || out != nil {
			break
		}
	}
	if err != nil {
		return nil, err
	}
	if out == nil {
		return nil, apierror.New(apierror.Conflict, "a round is being started at this location right now; try again")
	}
	return s.view(out), nil
}
