package reports_test

import (
	"fmt"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/council"
	"github.com/jeugdstem/jeugdstem/ent/councildecision"
	"github.com/jeugdstem/jeugdstem/ent/election"
	"github.com/jeugdstem/jeugdstem/ent/feedbackpost"
	"github.com/jeugdstem/jeugdstem/ent/feedbackthread"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// councilNow is the reports' clock in the council scenarios: Wednesday 2 April 2025, after the
// weeks of March the reports cover.
var councilNow = time.Date(2025, 4, 2, 12, 0, 0, 0, time.UTC)

// pendingIdeaWords are the words of an idea that no moderator has approved yet.
const pendingIdeaWords = "Geheim idee: bel Sami op 06-11112222"

// councilWorld is what the councils of A and B did in March 2025, written straight into the
// database as the product would have left it; councils_api_test.go expects its figures.
type councilWorld struct {
	*world
	ca, ca2, cb   *ent.Council
	m1, m2        *ent.Meeting
	pendingIdeaID string
}

func (w *world) buildCouncils() *councilWorld {
	c := w.s.DB.Client
	ctx := apitest.System()
	cw := &councilWorld{world: w}
	jan := time.Date(2025, 1, 1, 9, 0, 0, 0, time.UTC)
	newCouncil := func(l *ent.Location, name string, created time.Time, seats int) *ent.Council {
		return c.Council.Create().SetLocationID(l.ID).SetName(name).SetAgeGroup(council.AgeGroupMIXED).
			SetCreatedAt(created).SetSeats(seats).SaveX(ctx)
	}
	// A: an elected council of 5 seats that met in March; a council that last met on 20 January
	// (quiet: no meeting since 5 February, 8 weeks before now); one started on 20 March (too young
	// to be quiet).
	cw.ca = newCouncil(w.a, "Jongerenraad", jan, 5)
	cw.ca2 = newCouncil(w.a, "Tienerraad", jan, 0)
	newCouncil(w.a, "Nieuwe raad", at(20, 9), 0)
	cw.cb = newCouncil(w.b, "Raad Budel", jan, 0)
	meeting := func(cn *ent.Council, starts time.Time, attendance int) *ent.Meeting {
		return c.Meeting.Create().SetLocationID(cn.LocationID).SetCouncilID(cn.ID).SetStartsAt(starts).SetPlace("Zaal").
			SetAttendance(attendance).SetMinutesPublishedAt(starts.Add(2 * time.Hour)).SetCreatedAt(starts.AddDate(0, 0, -14)).SaveX(ctx)
	}
	m0 := meeting(cw.ca, time.Date(2025, 2, 20, 15, 0, 0, 0, time.UTC), 9) // before the period
	cw.m1, cw.m2 = meeting(cw.ca, at(5, 15), 6), meeting(cw.ca, at(19, 15), 7)
	c.Meeting.Create().SetLocationID(w.a.ID).SetCouncilID(cw.ca.ID).SetStartsAt(at(28, 15).AddDate(0, 0, 14)).SetPlace("Zaal").
		ExecX(ctx) // planned, not held
	meeting(cw.ca2, time.Date(2025, 1, 20, 15, 0, 0, 0, time.UTC), 5)
	mb := meeting(cw.cb, at(10, 15), 3)

	// Ideas of A, all raised on 4 March 10:00: i1..i6 adopted (i1..i5 done), i7 rejected, i8
	// deferred, i9 waiting for a moderator, i10 open for support.
	supports := []int{5, 4, 3, 2, 2, 2, 2, 2, 0, 1}
	raised := at(4, 10)
	day := 24 * time.Hour
	pos := 0
	item := func(m *ent.Meeting, ideaID *string, outcome councildecision.Outcome, decided time.Time, done *time.Time) {
		pos++
		create := c.AgendaItem.Create().SetLocationID(m.LocationID).SetMeetingID(m.ID).SetPosition(pos).SetCreatedAt(m.CreatedAt).
			SetNillableIdeaID(ideaID)
		if ideaID == nil {
			create.SetTitle([]schematype.Translation{{Lang: "nl", Text: "Punt van de begeleider"}})
		}
		it := create.SaveX(ctx)
		d := c.CouncilDecision.Create().SetLocationID(m.LocationID).SetAgendaItemID(it.ID).SetOutcome(outcome).
			SetText([]schematype.Translation{{Lang: "nl", Text: "Besluit"}}).SetCreatedAt(decided)
		if outcome == councildecision.OutcomeADOPTED {
			d.SetActionStatus(councildecision.ActionStatusIN_PROGRESS).SetActionUpdatedAt(decided)
			if done != nil {
				d.SetActionStatus(councildecision.ActionStatusDONE).SetActionUpdatedAt(*done)
			}
		}
		d.ExecX(ctx)
	}
	for i := 1; i <= 10; i++ {
		words := fmt.Sprintf("Idee %d", i)
		if i == 9 {
			words = pendingIdeaWords
		}
		th := c.FeedbackThread.Create().SetLocationID(w.a.ID).SetTheme(schematype.ThemePlayActivities).SetTitle(words).
			SetStatus(feedbackthread.StatusOPEN).SetCreatedAt(raised).SetMeTooCount(supports[i-1])
		post := c.FeedbackPost.Create().SetBody(words).SetLanguage("nl").SetCreatedAt(raised)
		if i != 9 {
			th.SetVisibleAt(raised.Add(time.Hour))
			post.SetModerationState(feedbackpost.ModerationStateAPPROVED).SetModeratedAt(raised.Add(time.Hour))
		}
		thread := th.SaveX(ctx)
		post.SetThreadID(thread.ID).ExecX(ctx)
		create := c.Idea.Create().SetLocationID(w.a.ID).SetCouncilID(cw.ca.ID).SetThreadID(thread.ID).
			SetTheme(schematype.ThemePlayActivities).SetCreatedAt(raised)
		if i != 9 {
			create.SetTitle([]schematype.Translation{{Lang: "nl", Text: words}})
		}
		// i decided i days after it was raised; i1..i5 done 2i days after their decision.
		decided := raised.Add(time.Duration(i) * day)
		var done *time.Time
		if i <= 5 {
			d := decided.Add(time.Duration(2*i) * day)
			done = &d
		}
		if i <= 7 {
			create.SetOnAgendaAt(raised).SetDecidedAt(decided).SetNillableDoneAt(done)
		}
		idea := create.SaveX(ctx)
		if i == 9 {
			cw.pendingIdeaID = idea.ID
		}
		m := cw.m1
		if i > 4 {
			m = cw.m2
		}
		switch {
		case i <= 6:
			item(m, &idea.ID, councildecision.OutcomeADOPTED, decided, done)
		case i == 7:
			item(m, &idea.ID, councildecision.OutcomeREJECTED, decided, nil)
		case i == 8:
			item(m, &idea.ID, councildecision.OutcomeDEFERRED, cw.m2.StartsAt, nil)
		}
	}
	doneFac := at(25, 9)
	item(cw.m1, nil, councildecision.OutcomeADOPTED, cw.m1.StartsAt, &doneFac)
	item(cw.m2, nil, councildecision.OutcomeREJECTED, cw.m2.StartsAt, nil)
	item(m0, nil, councildecision.OutcomeADOPTED, m0.StartsAt, nil) // February: not of the period

	// B: two ideas raised in March with a support each, waiting; its meeting had 3 children.
	for i := range 2 {
		th := c.FeedbackThread.Create().SetLocationID(w.b.ID).SetTheme(schematype.ThemeFood).SetTitle(fmt.Sprintf("Idee B%d", i)).
			SetStatus(feedbackthread.StatusOPEN).SetCreatedAt(at(11, 10)).SetVisibleAt(at(11, 11)).SetMeTooCount(1).SaveX(ctx)
		c.Idea.Create().SetLocationID(w.b.ID).SetCouncilID(cw.cb.ID).SetThreadID(th.ID).SetTheme(schematype.ThemeFood).
			SetCreatedAt(at(11, 10)).ExecX(ctx)
	}
	item(mb, nil, councildecision.OutcomeADOPTED, mb.StartsAt, nil)

	// Elections of A's council: one closed on 12 March electing 4 of its 5 seats (A1..A4), one
	// void on 26 March, one closed in February (A5). Now A4 has left the council and A13, elected
	// in February, has left the location: of 5 seats, A1..A3 hold 3, so 2 are vacant.
	elect := func(closed time.Time, status election.Status, seats int, members ...*ent.YouthMember) {
		e := c.Election.Create().SetLocationID(w.a.ID).SetCouncilID(cw.ca.ID).SetSeats(seats).SetStatus(status).
			SetCreatedAt(closed.AddDate(0, 0, -14)).SetClosedAt(closed).SaveX(ctx)
		for _, m := range members {
			c.Candidacy.Create().SetElectionID(e.ID).SetLocationID(w.a.ID).SetMemberID(m.ID).SetElected(true).ExecX(ctx)
			ms := c.Membership.Create().SetCouncilID(cw.ca.ID).SetMemberID(m.ID).SetElectedAt(closed)
			if m == w.m[4] {
				ms.SetLeftAt(at(28, 9))
			}
			ms.ExecX(ctx)
		}
	}
	elect(at(12, 16), election.StatusCLOSED, 5, w.m[1], w.m[2], w.m[3], w.m[4])
	elect(at(26, 16), election.StatusVOID, 1)
	elect(time.Date(2025, 2, 10, 16, 0, 0, 0, time.UTC), election.StatusCLOSED, 1, w.m[13])
	return cw
}
