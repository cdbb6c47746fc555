package councils_test

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/participation"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/feedback/feedbacktest"
)

type candidateView struct {
	MemberID, OptionID, Pseudonym, Avatar *string
	Withdrawn, Elected, Tied, Me          bool
}

type electionView struct {
	ID, Status               string
	Seats                    int
	PollID                   *string
	ByElection, StandingByMe bool
	Candidates               []candidateView
}

const electionFields = `id status seats pollID byElection standingByMe candidates { memberID optionID pseudonym avatar withdrawn elected tied me }`

// electionWorld is location A with a facilitator and children who stand, vote, or do neither.
type electionWorld struct {
	*feedbacktest.World
	kids []*ent.YouthMember
}

func newElectionWorld(t *testing.T, s *apitest.Server, children int) *electionWorld {
	w := &electionWorld{World: feedbacktest.New(t, s)}
	for i := range children {
		w.kids = append(w.kids, s.NewMember(t, w.CouncilA, fmt.Sprintf("Kind %c", 'A'+i)))
	}
	return w
}

func (w *electionWorld) call(t *testing.T, seats int) electionView {
	t.Helper()
	var d struct{ CallElection electionView }
	w.As(t, feedbacktest.Facilitator).Do(`mutation($c: ID!, $s: Int!) { callElection(input: {councilID: $c, seats: $s}) { `+electionFields+` } }`,
		map[string]any{"c": w.CouncilA.ID, "s": seats}).Must(t, &d)
	return d.CallElection
}

func (w *electionWorld) stand(t *testing.T, m *ent.YouthMember, electionID string) electionView {
	t.Helper()
	var d struct{ StandForElection electionView }
	w.Child(t, m).Do(`mutation($e: ID!) { standForElection(electionID: $e) { `+electionFields+` } }`, map[string]any{"e": electionID}).Must(t, &d)
	return d.StandForElection
}

func (w *electionWorld) create(c *apitest.Client, seats int, candidates ...*ent.YouthMember) *apitest.Response {
	ids := []string{}
	for _, m := range candidates {
		ids = append(ids, m.ID)
	}
	return c.Do(`mutation($c: ID!, $s: Int!, $ids: [ID!]!, $at: Time!) { createElection(input: {councilID: $c, seats: $s, candidateIDs: $ids, closesAt: $at}) { `+electionFields+` } }`,
		map[string]any{"c": w.CouncilA.ID, "s": seats, "ids": ids, "at": time.Now().Add(time.Hour).Format(time.RFC3339)})
}

func (w *electionWorld) open(t *testing.T, seats int, candidates ...*ent.YouthMember) electionView {
	t.Helper()
	var d struct{ CreateElection electionView }
	w.create(w.As(t, feedbacktest.Facilitator), seats, candidates...).Must(t, &d)
	return d.CreateElection
}

func (w *electionWorld) read(t *testing.T, c *apitest.Client, id string) electionView {
	t.Helper()
	var d struct{ Election electionView }
	c.Do(`query($e: ID!) { election(id: $e) { `+electionFields+` } }`, map[string]any{"e": id}).Must(t, &d)
	return d.Election
}

// vote casts each voter's ballot: votes[i] are the candidates (by ballot position) kids[i] picks.
func (w *electionWorld) vote(t *testing.T, e electionView, votes ...[]int) {
	t.Helper()
	for i, picks := range votes {
		var opts []string
		for _, p := range picks {
			opts = append(opts, *e.Candidates[p].OptionID)
		}
		w.S.VoteAs(t, w.kids[i], *e.PollID, opts...)
	}
}

func (w *electionWorld) close(t *testing.T, e electionView) electionView {
	t.Helper()
	w.As(t, feedbacktest.Facilitator).Do(`mutation($p: ID!) { closePoll(id: $p) { id } }`, map[string]any{"p": *e.PollID}).Must(t, nil)
	return w.read(t, w.As(t, feedbacktest.Facilitator), e.ID)
}

func electedOf(e electionView) (elected, tied []string) {
	for _, c := range e.Candidates {
		if c.Elected {
			elected = append(elected, *c.Pseudonym)
		}
		if c.Tied {
			tied = append(tied, *c.Pseudonym)
		}
	}
	return elected, tied
}

// An election from call to seats: only children who consented stand (a facilitator cannot put
// anyone else on the ballot), the ballot is a sealed ELECTION poll every child of the location
// votes in, closing elects the candidates with most votes, and the council shows them and, when
// one leaves, a vacancy that a by-election may fill.
func TestElectionFromConsentToSeats(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newElectionWorld(t, s, 6)
		fac := w.As(t, feedbacktest.Facilitator)
		e := w.call(t, 2)
		if e.Status != "NOMINATING" || len(e.Candidates) != 0 {
			t.Fatalf("called: %+v", e)
		}
		// Nobody stood yet: the facilitator cannot make a ballot of children who did not consent.
		bad := w.create(fac, 2, w.kids[0], w.kids[1], w.kids[2]).WantCode(t, "BAD_USER_INPUT")
		if bad.Field() != "input.candidateIDs.0" {
			t.Errorf("refused on %q", bad.Field())
		}
		// Staff cannot stand for a child, and a child of B cannot stand at A.
		fac.Do(`mutation($e: ID!) { standForElection(electionID: $e) { id } }`, map[string]any{"e": e.ID}).WantCode(t, "FORBIDDEN")
		w.Child(t, w.ChildB).Do(`mutation($e: ID!) { standForElection(electionID: $e) { id } }`, map[string]any{"e": e.ID}).WantCode(t, "NOT_FOUND")
		for _, m := range w.kids[:4] {
			if got := w.stand(t, m, e.ID); !got.StandingByMe {
				t.Fatalf("%s stood but does not stand: %+v", m.Pseudonym, got)
			}
		}
		w.stand(t, w.kids[0], e.ID) // standing twice changes nothing
		var wd struct{ WithdrawCandidacy electionView }
		w.Child(t, w.kids[3]).Do(`mutation($e: ID!) { withdrawCandidacy(electionID: $e) { `+electionFields+` } }`, map[string]any{"e": e.ID}).Must(t, &wd)
		if wd.WithdrawCandidacy.StandingByMe {
			t.Fatalf("withdrawn and still standing: %+v", wd)
		}
		w.create(fac, 2, w.kids[0], w.kids[3], w.kids[1]).WantCode(t, "BAD_USER_INPUT")
		w.create(fac, 2, w.kids[0], w.kids[1]).WantCode(t, "BAD_USER_INPUT") // no more candidates than seats
		w.create(fac, 3, w.kids[0], w.kids[1], w.kids[2], w.kids[4]).WantCode(t, "BAD_USER_INPUT")
		e = w.open(t, 2, w.kids[0], w.kids[1], w.kids[2])
		if e.Status != "VOTING" || e.PollID == nil || len(e.Candidates) != 3 {
			t.Fatalf("opened: %+v", e)
		}
		for i, c := range e.Candidates {
			if c.MemberID == nil || *c.MemberID != w.kids[i].ID || *c.Pseudonym != w.kids[i].Pseudonym {
				t.Fatalf("ballot position %d: %+v", i, c)
			}
		}
		// createPoll cannot make an ELECTION poll, and its ballot cannot be edited.
		fac.Do(`mutation($l: ID!) { createPoll(input: {locationID: $l, kind: ELECTION, theme: OTHER, question: [{lang: "nl", text: "Wie?"}], options: [{label: [{lang: "nl", text: "1"}]}, {label: [{lang: "nl", text: "2"}]}]}) { id } }`,
			map[string]any{"l": w.LocA.ID}).WantCode(t, "BAD_USER_INPUT")
		// Every child of the location sees the ballot with pictures and pseudonyms, a child of B not.
		var open struct {
			OpenPolls []struct {
				ID, Kind   string
				MaxChoices int
				Options    []struct {
					ID        string
					Candidate *candidateView
				}
			}
		}
		w.Child(t, w.kids[5]).Do(`{ openPolls { id kind maxChoices options { id candidate { pseudonym avatar withdrawn me } } } }`, nil).Must(t, &open)
		if len(open.OpenPolls) != 1 || open.OpenPolls[0].Kind != "ELECTION" || open.OpenPolls[0].MaxChoices != 2 ||
			*open.OpenPolls[0].Options[1].Candidate.Pseudonym != w.kids[1].Pseudonym {
			t.Fatalf("the ballot as a child sees it: %+v", open)
		}
		w.Child(t, w.ChildB).Do(`mutation($p: ID!, $o: [ID!]!) { castVote(input: {pollID: $p, optionIDs: $o, idempotencyKey: "abcdefgh1"}) { accepted } }`,
			map[string]any{"p": *e.PollID, "o": []string{*e.Candidates[0].OptionID}}).WantCode(t, "NOT_FOUND")
		// Up to seats choices.
		w.Child(t, w.kids[5]).Do(`mutation($p: ID!, $o: [ID!]!) { castVote(input: {pollID: $p, optionIDs: $o, idempotencyKey: "abcdefgh2"}) { accepted } }`,
			map[string]any{"p": *e.PollID, "o": []string{*e.Candidates[0].OptionID, *e.Candidates[1].OptionID, *e.Candidates[2].OptionID}}).WantCode(t, "BAD_USER_INPUT")
		w.vote(t, e, []int{0, 1}, []int{0, 1}, []int{0, 2}, []int{1}, []int{0}, []int{2, 1})
		e = w.close(t, e)
		if elected, tied := electedOf(e); e.Status != "CLOSED" || !slices.Equal(elected, []string{"Kind A", "Kind B"}) || tied != nil {
			t.Fatalf("closed: %s, elected %v, tied %v", e.Status, elected, tied)
		}
		// The tablet: the council is its elected members.
		mc := myCouncil(t, w.Child(t, w.kids[4]))
		if mc.Seats != 2 || mc.Vacancies != 0 || len(mc.Members) != 2 || !mc.Members[0].Elected || len(mc.Elections) != 1 {
			t.Fatalf("myCouncil after the election: %+v", mc)
		}
		// A member leaves: a vacancy, and a by-election for at most that many seats.
		fac.Do(`mutation($m: ID!) { youthMemberLeft(memberID: $m) { id } }`, map[string]any{"m": w.kids[0].ID}).Must(t, nil)
		if mc := myCouncil(t, w.Child(t, w.kids[4])); mc.Vacancies != 1 || len(mc.Members) != 1 {
			t.Fatalf("myCouncil after a member left: %+v", mc)
		}
		fac.Do(`mutation($c: ID!) { callElection(input: {councilID: $c, seats: 2}) { id } }`, map[string]any{"c": w.CouncilA.ID}).WantCode(t, "BAD_USER_INPUT")
		by := w.call(t, 1)
		fac.Do(`mutation($c: ID!) { callElection(input: {councilID: $c, seats: 1}) { id } }`, map[string]any{"c": w.CouncilA.ID}).WantCode(t, "CONFLICT")
		if by.Seats != 1 {
			t.Fatalf("by-election: %+v", by)
		}
	})
}

type myCouncilView struct {
	Seats, Vacancies int
	Members          []struct {
		Pseudonym string
		Elected   bool
	}
	Elections []electionView
}

func myCouncil(t *testing.T, c *apitest.Client) myCouncilView {
	t.Helper()
	var d struct{ MyCouncil myCouncilView }
	c.Do(`{ myCouncil { seats vacancies members { pseudonym elected } elections { `+electionFields+` } } }`, nil).Must(t, &d)
	return d.MyCouncil
}

// Ties at the last seat elect nobody of the tied: those above the tie take their seats, and a
// by-election between exactly the tied candidates (who stand in it without being asked again, and
// may withdraw) decides the rest. A tie that fits the seats elects them all.
func TestElectionTies(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		cases := []struct {
			name          string
			seats         int
			votes         [][]int
			elected, tied []string
		}{
			{"a tie for the only seat", 1, [][]int{{0}, {0}, {0}, {1}, {1}, {1}}, nil, []string{"Kind A", "Kind B"}},
			{"a tie below a clear winner", 2, [][]int{{0, 1}, {0, 2}, {0, 1}, {0, 2}, {3}, {}}, []string{"Kind A"}, []string{"Kind B", "Kind C"}},
			{"a tie that fits the seats", 2, [][]int{{0, 1}, {0, 1}, {0, 1}, {2}, {2}}, []string{"Kind A", "Kind B"}, nil},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				w := newElectionWorld(t, s, 6)
				e := w.call(t, tc.seats)
				for _, m := range w.kids[:4] {
					w.stand(t, m, e.ID)
				}
				e = w.open(t, tc.seats, w.kids[:4]...)
				var votes [][]int
				for _, v := range tc.votes {
					if len(v) > 0 {
						votes = append(votes, v)
					}
				}
				w.vote(t, e, votes...)
				e = w.close(t, e)
				elected, tied := electedOf(e)
				if !slices.Equal(elected, tc.elected) || !slices.Equal(tied, tc.tied) {
					t.Fatalf("elected %v, tied %v; want %v, %v", elected, tied, tc.elected, tc.tied)
				}
				var list struct{ CouncilElections []electionView }
				w.As(t, feedbacktest.Facilitator).Do(`query($c: ID!) { councilElections(councilID: $c) { `+electionFields+` } }`,
					map[string]any{"c": w.CouncilA.ID}).Must(t, &list)
				if tc.tied == nil {
					if len(list.CouncilElections) != 1 {
						t.Fatalf("a by-election without a tie: %+v", list)
					}
					return
				}
				by := list.CouncilElections[0]
				var standing []string
				for _, c := range by.Candidates {
					standing = append(standing, *c.Pseudonym)
				}
				if !by.ByElection || by.Status != "NOMINATING" || by.Seats != tc.seats-len(tc.elected) || !slices.Equal(standing, tc.tied) {
					t.Fatalf("the by-election: %+v", by)
				}
				var again []*ent.YouthMember // the tied, as they stand
				for _, m := range w.kids {
					if slices.Contains(tc.tied, m.Pseudonym) {
						again = append(again, m)
					}
				}
				by = w.open(t, by.Seats, again...)
				if by.Status != "VOTING" {
					t.Fatalf("by-election ballot: %+v", by)
				}
			})
		}
	})
}

// A candidate who is transferred before closing is withdrawn: their option shows as withdrawn
// without their name, and the votes for them count for nobody. With fewer than k voters the
// election elects nobody.
func TestWithdrawnCandidateAndTooFewVoters(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newElectionWorld(t, s, 6)
		e := w.call(t, 1)
		for _, m := range w.kids[:3] {
			w.stand(t, m, e.ID)
		}
		e = w.open(t, 1, w.kids[:3]...)
		w.vote(t, e, []int{0}, []int{0}, []int{0}, []int{1}, []int{1}, []int{2})
		w.As(t, feedbacktest.NationalAdmin).Do(`mutation($m: ID!, $c: ID!) { transferYouthMember(memberID: $m, toCouncilID: $c) { id } }`,
			map[string]any{"m": w.kids[0].ID, "c": w.CouncilB.ID}).Must(t, nil)
		for _, c := range []*apitest.Client{w.Child(t, w.kids[5]), w.As(t, feedbacktest.Facilitator)} {
			got := w.read(t, c, e.ID).Candidates[0]
			if !got.Withdrawn || got.Pseudonym != nil || got.Avatar != nil || got.MemberID != nil {
				t.Fatalf("a transferred candidate shows as %+v", got)
			}
		}
		e = w.close(t, e)
		if elected, _ := electedOf(e); !slices.Equal(elected, []string{"Kind B"}) {
			t.Fatalf("elected %v: votes for the withdrawn candidate counted", elected)
		}

		// Three voters, k = 5: nobody is elected, the seat stays vacant.
		w = newElectionWorld(t, s, 3)
		e = w.call(t, 1)
		for _, m := range w.kids {
			w.stand(t, m, e.ID)
		}
		e = w.open(t, 1, w.kids...)
		w.vote(t, e, []int{0}, []int{0}, []int{1})
		if e = w.close(t, e); e.Status != "VOID" {
			t.Fatalf("three voters: %s", e.Status)
		}
		if elected, tied := electedOf(e); elected != nil || tied != nil {
			t.Fatalf("three voters elected %v, tied %v", elected, tied)
		}
		if mc := myCouncil(t, w.Child(t, w.kids[0])); mc.Vacancies != 1 || len(mc.Members) != 0 {
			t.Fatalf("myCouncil after a void election: %+v", mc)
		}
	})
}

// One child, many tablets' worth of the same ballot at once (the app retrying, two tabs): exactly
// one vote is recorded, by the unique index, never by reading first.
func TestElectionOneVotePerChildUnderRaces(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newElectionWorld(t, s, 3)
		e := w.call(t, 1)
		for _, m := range w.kids {
			w.stand(t, m, e.ID)
		}
		e = w.open(t, 1, w.kids...)
		child := w.Child(t, w.kids[0])
		const n = 8
		var wg sync.WaitGroup
		accepted := make([]bool, n)
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r := child.Do(`mutation($p: ID!, $o: [ID!]!, $k: String!) { castVote(input: {pollID: $p, optionIDs: $o, idempotencyKey: $k}) { accepted } }`,
					map[string]any{"p": *e.PollID, "o": []string{*e.Candidates[i%3].OptionID}, "k": fmt.Sprintf("race-key-%d", i)})
				accepted[i] = len(r.Errors) == 0
			}()
		}
		wg.Wait()
		if got := len(slices.DeleteFunc(accepted, func(a bool) bool { return !a })); got != 1 {
			t.Fatalf("%d of %d racing ballots accepted, want 1", got, n)
		}
		c := s.DB.Client
		if got := c.Participation.Query().Where(participation.HasPollWith(poll.ID(*e.PollID))).CountX(apitest.System()); got != 1 {
			t.Fatalf("%d participations", got)
		}
		if got := c.SealedBallot.Query().CountX(apitest.System()); got != 1 {
			t.Fatalf("%d sealed ballots", got)
		}
	})
}

// The privacy walk of elections: every election field, as every child and staff member of the
// location (and of B), shows the pseudonym of no child who does not stand: not of one who never
// stood, not of one who withdrew before the ballot or who left; the candidates' do show.
func TestElectionShowsNoNonCandidate(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newElectionWorld(t, s, 6)
		fac := w.As(t, feedbacktest.Facilitator)
		e := w.call(t, 1)
		for _, m := range w.kids[:5] {
			w.stand(t, m, e.ID)
		}
		w.Child(t, w.kids[3]).Do(`mutation($e: ID!) { withdrawCandidacy(electionID: $e) { id } }`, map[string]any{"e": e.ID}).Must(t, nil)
		fac.Do(`mutation($m: ID!) { youthMemberLeft(memberID: $m) { id } }`, map[string]any{"m": w.kids[4].ID}).Must(t, nil)
		hidden := []string{w.kids[3].Pseudonym, w.kids[4].Pseudonym, w.kids[5].Pseudonym, w.Author.Pseudonym, w.Other.Pseudonym}
		shown := []string{w.kids[0].Pseudonym, w.kids[1].Pseudonym, w.kids[2].Pseudonym}
		walk := func(phase string) {
			readers := map[string]*apitest.Client{"child": w.Child(t, w.kids[5]), "candidate": w.Child(t, w.kids[0]),
				"facilitator": fac, "manager": w.As(t, feedbacktest.Manager), "moderator": w.As(t, feedbacktest.Moderator),
				"admin": w.As(t, feedbacktest.NationalAdmin)}
			var all strings.Builder
			for who, c := range readers {
				var answers []string
				answers = append(answers, string(c.Do(`query($e: ID!) { election(id: $e) { `+electionFields+` } }`, map[string]any{"e": e.ID}).Data))
				if strings.HasPrefix(who, "c") {
					answers = append(answers, string(c.Do(`{ myCouncil { elections { `+electionFields+` } } openPolls { options { candidate { pseudonym avatar withdrawn me } } } }`, nil).Must(t, nil).Data))
				} else {
					answers = append(answers, string(c.Do(`query($c: ID!) { councilElections(councilID: $c) { `+electionFields+` } }`, map[string]any{"c": w.CouncilA.ID}).Must(t, nil).Data))
				}
				for _, a := range answers {
					all.WriteString(a)
					for _, p := range hidden {
						if strings.Contains(a, p) {
							t.Errorf("%s: %s reads %q, who does not stand: %s", phase, who, p, a)
						}
					}
				}
			}
			for _, p := range shown {
				if !strings.Contains(all.String(), p) {
					t.Errorf("%s: nobody reads the candidate %q: the walk tests nothing", phase, p)
				}
			}
			w.Child(t, w.ChildB).Do(`query($e: ID!) { election(id: $e) { id } }`, map[string]any{"e": e.ID}).WantCode(t, "NOT_FOUND")
			w.As(t, feedbacktest.ManagerB).Do(`query($e: ID!) { election(id: $e) { id } }`, map[string]any{"e": e.ID}).WantCode(t, "NOT_FOUND")
		}
		walk("nominating")
		e = w.open(t, 1, w.kids[:3]...)
		walk("voting")
	})
}
