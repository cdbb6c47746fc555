package policies

import (
	"context"
	"slices"

	"entgo.io/ent/dialect/sql"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/membership"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/predicate"
	"github.com/jeugdstem/jeugdstem/ent/privacy"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
)

// Who may vote in a poll and who may see its counts. Which polls a viewer sees at all is the
// Poll policy (entities.go); these rules only narrow further, for a poll the viewer already sees.

// ChildCouncils returns the councils the signed-in child sits on now (memberships a child may not
// read themself, so the rule reads them).
func ChildCouncils(ctx context.Context, client *ent.Client) ([]string, error) {
	v := FromContext(ctx)
	if !v.IsYouth() {
		return nil, nil
	}
	return client.Membership.Query().
		Where(currentMembership(v.MemberID, "")).
		Select(membership.CouncilColumn).
		Strings(System(ctx))
}

// currentMembership is the predicate "member sits on council (any council when "") now",
// on the memberships' own columns.
func currentMembership(memberID, councilID string) predicate.Membership {
	return func(s *sql.Selector) {
		p := sql.And(sql.EQ(s.C(membership.MemberColumn), memberID), sql.IsNull(s.C(membership.FieldLeftAt)))
		if councilID != "" {
			p = sql.And(p, sql.EQ(s.C(membership.CouncilColumn), councilID))
		}
		s.Where(p)
	}
}

// InAudience reports whether a child on a tablet, in the given councils, is someone the poll
// asks: a council poll asks its council's members, a location poll every child of the location,
// a national poll every child; audience age bands, when set, narrow each to those bands.
func InAudience(v *Viewer, p *ent.Poll, councilIDs []string) bool {
	if !v.IsYouth() {
		return false
	}
	switch {
	case p.LocationID != nil && *p.LocationID != v.TabletLocationID:
		return false
	case p.LocationID == nil && p.Scope != poll.ScopeNATIONAL:
		return false
	case p.Scope == poll.ScopeCOUNCIL && (p.CouncilID == nil || !slices.Contains(councilIDs, *p.CouncilID)):
		return false
	}
	return len(p.AudienceAgeBands) == 0 || slices.Contains(p.AudienceAgeBands, schematype.AgeBand(v.AgeBand))
}

// MayVote decides whether the signed-in child may vote in p: only a child signed in on a tablet
// (the session already binds them to the tablet's location and an active, unlocked member), and
// only in a poll whose audience they are in. Whether the poll is open is the vote's business.
func MayVote(ctx context.Context, client *ent.Client, p *ent.Poll) error {
	v := FromContext(ctx)
	if !v.IsYouth() {
		return errForbidden
	}
	var councils []string
	if p.Scope == poll.ScopeCOUNCIL && p.CouncilID != nil {
		member, err := client.Membership.Query().Where(currentMembership(v.MemberID, *p.CouncilID)).Exist(System(ctx))
		if err != nil {
			return err
		}
		if member {
			councils = []string{*p.CouncilID}
		}
	}
	if !InAudience(v, p, councils) {
		return apierror.New(apierror.Forbidden, "this poll asks other children")
	}
	return nil
}

// MaySeePollCounts reports whether the viewer may see how a poll was answered (the tallies), in
// its present state. Nobody sees counts of a draft or an open poll (turnout only). After the
// poll closes, the staff of its location see them (national admins those of every poll); after
// publication, everyone who may see the poll: the children of its location (every child and all
// staff for a national poll). Partners never: they read aggregated reports.
func MaySeePollCounts(v *Viewer, p *ent.Poll) bool {
	switch p.Status {
	case poll.StatusCLOSED:
		return staffOfPoll(v, p)
	case poll.StatusPUBLISHED:
		national := p.LocationID == nil
		return staffOfPoll(v, p) || (national && v.HasRole(staffRoles...)) ||
			(v.IsYouth() && (national || *p.LocationID == v.TabletLocationID))
	}
	return false
}

// staffOfPoll: national admins for every poll; the staff (not partners) of the poll's location.
func staffOfPoll(v *Viewer, p *ent.Poll) bool {
	if v.IsNationalAdmin() {
		return true
	}
	return p.LocationID != nil && v.HasRole(staffRoles...) && slices.Contains(v.LocationIDs, *p.LocationID)
}

// answerToPublishedPoll is what staff did about a poll whose results the children were shown:
// before that, tablets and children do not see it.
var answerToPublishedPoll narrowing = func(f privacy.Filter) error {
	rf, ok := f.(*ent.PollResponseFilter)
	if !ok {
		return wrongFilter("answerToPublishedPoll", f)
	}
	rf.WhereHasPollWith(poll.StatusEQ(poll.StatusPUBLISHED))
	return nil
}
