package policies

import (
	"context"

	"entgo.io/ent/entql"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/feedbackpost"
	"github.com/jeugdstem/jeugdstem/ent/feedbackthread"
	"github.com/jeugdstem/jeugdstem/ent/predicate"
	"github.com/jeugdstem/jeugdstem/ent/privacy"
	"github.com/jeugdstem/jeugdstem/ent/threadsupport"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
)

// Rules and predicates of feedback and moderation (used by FeedbackThread, FeedbackPost in
// entities.go), and the two questions about moderation that are not about rows: who sees a post's
// moderation details, and who may count safeguarding cases.

// visibleThread is a thread whose first post (and title) a moderator approved.
var visibleThread narrowing = func(f privacy.Filter) error {
	tf, ok := f.(*ent.FeedbackThreadFilter)
	if !ok {
		return wrongFilter("visibleThread", f)
	}
	tf.WhereVisibleAt(entql.TimeNotNil())
	return nil
}

// approvedInVisibleThread is a post everybody at the location may read: approved, in a thread
// whose first post (and title) was approved.
var approvedInVisibleThread narrowing = func(f privacy.Filter) error {
	pf, ok := f.(*ent.FeedbackPostFilter)
	if !ok {
		return wrongFilter("approvedInVisibleThread", f)
	}
	pf.WhereModerationState(entql.StringEQ(feedbackpost.ModerationStateAPPROVED.String()))
	pf.WhereHasThreadWith(feedbackthread.VisibleAtNotNil())
	return nil
}

// answerInVisibleThread is an answer to a thread the location's children see.
var answerInVisibleThread narrowing = func(f privacy.Filter) error {
	rf, ok := f.(*ent.ThreadResponseFilter)
	if !ok {
		return wrongFilter("answerInVisibleThread", f)
	}
	rf.WhereHasThreadWith(feedbackthread.VisibleAtNotNil())
	return nil
}

// childSeesThread is a thread a child reads: a visible one of their tablet's location, or one
// they started (also after a transfer).
func childSeesThread(v *Viewer) predicate.FeedbackThread {
	return feedbackthread.Or(
		feedbackthread.And(feedbackthread.LocationID(v.TabletLocationID), feedbackthread.VisibleAtNotNil()),
		feedbackthread.HasStartedByWith(youthmember.ID(v.MemberID)))
}

// StaffInLocationsWhere narrows staff with one of roles to rows of their locations that also
// match visible (facilitators and managers read approved posts only).
func StaffInLocationsWhere(p place, visible narrowing, roles ...Role) privacy.QueryRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		v := FromContext(ctx)
		if !v.HasRole(roles...) {
			return privacy.Skip
		}
		if err := all(f, []narrowing{func(f privacy.Filter) error { return p(f, v.LocationIDs, false) }, visible}); err != nil {
			return err
		}
		return privacy.Allow
	})
}

// NationalAdminSees narrows national admins to rows matching visible: they oversee every
// location, but read what children wrote only once a moderator of the location approved it.
func NationalAdminSees(visible narrowing) privacy.QueryRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		if !FromContext(ctx).IsNationalAdmin() {
			return privacy.Skip
		}
		if err := visible(f); err != nil {
			return err
		}
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
			YouthSees(privacy.ThreadSupportQueryRuleFunc(func(ctx context.Context, q *ent.ThreadSupportQuery) error {
				q.Where(threadsupport.HasMemberWith(youthmember.ID(FromContext(ctx).MemberID)))
				return privacy.Allow
			})),
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
