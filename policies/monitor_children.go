package policies

import "github.com/jeugdstem/jeugdstem/internal/apierror"

// MayReadChildrenMonitor decides whether v may read "what children here said" (monitorForChildren):
// a child signed in on a tablet, and only about the tablet's own location. The figures are the
// scorecard's (suppressed below k), so a child sees no more than what its managers see of it.
func MayReadChildrenMonitor(v *Viewer) error {
	switch {
	case !v.SignedIn():
		return apierror.New(apierror.Unauthenticated, "sign in first")
	case !v.IsYouth() || v.TabletLocationID == "":
		return apierror.New(apierror.Forbidden, "this is what the children of a location said, for them")
	}
	return nil
}
