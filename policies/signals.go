package policies

import (
	"context"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/privacy"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
)

// Who sees wellbeing signals and who sets a location's check-in. A signal holds no child's words,
// pseudonym or id (internal/signals), so it is open to the adults who act on it or oversee that
// others do: the location's managers and linked partners, and national admins for every location.
// Staff who work with the children themselves (facilitators, moderators, safeguarding officers)
// have their own channels and no signals.

// Signal: managers and partners read the signals of their linked locations, national admins all;
// managers of the location and national admins acknowledge them; only the system raises them.
func Signal() ent.Policy {
	return policy(
		privacy.QueryPolicy{AllowNationalAdmin(),
			StaffInLocations(locationField, false, RolesWith(ReadSignals)...), SeeNothingElse()},
		privacy.MutationPolicy{RaisedBySystemOnly(), AllowNationalAdmin(),
			ChangeInLocations(locationField, RolesWith(AcknowledgeSignals)...), DenyOtherwise()},
	)
}

// CheckInSchedule: managers of the location and national admins read and set when the
// location's wellbeing check-in is asked.
func CheckInSchedule() ent.Policy {
	return policy(
		privacy.QueryPolicy{AllowNationalAdmin(),
			StaffInLocations(locationField, false, RolesWith(SetCheckIns)...), SeeNothingElse()},
		privacy.MutationPolicy{AllowNationalAdmin(),
			CreateInLocations(byLocationField, RolesWith(SetCheckIns)...),
			ChangeInLocations(locationField, RolesWith(SetCheckIns)...), DenyOtherwise()},
	)
}

// RaisedBySystemOnly refuses a viewer's create and delete: rows the system raises and people
// only acknowledge (the system passes with a decision context, before any rule runs).
func RaisedBySystemOnly() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(_ context.Context, m ent.Mutation) error {
		if m.Op().Is(ent.OpCreate) || m.Op().Is(ent.OpDelete) || m.Op().Is(ent.OpDeleteOne) {
			return errForbidden
		}
		return privacy.Skip
	})
}

// MayReadSignals decides whether v may list signals: nobody is UNAUTHENTICATED, a role without
// signals FORBIDDEN (the rows a reader sees are narrowed by the Signal policy).
func MayReadSignals(v *Viewer) error {
	switch {
	case !v.SignedIn():
		return apierror.New(apierror.Unauthenticated, "sign in first")
	case !v.Can(ReadSignals):
		return apierror.New(apierror.Forbidden, "signals are for location managers, partners and national admins")
	}
	return nil
}

// MaySetCheckIns decides whether v may read and change the check-in schedule of a location they
// see: its managers and national admins. A location outside the viewer's links is NOT_FOUND.
func MaySetCheckIns(v *Viewer, locationID string) error {
	switch {
	case !v.SignedIn():
		return apierror.New(apierror.Unauthenticated, "sign in first")
	case !v.CanSeeLocation(locationID):
		return apierror.NotFoundf("no such location")
	case !v.Can(SetCheckIns):
		return apierror.New(apierror.Forbidden, "check-ins are set by location managers and national admins")
	}
	return nil
}
