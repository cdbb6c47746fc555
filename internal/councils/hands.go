package councils

import (
	"context"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/council"
	"github.com/jeugdstem/jeugdstem/ent/membership"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/policies"
)

// A show of hands at a meeting is recorded as three counts, never who raised a hand. Only staff
// read them (HandsOf): the children in the room saw the hands, a child reading the board later
// did not, and a count of one "against" on a small council can point at a child.

// Hands is a show of hands: how many for, against, abstaining.
type Hands struct {
	InFavour, Against, Abstain int
}

// handsOf checks the counts of a decision's input: all three or none, each 0 or more, together
// at most the council's members. The error names the field.
func handsOf(ctx context.Context, client *ent.Client, councilID string, in NewDecision) (*Hands, error) {
	counts := []struct {
		field string
		n     *int
	}{{"input.handsFor", in.HandsFor}, {"input.handsAgainst", in.HandsAgainst}, {"input.handsAbstain", in.HandsAbstain}}
	given := 0
	for _, c := range counts {
		if c.n == nil {
			continue
		}
		given++
		if *c.n < 0 {
			return nil, apierror.BadInput(c.field, "a count of hands is 0 or more")
		}
	}
	switch given {
	case 0:
		return nil, nil
	case 3:
	default:
		for _, c := range counts {
			if c.n == nil {
				return nil, apierror.BadInput(c.field, "give all three counts of hands (for, against, abstain) or none")
			}
		}
	}
	c, err := client.Council.Get(ctx, councilID)
	if err != nil {
		return nil, notFound(err, "no such council")
	}
	members, err := MemberCount(ctx, client, c)
	if err != nil {
		return nil, err
	}
	h := &Hands{*in.HandsFor, *in.HandsAgainst, *in.HandsAbstain}
	if sum := h.InFavour + h.Against + h.Abstain; sum > members {
		return nil, apierror.BadInput("input.handsFor", "for, against and abstain add up to %d, more than the council's %d members", sum, members)
	}
	return h, nil
}

// MemberCount is how many children are on the council now, as its members read it on the
// tablet (myCouncil): the active members, and of a council with elected seats the elected ones.
// Only a count leaves this function.
func MemberCount(ctx context.Context, client *ent.Client, c *ent.Council) (int, error) {
	q := client.Membership.Query().Where(membership.HasCouncilWith(council.ID(c.ID)), membership.LeftAtIsNil(),
		membership.HasMemberWith(youthmember.StatusEQ(youthmember.StatusACTIVE)))
	if c.Seats > 0 {
		q.Where(membership.ElectedAtNotNil())
	}
	return q.Count(policies.System(ctx))
}

// HandsOf is a decision's show of hands for staff; nil for children and tablets, and when none
// was recorded.
func HandsOf(ctx context.Context, d *ent.CouncilDecision) *Hands {
	if !policies.FromContext(ctx).IsStaff() || d.HandsFor == nil || d.HandsAgainst == nil || d.HandsAbstain == nil {
		return nil
	}
	return &Hands{*d.HandsFor, *d.HandsAgainst, *d.HandsAbstain}
}

// VacanciesOf counts the council's seats no elected member holds now, for staff (children read
// theirs in myCouncil).
func VacanciesOf(ctx context.Context, client *ent.Client, c *ent.Council) (int, error) {
	return vacancies(policies.System(ctx), client, c)
}
