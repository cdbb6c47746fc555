package policies

import (
	"context"
	"fmt"
	"slices"

	"entgo.io/ent/entql"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/privacy"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
)

// The rules below are the vocabulary of every entity's policy (entities.go). Each returns
// privacy.Allow, privacy.Deny or privacy.Skip; a filter rule narrows the query (or update) to
// what the viewer may touch and then allows, so lists, node(id), edges and counts all obey it.

// staffRoles are the roles that work with the children: all but PARTNER, who reads aggregates
// only.
var staffRoles = RolesWith(ReadCouncils)

// path says how a row reaches its location: through edges, then a field holding the location id.
type path struct {
	edges []string
	field string
}

var (
	ownLocation    = path{field: "id"}
	locationField  = path{field: "location_id"}
	viaCouncil     = path{edges: []string{"council"}, field: "location_id"}
	viaPoll        = path{edges: []string{"poll"}, field: "location_id"}
	viaThread      = path{edges: []string{"thread"}, field: "location_id"}
	viaPostThread  = path{edges: []string{"post", "thread"}, field: "location_id"}
	staffLocations = path{edges: []string{"locations"}, field: "id"}
)

// in is the predicate "the row's location is one of ids".
func (p path) in(ids []string) entql.P {
	vs := make([]any, len(ids))
	for i, id := range ids {
		vs[i] = id
	}
	return p.wrap(entql.FieldIn(p.field, vs...))
}

// national is the predicate "the row belongs to no location" (national polls, announcements for
// every location).
func (p path) national() entql.P { return p.wrap(entql.FieldNil(p.field)) }

func (p path) wrap(pr entql.P) entql.P {
	for i := len(p.edges) - 1; i >= 0; i-- {
		pr = entql.HasEdgeWith(p.edges[i], pr)
	}
	return pr
}

// nothing matches no row: ids are never empty.
var nothing = entql.FieldEQ("id", "")

var (
	errUnauthenticated = fmt.Errorf("%w: %w", privacy.Deny, apierror.New(apierror.Unauthenticated, "sign in first"))
	errForbidden       = fmt.Errorf("%w: %w", privacy.Deny, apierror.New(apierror.Forbidden, "you may not do this"))
)

// DenyIfNobody refuses every read and write to a request with neither a staff user nor a tablet.
func DenyIfNobody() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		v := FromContext(ctx)
		if !v.IsStaff() && !v.IsTablet() {
			return errUnauthenticated
		}
		return privacy.Skip
	})
}

// AllowNationalAdmin allows national admins everything the rule is part of.
func AllowNationalAdmin() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if FromContext(ctx).IsNationalAdmin() {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// StaffInLocations narrows staff with one of roles to rows of their locations (and, with
// national, to rows of no location).
func StaffInLocations(p path, national bool, roles ...Role) privacy.QueryMutationRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		v := FromContext(ctx)
		if !v.HasRole(roles...) {
			return privacy.Skip
		}
		pr := p.in(v.LocationIDs)
		if national {
			pr = entql.Or(pr, p.national())
		}
		f.Where(pr)
		return privacy.Allow
	})
}

// TabletInLocation narrows a tablet (and the child on it) to rows of its location that also match
// visible (and, with national, rows of no location).
func TabletInLocation(p path, national bool, visible ...entql.P) privacy.QueryRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		v := FromContext(ctx)
		if !v.IsTablet() || v.IsStaff() {
			return privacy.Skip
		}
		pr := p.in([]string{v.TabletLocationID})
		if national {
			pr = entql.Or(pr, p.national())
		}
		for _, vis := range visible {
			pr = entql.And(pr, vis)
		}
		f.Where(pr)
		return privacy.Allow
	})
}

// YouthSees narrows a signed-in child to the rows pred returns for them.
func YouthSees(pred func(v *Viewer) entql.P) privacy.QueryRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		v := FromContext(ctx)
		if !v.IsYouth() {
			return privacy.Skip
		}
		f.Where(pred(v))
		return privacy.Allow
	})
}

// SeeNothingElse ends a query policy: a viewer no rule allowed sees no rows (an object they may
// not see is NOT_FOUND, the same as one that does not exist).
func SeeNothingElse() privacy.QueryRule {
	return privacy.FilterFunc(func(_ context.Context, f privacy.Filter) error {
		f.Where(nothing)
		return privacy.Allow
	})
}

// DenyOtherwise ends a mutation policy with FORBIDDEN.
func DenyOtherwise() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(context.Context, ent.Mutation) error { return errForbidden })
}

// SystemOnly refuses every viewer; only code running with a system decision context (sessions,
// ballots) reaches these rows.
func SystemOnly() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(context.Context) error { return errForbidden })
}

// locator finds the location a row being created belongs to ("" for a national row).
type locator func(ctx context.Context, m ent.Mutation) (string, error)

// byLocationField reads the location_id the mutation sets.
func byLocationField(_ context.Context, m ent.Mutation) (string, error) {
	if lm, ok := m.(interface{ LocationID() (string, bool) }); ok {
		id, _ := lm.LocationID()
		return id, nil
	}
	return "", fmt.Errorf("%T has no location", m)
}

// CreateInLocations allows staff with one of roles to create rows in their locations. A row of no
// location (national) is left to the national admin rule.
func CreateInLocations(loc locator, roles ...Role) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v := FromContext(ctx)
		if !m.Op().Is(ent.OpCreate) || !v.HasRole(roles...) {
			return privacy.Skip
		}
		id, err := loc(ctx, m)
		if err != nil {
			return err
		}
		if id != "" && slices.Contains(v.LocationIDs, id) {
			return privacy.Allow
		}
		return errForbidden
	})
}

// ChangeInLocations allows staff with one of roles to update and delete rows of their locations
// (the filter turns rows elsewhere into NOT_FOUND). When the update moves a row to another
// location, that location must be theirs too.
func ChangeInLocations(p path, roles ...Role) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v := FromContext(ctx)
		if m.Op().Is(ent.OpCreate) || !v.HasRole(roles...) {
			return privacy.Skip
		}
		if lm, ok := m.(interface{ LocationID() (string, bool) }); ok {
			if to, set := lm.LocationID(); set && !slices.Contains(v.LocationIDs, to) {
				return errForbidden
			}
		}
		return privacy.FilterFunc(func(_ context.Context, f privacy.Filter) error {
			f.Where(p.in(v.LocationIDs))
			return privacy.Allow
		}).EvalMutation(ctx, m)
	})
}

// AppendOnly refuses every update and delete, whoever asks.
func AppendOnly() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(_ context.Context, m ent.Mutation) error {
		if m.Op().Is(ent.OpCreate) {
			return privacy.Skip
		}
		return errForbidden
	})
}
