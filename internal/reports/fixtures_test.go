package reports_test

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/feedbackpost"
	"github.com/jeugdstem/jeugdstem/ent/feedbackthread"
	"github.com/jeugdstem/jeugdstem/ent/location"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/safeguardingcase"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// world is the hand-built data of the report scenarios, written straight into the database in a
// system context, as the rows the rest of the product would have left there.
type world struct {
	t         testing.TB
	s         *apitest.Server
	a, b      *ent.Location
	m         []*ent.YouthMember // m[1]..m[12] active at A, m[13] left A's council but still lives there
	bMembers  []*ent.YouthMember
	moderator *ent.StaffUser
	polls     map[string]*ent.Poll
	options   map[string][]string // option ids per poll, by position
}

// at is a time in March 2025, UTC.
func at(day, hour int) time.Time { return time.Date(2025, time.March, day, hour, 0, 0, 0, time.UTC) }

func newWorld(t testing.TB, s *apitest.Server) *world {
	w := &world{t: t, s: s, polls: map[string]*ent.Poll{}, options: map[string][]string{}}
	c := s.DB.Client
	ctx := apitest.System()
	w.a = c.Location.Create().SetName("Azc Ter Apel").SetKind(location.KindEMERGENCY).SetMunicipality("Westerwolde").
		SetChildrenHoused(40).SaveX(ctx)
	w.b = c.Location.Create().SetName("Azc Budel").SetKind(location.KindREGULAR).SetMunicipality("Cranendonck").
		SetChildrenHoused(60).SaveX(ctx)
	member := func(l *ent.Location, name string, status youthmember.Status) *ent.YouthMember {
		return c.YouthMember.Create().SetLocationID(l.ID).SetPseudonym(name).SetAvatar("fox").
			SetAgeBand(schematype.AgeBand9to11).SetLanguage("ar").SetPinHash("not-a-pin").SetStatus(status).SaveX(ctx)
	}
	w.m = []*ent.YouthMember{nil}
	for i := 1; i <= 12; i++ {
		w.m = append(w.m, member(w.a, fmt.Sprintf("A%d", i), youthmember.StatusACTIVE))
	}
	w.m = append(w.m, member(w.a, "A13", youthmember.StatusLEFT))
	for i := 1; i <= 6; i++ {
		w.bMembers = append(w.bMembers, member(w.b, fmt.Sprintf("B%d", i), youthmember.StatusACTIVE))
	}
	w.moderator = s.NewStaff(t, staffuser.RoleMODERATOR, w.a.ID)
	return w
}

// members returns m[from]..m[to].
func (w *world) members(from, to int) []*ent.YouthMember { return w.m[from : to+1] }

// poll stores a poll that closed at closedAt (nil: still open) at loc (nil: national), with one
// option per count, counters holding the counts (all in one age band; for RANKING as first
// choices), and a participation for each voter.
func (w *world) poll(name string, loc *ent.Location, kind poll.Kind, theme schematype.Theme, closedAt *time.Time,
	counts []int, voters []*ent.YouthMember) *ent.Poll {
	c := w.s.DB.Client
	ctx := apitest.System()
	create := c.Poll.Create().SetKind(kind).SetTheme(theme).
		SetQuestion([]schematype.Translation{{Lang: "nl", Text: "Vraag " + name}, {Lang: "en", Text: "Question " + name}}).
		SetOpenedAt(at(1, 9))
	if loc != nil {
		create.SetLocationID(loc.ID).SetScope(poll.ScopeLOCATION)
	} else {
		create.SetScope(poll.ScopeNATIONAL)
	}
	if closedAt != nil {
		create.SetStatus(poll.StatusCLOSED).SetClosedAt(*closedAt)
	} else {
		create.SetStatus(poll.StatusOPEN)
	}
	p := create.SaveX(ctx)
	for i, n := range counts {
		o := c.PollOption.Create().SetPollID(p.ID).SetPosition(i).
			SetLabel([]schematype.Translation{{Lang: "nl", Text: fmt.Sprintf("Optie %d", i+1)}}).SaveX(ctx)
		w.options[name] = append(w.options[name], o.ID)
		ranks := []int{0}
		if kind == poll.KindRANKING {
			ranks = []int{1, 2}
		}
		for _, rank := range ranks {
			count := n
			if rank > 1 {
				count = 3 // second places, which no report counts
			}
			c.Tally.Create().SetPollID(p.ID).SetOptionID(o.ID).SetRank(rank).SetCount(count).ExecX(ctx)
		}
	}
	for _, v := range voters {
		c.Participation.Create().SetPollID(p.ID).SetMemberID(v.ID).SetIdempotencyHash(randomHex()).ExecX(ctx)
	}
	w.polls[name] = p
	return p
}

func randomHex() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// thread stores a thread started at created; answeredAfter > 0 answers it that many hours later.
func (w *world) thread(loc *ent.Location, theme schematype.Theme, status feedbackthread.Status, created time.Time,
	visible bool, answeredAfter int) *ent.FeedbackThread {
	create := w.s.DB.Client.FeedbackThread.Create().SetLocationID(loc.ID).SetTheme(theme).SetTitle("Over " + string(theme)).
		SetStatus(status).SetCreatedAt(created)
	if visible {
		create.SetVisibleAt(created.Add(time.Hour))
	}
	if answeredAfter > 0 {
		create.SetAnsweredAt(created.Add(time.Duration(answeredAfter) * time.Hour))
	}
	return create.SaveX(apitest.System())
}

// post stores a post written at created; decidedAfter > 0 moderates (approves) it that many hours later.
func (w *world) post(th *ent.FeedbackThread, created time.Time, decidedAfter int) *ent.FeedbackPost {
	create := w.s.DB.Client.FeedbackPost.Create().SetThreadID(th.ID).SetBody("Wat ik wil zeggen").SetLanguage("nl").
		SetCreatedAt(created)
	if decidedAfter > 0 {
		create.SetModerationState(feedbackpost.ModerationStateAPPROVED).SetModeratedAt(created.Add(time.Duration(decidedAfter) * time.Hour))
	}
	return create.SaveX(apitest.System())
}

func (w *world) safeguardingCase(loc *ent.Location, th *ent.FeedbackThread, status safeguardingcase.Status) {
	ctx := apitest.System()
	p := w.s.DB.Client.FeedbackPost.Create().SetThreadID(th.ID).SetBody("Iets ergs").SetLanguage("nl").
		SetModerationState(feedbackpost.ModerationStateESCALATED).SetCreatedAt(at(2, 8)).SaveX(ctx)
	w.s.DB.Client.SafeguardingCase.Create().SetLocationID(loc.ID).SetPostID(p.ID).SetOpenedByID(w.moderator.ID).
		SetPostBody(p.Body).SetPostLanguage("nl").SetStatus(status).ExecX(ctx)
}

// buildMarch fills March 2025 at location A (and a little at B), as the expectations in
// reports_test.go describe figure by figure.
func (w *world) buildMarch() {
	ptr := func(t time.Time) *time.Time { return &t }
	// Polls of A that closed in the period.
	w.poll("P1", w.a, poll.KindSINGLE_CHOICE, schematype.ThemeFood, ptr(at(5, 12)), []int{9, 2, 0}, w.members(1, 11))
	w.poll("P2", w.a, poll.KindSMILEY_SCALE, schematype.ThemeSafety, ptr(at(12, 12)), []int{0, 0, 5, 6, 0}, w.members(1, 11))
	w.poll("P3", w.a, poll.KindSMILEY_SCALE, schematype.ThemeSafety, ptr(at(19, 12)), []int{1, 0, 0, 5, 6}, w.members(1, 12))
	w.poll("P4", w.a, poll.KindMULTIPLE_CHOICE, schematype.ThemePlayActivities, ptr(at(20, 12)), []int{10, 8, 5, 0}, w.members(1, 10))
	w.poll("P5", w.a, poll.KindYES_NO, schematype.ThemeFood, ptr(at(21, 12)), []int{2, 1}, w.members(1, 3))
	w.poll("P6", w.a, poll.KindSMILEY_SCALE, schematype.ThemeFood, ptr(at(26, 12)), []int{0, 5, 0, 0, 6}, w.members(1, 11))
	w.poll("P7", w.a, poll.KindRANKING, schematype.ThemeEducation, ptr(at(27, 12)), []int{6, 0, 5}, w.members(1, 11))
	// Not of the period: still open (its voter would otherwise be new), and closed before it.
	w.poll("open", w.a, poll.KindSINGLE_CHOICE, schematype.ThemeOther, nil, []int{0, 0}, nil)
	w.poll("february", w.a, poll.KindSINGLE_CHOICE, schematype.ThemeOther, ptr(at(1, 0).AddDate(0, 0, -10)), []int{3, 2}, w.members(1, 5))
	// A national poll: the member who left A's council voted in it, and B's children.
	w.poll("N1", nil, poll.KindSINGLE_CHOICE, schematype.ThemeOther, ptr(at(15, 12)), []int{4, 3},
		append([]*ent.YouthMember{w.m[13]}, w.bMembers...))

	// Feedback at A. SAFETY: one open thread never answered, five answered within days, one
	// answered after 15 days.
	var safety []*ent.FeedbackThread
	safety = append(safety, w.thread(w.a, schematype.ThemeSafety, feedbackthread.StatusOPEN, at(4, 10), true, 0))
	for _, h := range []int{24, 48, 72, 96, 120, 360} {
		safety = append(safety, w.thread(w.a, schematype.ThemeSafety, feedbackthread.StatusDONE, at(6, 10), true, h))
	}
	// FOOD: four open and unanswered, one whose first post waits for a moderator (not overdue:
	// no manager can see it yet), five in progress answered within two days.
	var food []*ent.FeedbackThread
	for range 4 {
		food = append(food, w.thread(w.a, schematype.ThemeFood, feedbackthread.StatusOPEN, at(10, 10), true, 0))
	}
	food = append(food, w.thread(w.a, schematype.ThemeFood, feedbackthread.StatusOPEN, at(10, 10), false, 0))
	for _, h := range []int{10, 20, 30, 40, 50} {
		food = append(food, w.thread(w.a, schematype.ThemeFood, feedbackthread.StatusIN_PROGRESS, at(11, 10), true, h))
	}
	// SAFETY posts: six in the open thread, one in each other; decided after 1..12 hours.
	for i := range 12 {
		th := safety[0]
		if i >= 6 {
			th = safety[i-5]
		}
		w.post(th, at(7, 8), i+1)
	}
	// FOOD posts: eight decided after 2 or 4 hours, two waiting.
	for i, h := range []int{2, 2, 2, 2, 4, 4, 4, 4, 0, 0} {
		w.post(food[i%len(food)], at(12, 8), h)
	}
	// A SAFETY thread from February: not a thread of the period, but its post of March is a post
	// of the period (waiting for a moderator); its post of February is not.
	old := w.thread(w.a, schematype.ThemeSafety, feedbackthread.StatusOPEN, at(1, 0).AddDate(0, 0, -9), true, 0)
	w.post(old, at(10, 9), 0)
	w.post(old, at(1, 0).AddDate(0, 0, -8), 3)
	// Safeguarding: two cases open, one closed (their escalated posts were written before the period).
	w.safeguardingCase(w.a, old, safeguardingcase.StatusOPEN)
	w.safeguardingCase(w.a, old, safeguardingcase.StatusIN_PROGRESS)
	w.safeguardingCase(w.a, old, safeguardingcase.StatusCLOSED)

	// At B: feedback that must not show in A's report.
	bt := w.thread(w.b, schematype.ThemeSafety, feedbackthread.StatusOPEN, at(4, 10), true, 0)
	w.post(bt, at(4, 11), 1)
}
