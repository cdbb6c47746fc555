package policies

import (
	"github.com/jeugdstem/jeugdstem/internal/apierror"
)

// Who reads reports. Reports hold aggregates only (suppressed below the disclosure threshold), never
// a child's words or pseudonym, so they are open to the adults who act on them or oversee that
// others do: location managers and partners (municipality, youth health service, NGO) for their
// linked locations, national admins for every location and the national comparison. Facilitators,
// moderators and safeguarding officers work with the children themselves and have no report.
// The rules answer with docs/api.md's codes: nobody is UNAUTHENTICATED, a role without reports is
// FORBIDDEN whatever it asks for, and a location outside the viewer's links is NOT_FOUND, the same
// as one that does not exist.

// MayReadLocationReport decides whether v may read, or export, the report of a location.
func MayReadLocationReport(v *Viewer, locationID string) error {
	switch {
	case !v.SignedIn():
		return apierror.New(apierror.Unauthenticated, "sign in first")
	case !v.Can(ReadReports):
		return apierror.New(apierror.Forbidden, "reports are for location managers, partners and national admins")
	case !v.CanSeeLocation(locationID):
		return apierror.NotFoundf("no such location")
	}
	return nil
}

// MayReadNationalReport decides whether v may read the national report, which compares every
// location: national admins only.
func MayReadNationalReport(v *Viewer) error {
	switch {
	case !v.SignedIn():
		return apierror.New(apierror.Unauthenticated, "sign in first")
	case !v.Can(ReadNationalReport):
		return apierror.New(apierror.Forbidden, "the national report is for national admins")
	}
	return nil
}
