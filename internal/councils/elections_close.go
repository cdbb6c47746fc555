package councils

import (
	"context"
	"slices"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/candidacy"
	"github.com/jeugdstem/jeugdstem/ent/council"
	"github.com/jeugdstem/jeugdstem/ent/election"
	"github.com/jeugdstem/jeugdstem/ent/membership"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/polloption"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
	"github.com/jeugdstem/jeugdstem/internal/voting"
)

func init() { voting.RegisterSettler(poll.KindELECTION, settleElection) }

// settleElection assigns the seats of the election whose poll just closed, in the closing
// transaction (ctx passes the privacy rules: the clock or closePoll already decided). counts are
// the votes per option position, in memory only; nothing here stores or logs them.
//
//   - Fewer voters than the poll's k: nobody is elected and the election is VOID (with one or two
//     voters, who won would tell how they voted). The facilitator calls it again.
//   - Candidates who withdrew, left or were transferred before closing are out: votes for them
//     count for nobody.
//   - The seats go to the standing candidates with the most votes. When candidates tie for the
//     last seat(s), those above the tie are elected and the tied ones are not: a by-election
//     between exactly them (their consent carries over; each may withdraw) decides the remaining
//     seats. No random or alphabetical pick: a draw cannot be explained to a child, and an
//     alphabetical one favours names. The by-election waits for the facilitator's createElection.
func settleElection(ctx context.Context, tx *ent.Tx, p *ent.Poll, counts []int, turnout int) error {
	e, err := tx.Election.Query().Where(election.PollID(p.ID), election.StatusEQ(election.StatusVOTING)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil
	} else if err != nil {
		return err
	}
	now := dbNow()
	if turnout < p.MinGroupSize {
		return tx.Election.UpdateOneID(e.ID).SetStatus(election.StatusVOID).SetClosedAt(now).Exec(ctx)
	}
	options, err := tx.PollOption.Query().Where(polloption.PollID(p.ID)).
		Order(polloption.ByPosition(), polloption.ByID()).IDs(ctx)
	if err != nil {
		return err
	}
	standing, err := tx.Candidacy.Query().
		Where(candidacy.ElectionID(e.ID), candidacy.OptionIDNotNil(), candidacy.WithdrawnAtIsNil(),
			candidacy.HasMemberWith(youthmember.StatusEQ(youthmember.StatusACTIVE), youthmember.LocationID(e.LocationID))).
		WithMember().All(ctx)
	if err != nil {
		return err
	}
	votes := func(cd *ent.Candidacy) int {
		if i := slices.Index(options, *cd.OptionID); i >= 0 && i < len(counts) {
			return counts[i]
		}
		return 0
	}
	slices.SortStableFunc(standing, func(a, b *ent.Candidacy) int { return votes(b) - votes(a) })
	elected, tied := seatsOf(standing, e.Seats, votes)
	for _, cd := range elected {
		if err := seat(ctx, tx, e, cd); err != nil {
			return err
		}
	}
	if len(tied) > 0 {
		ids := make([]string, len(tied))
		for i, cd := range tied {
			ids[i] = cd.ID
		}
		if err := tx.Candidacy.Update().Where(candidacy.IDIn(ids...)).SetTied(true).Exec(ctx); err != nil {
			return err
		}
		by, err := tx.Election.Create().SetLocationID(e.LocationID).SetCouncilID(e.CouncilID).
			SetSeats(e.Seats - len(elected)).SetTieOf(e.ID).SetCreatedAt(now).Save(ctx)
		if err != nil {
			return err
		}
		creates := make([]*ent.CandidacyCreate, len(tied))
		for i, cd := range tied {
			creates[i] = tx.Candidacy.Create().SetElectionID(by.ID).SetLocationID(e.LocationID).
				SetMemberID(cd.Edges.Member.ID).SetConsentedAt(cd.ConsentedAt)
		}
		if err := tx.Candidacy.CreateBulk(creates...).Exec(ctx); err != nil {
			return err
		}
	}
	return tx.Election.UpdateOneID(e.ID).SetStatus(election.StatusCLOSED).SetClosedAt(now).Exec(ctx)
}

// seatsOf splits standing candidates, most votes first, into those elected to seats and those
// tied for the last seat(s) when the tie cannot be seated whole (then a by-election decides).
// Fewer standing candidates than seats: all are elected and the remaining seats stay vacant.
func seatsOf(standing []*ent.Candidacy, seats int, votes func(*ent.Candidacy) int) (elected, tied []*ent.Candidacy) {
	if len(standing) <= seats {
		return standing, nil
	}
	last := votes(standing[seats-1])
	for _, cd := range standing {
		switch n := votes(cd); {
		case n > last:
			elected = append(elected, cd)
		case n == last:
			tied = append(tied, cd)
		}
	}
	if len(elected)+len(tied) == seats {
		return append(elected, tied...), nil
	}
	return elected, tied
}

// seat marks a candidacy elected and gives its child a seat on the council: their membership of
// it (made when they had none) carries elected_at until they leave or are transferred.
func seat(ctx context.Context, tx *ent.Tx, e *ent.Election, cd *ent.Candidacy) error {
	now := dbNow()
	if err := tx.Candidacy.UpdateOneID(cd.ID).SetElected(true).Exec(ctx); err != nil {
		return err
	}
	n, err := tx.Membership.Update().
		Where(membership.HasCouncilWith(council.ID(e.CouncilID)), membership.HasMemberWith(youthmember.ID(cd.Edges.Member.ID)),
			membership.LeftAtIsNil()).
		SetElectedAt(now).Save(ctx)
	if err != nil || n > 0 {
		return err
	}
	return tx.Membership.Create().SetCouncilID(e.CouncilID).SetMemberID(cd.Edges.Member.ID).SetElectedAt(now).Exec(ctx)
}

// withdrawOnLeaving withdraws a child's candidacies in undecided elections of locations other
// than keep ("" when they left for good): a child who leaves or is transferred before closing
// is no longer a candidate there.
func withdrawOnLeaving(ctx context.Context, tx *ent.Tx, memberID, keep string) error {
	_, err := tx.Candidacy.Update().
		Where(candidacy.HasMemberWith(youthmember.ID(memberID)), candidacy.WithdrawnAtIsNil(), candidacy.LocationIDNEQ(keep),
			candidacy.HasElectionWith(unfinished())).
		SetWithdrawnAt(dbNow()).Save(ctx)
	return err
}
