package demo

import (
	"context"
	"crypto/rand"
	"fmt"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/councildecision"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/councils"
	"github.com/jeugdstem/jeugdstem/internal/voting"
	"github.com/jeugdstem/jeugdstem/policies"
)

// The demo's youth council at work: the teens' council of Rivierenland held a meeting about the
// play room (the YES_NO poll's results on its agenda), adopted a decision that is being carried
// out, published its minutes, and elected two members. All of it goes through internal/councils
// and the real vote, as the facilitator and the children would.

// demoElectionVotes are the ballots of the demo election, by voter, as candidate positions:
// Purple Turtle 5, Red Lion 4, Silver Fish 2 of 7 voters (k = 5), two seats.
var demoElectionVotes = map[string][]int{
	"Blue Fox": {0, 1}, "Green Owl": {0}, "Orange Cat": {1, 2}, "Yellow Bee": {0, 1},
	"Purple Turtle": {0, 1}, "Silver Fish": {0, 2}, "Pink Bird": {1},
}

var demoCandidates = []string{"Purple Turtle", "Red Lion", "Silver Fish"}

func (s *seeder) councilLife(ctx context.Context, client *ent.Client, votes *voting.Service) error {
	l := locRivierenland
	council := s.councils[l]["teens"]
	facilitator := policies.NewContext(ctx, &policies.Viewer{StaffID: s.staff[staffFacilitator].ID,
		Role: policies.RoleFacilitator, LocationIDs: []string{s.locs[l].ID}})
	child := func(pseudonym string) (context.Context, error) {
		m, err := s.member(l, pseudonym)
		if err != nil {
			return nil, err
		}
		return policies.NewContext(ctx, &policies.Viewer{TabletID: "demo", TabletLocationID: s.locs[l].ID,
			MemberID: m.ID, AgeBand: string(m.AgeBand), Language: m.Language}), nil
	}

	// The meeting, held nine days ago, and its minutes.
	m, err := councils.CreateMeeting(facilitator, client, councils.NewMeeting{CouncilID: council.ID,
		StartsAt: s.ago(9), Place: "Speelkamer"})
	if err != nil {
		return fmt.Errorf("meeting: %w", err)
	}
	var pollID *string
	for _, p := range s.polls {
		if p.loc == l && p.spec.council == "teens" {
			pollID = &p.id
		}
	}
	theme := schematype.ThemePlayActivities
	item, err := councils.AddAgendaItem(facilitator, client, councils.NewAgendaItem{MeetingID: m.ID, Theme: &theme, PollID: pollID,
		Title: tr("nl", "De speelkamer in het weekend", "en", "The play room at the weekend", "ar", "غرفة اللعب في عطلة نهاية الأسبوع")})
	if err != nil {
		return fmt.Errorf("agenda: %w", err)
	}
	due := s.inDays(14)
	if _, err := councils.RecordDecision(facilitator, client, councils.NewDecision{AgendaItemID: item.ID,
		Outcome: councildecision.OutcomeADOPTED, DueDate: &due,
		Text: tr("nl", "De speelkamer blijft op zaterdag en zondag open tot 20:00.",
			"en", "The play room stays open until 20:00 on Saturday and Sunday.",
			"ar", "تبقى غرفة اللعب مفتوحة حتى الساعة 20:00 يومي السبت والأحد.")}); err != nil {
		return fmt.Errorf("decision: %w", err)
	}
	attendance := 4
	if _, err := councils.PublishMinutes(facilitator, client, m.ID, &attendance); err != nil {
		return fmt.Errorf("minutes: %w", err)
	}

	// The election: called, three children stand, everyone votes, it closes.
	e, err := councils.CallElection(facilitator, client, councils.NewElectionCall{CouncilID: council.ID, Seats: 2})
	if err != nil {
		return fmt.Errorf("election: %w", err)
	}
	var ids []string
	for _, name := range demoCandidates {
		c, err := child(name)
		if err != nil {
			return err
		}
		if _, err := councils.StandForElection(c, client, e.ID); err != nil {
			return fmt.Errorf("%s stands: %w", name, err)
		}
		ids = append(ids, policies.FromContext(c).MemberID)
	}
	if e, err = councils.CreateElection(facilitator, client, votes, councils.NewElection{CouncilID: council.ID, Seats: 2,
		CandidateIDs: ids, ClosesAt: s.now.Add(time.Hour)}); err != nil {
		return fmt.Errorf("ballot: %w", err)
	}
	for voter, picks := range demoElectionVotes {
		c, err := child(voter)
		if err != nil {
			return err
		}
		var chosen []string
		for _, p := range picks {
			chosen = append(chosen, *e.Candidates[p].OptionID)
		}
		if _, err := votes.CastVote(c, voting.Ballot{PollID: *e.PollID, OptionIDs: chosen, IdempotencyKey: rand.Text()}); err != nil {
			return fmt.Errorf("vote of %s: %w", voter, err)
		}
	}
	if _, err := votes.ClosePoll(facilitator, *e.PollID); err != nil {
		return fmt.Errorf("closing the election: %w", err)
	}
	// It was held over the last days, and it is listed with the polls.
	if err := client.Poll.UpdateOneID(*e.PollID).SetOpenedAt(s.ago(3)).SetClosesAt(s.ago(1)).SetClosedAt(s.ago(1)).Exec(ctx); err != nil {
		return err
	}
	s.in.Polls = append(s.in.Polls, PollInfo{ID: *e.PollID, Location: s.locs[l].Name, Scope: "LOCATION", Kind: "ELECTION",
		Theme: string(schematype.ThemeInformationParticipation), Status: "CLOSED", Question: "Who do you choose for the youth council?",
		Options: len(demoCandidates), Voters: len(demoElectionVotes)})
	return nil
}
