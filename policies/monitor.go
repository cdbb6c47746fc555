package policies

import (
	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/privacy"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
)

// Who reads the children's monitor and who starts its rounds. A scorecard holds aggregates only,
// protected by internal/disclosure like the reports, so it is open to the same adults: the
// location's managers and linked partners, and national admins for every location and the
// national comparison. Rounds are started by the location's managers and national admins, as they
// set the check-in (the schedule starts them by itself).
//
// The rules answer with docs/api.md's codes: nobody is UNAUTHENTICATED, a role without the
// capability FORBIDDEN, and a location outside the viewer's links NOT_FOUND, the same as one that
// does not exist.

// MonitorSchedule: managers of the location and national admins read and set when its rounds are
// asked (the scheduler makes the default one in a system context).
func MonitorSchedule() ent.Policy {
	return policy(
		privacy.QueryPolicy{AllowNationalAdmin(),
			StaffInLocations(locationField, false, RolesWith(StartMonitorRounds)...), SeeNothingElse()},
		privacy.MutationPolicy{AllowNationalAdmin(),
			CreateInLocations(byLocationField, RolesWith(StartMonitorRounds)...),
			ChangeInLocations(locationField, RolesWith(StartMonitorRounds)...), DenyOtherwise()},
	)
}

// MayReadMonitor decides whether v may read a location's monitor scorecard.
func MayReadMonitor(v *Viewer, locationID string) error {
	switch {
	case !v.SignedIn():
		return apierror.New(apierror.Unauthenticated, "sign in first")
	case !v.Can(ReadMonitor):
		return apierror.New(apierror.Forbidden, "the monitor is for location managers, partners and national admins")
	case !v.CanSeeLocation(locationID):
		return apierror.NotFoundf("no such location")
	}
	return nil
}

// MayReadNationalMonitor decides whether v may read the national monitor, which compares every
// location: national admins only.
func MayReadNationalMonitor(v *Viewer) error {
	switch {
	case !v.SignedIn():
		return apierror.New(apierror.Unauthenticated, "sign in first")
	case !v.Can(ReadNationalMonitor):
		return apierror.New(apierror.Forbidden, "the national monitor is for national admins")
	}
	return nil
}

// MayStartMonitorRound decides whether v may start a round of a location's monitor now.
func MayStartMonitorRound(v *Viewer, locationID string) error {
	switch {
	case !v.SignedIn():
		return apierror.New(apierror.Unauthenticated, "sign in first")
	case !v.CanSeeLocation(locationID):
		return apierror.NotFoundf("no such location")
	case !v.Can(StartMonitorRounds):
		return apierror.New(apierror.Forbidden, "monitor rounds are started by location managers and national admins")
	}
	return nil
}

// MaySetMonitorSchedule decides whether v may set when a location's rounds are asked: whoever
// may start its rounds.
func MaySetMonitorSchedule(v *Viewer, locationID string) error {
	switch {
	case !v.SignedIn():
		return apierror.New(apierror.Unauthenticated, "sign in first")
	case !v.CanSeeLocation(locationID):
		return apierror.NotFoundf("no such location")
	case !v.Can(StartMonitorRounds):
		return apierror.New(apierror.Forbidden, "the monitor's schedule is set by location managers and national admins")
	}
	return nil
}
