package moderation_test

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent/feedbackpost"
	"github.com/jeugdstem/jeugdstem/ent/moderationdecision"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/feedback/feedbacktest"
	"github.com/jeugdstem/jeugdstem/internal/i18n"
	"github.com/jeugdstem/jeugdstem/internal/moderation"
	"github.com/jeugdstem/jeugdstem/policies"
)

type queuePage struct {
	ModerationQueue struct {
		TotalCount int
		PageInfo   struct {
			HasNextPage bool
			EndCursor   string
		}
		Edges []struct {
			Node struct {
				ID          string
				Body        string
				Flags       []string
				OpensThread bool
				Thread      struct{ Title string }
			}
		}
	}
}

const queueQuery = `query($after: Cursor) { moderationQueue(first: 2, after: $after) {
	totalCount pageInfo { hasNextPage endCursor } edges { node { id body flags opensThread thread { title } } } } }`

// The queue: the moderator's location only, oldest first, page by page, with the flags computed
// when the child wrote; the child never sees the flags.
func TestQueueOldestFirstWithFlags(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := feedbacktest.New(t, s)
		thread, first := w.StartThread(t, w.Author, "Voetbal", "Ik wil meer voetbal, ik ben Blue Fox")
		named := w.Post(t, w.Author, thread, "Green Owl pakt altijd de bal af")
		phone := w.Post(t, w.Author, thread, "bel me: 06-12345678 of mail blue.fox@gmail.com")
		danger := w.Post(t, w.Author, thread, "Een jongen slaat mij elke dag")
		w.StartThread(t, w.ChildB, "Elders", "Op een andere locatie")

		mod := w.As(t, feedbacktest.Moderator)
		var ids []string
		flags := map[string][]string{}
		var after any
		for page := 0; ; page++ {
			d := feedbacktest.Data[queuePage](t, mod.Do(queueQuery, map[string]any{"after": after}))
			if d.ModerationQueue.TotalCount != 4 {
				t.Fatalf("totalCount = %d, want the 4 posts of location A", d.ModerationQueue.TotalCount)
			}
			for _, e := range d.ModerationQueue.Edges {
				ids = append(ids, e.Node.ID)
				flags[e.Node.ID] = e.Node.Flags
				if e.Node.OpensThread != (e.Node.ID == first) || e.Node.Thread.Title != "Voetbal" {
					t.Errorf("post %s: opensThread %v, thread %q", e.Node.ID, e.Node.OpensThread, e.Node.Thread.Title)
				}
			}
			if !d.ModerationQueue.PageInfo.HasNextPage {
				break
			}
			after = d.ModerationQueue.PageInfo.EndCursor
			if page > 3 {
				t.Fatal("the queue does not end")
			}
		}
		if want := []string{first, named, phone, danger}; !slices.Equal(ids, want) {
			t.Fatalf("queue order = %v, want oldest first %v", ids, want)
		}
		wantFlags := map[string][]string{
			first:  {}, // the author's own pseudonym is not another child's
			named:  {"PSEUDONYM"},
			phone:  {"PHONE_NUMBER", "EMAIL"},
			danger: {"DANGER"},
		}
		for id, want := range wantFlags {
			if !slices.Equal(flags[id], want) {
				t.Errorf("flags of %s = %v, want %v", id, flags[id], want)
			}
		}

		// Nobody else's queue holds them; the child sees no flags on their own post.
		for _, who := range []string{feedbacktest.ModeratorB, feedbacktest.Facilitator, feedbacktest.Manager, feedbacktest.NationalAdmin} {
			d := feedbacktest.Data[queuePage](t, w.As(t, who).Do(queueQuery, nil))
			for _, e := range d.ModerationQueue.Edges {
				if slices.Contains(ids, e.Node.ID) {
					t.Errorf("%s sees %s in their queue", who, e.Node.ID)
				}
			}
		}
		var mine struct {
			MyPosts []struct {
				ID    string
				Flags []string
			}
		}
		w.Child(t, w.Author).Do(`{ myPosts { id flags } }`, nil).Must(t, &mine)
		if len(mine.MyPosts) != 4 {
			t.Fatalf("the author sees %d own posts, want 4", len(mine.MyPosts))
		}
		for _, p := range mine.MyPosts {
			if len(p.Flags) != 0 {
				t.Errorf("the child sees flags %v on their post", p.Flags)
			}
		}
	})
}

type caseList struct {
	SafeguardingCases []struct {
		ID, Status, PostBody, PostLanguage, OpenedAt, OpenedByName string
		ThreadTitle                                                *string
		Post                                                       struct{ ID string }
	}
}

const casesQuery = `{ safeguardingCases { id status postBody postLanguage threadTitle openedAt openedByName post { id } } }`

// Escalation: the post disappears for everyone but the location's moderators and safeguarding
// officers (its author sees it as still waiting), a case with the child's words appears for the
// location's safeguarding officers only, and the audit trail says who did it, without the words.
func TestEscalation(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := feedbacktest.New(t, s)
		thread, first := w.StartThread(t, w.Other, "Gang", "De lampen op de gang zijn kapot")
		w.Moderate(t, first, "APPROVE", "")
		words := "Mijn oom slaat mij als mama weg is. Niet aan hem zeggen!"
		post := w.Post(t, w.Author, thread, words)
		w.Moderate(t, post, "APPROVE", "")

		conversation := func(c *apitest.Client) []string {
			return feedbacktest.IDs(t, c.Do(`query($t: ID!) { node(id: $t) { ... on FeedbackThread { conversation { id } } } }`,
				map[string]any{"t": thread}), "node", "conversation")
		}
		other := w.Child(t, w.Other)
		if !slices.Contains(conversation(other), post) {
			t.Fatal("before escalation the approved post is shown")
		}

		mod := w.As(t, feedbacktest.Moderator)
		w.As(t, feedbacktest.ModeratorB) // signed in before, so the check below is about the post
		w.Decide(t, w.As(t, feedbacktest.ModeratorB), post, "ESCALATE", "").WantCode(t, "NOT_FOUND")
		var esc struct {
			ModeratePost struct{ ID, ModerationState string }
		}
		w.Decide(t, mod, post, "ESCALATE", "").Must(t, &esc)
		if esc.ModeratePost.ModerationState != "ESCALATED" {
			t.Fatalf("the moderator sees %s", esc.ModeratePost.ModerationState)
		}

		// The post disappears.
		if slices.Contains(conversation(other), post) {
			t.Error("the escalated post is still shown to other children")
		}
		for _, who := range []string{feedbacktest.Facilitator, feedbacktest.Manager, feedbacktest.NationalAdmin, feedbacktest.ModeratorB} {
			w.As(t, who).Do(`query($p: ID!) { node(id: $p) { id } }`, map[string]any{"p": post}).WantCode(t, "NOT_FOUND")
		}
		// Its author sees it waiting, not "escalated", and no reason.
		var mine struct {
			MyPosts []struct {
				ID, ModerationState     string
				ModeratedAt, ReasonText *string
			}
		}
		w.Child(t, w.Author).Do(`{ myPosts { id moderationState moderatedAt reasonText } }`, nil).Must(t, &mine)
		if len(mine.MyPosts) != 1 || mine.MyPosts[0].ModerationState != "PENDING" || mine.MyPosts[0].ModeratedAt != nil || mine.MyPosts[0].ReasonText != nil {
			t.Errorf("the author sees %+v, want it PENDING without a time or reason", mine.MyPosts)
		}

		// The case, for the location's safeguarding officers only.
		var cases caseList
		w.As(t, feedbacktest.SafeguardingOfficer).Do(casesQuery, nil).Must(t, &cases)
		if len(cases.SafeguardingCases) != 1 {
			t.Fatalf("the safeguarding officer sees %d cases, want 1", len(cases.SafeguardingCases))
		}
		c := cases.SafeguardingCases[0]
		moderator := w.User(t, feedbacktest.Moderator)
		if c.PostBody != words || c.PostLanguage != "nl" || c.Status != "OPEN" || c.Post.ID != post ||
			c.OpenedByName != moderator.DisplayName || c.ThreadTitle != nil || c.OpenedAt == "" {
			t.Errorf("case = %+v", c)
		}
		for _, who := range []string{feedbacktest.Moderator, feedbacktest.Facilitator, feedbacktest.Manager,
			feedbacktest.NationalAdmin, feedbacktest.Partner, feedbacktest.SafeguardingB, feedbacktest.ModeratorB} {
			var none caseList
			w.As(t, who).Do(casesQuery, nil).Must(t, &none)
			if len(none.SafeguardingCases) != 0 {
				t.Errorf("%s sees cases: %+v", who, none)
			}
			w.As(t, who).Do(`query($c: ID!) { node(id: $c) { id } }`, map[string]any{"c": c.ID}).WantCode(t, "NOT_FOUND")
		}
		w.Child(t, w.Author).Do(casesQuery, nil).WantCode(t, "FORBIDDEN")

		// Others of the location may know how many cases are open, nothing more.
		count := `query($l: ID!) { openSafeguardingCaseCount(locationID: $l) }`
		for _, who := range []string{feedbacktest.Manager, feedbacktest.Partner, feedbacktest.NationalAdmin, feedbacktest.SafeguardingOfficer} {
			var d struct{ OpenSafeguardingCaseCount int }
			w.As(t, who).Do(count, map[string]any{"l": w.LocA.ID}).Must(t, &d)
			if d.OpenSafeguardingCaseCount != 1 {
				t.Errorf("%s counts %d open cases, want 1", who, d.OpenSafeguardingCaseCount)
			}
		}
		w.As(t, feedbacktest.ManagerB).Do(count, map[string]any{"l": w.LocA.ID}).WantCode(t, "NOT_FOUND")

		// The audit trail: who escalated which post, and the case it opened; no words, no pseudonym.
		events := auditEvents(t, w)
		if !hasEvent(events, moderation.ActionPostEscalated, moderator.ID, post, w.LocA.ID) ||
			!hasEvent(events, moderation.ActionCaseOpened, moderator.ID, c.ID, w.LocA.ID) {
			t.Errorf("audit events %+v lack the escalation", events)
		}
		for _, e := range events {
			for _, v := range []string{e.Action, e.ObjectType, e.ObjectID, e.ActorID} {
				// Words with a space, which no random id ("pst_…joom") can hold by chance.
				if strings.Contains(v, "Mijn oom") || strings.Contains(v, "Blue Fox") {
					t.Errorf("audit event holds content: %+v", e)
				}
			}
		}

		// An escalated post is the safeguarding officer's now.
		w.Decide(t, mod, post, "APPROVE", "").WantCode(t, "CONFLICT")
		w.Decide(t, mod, post, "ESCALATE", "").WantCode(t, "CONFLICT")
	})
}

// Escalating the first post keeps the thread hidden and hands its title to the case too.
func TestEscalatingAFirstPost(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := feedbacktest.New(t, s)
		thread, first := w.StartThread(t, w.Author, "Ik ben bang", "Iemand raakt me aan in de douche")
		w.Moderate(t, first, "ESCALATE", "")
		w.Child(t, w.Other).Do(`query($t: ID!) { node(id: $t) { id } }`, map[string]any{"t": thread}).WantCode(t, "NOT_FOUND")
		var cases caseList
		w.As(t, feedbacktest.SafeguardingOfficer).Do(casesQuery, nil).Must(t, &cases)
		if len(cases.SafeguardingCases) != 1 || cases.SafeguardingCases[0].ThreadTitle == nil ||
			*cases.SafeguardingCases[0].ThreadTitle != "Ik ben bang" || cases.SafeguardingCases[0].PostBody != "Iemand raakt me aan in de douche" {
			t.Errorf("cases = %+v", cases)
		}
	})
}

type auditEvent struct {
	Action, ActorID, ObjectType, ObjectID, LocationID string
}

func auditEvents(t *testing.T, w *feedbacktest.World) []auditEvent {
	var d struct {
		AuditEvents struct{ Edges []struct{ Node auditEvent } }
	}
	w.As(t, feedbacktest.NationalAdmin).Do(`{ auditEvents(first: 100) { edges { node { action actorID objectType objectID locationID } } } }`, nil).Must(t, &d)
	var out []auditEvent
	for _, e := range d.AuditEvents.Edges {
		out = append(out, e.Node)
	}
	return out
}

func hasEvent(events []auditEvent, action, actor, object, location string) bool {
	return slices.ContainsFunc(events, func(e auditEvent) bool {
		return e.Action == action && e.ActorID == actor && e.ObjectID == object && e.LocationID == location
	})
}

// A safeguarding officer moves a case on and keeps a log; nobody else can touch it.
func TestUpdateSafeguardingCase(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := feedbacktest.New(t, s)
		_, first := w.StartThread(t, w.Author, "Hulp", "Ik wil niet meer leven")
		w.Moderate(t, first, "ESCALATE", "")
		sg := w.As(t, feedbacktest.SafeguardingOfficer)
		var cases caseList
		sg.Do(casesQuery, nil).Must(t, &cases)
		id := cases.SafeguardingCases[0].ID

		update := `mutation($c: ID!, $s: SafeguardingCaseStatus, $n: String) {
			updateSafeguardingCase(input: {caseID: $c, status: $s, note: $n}) { id status closedAt notes { authorID text at } } }`
		type updated struct {
			UpdateSafeguardingCase struct {
				Status   string
				ClosedAt *string
				Notes    []struct{ AuthorID, Text, At string }
			}
		}
		for _, who := range []string{feedbacktest.Moderator, feedbacktest.SafeguardingB, feedbacktest.NationalAdmin, feedbacktest.Manager} {
			w.As(t, who).Do(update, map[string]any{"c": id, "s": "CLOSED"}).WantCode(t, "NOT_FOUND")
		}
		if e := sg.Do(update, map[string]any{"c": id}).WantCode(t, "BAD_USER_INPUT"); e.Field() != "input" {
			t.Errorf("field = %s", e.Field())
		}

		d := feedbacktest.Data[updated](t, sg.Do(update, map[string]any{"c": id, "s": "IN_PROGRESS", "n": "Gesprek met mentor gepland"}))
		if d.UpdateSafeguardingCase.Status != "IN_PROGRESS" || len(d.UpdateSafeguardingCase.Notes) != 1 || d.UpdateSafeguardingCase.ClosedAt != nil {
			t.Fatalf("after the first update: %+v", d)
		}
		d = feedbacktest.Data[updated](t, sg.Do(update, map[string]any{"c": id, "s": "CLOSED", "n": "Veilig thuis, afgesloten"}))
		notes := d.UpdateSafeguardingCase.Notes
		officer := w.User(t, feedbacktest.SafeguardingOfficer)
		if d.UpdateSafeguardingCase.Status != "CLOSED" || d.UpdateSafeguardingCase.ClosedAt == nil || len(notes) != 2 ||
			notes[0].Text != "Gesprek met mentor gepland" || notes[1].Text != "Veilig thuis, afgesloten" ||
			notes[0].AuthorID != officer.ID || notes[1].At == "" {
			t.Fatalf("after closing: %+v", d)
		}
		var count struct{ OpenSafeguardingCaseCount int }
		w.As(t, feedbacktest.Manager).Do(`query($l: ID!) { openSafeguardingCaseCount(locationID: $l) }`, map[string]any{"l": w.LocA.ID}).Must(t, &count)
		if count.OpenSafeguardingCaseCount != 0 {
			t.Errorf("a closed case is counted open")
		}
		n := 0
		for _, e := range auditEvents(t, w) {
			if e.Action == moderation.ActionCaseUpdated && e.ObjectID == id && e.ActorID == officer.ID {
				n++
			}
		}
		if n != 2 {
			t.Errorf("%d CASE_UPDATED events, want 2", n)
		}
	})
}

// Children read why a post was not shown in their own language, for every reason and language.
func TestRejectReasonsInTheChildsLanguage(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := feedbacktest.New(t, s)
		thread, first := w.StartThread(t, w.Author, "Buiten", "Mogen we langer buiten spelen?")
		w.Moderate(t, first, "APPROVE", "")
		byPost := map[string]moderationdecision.ReasonCode{}
		for _, code := range moderation.ReasonCodes {
			id := w.Post(t, w.Author, thread, "bericht "+string(code))
			w.Moderate(t, id, "REJECT", string(code))
			byPost[id] = code
		}
		author := w.Child(t, w.Author)
		for _, l := range i18n.Languages {
			s.DB.Client.YouthMember.UpdateOneID(w.Author.ID).SetLanguage(l.Code).ExecX(apitest.System())
			var d struct {
				MyPosts []struct {
					ID, ModerationState string
					RejectReason        *string
					ReasonText          *string
				}
			}
			author.Do(`{ myPosts { id moderationState rejectReason reasonText } }`, nil).Must(t, &d)
			seen := 0
			for _, p := range d.MyPosts {
				code, rejected := byPost[p.ID]
				if !rejected {
					if p.ReasonText != nil {
						t.Errorf("%s: an approved post has a reason text", l.Code)
					}
					continue
				}
				seen++
				want, lang := moderation.ReasonText(code, l.Code)
				if p.ModerationState != "REJECTED" || p.ReasonText == nil || *p.ReasonText != want || lang != l.Code ||
					p.RejectReason == nil || *p.RejectReason != string(code) {
					t.Errorf("%s %s: got %+v, want %q", l.Code, code, p, want)
				}
			}
			if seen != len(moderation.ReasonCodes) {
				t.Errorf("%s: the child sees %d rejected posts", l.Code, seen)
			}
		}
	})
}

// The rules of a decision: a reason with a rejection only, each decision recorded (append-only)
// and audited, one moderator wins a race, and taking the first post down hides the thread again.
func TestDecisions(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := feedbacktest.New(t, s)
		thread, first := w.StartThread(t, w.Author, "Eten", "Het eten is koud")
		mod := w.As(t, feedbacktest.Moderator)

		if e := w.Decide(t, mod, first, "REJECT", "").WantCode(t, "BAD_USER_INPUT"); e.Field() != "input.reasonCode" {
			t.Errorf("field = %s", e.Field())
		}
		w.Decide(t, mod, first, "APPROVE", "HURTFUL").WantCode(t, "BAD_USER_INPUT")
		w.Decide(t, w.As(t, feedbacktest.SafeguardingOfficer), first, "APPROVE", "").WantCode(t, "FORBIDDEN")
		w.Decide(t, w.As(t, feedbacktest.Facilitator), first, "APPROVE", "").WantCode(t, "NOT_FOUND")
		w.Child(t, w.Author).Do(`mutation($p: ID!) { moderatePost(input: {postID: $p, decision: APPROVE}) { id } }`,
			map[string]any{"p": first}).WantCode(t, "FORBIDDEN")

		// Moderators approving one post at once: one decision holds, the others are told.
		var wg sync.WaitGroup
		codes := make([]string, 6)
		for i := range codes {
			wg.Go(func() {
				r := w.Decide(t, mod, first, "APPROVE", "")
				codes[i] = "ok"
				if len(r.Errors) > 0 {
					codes[i] = r.Errors[0].Code()
				}
			})
		}
		wg.Wait()
		if n := countOf(codes, "ok"); n != 1 || countOf(codes, "CONFLICT") != len(codes)-1 {
			t.Fatalf("racing decisions: %v, want one ok and the rest CONFLICT", codes)
		}
		if n := s.DB.Client.ModerationDecision.Query().CountX(apitest.System()); n != 1 {
			t.Fatalf("%d decisions stored after the race, want 1", n)
		}
		if post := s.DB.Client.FeedbackPost.GetX(apitest.System(), first); post.ModerationState != feedbackpost.ModerationStateAPPROVED {
			t.Fatalf("after the race the post is %s", post.ModerationState)
		}
		w.Decide(t, mod, first, "APPROVE", "").WantCode(t, "CONFLICT")

		visible := func() bool {
			r := w.Child(t, w.Other).Do(`query($t: ID!) { node(id: $t) { id } }`, map[string]any{"t": thread})
			return len(r.Errors) == 0
		}
		if !visible() {
			t.Fatal("an approved first post does not show its thread")
		}
		// Taken down after all: the thread's title goes with it.
		w.Moderate(t, first, "REJECT", "HURTFUL")
		if visible() {
			t.Error("the thread stays visible after its first post was rejected")
		}

		var d struct {
			Node struct {
				Decisions []struct{ Decision, ModeratorName string }
			}
		}
		mod.Do(`query($p: ID!) { node(id: $p) { ... on FeedbackPost { decisions { decision moderatorName } } } }`, map[string]any{"p": first}).Must(t, &d)
		moderator := w.User(t, feedbacktest.Moderator)
		if len(d.Node.Decisions) < 2 || d.Node.Decisions[0].ModeratorName != moderator.DisplayName {
			t.Errorf("decisions = %+v", d.Node.Decisions)
		}
		decided := 0
		for _, e := range auditEvents(t, w) {
			if e.ObjectID == first && e.ActorID == moderator.ID && e.LocationID == w.LocA.ID &&
				(e.Action == moderation.ActionPostApproved || e.Action == moderation.ActionPostRejected) {
				decided++
			}
		}
		if want := s.DB.Client.ModerationDecision.Query().CountX(apitest.System()); decided != want {
			t.Errorf("%d audit events for %d decisions", decided, want)
		}
		// Decisions are append-only, also for the moderator who made them.
		dec := s.DB.Client.ModerationDecision.Query().FirstX(apitest.System())
		asModerator := policies.NewContext(context.Background(), &policies.Viewer{
			StaffID: moderator.ID, Role: policies.RoleModerator, LocationIDs: []string{w.LocA.ID}})
		if err := s.DB.Client.ModerationDecision.UpdateOne(dec).Exec(asModerator); err == nil {
			t.Error("a decision was updated")
		}
		if err := s.DB.Client.ModerationDecision.DeleteOne(dec).Exec(asModerator); err == nil {
			t.Error("a decision was deleted")
		}
	})
}

func countOf(xs []string, x string) int {
	n := 0
	for _, v := range xs {
		if v == x {
			n++
		}
	}
	return n
}

// A thread stored without the API (the demo, data from before) shows once its earliest post is
// approved: which post opened a thread is worked out, not remembered.
func TestFirstPostIsTheEarliest(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := feedbacktest.New(t, s)
		ctx := apitest.System()
		th := s.DB.Client.FeedbackThread.Create().SetLocationID(w.LocA.ID).SetTheme("FOOD").SetTitle("Ontbijt").
			SetStartedBy(w.Author).SaveX(ctx)
		at := time.Now().Add(-time.Hour).Round(0)
		later := s.DB.Client.FeedbackPost.Create().SetThread(th).SetAuthor(w.Other).SetBody("Ik ook").SetLanguage("nl").
			SetCreatedAt(at.Add(time.Minute)).SaveX(ctx)
		first := s.DB.Client.FeedbackPost.Create().SetThread(th).SetAuthor(w.Author).SetBody("Het ontbijt is te vroeg").SetLanguage("nl").
			SetCreatedAt(at).SaveX(ctx)

		var q queuePage
		w.As(t, feedbacktest.Moderator).Do(queueQuery, nil).Must(t, &q)
		for _, e := range q.ModerationQueue.Edges {
			if e.Node.OpensThread != (e.Node.ID == first.ID) {
				t.Errorf("post %s: opensThread = %v", e.Node.ID, e.Node.OpensThread)
			}
		}
		w.Moderate(t, later.ID, "APPROVE", "")
		w.Child(t, w.Other).Do(`query($t: ID!) { node(id: $t) { id } }`, map[string]any{"t": th.ID}).WantCode(t, "NOT_FOUND")
		w.Moderate(t, first.ID, "APPROVE", "")
		w.Child(t, w.Other).Do(`query($t: ID!) { node(id: $t) { id } }`, map[string]any{"t": th.ID}).Must(t, nil)
	})
}
