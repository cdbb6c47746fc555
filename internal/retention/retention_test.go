package retention_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/feedbackpost"
	"github.com/jeugdstem/jeugdstem/ent/feedbackthread"
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
	ownIdea                        *ent.Idea
	agendaItem                     *ent.AgendaItem
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
	// The removed child's thread is a council idea on a meeting's agenda.
	w.ownIdea = c.Idea.Create().SetLocationID(l.ID).SetCouncilID(council.ID).SetThread(w.ownThread).
		SetTheme(schematype.ThemePlayActivities).SetTitle([]schematype.Translation{{Lang: "nl", Text: "De schommel"}}).SaveX(ctx)
	mtg := c.Meeting.Create().SetLocationID(l.ID).SetCouncilID(council.ID).SetStartsAt(days(100)).SetPlace("Zaal").SaveX(ctx)
	w.agendaItem = c.AgendaItem.Create().SetLocationID(l.ID).SetMeeting(mtg).SetPosition(1).SetIdea(w.ownIdea).SaveX(ctx)
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
		if _, err := c.Idea.Get(ctx, w.ownIdea.ID); !ent.IsNotFound(err) {
			t.Errorf("the removed child's idea survives its words: %v", err)
		}
		if item := c.AgendaItem.GetX(ctx, w.agendaItem.ID); item.IdeaID != nil {
			t.Errorf("the agenda item still names the removed idea")
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

// dueWorld is a location with many children who left long ago, each with a thread of their own
// (one post, a moderation decision), a me-too on an active child's thread and a membership; the
// first child's thread also holds a post of the second. And a facilitator, a tablet with
// children who stay, and open polls they vote in.
type dueWorld struct {
	s       *apitest.Server
	l       *ent.Location
	c       *ent.Council
	due     int
	polls   []testPoll
	voters  []*ent.YouthMember
	tablets []*apitest.Client
}

type testPoll struct{ id, option string }

func buildDue(t *testing.T, s *apitest.Server, due, polls, voters int) *dueWorld {
	t.Helper()
	ctx := apitest.System()
	c := s.DB.Client
	w := &dueWorld{s: s, l: s.NewLocation(t, "A"), due: due}
	w.c = s.NewCouncil(t, w.l.ID, "C")
	mod := s.NewStaff(t, staffuser.RoleMODERATOR, w.l.ID)
	stays := s.NewMember(t, w.c, "Stays")
	shared := c.FeedbackThread.Create().SetLocationID(w.l.ID).SetTheme(schematype.ThemePlayActivities).SetTitle("Wifi").
		SetStartedBy(stays).SaveX(ctx)
	longAgo := time.Now().Add(-400 * 24 * time.Hour)
	var members []*ent.YouthMember
	const chunk = 250
	for from := 0; from < due; from += chunk {
		// Bulk inserts read back (RETURNING): in a transaction, which goes to the writer.
		tx, err := s.DB.Client.Tx(ctx)
		if err != nil {
			t.Fatal(err)
		}
		c := tx.Client()
		n := min(chunk, due-from)
		ms := make([]*ent.YouthMemberCreate, n)
		for i := range ms {
			ms[i] = c.YouthMember.Create().SetLocationID(w.l.ID).SetPseudonym(fmt.Sprintf("Gone %05d", from+i)).
				SetAvatar("fox").SetAgeBand(schematype.AgeBand9to11).SetLanguage("ar").SetPinHash("x").
				SetStatus(youthmember.StatusLEFT).SetLeftAt(longAgo)
		}
		batch := c.YouthMember.CreateBulk(ms...).SaveX(ctx)
		members = append(members, batch...)
		threads := make([]*ent.FeedbackThreadCreate, n)
		supports := make([]*ent.ThreadSupportCreate, n)
		memberships := make([]*ent.MembershipCreate, n)
		for i, m := range batch {
			threads[i] = c.FeedbackThread.Create().SetLocationID(w.l.ID).SetTheme(schematype.ThemeFood).SetTitle("Eten").SetStartedBy(m)
			supports[i] = c.ThreadSupport.Create().SetThread(shared).SetMember(m)
			memberships[i] = c.Membership.Create().SetCouncilID(w.c.ID).SetMemberID(m.ID)
		}
		ths := c.FeedbackThread.CreateBulk(threads...).SaveX(ctx)
		c.ThreadSupport.CreateBulk(supports...).ExecX(ctx)
		c.Membership.CreateBulk(memberships...).ExecX(ctx)
		posts := make([]*ent.FeedbackPostCreate, n)
		for i, m := range batch {
			posts[i] = c.FeedbackPost.Create().SetThread(ths[i]).SetAuthor(m).SetBody("Meer rijst").SetLanguage("nl").
				SetModerationState(feedbackpost.ModerationStateAPPROVED)
		}
		ps := c.FeedbackPost.CreateBulk(posts...).SaveX(ctx)
		decisions := make([]*ent.ModerationDecisionCreate, n)
		for i, p := range ps {
			decisions[i] = c.ModerationDecision.Create().SetPost(p).SetModeratorID(mod.ID).SetDecision(moderationdecision.DecisionAPPROVE)
		}
		c.ModerationDecision.CreateBulk(decisions...).ExecX(ctx)
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	// The second child's words in the first child's thread: whichever of them is removed first,
	// the thread goes once both are.
	first := c.FeedbackThread.Query().Where(feedbackthread.HasStartedByWith(youthmember.ID(members[0].ID))).OnlyX(ctx)
	p := c.FeedbackPost.Create().SetThread(first).SetAuthor(members[1]).SetBody("Ik ook").SetLanguage("nl").
		SetModerationState(feedbackpost.ModerationStateAPPROVED).SaveX(ctx)
	c.ModerationDecision.Create().SetPost(p).SetModeratorID(mod.ID).SetDecision(moderationdecision.DecisionAPPROVE).ExecX(ctx)

	f := s.SignInAs(t, staffuser.RoleFACILITATOR, w.l.ID)
	for range polls {
		var poll struct {
			CreatePoll struct {
				ID      string
				Options []struct{ ID string }
			}
		}
		f.Do(`mutation($l: ID!) { createPoll(input: {scope: LOCATION, locationID: $l, kind: YES_NO, theme: FOOD, question: [{lang: "nl", text: "Pizza?"}]}) { id options { id } } }`,
			map[string]any{"l": w.l.ID}).Must(t, &poll)
		f.Do(`mutation($id: ID!) { openPoll(id: $id) { id } }`, map[string]any{"id": poll.CreatePoll.ID}).Must(t, nil)
		w.polls = append(w.polls, testPoll{poll.CreatePoll.ID, poll.CreatePoll.Options[0].ID})
	}
	for i := range voters {
		w.voters = append(w.voters, s.NewMember(t, w.c, fmt.Sprintf("Voter %d", i)))
		if i%2 == 0 {
			w.tablets = append(w.tablets, s.NewTablet(t, w.l.ID))
		}
	}
	return w
}

// percentile returns the p-th percentile (0-100) of ds.
func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[min(len(s)-1, int(float64(len(s))*p/100))]
}

// TestRetentionRunKeepsWritesFlowing removes thousands of children while children keep signing
// in and voting through the API, and measures how long those writes take meanwhile. In one
// transaction (as before) the run held SQLite's only writer for its whole length and a sign-in
// waited until it ended; in batches, writes wait for one batch at most. The run's result is
// exact. The latencies are printed, beside those of the same writes without a run, and only a
// generous bound is asserted: the machine is shared.
func TestRetentionRunKeepsWritesFlowing(t *testing.T) {
	const due = 3000
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		variants := []struct {
			name  string
			batch int
		}{{"batches of 100", 100}}
		for i, v := range variants {
			server := s
			if i > 0 {
				server = apitest.Start(t, backendOf(t, s), apitest.Options{})
			}
			w := buildDue(t, server, due, 30, 6)
			prev := retention.BatchSize
			retention.BatchSize = v.batch
			// Each tablet signs a child in and votes in every poll, round after round; a write is
			// measured if it started before the run ended (the ones it held up end after it).
			var (
				mu                    sync.Mutex
				votes, signIns        []time.Duration
				idleVotes, idleSignIn []time.Duration
			)
			work := func(ti int, tab *apitest.Client, rounds int, stop <-chan struct{}, votes, signIns *[]time.Duration) {
				for round := 0; round < rounds; round++ {
					stopped := func() bool {
						select {
						case <-stop:
							return true
						default:
							return false
						}
					}
					if stopped() {
						return
					}
					m := w.voters[(2*ti+round%2)%len(w.voters)]
					t0 := time.Now()
					r := tab.Do(`mutation($m: ID!, $p: [Int!]!) { youthLogin(memberID: $m, pin: $p) { id } }`,
						map[string]any{"m": m.ID, "p": apitest.TestPIN})
					mu.Lock()
					*signIns = append(*signIns, time.Since(t0))
					mu.Unlock()
					if len(r.Errors) > 0 {
						t.Errorf("sign-in: %+v", r.Errors)
						return
					}
					for _, p := range w.polls {
						if stopped() {
							return
						}
						t0 := time.Now()
						r := tab.Do(`mutation($p: ID!, $o: [ID!]!, $k: String!) { castVote(input: {pollID: $p, optionIDs: $o, idempotencyKey: $k}) { accepted } }`,
							map[string]any{"p": p.id, "o": []string{p.option}, "k": fmt.Sprintf("%s-%s-%d", m.ID, p.id, round)})
						mu.Lock()
						*votes = append(*votes, time.Since(t0))
						mu.Unlock()
						if len(r.Errors) > 0 && r.Errors[0].Code() != "ALREADY_VOTED" {
							t.Errorf("vote: %+v", r.Errors)
							return
						}
					}
				}
			}
			// First the same writes without a run: what they cost on this machine now.
			var wg sync.WaitGroup
			for ti, tab := range w.tablets {
				wg.Add(1)
				go func() { defer wg.Done(); work(ti, tab, 1, nil, &idleVotes, &idleSignIn) }()
			}
			wg.Wait()
			var (
				rep     *retention.Report
				runErr  error
				runTook time.Duration
				done    = make(chan struct{})
			)
			for ti, tab := range w.tablets {
				wg.Add(1)
				go func() { defer wg.Done(); work(ti, tab, 1<<30, done, &votes, &signIns) }()
			}
			t0 := time.Now()
			rep, runErr = retention.Run(context.Background(), server.DB.Client, retention.DefaultPolicy, time.Now(), false)
			runTook = time.Since(t0)
			close(done)
			wg.Wait()
			retention.BatchSize = prev
			if runErr != nil {
				t.Fatal(runErr)
			}
			ms := func(d time.Duration) time.Duration { return d.Round(time.Millisecond) }
			t.Logf("%s, no run: %d votes p50 %s p99 %s; %d sign-ins p50 %s p99 %s", backendOf(t, s).Name,
				len(idleVotes), ms(percentile(idleVotes, 50)), ms(percentile(idleVotes, 99)),
				len(idleSignIn), ms(percentile(idleSignIn, 50)), ms(percentile(idleSignIn, 99)))
			mu.Lock()
			t.Logf("%s, %s: run %s; during it %d votes p50 %s p99 %s max %s; %d sign-ins p50 %s p99 %s max %s",
				backendOf(t, s).Name, v.name, runTook.Round(time.Millisecond),
				len(votes), ms(percentile(votes, 50)), ms(percentile(votes, 99)), ms(percentile(votes, 100)),
				len(signIns), ms(percentile(signIns, 50)), ms(percentile(signIns, 99)), ms(percentile(signIns, 100)))
			if i == 0 {
				all := append(slices.Clone(votes), signIns...)
				if len(all) == 0 {
					t.Error("no write was measured during the run")
				} else if p99 := percentile(all, 99); p99 > 5*time.Second {
					t.Errorf("p99 of writes during the run is %s; a batch should hold them up for a fraction of a second", p99)
				}
			}
			mu.Unlock()
			want := retention.Report{MembersRemoved: due, PostsDeleted: due + 1, DecisionsDeleted: due + 1,
				ThreadsDeleted: due, MeTooDeleted: due, MembershipsEnded: due}
			if rep.MembersRemoved != want.MembersRemoved || rep.PostsDeleted != want.PostsDeleted || rep.DecisionsDeleted != want.DecisionsDeleted ||
				rep.ThreadsDeleted != want.ThreadsDeleted || rep.MeTooDeleted != want.MeTooDeleted || rep.MembershipsEnded != want.MembershipsEnded ||
				rep.PostsKeptForCases != 0 {
				t.Errorf("%s: report %+v, want %+v", v.name, rep, want)
			}
			ctx := apitest.System()
			if n := server.DB.Client.YouthMember.Query().Where(youthmember.StatusEQ(youthmember.StatusREMOVED)).CountX(ctx); n != due {
				t.Errorf("%d tombstones, want %d", n, due)
			}
			if n := server.DB.Client.FeedbackThread.Query().CountX(ctx); n != 1 {
				t.Errorf("%d threads remain, want the active child's", n)
			}
		}
	})
}

// backendOf finds the backend a server of apitest.Each runs on.
func backendOf(t *testing.T, s *apitest.Server) apitest.Backend {
	for _, b := range apitest.Backends(t) {
		if (b.Name == "sqlite") == strings.HasPrefix(s.DSN, "sqlite://") {
			return b
		}
	}
	t.Fatal("no backend")
	return apitest.Backend{}
}

// A run that stops halfway (here: cancelled after its first batches, as a restart would stop
// it) keeps what it removed, whole batches, and the next run removes exactly the rest.
func TestRetentionRunIsResumable(t *testing.T) {
	const due = 500
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		buildDue(t, s, due, 0, 0)
		ctx := apitest.System()
		removed := func() int {
			return s.DB.Client.YouthMember.Query().Where(youthmember.StatusEQ(youthmember.StatusREMOVED)).CountX(ctx)
		}
		runCtx, cancel := context.WithCancel(context.Background())
		stopped := make(chan error, 1)
		go func() {
			_, err := retention.Run(runCtx, s.DB.Client, retention.DefaultPolicy, time.Now(), false)
			stopped <- err
		}()
		for deadline := time.Now().Add(time.Minute); removed() == 0; time.Sleep(5 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatal("the first batch did not commit within a minute")
			}
		}
		cancel()
		err := <-stopped
		first := removed()
		if first%retention.BatchSize != 0 && first != due {
			t.Errorf("the stopped run removed %d children: not whole batches of %d", first, retention.BatchSize)
		}
		t.Logf("the stopped run (%v) removed %d of %d", err, first, due)
		rep, err := retention.Run(context.Background(), s.DB.Client, retention.DefaultPolicy, time.Now(), false)
		if err != nil {
			t.Fatal(err)
		}
		if rep.MembersRemoved != due-first || removed() != due {
			t.Errorf("the next run removed %d, %d removed in all; want %d and %d", rep.MembersRemoved, removed(), due-first, due)
		}
		if n := s.DB.Client.FeedbackThread.Query().CountX(ctx); n != 1 {
			t.Errorf("%d threads remain, want the active child's", n)
		}
	})
}
