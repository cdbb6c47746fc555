package signals_test

import (
	"context"
	"fmt"
	"io"
	"mime"
	"mime/quotedprintable"
	netmail "net/mail"
	"strings"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/checkin"
	"github.com/jeugdstem/jeugdstem/ent/checkinschedule"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/polloption"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/signal"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/mail"
	"github.com/jeugdstem/jeugdstem/internal/mail/mailtest"
	"github.com/jeugdstem/jeugdstem/internal/signals"
	"github.com/jeugdstem/jeugdstem/internal/testclock"
)

// world is location A, where children answer the check-ins, and location B, someone else's,
// whose check-ins nobody answers; the adults of both; a test clock the jobs run by; and a test
// SMTP server the outbox delivers to.
type world struct {
	s       *apitest.Server
	a, b    *ent.Location
	clock   *testclock.Clock
	svc     *signals.Service
	smtp    *mailtest.Server
	outbox  *mail.Outbox
	members []*ent.YouthMember // children of A
	staff   map[string]*ent.StaffUser
}

// The adults of the world, by the names staff uses.
const (
	managerA   = "manager A"
	partnerA   = "partner A"
	partnerB   = "partner B"
	managerB   = "manager B"
	admin      = "national admin"
	facilitA   = "facilitator A"
	inactiveA  = "inactive manager A"
	publicURL  = "https://jeugdstem.test"
	childCount = 12
)

func ctx() context.Context { return apitest.System() }

func newWorld(t *testing.T, s *apitest.Server) *world {
	t.Helper()
	w := &world{s: s, clock: testclock.New(), staff: map[string]*ent.StaffUser{}}
	w.a, w.b = s.NewLocation(t, "Azc Noord"), s.NewLocation(t, "Azc Zuid")
	for name, spec := range map[string]struct {
		role staffuser.Role
		locs []string
	}{
		managerA:  {staffuser.RoleLOCATION_MANAGER, []string{w.a.ID}},
		partnerA:  {staffuser.RolePARTNER, []string{w.a.ID}},
		partnerB:  {staffuser.RolePARTNER, []string{w.b.ID}},
		managerB:  {staffuser.RoleLOCATION_MANAGER, []string{w.b.ID}},
		admin:     {staffuser.RoleNATIONAL_ADMIN, nil},
		facilitA:  {staffuser.RoleFACILITATOR, []string{w.a.ID}},
		inactiveA: {staffuser.RoleLOCATION_MANAGER, []string{w.a.ID}},
	} {
		w.staff[name] = s.NewStaff(t, spec.role, spec.locs...)
	}
	w.staff[inactiveA] = s.DB.Client.StaffUser.UpdateOne(w.staff[inactiveA]).SetActive(false).SaveX(ctx())
	for i := 1; i <= childCount; i++ {
		w.members = append(w.members, s.DB.Client.YouthMember.Create().SetLocationID(w.a.ID).
			SetPseudonym(fmt.Sprintf("Zebra %02d", i)).SetAvatar("zebra").SetAgeBand(schematype.AgeBand9to11).
			SetLanguage("ar").SetPinHash("not-a-pin").SaveX(ctx()))
	}
	w.smtp = mailtest.Start(t, mailtest.Options{})
	sender, err := mail.NewSMTP(mail.SMTPConfig{Addr: w.smtp.Addr, From: "jeugdstem <noreply@jeugdstem.test>", Insecure: true})
	if err != nil {
		t.Fatal(err)
	}
	w.outbox = mail.NewOutbox(s.DB.Client, sender)
	w.outbox.Now = w.clock.Now
	w.svc = signals.New(s.DB.Client, s.Votes, signals.Config{Now: w.clock.Now, PublicURL: publicURL, Mail: true})
	return w
}

// schedule returns location l's check-in schedule, running the jobs once if it has none yet.
func (w *world) schedule(t *testing.T, l *ent.Location) *ent.CheckInSchedule {
	t.Helper()
	sc, err := w.s.DB.Client.CheckInSchedule.Query().Where(checkinschedule.LocationID(l.ID)).Only(ctx())
	if ent.IsNotFound(err) {
		if _, err := w.svc.StartDueCheckIns(context.Background()); err != nil {
			t.Fatal(err)
		}
		sc, err = w.s.DB.Client.CheckInSchedule.Query().Where(checkinschedule.LocationID(l.ID)).Only(ctx())
	}
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// nextRound moves the clock to A's next check-in and runs the check-in job, which opens the new
// round's poll (and B's) and closes the previous one; it returns A's new poll.
func (w *world) nextRound(t *testing.T) *ent.Poll {
	t.Helper()
	sc := w.schedule(t, w.a)
	w.clock.Set(latest(sc.NextDueAt, w.schedule(t, w.b).NextDueAt)) // B's round too
	if _, err := w.svc.StartDueCheckIns(context.Background()); err != nil {
		t.Fatal(err)
	}
	ci, err := w.s.DB.Client.CheckIn.Query().Where(checkin.LocationID(w.a.ID), checkin.Round(sc.Round+1)).Only(ctx())
	if err != nil {
		t.Fatalf("round %d of A did not start: %v", sc.Round+1, err)
	}
	p := w.s.DB.Client.Poll.GetX(ctx(), *ci.PollID)
	if p.Status != poll.StatusOPEN || p.Kind != poll.KindSMILEY_SCALE || p.Theme != schematype.ThemeSafety {
		t.Fatalf("check-in poll is %s %s %s, want an open SMILEY_SCALE SAFETY poll", p.Status, p.Kind, p.Theme)
	}
	return p
}

func latest(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// vote has counts[i] children of A answer face i+1 in p, through the real vote.
func (w *world) vote(t *testing.T, p *ent.Poll, counts [5]int) {
	t.Helper()
	opts := w.s.DB.Client.PollOption.Query().Where(polloption.PollID(p.ID)).Order(polloption.ByPosition()).AllX(ctx())
	child := 0
	for face, n := range counts {
		for range n {
			w.s.VoteAs(t, w.members[child], p.ID, opts[face].ID)
			child++
		}
	}
}

// signalsOf lists the signals of a location, oldest first.
func (w *world) signalsOf(l *ent.Location) []*ent.Signal {
	return w.s.DB.Client.Signal.Query().Where(signal.LocationID(l.ID)).Order(signal.ByCreatedAt(), signal.ByID()).AllX(ctx())
}

// evaluate runs the rules and returns how many signals they raised.
func (w *world) evaluate(t *testing.T) int {
	t.Helper()
	n, err := w.svc.Evaluate(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// mailsTo counts the e-mails the SMTP server received per recipient.
func (w *world) mailsTo() map[string]int {
	got := map[string]int{}
	for _, m := range w.smtp.Messages() {
		for _, to := range m.To {
			got[to]++
		}
	}
	return got
}

// recipientsOfA are who must hear of A's signals: its active manager, its partner, the national admin.
func (w *world) recipientsOfA() []string {
	return []string{w.staff[managerA].Email, w.staff[partnerA].Email, w.staff[admin].Email}
}

// childTraces are strings that must never appear in a signal or an e-mail: the children's
// pseudonyms and ids.
func (w *world) childTraces() []string {
	var out []string
	for _, m := range w.members {
		out = append(out, m.Pseudonym, m.ID)
	}
	return out
}

// mailText is an e-mail as its reader sees it: the subject and the decoded body.
func mailText(t *testing.T, m mailtest.Message) string {
	t.Helper()
	msg, err := netmail.ReadMessage(strings.NewReader(m.Data))
	if err != nil {
		t.Fatal(err)
	}
	subject, err := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(quotedprintable.NewReader(msg.Body))
	if err != nil {
		t.Fatal(err)
	}
	return subject + "\n\n" + string(body)
}

func assertNoChildTraces(t *testing.T, where, text string, traces []string) {
	t.Helper()
	for _, tr := range traces {
		if strings.Contains(text, tr) {
			t.Errorf("%s contains %q", where, tr)
		}
	}
}
