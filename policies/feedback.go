package policies

import (
	"context"

	"entgo.io/ent/entql"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/privacy"
)

// Rules and predicates of feedback and moderation (used by FeedbackThread, FeedbackPost in
// entities.go), and the two questions about moderation that are not about rows: who sees a post's
// moderation details, and who may count safeguarding cases.

// approvedInVisibleThread is a post everybody at the location may read: approved, in a thread
// whose first post (and title) was approved.
var approvedInVisibleThread = entql.And(approved, entql.HasEdgeWith("thread", visibleThread))

// StaffInLocationsWhere narrows staff with one of roles to rows of their locations that also
// match visible (facilitators and managers read approved posts only).
func StaffInLocationsWhere(p path, visible entql.P, roles ...Role) privacy.QueryRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		v := FromContext(ctx)
		if !v.HasRole(roles...) {
			return privacy.Skip
		}
		f.Where(entql.And(p.in(v.LocationIDs), visible))
		return privacy.Allow
	})
}

// NationalAdminSees narrows national admins to rows matching visible: they oversee every
// location, but read what children wrote only once a moderator of the location approved it.
func NationalAdminSees(visible entql.P) privacy.QueryRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		if !FromContext(ctx).IsNationalAdmin() {
			return privacy.Skip
		}
		f.Where(visible)
		return privacy.Allow
	})
}

// youthWritesAsThemself refuses a child's thread or post that names someone else as its author.
func youthWritesAsThemself() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v := FromContext(ctx)
		if !v.IsYouth() || !m.Op().Is(ent.OpCreate) {
			return privacy.Skip
		}
		var id string
		switch mm := m.(type) {
		case *ent.FeedbackPostMutation:
			id, _ = mm.AuthorID()
		case *ent.FeedbackThreadMutation:
			id, _ = mm.StartedByID()
		default:
			return privacy.Skip
		}
		if id != v.MemberID {
			return errForbidden
		}
		return privacy.Skip
	})
}

// ThreadSupport: a child reads their own "me too" marks (so the board can show which threads they
// supported); nobody else reads any. Only the system writes them, after the child's read of the
// thread passed (feedback.MeToo).
func ThreadSupport() ent.Policy {
	return policy(
		privacy.QueryPolicy{
			YouthSees(func(v *Viewer) entql.P { return entql.HasEdgeWith("member", entql.FieldEQ("id", v.MemberID)) }),
			SeeNothingElse()},
		privacy.MutationPolicy{SystemOnly()},
	)
}

// SeesModeration reports whether the viewer sees the moderation details of the posts they can
// read: the automatic flags, that a post was escalated, when it was decided. Moderators and
// safeguarding officers do (their reads are already narrowed to their locations); the author of
// an escalated post sees it as still waiting, so a child is never alarmed, nor anyone looking
// over their shoulder on a shared tablet.
func SeesModeration(v *Viewer) bool {
	return v.Can(ReadUnmoderated)
}

// MayCountSafeguardingCases reports whether the viewer may see how many safeguarding cases a
// location has (never their details): staff of the location in any role, and national admins.
func MayCountSafeguardingCases(v *Viewer, locationID string) bool {
	return v.IsStaff() && v.CanSeeLocation(locationID)
}
