package retention_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/feedbackpost"
	"github.com/jeugdstem/jeugdstem/ent/moderationdecision"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/retention"
)

type world struct {
	s                              *apitest.Server
	leftLong, leftRecently         *ent.YouthMember
	inactive, active, leftWithCase *ent.YouthMember
	ownThread, sharedThread        *ent.FeedbackThread
	casePost                       *ent.FeedbackPost
}

func build(t *testing.T, s *apitest.Server, now time.Time) *world {
	ctx := apitest.System()
	c := s.DB.Client
	l := s.NewLocation(t, "A")
	council := s.NewCouncil(t, l.ID, "C")
	mod := s.NewStaff(t, staffuser.RoleMODERATOR, l.ID)
	w := &world{s: s}
	member := func(name string, f func(*ent.YouthMemberUpdateOne)) *ent.YouthMember {
		m := s.NewMember(t, council, name)
		u := c.YouthMember.UpdateOneID(m.ID)
		f(u)
		return u.SaveX(ctx)
	}
	days := func(n int) time.Time { return now.Add(-time.Duration(n) * 24 * time.Hour) }
	w.leftLong = member("Left Long Ago", func(u *ent.YouthMemberUpdateOne) { u.SetStatus(youthmember.StatusLEFT).SetLeftAt(days(200)) })
	w.leftRecently = member("Left Recently", func(u *ent.YouthMemberUpdateOne) { u.SetStatus(youthmember.StatusLEFT).SetLeftAt(days(10)) })
	w.inactive = member("Never Back", func(u *ent.YouthMemberUpdateOne) { u.SetLastSignInAt(days(400)) })
	w.active = member("Still Here", func(u *ent.YouthMemberUpdateOne) { u.SetLastSignInAt(days(3)) })
	w.leftWithCase = member("Told Someone", func(u *ent.YouthMemberUpdateOne) { u.SetStatus(youthmember.StatusLEFT).SetLeftAt(days(300)) })

	thread := func(by *ent.YouthMember, title string) *ent.FeedbackThread {
		return c.FeedbackThread.Create().SetLocationID(l.ID).SetTheme(schematype.ThemePlayActivities).SetTitle(title).
			SetStartedBy(by).SetVisibleAt(days(250)).SaveX(ctx)
	}
	post := func(th *ent.FeedbackThread, by *ent.YouthMember, body string, state feedbackpost.ModerationState) *ent.FeedbackPost {
		p := c.FeedbackPost.Create().SetThread(th).SetAuthor(by).SetBody(body).SetLanguage("nl").SetModerationState(state).SaveX(ctx)
		c.ModerationDecision.Create().SetPost(p).SetModeratorID(mod.ID).SetDecision(decisionFor(state)).ExecX(ctx)
		return p
	}
	w.ownThread = thread(w.leftLong, "De schommel")
	post(w.ownThread, w.leftLong, "De schommel is kapot", feedbackpost.ModerationStateAPPROVED)
	post(w.ownThread, w.leftLong, "Mijn telefoon is 0612345678", feedbackpost.ModerationStateREJECTED)
	w.sharedThread = thread(w.active, "Wifi")
	post(w.sharedThread, w.active, "Wifi in de studieruimte?", feedbackpost.ModerationStateAPPROVED)
	post(w.sharedThread, w.leftLong, "Ja graag", feedbackpost.ModerationStateAPPROVED)
	post(w.sharedThread, w.inactive, "Ik ook", feedbackpost.ModerationStateAPPROVED)
	c.ThreadSupport.Create().SetThread(w.sharedThread).SetMember(w.leftLong).ExecX(ctx)
	caseThread := thread(w.leftWithCase, "Iets naars")
	w.casePost = post(caseThread, w.leftWithCase, "Iemand doet me pijn", feedbackpost.ModerationStateESCALATED)
	c.SafeguardingCase.Create().SetLocationID(l.ID).SetPost(w.casePost).SetOpenedByID(mod.ID).
		SetPostBody(w.casePost.Body).SetPostLanguage("nl").ExecX(ctx)
	return w
}

func decisionFor(s feedbackpost.ModerationState) moderationdecision.Decision {
	switch s {
	case feedbackpost.ModerationStateREJECTED:
		return moderationdecision.DecisionREJECT
	case feedbackpost.ModerationStateESCALATED:
		return moderationdecision.DecisionESCALATE
	}
	return moderationdecision.DecisionAPPROVE
}

func TestRetentionRemovesWhatIsDueAndKeepsTheAggregate(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		now := time.Now()
		w := build(t, s, now)
		ctx := apitest.System()
		c := s.DB.Client
		postsBefore := c.FeedbackPost.Query().CountX(ctx)

		dry, err := retention.Run(context.Background(), c, retention.DefaultPolicy, now, true)
		if err != nil {
			t.Fatal(err)
		}
		if dry.MembersRemoved != 3 || c.FeedbackPost.Query().CountX(ctx) != postsBefore {
			t.Fatalf("dry run: %+v; posts %d → %d", dry, postsBefore, c.FeedbackPost.Query().CountX(ctx))
		}

		rep, err := retention.Run(context.Background(), c, retention.DefaultPolicy, now, false)
		if err != nil {
			t.Fatal(err)
		}
		want := retention.Report{MembersRemoved: 3, PostsDeleted: 4, PostsKeptForCases: 1, DecisionsDeleted: 4, ThreadsDeleted: 1, MeTooDeleted: 1}
		if rep.MembersRemoved != want.MembersRemoved || rep.PostsDeleted != want.PostsDeleted || rep.PostsKeptForCases != want.PostsKeptForCases ||
			rep.DecisionsDeleted != want.DecisionsDeleted || rep.ThreadsDeleted != want.ThreadsDeleted || rep.MeTooDeleted != want.MeTooDeleted {
			t.Errorf("report %+v, want %+v", rep, want)
		}
		for _, m := range []*ent.YouthMember{w.leftLong, w.inactive, w.leftWithCase} {
			got := c.YouthMember.GetX(ctx, m.ID)
			if got.Status != youthmember.StatusREMOVED || !strings.HasPrefix(got.Pseudonym, "removed_") || got.PinHash != "" || got.Avatar != "removed" {
				t.Errorf("%s not reduced to a tombstone: %+v", m.Pseudonym, got)
			}
		}
		for _, m := range []*ent.YouthMember{w.leftRecently, w.active} {
			if got := c.YouthMember.GetX(ctx, m.ID); got.Pseudonym != m.Pseudonym || got.Status == youthmember.StatusREMOVED {
				t.Errorf("%s was removed too early", m.Pseudonym)
			}
		}
		if _, err := c.FeedbackThread.Get(ctx, w.ownThread.ID); !ent.IsNotFound(err) {
			t.Errorf("the thread only the removed child wrote in survives: %v", err)
		}
		if n := c.FeedbackPost.Query().Where(feedbackpost.HasThreadWith()).CountX(ctx); n != 2 {
			t.Errorf("%d posts remain, want the active child's and the safeguarding case's", n)
		}
		if _, err := c.FeedbackPost.Get(ctx, w.casePost.ID); err != nil {
			t.Errorf("the post of a safeguarding case was deleted: %v", err)
		}
		if _, err := c.FeedbackThread.Get(ctx, w.sharedThread.ID); err != nil {
			t.Errorf("a thread with another child's words was deleted: %v", err)
		}
		// Running again finds nothing more to do.
		again, err := retention.Run(context.Background(), c, retention.DefaultPolicy, now, false)
		if err != nil || again.MembersRemoved != 0 || again.PostsDeleted != 0 {
			t.Errorf("a second run removed more: %+v %v", again, err)
		}
	})
}

func TestDailyRunsOncePerDayAcrossInstances(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := build(t, s, time.Now())
		two := apitest.StartOn(t, s.DSN, apitest.Options{})
		ctx, cancel := context.WithCancel(context.Background())
		var wg sync.WaitGroup
		for _, c := range []*ent.Client{s.DB.Client, two.DB.Client} {
			wg.Add(1)
			go func() { defer wg.Done(); retention.Daily(ctx, c, retention.DefaultPolicy, 10*time.Millisecond) }()
		}
		deadline := time.Now().Add(20 * time.Second)
		for {
			runs := s.DB.Client.JobRun.Query().AllX(apitest.System())
			if len(runs) == 1 && runs[0].FinishedAt != nil {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("no finished run: %+v", runs)
			}
			time.Sleep(20 * time.Millisecond)
		}
		time.Sleep(100 * time.Millisecond) // both instances keep trying in the meantime
		cancel()
		wg.Wait()
		runs := s.DB.Client.JobRun.Query().AllX(apitest.System())
		if len(runs) != 1 || !strings.Contains(runs[0].Summary, "children removed: 3") {
			t.Errorf("runs: %+v", runs)
		}
		if got := s.DB.Client.YouthMember.GetX(apitest.System(), w.leftLong.ID); got.Status != youthmember.StatusREMOVED {
			t.Errorf("the daily run did not remove a child who left long ago")
		}
	})
}

func TestYouthMemberLeftEndsSignIn(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		l := s.NewLocation(t, "A")
		m := s.NewMember(t, s.NewCouncil(t, l.ID, "C"), "Goes Away")
		tab := s.NewTablet(t, l.ID)
		tab.YouthLogin(t, m)
		f := s.SignInAs(t, staffuser.RoleFACILITATOR, l.ID)
		f.Do(`mutation($m: ID!) { youthMemberLeft(memberID: $m) { id status } }`, map[string]any{"m": m.ID}).Must(t, nil)
		var me struct{ Me any }
		tab.Do(`{ me { __typename } }`, nil).Must(t, &me)
		if me.Me != nil {
			t.Error("a child who left is still signed in")
		}
		tab.Do(`mutation($m: ID!, $p: [Int!]!) { youthLogin(memberID: $m, pin: $p) { id } }`,
			map[string]any{"m": m.ID, "p": apitest.TestPIN}).WantCode(t, "NOT_FOUND")
		f.Do(`mutation($m: ID!) { youthMemberLeft(memberID: $m) { id } }`, map[string]any{"m": m.ID}).WantCode(t, "NOT_FOUND")
	})
}
