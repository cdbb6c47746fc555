package policies

import (
	"context"

	"entgo.io/ent/entql"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/feedbackpost"
	"github.com/jeugdstem/jeugdstem/ent/feedbackthread"
	"github.com/jeugdstem/jeugdstem/ent/location"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/privacy"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/ent/threadresponse"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
)

// The policy of every entity, attached in ent/schema. Read them as: who may read which rows, who
// may write. Every policy ends in a rule that decides, so nothing is allowed by omission.

func policy(query privacy.QueryPolicy, mutation privacy.MutationPolicy) ent.Policy {
	return privacy.Policy{Query: query, Mutation: mutation}
}

// Base is the policy every entity runs before its own (the IDMixin in ent/schema carries it, as
// the BaseMixin of ent's multi-tenant privacy example): a request with neither a staff user nor a
// tablet reads and writes nothing (UNAUTHENTICATED). The entities' policies below start after it.
func Base() ent.Policy {
	return policy(privacy.QueryPolicy{DenyIfNobody()}, privacy.MutationPolicy{DenyIfNobody()})
}

// Location: staff (partners included) read their locations, a tablet its own; national admins
// create and change locations.
func Location() ent.Policy {
	return policy(
		privacy.QueryPolicy{AllowNationalAdmin(),
			StaffInLocations(ownLocation, false, RolesWith(ReadLocations)...),
			TabletInLocation(ownLocation, false), SeeNothingElse()},
		privacy.MutationPolicy{AllowNationalAdmin(), DenyOtherwise()},
	)
}

// Area: read at the location; facilitators and managers create and rename areas.
func Area() ent.Policy {
	return policy(
		privacy.QueryPolicy{AllowNationalAdmin(),
			StaffInLocations(locationField, false, staffRoles...), TabletInLocation(locationField, false), SeeNothingElse()},
		privacy.MutationPolicy{AllowNationalAdmin(),
			CreateInLocations(byLocationField, RolesWith(ManageMembers)...),
			ChangeInLocations(locationField, RolesWith(ManageMembers)...), DenyOtherwise()},
	)
}

// Council: as Area.
func Council() ent.Policy { return Area() }

// Membership: staff of the location read; facilitators and managers manage.
func Membership() ent.Policy {
	return policy(
		privacy.QueryPolicy{AllowNationalAdmin(), StaffInLocations(viaCouncil, false, staffRoles...), SeeNothingElse()},
		privacy.MutationPolicy{AllowNationalAdmin(),
			CreateInLocations(byCouncil, RolesWith(ManageMembers)...),
			ChangeInLocations(viaCouncil, RolesWith(ManageMembers)...), DenyOtherwise()},
	)
}

// YouthMember: the adults who work with the children of a location read their pseudonyms
// (partners never); a tablet lists the active members of its location to sign in; a child reads
// only themself. Facilitators and managers register, unlock and transfer.
func YouthMember() ent.Policy {
	return policy(
		privacy.QueryPolicy{AllowNationalAdmin(),
			StaffInLocations(locationField, false, staffRoles...),
			YouthSees(privacy.YouthMemberQueryRuleFunc(func(ctx context.Context, q *ent.YouthMemberQuery) error {
				q.Where(youthmember.ID(FromContext(ctx).MemberID))
				return privacy.Allow
			})),
			TabletInLocation(locationField, false, func(f privacy.Filter) error {
				mf, ok := f.(*ent.YouthMemberFilter)
				if !ok {
					return wrongFilter("active members", f)
				}
				mf.WhereStatus(entql.StringEQ(youthmember.StatusACTIVE.String()))
				return nil
			}),
			SeeNothingElse()},
		privacy.MutationPolicy{AllowNationalAdmin(),
			CreateInLocations(byLocationField, RolesWith(ManageMembers)...),
			ChangeInLocations(locationField, RolesWith(ManageMembers)...), DenyOtherwise()},
	)
}

// StaffUser: every adult reads themself, a manager the staff of their locations; national
// admins manage staff.
func StaffUser() ent.Policy {
	return policy(
		privacy.QueryPolicy{AllowNationalAdmin(),
			privacy.StaffUserQueryRuleFunc(func(ctx context.Context, q *ent.StaffUserQuery) error {
				v := FromContext(ctx)
				if !v.IsStaff() {
					return privacy.Skip
				}
				self := staffuser.ID(v.StaffID)
				if v.Can(ReadStaff) {
					q.Where(staffuser.Or(self, staffuser.HasLocationsWith(location.IDIn(v.LocationIDs...))))
				} else {
					q.Where(self)
				}
				return privacy.Allow
			}),
			SeeNothingElse()},
		privacy.MutationPolicy{AllowNationalAdmin(), DenyOtherwise()},
	)
}

// Tablet: facilitators and managers of the location enroll, list and revoke; a tablet reads itself.
func Tablet() ent.Policy {
	return policy(
		privacy.QueryPolicy{AllowNationalAdmin(),
			StaffInLocations(locationField, false, RolesWith(ManageTablets)...),
			privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
				v := FromContext(ctx)
				if !v.IsTablet() {
					return privacy.Skip
				}
				tf, ok := f.(*ent.TabletFilter)
				if !ok {
					return wrongFilter("own tablet", f)
				}
				tf.WhereID(entql.StringEQ(v.TabletID))
				return privacy.Allow
			}),
			SeeNothingElse()},
		privacy.MutationPolicy{AllowNationalAdmin(),
			CreateInLocations(byLocationField, RolesWith(ManageTablets)...),
			ChangeInLocations(locationField, RolesWith(ManageTablets)...), DenyOtherwise()},
	)
}

// Poll: staff read the polls of their locations and national ones; children those that are not
// drafts. Facilitators and managers make polls for their locations; national polls are the
// national admins'.
func Poll() ent.Policy {
	return policy(
		privacy.QueryPolicy{AllowNationalAdmin(),
			StaffInLocations(locationField, true, staffRoles...),
			TabletInLocation(locationField, true, func(f privacy.Filter) error {
				pf, ok := f.(*ent.PollFilter)
				if !ok {
					return wrongFilter("polls past drafting", f)
				}
				pf.WhereStatus(entql.StringNEQ(poll.StatusDRAFT.String()))
				return nil
			}), SeeNothingElse()},
		privacy.MutationPolicy{AllowNationalAdmin(),
			CreateInLocations(byLocationField, RolesWith(ManagePolls)...),
			ChangeInLocations(locationField, RolesWith(ManagePolls)...), DenyOtherwise()},
	)
}

// PollOption: as its poll.
func PollOption() ent.Policy {
	return policy(
		privacy.QueryPolicy{AllowNationalAdmin(),
			StaffInLocations(viaPoll, true, staffRoles...),
			TabletInLocation(viaPoll, true, func(f privacy.Filter) error {
				of, ok := f.(*ent.PollOptionFilter)
				if !ok {
					return wrongFilter("options of polls past drafting", f)
				}
				of.WhereHasPollWith(poll.StatusNEQ(poll.StatusDRAFT))
				return nil
			}), SeeNothingElse()},
		privacy.MutationPolicy{AllowNationalAdmin(),
			CreateInLocations(byPoll, RolesWith(ManagePolls)...),
			ChangeInLocations(viaPoll, RolesWith(ManagePolls)...), DenyOtherwise()},
	)
}

// PollResponse: "you said, we did" for a poll, read with its poll by the location's staff and,
// once the results are published, by its tablets and children; those who may manage the poll
// answer (as ThreadResponse for threads). Answers are never changed: a new one follows.
func PollResponse() ent.Policy {
	return policy(
		privacy.QueryPolicy{AllowNationalAdmin(),
			StaffInLocations(viaPoll, true, staffRoles...),
			TabletInLocation(viaPoll, true, answerToPublishedPoll), SeeNothingElse()},
		privacy.MutationPolicy{AppendOnly(), AllowNationalAdmin(),
			CreateInLocations(byPoll, RolesWith(ManagePolls)...), DenyOtherwise()},
	)
}

// FeedbackThread: moderators and safeguarding officers of the location read every thread; other
// staff (and national admins) the visible ones, since the title is the child's words and is
// moderated with the first post; children the visible threads of their location and every thread
// they started (also after a transfer). Children start threads at their own location, as
// themselves; moderators and managers change them.
func FeedbackThread() ent.Policy {
	return policy(
		privacy.QueryPolicy{NationalAdminSees(visibleThread),
			StaffInLocations(locationField, false, RolesWith(ReadUnmoderated)...),
			StaffInLocationsWhere(locationField, visibleThread, staffRoles...),
			YouthSees(privacy.FeedbackThreadQueryRuleFunc(func(ctx context.Context, q *ent.FeedbackThreadQuery) error {
				q.Where(childSeesThread(FromContext(ctx)))
				return privacy.Allow
			})),
			TabletInLocation(locationField, false, visibleThread), SeeNothingElse()},
		privacy.MutationPolicy{AllowNationalAdmin(),
			youthWritesAsThemself(), youthCreatesAtOwnLocation(byLocationField),
			ChangeInLocations(locationField, rolesWithAny(Moderate, AnswerThreads)...), DenyOtherwise()},
	)
}

// FeedbackPost: moderators and safeguarding officers of the location read every post; other staff
// (and national admins) approved posts in visible threads only; a child those of their location,
// of the threads they started (also after a transfer) and their own posts. Children write as
// themselves at their own location; only moderators of the location change a post (their
// decision).
func FeedbackPost() ent.Policy {
	return policy(
		privacy.QueryPolicy{NationalAdminSees(approvedInVisibleThread),
			StaffInLocations(viaThread, false, RolesWith(ReadUnmoderated)...),
			StaffInLocationsWhere(viaThread, approvedInVisibleThread, staffRoles...),
			YouthSees(privacy.FeedbackPostQueryRuleFunc(func(ctx context.Context, q *ent.FeedbackPostQuery) error {
				v := FromContext(ctx)
				// Approved posts in visible threads of the location or of threads they started,
				// and their own posts in any state.
				q.Where(feedbackpost.Or(
					feedbackpost.And(
						feedbackpost.HasThreadWith(feedbackthread.Or(
							feedbackthread.LocationID(v.TabletLocationID),
							feedbackthread.HasStartedByWith(youthmember.ID(v.MemberID)))),
						feedbackpost.ModerationStateEQ(feedbackpost.ModerationStateAPPROVED),
						feedbackpost.HasThreadWith(feedbackthread.VisibleAtNotNil())),
					feedbackpost.HasAuthorWith(youthmember.ID(v.MemberID))))
				return privacy.Allow
			})),
			TabletInLocation(viaThread, false, approvedInVisibleThread), SeeNothingElse()},
		privacy.MutationPolicy{AllowNationalAdmin(),
			youthWritesAsThemself(), youthCreatesAtOwnLocation(byThread),
			ChangeInLocations(viaThread, RolesWith(Moderate)...), DenyOtherwise()},
	)
}

// ModerationDecision: moderators, safeguarding officers and managers of the location read; only
// moderators decide; decisions are never changed.
func ModerationDecision() ent.Policy {
	return policy(
		privacy.QueryPolicy{AllowNationalAdmin(),
			StaffInLocations(viaPostThread, false, RolesWith(ReadModerationDecisions)...), SeeNothingElse()},
		privacy.MutationPolicy{AppendOnly(),
			CreateInLocations(byPostThread, RolesWith(Moderate)...), DenyOtherwise()},
	)
}

// SafeguardingCase: only the location's safeguarding officers read and update cases, not even
// national admins; moderators open them by escalating.
func SafeguardingCase() ent.Policy {
	return policy(
		privacy.QueryPolicy{
			StaffInLocations(locationField, false, RolesWith(HandleSafeguarding)...), SeeNothingElse()},
		privacy.MutationPolicy{
			CreateInLocations(byLocationField, RolesWith(Moderate)...),
			ChangeInLocations(locationField, RolesWith(HandleSafeguarding)...), DenyOtherwise()},
	)
}

// ThreadResponse: read with its thread; managers of the location answer.
func ThreadResponse() ent.Policy {
	return policy(
		privacy.QueryPolicy{AllowNationalAdmin(),
			StaffInLocations(viaThread, false, staffRoles...),
			YouthSees(privacy.ThreadResponseQueryRuleFunc(func(ctx context.Context, q *ent.ThreadResponseQuery) error {
				q.Where(threadresponse.HasThreadWith(childSeesThread(FromContext(ctx))))
				return privacy.Allow
			})),
			TabletInLocation(viaThread, false, answerInVisibleThread), SeeNothingElse()},
		privacy.MutationPolicy{AllowNationalAdmin(),
			CreateInLocations(byThread, RolesWith(AnswerThreads)...), DenyOtherwise()},
	)
}

// Announcement: staff read those of their locations (and national ones); tablets those in
// force at their location and national ones (announcements.go). Facilitators and managers
// publish for their locations, national admins for all.
func Announcement() ent.Policy {
	return policy(
		privacy.QueryPolicy{AllowNationalAdmin(),
			StaffInLocations(locationField, true, staffRoles...),
			TabletReadsInForce(), TabletInLocation(locationField, true), SeeNothingElse()},
		privacy.MutationPolicy{AllowNationalAdmin(),
			CreateInLocations(byLocationField, RolesWith(PublishAnnouncements)...),
			ChangeInLocations(locationField, RolesWith(PublishAnnouncements)...), DenyOtherwise()},
	)
}

// AuditEvent: national admins read all, managers their locations' events; events are written by
// the system for staff actions and never changed.
func AuditEvent() ent.Policy {
	return policy(
		privacy.QueryPolicy{AllowNationalAdmin(),
			StaffInLocations(locationField, false, RolesWith(ReadAudit)...), SeeNothingElse()},
		privacy.MutationPolicy{AppendOnly(),
			privacy.MutationRuleFunc(func(ctx context.Context, _ ent.Mutation) error {
				if FromContext(ctx).IsStaff() {
					return privacy.Allow
				}
				return privacy.Skip
			}),
			DenyOtherwise()},
	)
}

// Internal is the policy of rows no viewer reads or writes through the API: sessions, rate
// limits, ballot data (participations, tallies). Domain code reaches them in a system context
// after its own checks. (Me-too marks have their own policy: policies.ThreadSupport.)
func Internal() ent.Policy {
	return policy(
		privacy.QueryPolicy{SystemOnly()},
		privacy.MutationPolicy{SystemOnly()},
	)
}

// youthCreatesAtOwnLocation allows a signed-in child to create a row at the tablet's location.
func youthCreatesAtOwnLocation(loc locator) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v := FromContext(ctx)
		if !v.IsYouth() || !m.Op().Is(ent.OpCreate) {
			return privacy.Skip
		}
		id, err := loc(ctx, m)
		if err != nil {
			return err
		}
		if id == v.TabletLocationID {
			return privacy.Allow
		}
		return errForbidden
	})
}

// AudioClip: heard wherever its announcement may be read (by a tablet: while it is in force);
// recorded by who may change the announcement.
func AudioClip() ent.Policy {
	return policy(
		privacy.QueryPolicy{AllowNationalAdmin(),
			StaffInLocations(viaAnnouncement, true, staffRoles...),
			TabletReadsInForce(), TabletInLocation(viaAnnouncement, true), SeeNothingElse()},
		privacy.MutationPolicy{AllowNationalAdmin(),
			CreateInLocations(byAnnouncement, RolesWith(PublishAnnouncements)...),
			ChangeInLocations(viaAnnouncement, RolesWith(PublishAnnouncements)...), DenyOtherwise()},
	)
}
