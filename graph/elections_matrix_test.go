package graph_test

import (
	"fmt"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// Rows of council elections (issue 15): facilitators and managers call elections and make their
// ballots; staff of the location read them (partners see no council); only a child stands or
// withdraws, for themself. Each cell that changes something gets its own council.
func init() {
	runners := expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=FORBIDDEN", "PARTNER=NOT_FOUND",
		"FACILITATOR,LOCATION_MANAGER,NATIONAL_ADMIN=ok")
	children := expect("nobody=UNAUTHENTICATED", "tablet,staff=FORBIDDEN", "youth=ok")
	rows = append(rows,
		row{op: "councilElections", do: func(e *env, c *apitest.Client) *apitest.Response {
			matrixElection(e, 0)
			return c.Do(`query($c: ID!) { councilElections(councilID: $c) { id status candidates { pseudonym } } }`, map[string]any{"c": e.councilA.ID})
		}, want: expect("nobody=UNAUTHENTICATED", "tablet,youth=FORBIDDEN", "staff=ok", "PARTNER=NOT_FOUND")},
		row{op: "election", do: func(e *env, c *apitest.Client) *apitest.Response {
			return c.Do(`query($e: ID!) { election(id: $e) { id status candidates { pseudonym } } }`, map[string]any{"e": matrixElection(e, 0).ID})
		}, want: expect("nobody=UNAUTHENTICATED", "tablet=FORBIDDEN", "youth,staff=ok", "PARTNER=NOT_FOUND")},
		row{op: "callElection", do: func(e *env, c *apitest.Client) *apitest.Response {
			return c.Do(`mutation($c: ID!) { callElection(input: {councilID: $c, seats: 2}) { id status } }`, map[string]any{"c": matrixCouncil(e).ID})
		}, want: runners},
		row{op: "createElection", do: func(e *env, c *apitest.Client) *apitest.Response {
			el := matrixElection(e, 3)
			ids := []string{}
			for _, cd := range el.QueryCandidacies().WithMember().AllX(apitest.System()) {
				ids = append(ids, cd.Edges.Member.ID)
			}
			return c.Do(`mutation($c: ID!, $ids: [ID!]!, $at: Time!) { createElection(input: {councilID: $c, seats: 1, candidateIDs: $ids, closesAt: $at}) { id status } }`,
				map[string]any{"c": el.CouncilID, "ids": ids, "at": time.Now().Add(time.Hour).Format(time.RFC3339)})
		}, want: runners},
		row{op: "standForElection", do: func(e *env, c *apitest.Client) *apitest.Response {
			return c.Do(`mutation($e: ID!) { standForElection(electionID: $e) { id standingByMe } }`, map[string]any{"e": matrixElection(e, 0).ID})
		}, want: children},
		row{op: "withdrawCandidacy", do: func(e *env, c *apitest.Client) *apitest.Response {
			return c.Do(`mutation($e: ID!) { withdrawCandidacy(electionID: $e) { id standingByMe } }`, map[string]any{"e": matrixElection(e, 0).ID})
		}, want: children},
	)
}

// matrixCouncil stores a new council at A.
func matrixCouncil(e *env) *ent.Council {
	return e.s.DB.Client.Council.Create().SetLocationID(e.locA.ID).SetName(fmt.Sprintf("Raad %d", e.next())).
		SetAgeGroup("MIXED").SaveX(apitest.System())
}

// matrixElection stores an election called for a new council at A, with candidates who stood.
func matrixElection(e *env, candidates int) *ent.Election {
	c := e.s.DB.Client
	council := matrixCouncil(e)
	el := c.Election.Create().SetLocationID(e.locA.ID).SetCouncilID(council.ID).SetSeats(1).SaveX(apitest.System())
	for i := range candidates {
		m := e.s.NewMember(e.t, council, fmt.Sprintf("Kandidaat %d-%d", e.next(), i))
		c.Candidacy.Create().SetElectionID(el.ID).SetLocationID(e.locA.ID).SetMember(m).ExecX(apitest.System())
	}
	return el
}
