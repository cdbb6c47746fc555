package signals

import (
	"context"
	"time"

	"entgo.io/contrib/entgql"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/checkinschedule"
	"github.com/jeugdstem/jeugdstem/ent/signal"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/audit"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/validation"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Filter narrows the signals listed.
type Filter struct {
	LocationID *string
	// Acknowledged: true lists only acknowledged signals, false only open ones.
	Acknowledged *bool
}

// newestFirst is the order of signal lists.
var newestFirst = &ent.SignalOrder{Direction: entgql.OrderDirectionDesc, Field: ent.SignalOrderFieldCreatedAt}

// List returns the signals the viewer may read, newest first, as a Relay connection: managers
// and partners those of their linked locations, national admins all (policies.Signal). Other
// roles are FORBIDDEN (policies.MayReadSignals).
func List(ctx context.Context, client *ent.Client, after *entgql.Cursor[string], first *int, before *entgql.Cursor[string], last *int, f Filter) (*ent.SignalConnection, error) {
	if err := policies.MayReadSignals(policies.FromContext(ctx)); err != nil {
		return nil, err
	}
	q := client.Signal.Query()
	if f.LocationID != nil {
		q.Where(signal.LocationID(*f.LocationID))
	}
	if f.Acknowledged != nil {
		if *f.Acknowledged {
			q.Where(signal.AcknowledgedAtNotNil())
		} else {
			q.Where(signal.AcknowledgedAtIsNil())
		}
	}
	return q.Paginate(ctx, after, first, before, last, ent.WithSignalOrder(newestFirst))
}

// Acknowledge records that a manager of the signal's location (or a national admin) has seen a
// signal and is acting on it. Acknowledging twice keeps the first. A signal the viewer may not
// see is NOT_FOUND; a partner, who may see it, is FORBIDDEN.
func Acknowledge(ctx context.Context, client *ent.Client, id string) (*ent.Signal, error) {
	sig, err := client.Signal.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, apierror.NotFoundf("no such signal")
	}
	if err != nil || sig.AcknowledgedAt != nil {
		return sig, err
	}
	v := policies.FromContext(ctx)
	err = database.InTx(ctx, client, func(tx *ent.Tx) error {
		n, err := tx.Signal.Update().Where(signal.ID(id), signal.AcknowledgedAtIsNil()).
			SetAcknowledgedAt(dbNow()).SetAcknowledgedBy(v.StaffID).Save(ctx)
		if err != nil || n == 0 {
			return err // n == 0: acknowledged meanwhile, by someone else
		}
		return audit.Record(ctx, tx.Client(), "SIGNAL_ACKNOWLEDGED", "Signal", id, sig.LocationID)
	})
	if err != nil {
		return nil, err
	}
	return client.Signal.Get(ctx, id)
}

// CheckInSchedule returns when a location's wellbeing check-in is asked, or nil when the
// location has no schedule yet (it gets the deployment's default at the next run of the jobs).
func CheckInSchedule(ctx context.Context, client *ent.Client, locationID string) (*ent.CheckInSchedule, error) {
	if err := mayScheduleAt(ctx, client, locationID); err != nil {
		return nil, err
	}
	sc, err := client.CheckInSchedule.Query().Where(checkinschedule.LocationID(locationID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return sc, err
}

// ScheduleInput changes a location's check-in schedule (setCheckInSchedule). Fields left out keep
// their value (or the default, for a location without a schedule).
type ScheduleInput struct {
	LocationID string `json:"locationID" validate:"required,max=40"`
	// IntervalDays is the time between two check-ins, from the next one on.
	IntervalDays *int  `json:"intervalDays" validate:"omitnil,min=1,max=365"`
	Enabled      *bool `json:"enabled"`
	// NextDueAt is when the next check-in opens (now, or in the past: at the next run of the jobs).
	NextDueAt *time.Time `json:"nextDueAt"`
}

// SetCheckInSchedule makes or changes a location's check-in schedule (managers of the location
// and national admins).
func SetCheckInSchedule(ctx context.Context, client *ent.Client, in ScheduleInput) (*ent.CheckInSchedule, error) {
	if err := validation.Struct("input", in); err != nil {
		return nil, err
	}
	if in.NextDueAt != nil && in.NextDueAt.After(time.Now().AddDate(1, 0, 0)) {
		return nil, apierror.BadInput("input.nextDueAt", "must be within a year")
	}
	if err := mayScheduleAt(ctx, client, in.LocationID); err != nil {
		return nil, err
	}
	if in.NextDueAt != nil {
		// Stored times share one zone, so that SQLite, which compares them as text, orders them.
		t := in.NextDueAt.Local().Round(0)
		in.NextDueAt = &t
	}
	var out *ent.CheckInSchedule
	err := database.InTx(ctx, client, func(tx *ent.Tx) error {
		sc, err := tx.CheckInSchedule.Query().Where(checkinschedule.LocationID(in.LocationID)).Only(ctx)
		switch {
		case ent.IsNotFound(err):
			create := tx.CheckInSchedule.Create().SetLocationID(in.LocationID).
				SetNillableIntervalDays(in.IntervalDays).SetNillableEnabled(in.Enabled).
				SetNextDueAt(dbNow())
			if in.NextDueAt != nil {
				create.SetNextDueAt(*in.NextDueAt)
			}
			out, err = create.Save(ctx)
		case err != nil:
			return err
		default:
			out, err = tx.CheckInSchedule.UpdateOne(sc).
				SetNillableIntervalDays(in.IntervalDays).SetNillableEnabled(in.Enabled).
				SetNillableNextDueAt(in.NextDueAt).Save(ctx)
		}
		if err != nil {
			return err
		}
		return audit.Record(ctx, tx.Client(), "CHECKIN_SCHEDULE_SET", "CheckInSchedule", out.ID, in.LocationID)
	})
	return out, err
}

// mayScheduleAt checks the viewer may set check-ins at a location that exists.
func mayScheduleAt(ctx context.Context, client *ent.Client, locationID string) error {
	if err := policies.MaySetCheckIns(policies.FromContext(ctx), locationID); err != nil {
		return err
	}
	if _, err := client.Location.Get(ctx, locationID); ent.IsNotFound(err) {
		return apierror.NotFoundf("no such location")
	} else if err != nil {
		return err
	}
	return nil
}
