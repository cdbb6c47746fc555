package policies

import (
	"context"
	"fmt"
	"slices"

	"entgo.io/ent/entql"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/announcement"
	"github.com/jeugdstem/jeugdstem/ent/council"
	"github.com/jeugdstem/jeugdstem/ent/feedbackpost"
	"github.com/jeugdstem/jeugdstem/ent/feedbackthread"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/predicate"
	"github.com/jeugdstem/jeugdstem/ent/privacy"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
)

// The rules below are the vocabulary of every entity's policy (entities.go). Each returns
// privacy.Allow, privacy.Deny or privacy.Skip; a filter rule narrows the query (or update) to
// what the viewer may touch and then allows, so lists, node(id), edges and counts all obey it.

// staffRoles are the roles that work with the children: all but PARTNER, who reads aggregates
// only.
var staffRoles = RolesWith(ReadCouncils)

// place says how the rows of an entity reach their location, written with the entity's
// generated, typed privacy filter (ent/entql.go): it narrows f to the rows of the locations ids
// and, with national, also to rows of no location (national polls, announcements for every
// location).
// A place applied to the filter of an entity it does not fit denies: a policy wired to the wrong
// place fails closed, and the role × operation matrix shows it.
type place func(f privacy.Filter, ids []string, national bool) error

// narrowing adds one more condition to an entity's filter (ANDed with the others).
type narrowing func(f privacy.Filter) error

func wrongFilter(rule string, f privacy.Filter) error {
	return fmt.Errorf("%w: %s does not apply to %T", privacy.Deny, rule, f)
}

// oneOf is "equal to one of ids" (nothing for no ids: an id is never empty).
func oneOf(ids []string) entql.StringP {
	if len(ids) == 0 {
		return entql.StringEQ("")
	}
	p := entql.StringEQ(ids[0])
	for _, id := range ids[1:] {
		p = entql.StringOr(p, entql.StringEQ(id))
	}
	return p
}

// locatedFilter is the generated filter of an entity with its own location_id column.
type locatedFilter interface{ WhereLocationID(entql.StringP) }

var (
	// ownLocation: a location is its own place.
	ownLocation place = func(f privacy.Filter, ids []string, _ bool) error {
		lf, ok := f.(*ent.LocationFilter)
		if !ok {
			return wrongFilter("ownLocation", f)
		}
		lf.WhereID(oneOf(ids))
		return nil
	}
	// locationField: the row holds its location's id.
	locationField place = func(f privacy.Filter, ids []string, national bool) error {
		lf, ok := f.(locatedFilter)
		if !ok {
			return wrongFilter("locationField", f)
		}
		p := oneOf(ids)
		if national {
			p = entql.StringOr(p, entql.StringNil())
		}
		lf.WhereLocationID(p)
		return nil
	}
	// viaCouncil: a membership is at its council's location.
	viaCouncil place = func(f privacy.Filter, ids []string, _ bool) error {
		mf, ok := f.(*ent.MembershipFilter)
		if !ok {
			return wrongFilter("viaCouncil", f)
		}
		mf.WhereHasCouncilWith(council.LocationIDIn(ids...))
		return nil
	}
	// viaPoll: a poll option or a poll's answer is at its poll's location.
	viaPoll place = func(f privacy.Filter, ids []string, national bool) error {
		of, ok := f.(interface{ WhereHasPollWith(...predicate.Poll) })
		if !ok {
			return wrongFilter("viaPoll", f)
		}
		p := poll.LocationIDIn(ids...)
		if national {
			p = poll.Or(p, poll.LocationIDIsNil())
		}
		of.WhereHasPollWith(p)
		return nil
	}
	// viaThread: a post or an answer is at its thread's location.
	viaThread place = func(f privacy.Filter, ids []string, _ bool) error {
		tf, ok := f.(interface {
			WhereHasThreadWith(...predicate.FeedbackThread)
		})
		if !ok {
			return wrongFilter("viaThread", f)
		}
		tf.WhereHasThreadWith(feedbackthread.LocationIDIn(ids...))
		return nil
	}
	// viaPostThread: a moderation decision is at its post's thread's location.
	viaPostThread place = func(f privacy.Filter, ids []string, _ bool) error {
		df, ok := f.(*ent.ModerationDecisionFilter)
		if !ok {
			return wrongFilter("viaPostThread", f)
		}
		df.WhereHasPostWith(feedbackpost.HasThreadWith(feedbackthread.LocationIDIn(ids...)))
		return nil
	}
	// viaAnnouncement: an audio clip is at its announcement's location.
	viaAnnouncement place = func(f privacy.Filter, ids []string, national bool) error {
		cf, ok := f.(*ent.AudioClipFilter)
		if !ok {
			return wrongFilter("viaAnnouncement", f)
		}
		p := announcement.LocationIDIn(ids...)
		if national {
			p = announcement.Or(p, announcement.LocationIDIsNil())
		}
		cf.WhereHasAnnouncementWith(p)
		return nil
	}
)

// nothing matches no row: ids are never empty.
var nothing narrowing = func(f privacy.Filter) error {
	idf, ok := f.(interface{ WhereID(entql.StringP) })
	if !ok {
		return wrongFilter("nothing", f)
	}
	idf.WhereID(entql.StringEQ(""))
	return nil
}

// all applies every narrowing to f.
func all(f privacy.Filter, ns []narrowing) error {
	for _, n := range ns {
		if err := n(f); err != nil {
			return err
		}
	}
	return nil
}

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
func StaffInLocations(p place, national bool, roles ...Role) privacy.QueryMutationRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		v := FromContext(ctx)
		if !v.HasRole(roles...) {
			return privacy.Skip
		}
		if err := p(f, v.LocationIDs, national); err != nil {
			return err
		}
		return privacy.Allow
	})
}

// TabletInLocation narrows a tablet (and the child on it) to rows of its location that also match
// visible (and, with national, rows of no location).
func TabletInLocation(p place, national bool, visible ...narrowing) privacy.QueryRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		v := FromContext(ctx)
		if !v.IsTablet() || v.IsStaff() {
			return privacy.Skip
		}
		if err := p(f, []string{v.TabletLocationID}, national); err != nil {
			return err
		}
		if err := all(f, visible); err != nil {
			return err
		}
		return privacy.Allow
	})
}

// YouthSees narrows a signed-in child with the rule sees, written for one entity with its
// generated query and predicates (sees returns privacy.Allow once it narrowed the query).
func YouthSees(sees privacy.QueryRule) privacy.QueryRule {
	return privacy.QueryRuleFunc(func(ctx context.Context, q ent.Query) error {
		if !FromContext(ctx).IsYouth() {
			return privacy.Skip
		}
		return sees.EvalQuery(ctx, q)
	})
}

// SeeNothingElse ends a query policy: a viewer no rule allowed sees no rows (an object they may
// not see is NOT_FOUND, the same as one that does not exist).
func SeeNothingElse() privacy.QueryRule {
	return privacy.FilterFunc(func(_ context.Context, f privacy.Filter) error {
		if err := nothing(f); err != nil {
			return err
		}
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
func ChangeInLocations(p place, roles ...Role) privacy.MutationRule {
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
			if err := p(f, v.LocationIDs, false); err != nil {
				return err
			}
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
