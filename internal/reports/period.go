package reports

import (
	"time"
	_ "time/tzdata" // Europe/Amsterdam without relying on the host's zoneinfo

	"github.com/jeugdstem/jeugdstem/internal/apierror"
)

// TimeZone is where report weeks and months begin: reception in the Netherlands runs on
// Amsterdam time.
const TimeZone = "Europe/Amsterdam"

var amsterdam = mustLoad(TimeZone)

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// Limits of a requested period.
const (
	defaultWeeks = 13  // a quarter, when no start is given
	maxWeeks     = 261 // five years
)

// Period is the span a report covers: whole ISO weeks, from a Monday 00:00 Europe/Amsterdam up to
// (not including) a later Monday 00:00. Requested bounds are widened to the weeks that hold them,
// so two reports whose periods differ by less than a week are the same report: nobody can subtract
// one from the other to isolate a single vote or post.
type Period struct {
	From time.Time `json:"from"`
	To   time.Time `json:"to"`
	// RequestedFrom and RequestedTo are what was asked (or the defaults).
	RequestedFrom time.Time `json:"requestedFrom"`
	RequestedTo   time.Time `json:"requestedTo"`
	Weeks         int       `json:"weeks"`
	TimeZone      string    `json:"timeZone"`
}

// NewPeriod widens [from, to] to whole weeks. Without to the period ends with the current week;
// without from it starts 13 weeks before to.
func NewPeriod(from, to *time.Time, now time.Time) (Period, error) {
	p := Period{RequestedTo: now, TimeZone: TimeZone}
	if to != nil {
		p.RequestedTo = *to
	}
	p.RequestedFrom = p.RequestedTo.AddDate(0, 0, -7*defaultWeeks)
	if from != nil {
		p.RequestedFrom = *from
	}
	if p.RequestedFrom.After(p.RequestedTo) {
		return Period{}, apierror.BadInput("from", "must not be after to")
	}
	p.From = weekStart(p.RequestedFrom)
	p.To = weekStart(p.RequestedTo)
	if p.To.Before(p.RequestedTo) || p.To.Equal(p.From) {
		p.To = p.To.AddDate(0, 0, 7)
	}
	p.Weeks = int(p.To.Sub(p.From).Round(24*time.Hour).Hours()) / (24 * 7)
	if p.Weeks > maxWeeks {
		return Period{}, apierror.BadInput("to", "a report covers at most five years")
	}
	p.From, p.To = p.From.UTC(), p.To.UTC()
	return p, nil
}

// weekStart is Monday 00:00 Europe/Amsterdam of the ISO week holding t.
func weekStart(t time.Time) time.Time {
	l := t.In(amsterdam)
	back := (int(l.Weekday()) + 6) % 7 // days since Monday
	return time.Date(l.Year(), l.Month(), l.Day()-back, 0, 0, 0, 0, amsterdam)
}

// monthStart is the first of the month holding t, 00:00 Europe/Amsterdam.
func monthStart(t time.Time) time.Time {
	l := t.In(amsterdam)
	return time.Date(l.Year(), l.Month(), 1, 0, 0, 0, 0, amsterdam)
}
