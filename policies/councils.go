package policies

import (
	"context"

	"entgo.io/ent/entql"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/agendaitem"
	"github.com/jeugdstem/jeugdstem/ent/candidacy"
	"github.com/jeugdstem/jeugdstem/ent/feedbackthread"
	"github.com/jeugdstem/jeugdstem/ent/idea"
	"github.com/jeugdstem/jeugdstem/ent/meeting"
	"github.com/jeugdstem/jeugdstem/ent/privacy"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
)

// Rules of youth councils at work: ideas, meetings, agendas and decisions (internal/councils).

// visibleIdea is an idea whose words (its thread's first post) a moderator approved.
var visibleIdea narrowing = func(f privacy.Filter) error {
	idf, ok := f.(*ent.IdeaFilter)
	if !ok {
		return wrongFilter("visibleIdea", f)
	}
	idf.WhereHasThreadWith(feedbackthread.VisibleAtNotNil())
	return nil
}

// publishedDecision is a decision whose meeting's minutes are published.
var publishedDecision narrowing = func(f privacy.Filter) error {
	df, ok := f.(*ent.CouncilDecisionFilter)
	if !ok {
		return wrongFilter("publishedDecision", f)
	}
	df.WhereHasAgendaItemWith(agendaitem.HasMeetingWith(meeting.MinutesPublishedAtNotNil()))
	return nil
}

// Idea: as its thread. Moderators and safeguarding officers of the location read every idea; other
// staff (and national admins) the approved ones; a child the approved ideas of their location and
// their own (the proposer is the thread's starter, which only the child themself can match).
// Children propose at their own location; facilitators change an idea's place on the agenda.
func Idea() ent.Policy {
	return policy(
		privacy.QueryPolicy{NationalAdminSees(visibleIdea),
			StaffInLocations(locationField, false, RolesWith(ReadUnmoderated)...),
			StaffInLocationsWhere(locationField, visibleIdea, staffRoles...),
			YouthSees(privacy.IdeaQueryRuleFunc(func(ctx context.Context, q *ent.IdeaQuery) error {
				v := FromContext(ctx)
				q.Where(idea.HasThreadWith(feedbackthread.Or(
					feedbackthread.And(feedbackthread.LocationID(v.TabletLocationID), feedbackthread.VisibleAtNotNil()),
					feedbackthread.HasStartedByWith(youthmember.ID(v.MemberID)))))
				return privacy.Allow
			})),
			TabletInLocation(locationField, false, visibleIdea), SeeNothingElse()},
		privacy.MutationPolicy{AllowNationalAdmin(),
			youthCreatesAtOwnLocation(byLocationField),
			ChangeInLocations(locationField, RolesWith(RunCouncils)...), DenyOtherwise()},
	)
}

// Meeting: the staff who work with the location's children and its tablets read its meetings
// (when and where; attendance only staff, graph/meetings.graphqls); facilitators and managers run
// them.
func Meeting() ent.Policy {
	return policy(
		privacy.QueryPolicy{AllowNationalAdmin(),
			StaffInLocations(locationField, false, staffRoles...),
			TabletInLocation(locationField, false), SeeNothingElse()},
		privacy.MutationPolicy{AllowNationalAdmin(),
			CreateInLocations(byLocationField, RolesWith(RunCouncils)...),
			ChangeInLocations(locationField, RolesWith(RunCouncils)...), DenyOtherwise()},
	)
}

// AgendaItem: as Meeting. An item's idea is read through the idea's own rule.
func AgendaItem() ent.Policy { return Meeting() }

// CouncilDecision: staff of the location read decisions as they are recorded; children and tablets
// once the minutes are published. Facilitators and managers record them; the managers who answer
// children's threads also carry adopted decisions to done.
func CouncilDecision() ent.Policy {
	return policy(
		privacy.QueryPolicy{AllowNationalAdmin(),
			StaffInLocations(locationField, false, staffRoles...),
			TabletInLocation(locationField, false, publishedDecision), SeeNothingElse()},
		privacy.MutationPolicy{AllowNationalAdmin(),
			CreateInLocations(byLocationField, RolesWith(RunCouncils)...),
			ChangeInLocations(locationField, rolesWithAny(RunCouncils, AnswerThreads)...), DenyOtherwise()},
	)
}

// Election: the staff who work with the location's children and its tablets read its elections;
// facilitators and managers call and open them. Closing one (the clock, or closePoll) writes as
// the system.
func Election() ent.Policy {
	return policy(
		privacy.QueryPolicy{AllowNationalAdmin(),
			StaffInLocations(locationField, false, staffRoles...),
			TabletInLocation(locationField, false), SeeNothingElse()},
		privacy.MutationPolicy{AllowNationalAdmin(),
			CreateInLocations(byLocationField, RolesWith(RunCouncils)...),
			ChangeInLocations(locationField, RolesWith(RunCouncils)...), DenyOtherwise()},
	)
}

// standing is a candidacy that was not withdrawn.
var standing narrowing = func(f privacy.Filter) error {
	cf, ok := f.(*ent.CandidacyFilter)
	if !ok {
		return wrongFilter("standing", f)
	}
	cf.WhereWithdrawnAt(entql.TimeNil())
	return nil
}

// Candidacy: the staff of the location read every candidacy; a tablet (and the child on it) the
// standing ones of its location, and a child also their own. Only the system writes them: a
// child's consent (standForElection) and withdrawal are theirs alone, which internal/councils
// checks before writing as the child's own (no facilitator can make a child stand).
func Candidacy() ent.Policy {
	return policy(
		privacy.QueryPolicy{AllowNationalAdmin(),
			StaffInLocations(locationField, false, staffRoles...),
			YouthSees(privacy.CandidacyQueryRuleFunc(func(ctx context.Context, q *ent.CandidacyQuery) error {
				v := FromContext(ctx)
				q.Where(candidacy.LocationID(v.TabletLocationID), candidacy.Or(candidacy.WithdrawnAtIsNil(),
					candidacy.HasMemberWith(youthmember.ID(v.MemberID))))
				return privacy.Allow
			})),
			TabletInLocation(locationField, false, standing), SeeNothingElse()},
		privacy.MutationPolicy{SystemOnly()},
	)
}
