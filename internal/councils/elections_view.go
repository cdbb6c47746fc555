package councils

import (
	"context"
	"slices"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/candidacy"
	"github.com/jeugdstem/jeugdstem/ent/election"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/polloption"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
	"github.com/jeugdstem/jeugdstem/policies"
)

// ElectionView is an election as the viewer reads it (graph/elections.graphqls): who stands, who
// was elected, never a count (those are the poll's results, under the disclosure rules).
type ElectionView struct {
	ID           string
	CouncilID    string
	Seats        int
	Status       election.Status
	PollID       *string
	OpensAt      *time.Time
	ClosesAt     *time.Time
	ByElection   bool
	Candidates   []Candidate
	StandingByMe bool
}

// Candidate is one candidacy as shown. Pseudonym and avatar are given only for a child who stands
// (consented, not withdrawn, still at the location) or for the signed-in child themself: a
// withdrawn option of a ballot shows as withdrawn, without a name. MemberID is for staff, who
// put candidates on the ballot.
type Candidate struct {
	MemberID  *string
	OptionID  *string
	Pseudonym *string
	Avatar    *string
	Withdrawn bool
	Elected   bool
	Tied      bool
	Me        bool
}

// maxElections bounds a council's list.
const maxElections = 50

// CouncilElections lists a council's elections the viewer may read, newest first.
func CouncilElections(ctx context.Context, client *ent.Client, councilID string) ([]*ElectionView, error) {
	if _, err := client.Council.Get(ctx, councilID); err != nil {
		return nil, notFound(err, "no such council")
	}
	es, err := client.Election.Query().Where(election.CouncilID(councilID)).
		Order(ent.Desc(election.FieldCreatedAt), ent.Desc(election.FieldID)).Limit(maxElections).All(ctx)
	if err != nil {
		return nil, err
	}
	return viewElections(ctx, client, es)
}

// ElectionOf is one election, read as the viewer (NOT_FOUND when they may not).
func ElectionOf(ctx context.Context, client *ent.Client, id string) (*ElectionView, error) {
	e, err := client.Election.Get(ctx, id)
	if err != nil {
		return nil, notFound(err, "no such election")
	}
	return viewElection(ctx, client, e)
}

func viewElections(ctx context.Context, client *ent.Client, es []*ent.Election) ([]*ElectionView, error) {
	out := make([]*ElectionView, 0, len(es))
	for _, e := range es {
		v, err := viewElection(ctx, client, e)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// viewElection shows e, which the viewer may read. Its candidacies and their children are read
// past the rules and then shown by Candidate's rule: the one place that decides which pseudonyms
// an election shows.
func viewElection(ctx context.Context, client *ent.Client, e *ent.Election) (*ElectionView, error) {
	viewer := policies.FromContext(ctx)
	sys := policies.System(ctx)
	out := &ElectionView{ID: e.ID, CouncilID: e.CouncilID, Seats: e.Seats, Status: e.Status, PollID: e.PollID,
		ByElection: e.TieOf != nil}
	var ballot []string // option ids in position order
	if e.PollID != nil {
		p, err := client.Poll.Query().Where(poll.ID(*e.PollID)).
			WithOptions(func(q *ent.PollOptionQuery) { q.Order(polloption.ByPosition()) }).Only(sys)
		if err != nil {
			return nil, err
		}
		out.OpensAt, out.ClosesAt = p.OpensAt, p.ClosesAt
		if p.OpenedAt != nil {
			out.OpensAt = p.OpenedAt
		}
		for _, o := range p.Edges.Options {
			ballot = append(ballot, o.ID)
		}
	}
	cds, err := client.Candidacy.Query().Where(candidacy.ElectionID(e.ID)).WithMember().
		Order(ent.Asc(candidacy.FieldConsentedAt), ent.Asc(candidacy.FieldID)).All(sys)
	if err != nil {
		return nil, err
	}
	if ballot != nil {
		cds = slices.DeleteFunc(cds, func(cd *ent.Candidacy) bool { return cd.OptionID == nil })
		slices.SortStableFunc(cds, func(a, b *ent.Candidacy) int {
			return slices.Index(ballot, *a.OptionID) - slices.Index(ballot, *b.OptionID)
		})
	}
	for _, cd := range cds {
		m := cd.Edges.Member
		me := viewer.IsYouth() && m != nil && m.ID == viewer.MemberID
		withdrawn := cd.WithdrawnAt != nil || m == nil || m.Status != youthmember.StatusACTIVE || m.LocationID != e.LocationID
		if withdrawn && ballot == nil && !me {
			continue // a child who took back their consent before the ballot: not shown at all
		}
		c := Candidate{OptionID: cd.OptionID, Withdrawn: withdrawn, Me: me,
			Elected: cd.Elected && e.Status == election.StatusCLOSED, Tied: cd.Tied && e.Status == election.StatusCLOSED}
		if !withdrawn || me {
			c.Pseudonym, c.Avatar = &m.Pseudonym, &m.Avatar
		}
		if viewer.IsStaff() && !withdrawn {
			c.MemberID = &m.ID
		}
		if me && !withdrawn {
			out.StandingByMe = true
		}
		out.Candidates = append(out.Candidates, c)
	}
	return out, nil
}

// CandidateOfOption is the candidate an ELECTION poll's option stands for, shown by Candidate's
// rule (nil for an option of any other poll).
func CandidateOfOption(ctx context.Context, client *ent.Client, pollID, optionID string) (*Candidate, error) {
	e, err := client.Election.Query().Where(election.PollID(pollID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	v, err := viewElection(ctx, client, e)
	if err != nil {
		return nil, err
	}
	for _, c := range v.Candidates {
		if c.OptionID != nil && *c.OptionID == optionID {
			return &c, nil
		}
	}
	return &Candidate{OptionID: &optionID, Withdrawn: true}, nil
}

// myElections are the elections a child's council shows: those not yet decided, and the last
// decided one (its result), newest first.
func myElections(ctx context.Context, client *ent.Client, councilID string) ([]*ElectionView, error) {
	open, err := client.Election.Query().Where(election.CouncilID(councilID), unfinished()).
		Order(ent.Desc(election.FieldCreatedAt)).All(ctx)
	if err != nil {
		return nil, err
	}
	last, err := client.Election.Query().Where(election.CouncilID(councilID), election.StatusIn(election.StatusCLOSED, election.StatusVOID)).
		Order(ent.Desc(election.FieldClosedAt), ent.Desc(election.FieldID)).First(ctx)
	if err == nil {
		open = append(open, last)
	} else if !ent.IsNotFound(err) {
		return nil, err
	}
	return viewElections(ctx, client, open)
}
