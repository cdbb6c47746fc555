package councils

import (
	"context"
	"fmt"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/candidacy"
	"github.com/jeugdstem/jeugdstem/ent/council"
	"github.com/jeugdstem/jeugdstem/ent/election"
	"github.com/jeugdstem/jeugdstem/ent/membership"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/predicate"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/audit"
	"github.com/jeugdstem/jeugdstem/internal/i18n"
	"github.com/jeugdstem/jeugdstem/internal/validation"
	"github.com/jeugdstem/jeugdstem/internal/voting"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Elections of council members. A facilitator calls one (callElection: how many seats); the
// children of the location who want to stand say so themselves on the tablet (standForElection)
// and may withdraw (withdrawCandidacy); the facilitator then opens the ballot with the candidates
// who consented (createElection), a sealed poll of kind ELECTION that every child of the location
// may vote in (castVote), choosing up to the seats. Closing the poll assigns the seats
// (elections_close.go). Nobody but the child can make a child a candidate, and the API shows the
// pseudonym of no child who is not standing (elections_view.go).

// NewElectionCall is the input of CallElection.
type NewElectionCall struct {
	CouncilID string `json:"councilID" validate:"required,max=40"`
	Seats     int    `json:"seats" validate:"min=1,max=19"`
}

// NewElection is the input of CreateElection: the ballot of the council's called election.
type NewElection struct {
	CouncilID    string     `json:"councilID" validate:"required,max=40"`
	Seats        int        `json:"seats" validate:"min=1,max=19"`
	CandidateIDs []string   `json:"candidateIDs" validate:"required,min=2,max=20,unique,dive,required,max=40"`
	OpensAt      *time.Time `json:"opensAt"`
	ClosesAt     time.Time  `json:"closesAt" validate:"required"`
}

var errElectionRunning = apierror.New(apierror.Conflict, "this council already has an election that is not finished")

// CallElection calls an election for a council: children may stand from now on. The first
// election of a council sets how many seats it has; a later one (a by-election) fills vacancies,
// at most as many as there are.
func CallElection(ctx context.Context, client *ent.Client, in NewElectionCall) (*ElectionView, error) {
	if err := validation.Struct("input", in); err != nil {
		return nil, err
	}
	c, err := client.Council.Get(ctx, in.CouncilID)
	if err != nil {
		return nil, notFound(err, "no such council")
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer rollback(tx)
	if running, err := tx.Election.Query().Where(election.CouncilID(c.ID), unfinished()).Exist(ctx); err != nil {
		return nil, err
	} else if running {
		return nil, errElectionRunning
	}
	if c.Seats == 0 {
		if err := tx.Council.UpdateOneID(c.ID).SetSeats(in.Seats).Exec(ctx); err != nil {
			return nil, err
		}
	} else {
		free, err := vacancies(policies.System(ctx), tx.Client(), c)
		if err != nil {
			return nil, err
		}
		if in.Seats > free {
			return nil, apierror.BadInput("input.seats", "the council has %d vacant seats of %d", free, c.Seats)
		}
	}
	e, err := tx.Election.Create().SetLocationID(c.LocationID).SetCouncilID(c.ID).SetSeats(in.Seats).
		SetCreatedAt(dbNow()).Save(ctx)
	if err != nil {
		return nil, err
	}
	if err := audit.Record(ctx, tx.Client(), ActionElectionCalled, "Election", e.ID, e.LocationID); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return viewElection(ctx, client, e)
}

// unfinished are elections still to be decided: called, or voting.
func unfinished() predicate.Election {
	return election.StatusIn(election.StatusNOMINATING, election.StatusVOTING)
}

// StandForElection records the signed-in child's consent to stand in an election of their
// location that is still taking candidates; standing again after withdrawing gives it again.
func StandForElection(ctx context.Context, client *ent.Client, electionID string) (*ElectionView, error) {
	v := policies.FromContext(ctx)
	e, err := client.Election.Get(ctx, electionID) // as the child: only their location's
	if err != nil {
		return nil, notFound(err, "no such election")
	}
	if e.Status != election.StatusNOMINATING {
		return nil, apierror.New(apierror.Conflict, "this election no longer takes candidates")
	}
	sys := policies.System(ctx)
	// The child writes only their own consent: the member is the signed-in child, never an input.
	// Standing again clears a withdrawal; of two stands at once the unique index keeps one.
	n, err := client.Candidacy.Update().
		Where(candidacy.ElectionID(e.ID), candidacy.HasMemberWith(youthmember.ID(v.MemberID))).
		ClearWithdrawnAt().Save(sys)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		err = client.Candidacy.Create().SetElectionID(e.ID).SetLocationID(e.LocationID).SetMemberID(v.MemberID).
			SetConsentedAt(dbNow()).Exec(sys)
		if err != nil && !ent.IsConstraintError(err) {
			return nil, err
		}
	}
	return viewElection(ctx, client, e)
}

// WithdrawCandidacy withdraws the signed-in child's candidacy, until the election is decided:
// on an open ballot their option shows as withdrawn, and votes for it count for nobody.
func WithdrawCandidacy(ctx context.Context, client *ent.Client, electionID string) (*ElectionView, error) {
	v := policies.FromContext(ctx)
	e, err := client.Election.Get(ctx, electionID)
	if err != nil {
		return nil, notFound(err, "no such election")
	}
	if e.Status != election.StatusNOMINATING && e.Status != election.StatusVOTING {
		return nil, apierror.New(apierror.Conflict, "this election is decided")
	}
	if _, err := client.Candidacy.Update().
		Where(candidacy.ElectionID(e.ID), candidacy.HasMemberWith(youthmember.ID(v.MemberID)), candidacy.WithdrawnAtIsNil()).
		SetWithdrawnAt(dbNow()).Save(policies.System(ctx)); err != nil {
		return nil, err
	}
	return viewElection(ctx, client, e)
}

// CreateElection opens the ballot of the council's called election: a sealed ELECTION poll for
// every child of the location whose options are the given candidates, each a child who consented
// and still stands. It opens at opensAt (now when left out) and closes at closesAt.
func CreateElection(ctx context.Context, client *ent.Client, votes *voting.Service, in NewElection) (*ElectionView, error) {
	if err := validation.Struct("input", in); err != nil {
		return nil, err
	}
	c, err := client.Council.Get(ctx, in.CouncilID)
	if err != nil {
		return nil, notFound(err, "no such council")
	}
	e, err := client.Election.Query().Where(election.CouncilID(c.ID), election.StatusEQ(election.StatusNOMINATING)).
		Order(ent.Desc(election.FieldCreatedAt)).First(ctx)
	if ent.IsNotFound(err) {
		return nil, apierror.New(apierror.Conflict, "call an election first (callElection), so children can stand")
	} else if err != nil {
		return nil, err
	}
	if in.Seats > e.Seats {
		return nil, apierror.BadInput("input.seats", "the election was called for %d seats", e.Seats)
	}
	if len(in.CandidateIDs) <= in.Seats {
		return nil, apierror.BadInput("input.candidateIDs", "a ballot needs more candidates than seats")
	}
	sys := policies.System(ctx)
	standing, err := client.Candidacy.Query().
		Where(candidacy.ElectionID(e.ID), candidacy.WithdrawnAtIsNil(),
			candidacy.HasMemberWith(youthmember.StatusEQ(youthmember.StatusACTIVE), youthmember.LocationID(e.LocationID))).
		WithMember().All(sys)
	if err != nil {
		return nil, err
	}
	byMember := map[string]*ent.Candidacy{}
	for _, cd := range standing {
		byMember[cd.Edges.Member.ID] = cd
	}
	ballot := make([]*ent.Candidacy, len(in.CandidateIDs))
	for i, id := range in.CandidateIDs {
		if ballot[i] = byMember[id]; ballot[i] == nil {
			return nil, apierror.BadInput(fmt.Sprintf("input.candidateIDs.%d", i), "is not a child who stands in this election (standForElection)")
		}
	}
	draft := voting.PollDraft{CouncilID: nil, LocationID: &e.LocationID, Kind: poll.KindELECTION,
		Theme: schematype.ThemeInformationParticipation, Question: electionQuestion(),
		MaxChoices: &in.Seats, OpensAt: in.OpensAt, ClosesAt: &in.ClosesAt}
	scope := poll.ScopeLOCATION
	draft.Scope = &scope
	for i := range ballot {
		draft.Options = append(draft.Options, voting.OptionDraft{Label: numberLabel(i + 1)})
	}
	p, err := votes.CreatePollFor(ctx, draft, func(tx *ent.Tx, p *ent.Poll) error {
		opened, err := tx.Election.UpdateOneID(e.ID).Where(election.StatusEQ(election.StatusNOMINATING)).
			SetStatus(election.StatusVOTING).SetPollID(p.ID).SetSeats(in.Seats).Save(ctx)
		if ent.IsNotFound(err) {
			return apierror.New(apierror.Conflict, "the election's ballot was made meanwhile")
		} else if err != nil {
			return err
		}
		e = opened
		if err := audit.Record(ctx, tx.Client(), ActionElectionCreated, "Election", e.ID, e.LocationID); err != nil {
			return err
		}
		for i, cd := range ballot {
			if err := tx.Candidacy.UpdateOneID(cd.ID).SetOptionID(p.Edges.Options[i].ID).Exec(policies.System(ctx)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if in.OpensAt == nil || !in.OpensAt.After(time.Now()) {
		if _, err := votes.OpenPoll(ctx, p.ID); err != nil {
			return nil, err
		}
	}
	return viewElection(ctx, client, e)
}

// vacancies counts the council's seats that no elected member holds now.
func vacancies(ctx context.Context, client *ent.Client, c *ent.Council) (int, error) {
	held, err := client.Membership.Query().
		Where(membership.HasCouncilWith(council.ID(c.ID)), membership.LeftAtIsNil(), membership.ElectedAtNotNil(),
			membership.HasMemberWith(youthmember.StatusEQ(youthmember.StatusACTIVE))).Count(ctx)
	return max(c.Seats-held, 0), err
}

// electionTexts is the ballot's question in every language, machine-drafted like the app's own
// strings until a native speaker has checked them.
var electionTexts = map[string]string{
	"nl": "Wie kies jij voor de jongerenraad?", "en": "Who do you choose for the youth council?",
	"ar": "من تختار لمجلس الشباب؟", "ti": "ንባይቶ መንእሰያት መን ትመርጽ?", "fa": "چه کسی را برای شورای جوانان انتخاب می‌کنی؟",
	"prs": "کی را برای شورای جوانان انتخاب می‌کنی؟", "ps": "د ځوانانو شورا لپاره څوک غوره کوې؟",
	"so": "Yaad u dooranaysaa golaha dhallinyarada?", "tr": "Gençlik meclisi için kimi seçiyorsun?",
	"kmr": "Tu kê ji bo meclisa ciwanan hildibijêrî?", "ckb": "کێ بۆ ئەنجومەنی گەنجان هەڵدەبژێریت؟",
	"uk": "Кого ти обираєш до молодіжної ради?", "fr": "Qui choisis-tu pour le conseil des jeunes ?",
}

func electionQuestion() []schematype.Translation {
	out := make([]schematype.Translation, 0, len(i18n.Languages))
	for _, l := range i18n.Languages {
		out = append(out, schematype.Translation{Lang: l.Code, Text: electionTexts[l.Code]})
	}
	return out
}

// numberLabel labels a candidate's option by its number in every language's digits: the
// pseudonym is read from the candidacy when shown, so a child who withdraws or is removed leaves
// no name on the poll.
func numberLabel(n int) []schematype.Translation {
	out := make([]schematype.Translation, 0, len(i18n.Languages))
	for _, l := range i18n.Languages {
		out = append(out, schematype.Translation{Lang: l.Code, Text: voting.Numeral(l.Code, n)})
	}
	return out
}
