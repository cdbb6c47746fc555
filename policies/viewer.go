// Package policies decides who may see and do what. It holds the viewer in the request context
// and the ent privacy rules that every query and mutation passes through; resolvers and domain
// code never check a role by hand.
package policies

import (
	"context"
	"slices"
)

// Role is a staff user's role (the values of staffuser.Role).
type Role string

// The staff roles.
const (
	RoleFacilitator         Role = "FACILITATOR"
	RoleModerator           Role = "MODERATOR"
	RoleSafeguardingOfficer Role = "SAFEGUARDING_OFFICER"
	RoleLocationManager     Role = "LOCATION_MANAGER"
	RolePartner             Role = "PARTNER"
	RoleNationalAdmin       Role = "NATIONAL_ADMIN"
)

// Viewer is who is asking. The zero value is nobody. A tablet may carry a signed-in child; a
// staff user is never on a tablet session.
type Viewer struct {
	// Staff
	StaffID     string
	Role        Role
	LocationIDs []string // the staff user's location scopes; empty for national admins

	// Tablet: an enrolled shared device of one location.
	TabletID         string
	TabletLocationID string

	// Youth member signed in on the tablet.
	MemberID string
	AgeBand  string
	Language string

	// SessionID is the hashed id of the session that authenticated the viewer, if any.
	SessionID string
}

// IsStaff reports whether a staff user is signed in.
func (v *Viewer) IsStaff() bool { return v != nil && v.StaffID != "" }

// IsYouth reports whether a child is signed in (always on a tablet).
func (v *Viewer) IsYouth() bool { return v != nil && v.MemberID != "" }

// IsTablet reports whether the request comes from an enrolled tablet (with or without a child).
func (v *Viewer) IsTablet() bool { return v != nil && v.TabletID != "" }

// IsNationalAdmin reports whether the viewer sees all locations.
func (v *Viewer) IsNationalAdmin() bool { return v.IsStaff() && v.Role == RoleNationalAdmin }

// HasRole reports whether the viewer is staff with one of roles.
func (v *Viewer) HasRole(roles ...Role) bool {
	return v.IsStaff() && slices.Contains(roles, v.Role)
}

// CanSeeLocation reports whether the location is within the viewer's scope: a national admin's
// every location, a staff user's linked locations, a tablet's (and its child's) own location.
func (v *Viewer) CanSeeLocation(locationID string) bool {
	switch {
	case v.IsNationalAdmin():
		return true
	case v.IsStaff():
		return slices.Contains(v.LocationIDs, locationID)
	case v.IsTablet():
		return v.TabletLocationID == locationID
	}
	return false
}

// Locations returns the location ids the viewer is scoped to, and false when unscoped (a national
// admin sees all).
func (v *Viewer) Locations() ([]string, bool) {
	switch {
	case v.IsNationalAdmin():
		return nil, false
	case v.IsStaff():
		return v.LocationIDs, true
	case v.IsTablet():
		return []string{v.TabletLocationID}, true
	}
	return []string{}, true
}

type viewerKey struct{}

// NewContext returns ctx carrying the viewer.
func NewContext(ctx context.Context, v *Viewer) context.Context {
	return context.WithValue(ctx, viewerKey{}, v)
}

// FromContext returns the viewer in ctx; nobody (a non-nil zero Viewer) if there is none.
func FromContext(ctx context.Context) *Viewer {
	if v, ok := ctx.Value(viewerKey{}).(*Viewer); ok && v != nil {
		return v
	}
	return &Viewer{}
}

// Actor is a kind of signed-in viewer.
type Actor string

// The actors.
const (
	ActorStaff  Actor = "STAFF"
	ActorTablet Actor = "TABLET"
	ActorYouth  Actor = "YOUTH"
)

// Is reports whether the viewer is one of actors. A child on a tablet is also a TABLET.
func (v *Viewer) Is(actors ...Actor) bool {
	for _, a := range actors {
		switch {
		case a == ActorStaff && v.IsStaff(), a == ActorTablet && v.IsTablet(), a == ActorYouth && v.IsYouth():
			return true
		}
	}
	return false
}

// SignedIn reports whether anyone is signed in: a staff user or a tablet.
func (v *Viewer) SignedIn() bool { return v.IsStaff() || v.IsTablet() }
