package feedback_test

import (
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent/feedbackthread"
	"github.com/jeugdstem/jeugdstem/ent/threadsupport"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/feedback/feedbacktest"
)

type board struct {
	ThreadBoard []struct {
		ID, Title, Status string
		MeTooCount        int
		StartedByMe       bool
		SupportedByMe     bool
		LatestResponse    *struct {
			Text, Language, Status string
			Reason                 *string
			CommitmentDate         *string
		}
	}
}

const boardQuery = `query($lang: String) { threadBoard { id title status meTooCount startedByMe supportedByMe
	latestResponse(language: $lang) { text language status reason commitmentDate } } }`

func (b board) ids() []string {
	var ids []string
	for _, t := range b.ThreadBoard {
		ids = append(ids, t.ID)
	}
	return ids
}

func readBoard(t *testing.T, c *apitest.Client, lang string) board {
	t.Helper()
	vars := map[string]any{}
	if lang != "" {
		vars["lang"] = lang
	}
	return feedbacktest.Data[board](t, c.Do(boardQuery, vars))
}

// A thread is the child's and the moderators' until its first post is approved; then every child
// of the location sees it. Its title goes with the first post: taken down, the thread hides again.
func TestThreadVisibleOnceFirstPostApproved(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := feedbacktest.New(t, s)
		thread, first := w.StartThread(t, w.Author, "Speeltuin", "De schommel is kapot")
		other, author := w.Child(t, w.Other), w.Child(t, w.Author)

		if b := readBoard(t, other, ""); slices.Contains(b.ids(), thread) {
			t.Fatal("another child sees a thread whose first post waits")
		}
		b := readBoard(t, author, "")
		if len(b.ThreadBoard) != 1 || b.ThreadBoard[0].ID != thread || !b.ThreadBoard[0].StartedByMe || b.ThreadBoard[0].Title != "Speeltuin" {
			t.Fatalf("the author's board: %+v", b)
		}

		w.Moderate(t, first, "APPROVE", "")
		var d struct {
			Node struct {
				Title     string
				VisibleAt *string
			}
		}
		other.Do(`query($t: ID!) { node(id: $t) { ... on FeedbackThread { title visibleAt } } }`, map[string]any{"t": thread}).Must(t, &d)
		if d.Node.Title != "Speeltuin" || d.Node.VisibleAt == nil {
			t.Fatalf("after approval another child reads %+v", d)
		}
		if b := readBoard(t, other, ""); !slices.Contains(b.ids(), thread) || b.ThreadBoard[0].StartedByMe {
			t.Fatalf("after approval the board of another child: %+v", b)
		}

		w.Moderate(t, first, "REJECT", "HURTFUL")
		other.Do(`query($t: ID!) { node(id: $t) { id } }`, map[string]any{"t": thread}).WantCode(t, "NOT_FOUND")
		if b := readBoard(t, author, ""); !slices.Contains(b.ids(), thread) {
			t.Error("the author lost their thread")
		}
	})
}

// "Me too" counts once per child, also when a child taps many times at once, and the count always
// equals the marks behind it.
func TestMeTooCountsOncePerChild(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := feedbacktest.New(t, s)
		thread, first := w.StartThread(t, w.Author, "Wifi", "De wifi is te traag")
		w.Moderate(t, first, "APPROVE", "")
		meToo := `mutation($t: ID!) { meToo(threadID: $t) { id meTooCount supportedByMe } }`
		type answer struct {
			MeToo struct {
				MeTooCount    int
				SupportedByMe bool
			}
		}
		other := w.Child(t, w.Other)
		for range 2 {
			d := feedbacktest.Data[answer](t, other.Do(meToo, map[string]any{"t": thread}))
			if d.MeToo.MeTooCount != 1 || !d.MeToo.SupportedByMe {
				t.Fatalf("after the same child's me-too: %+v", d)
			}
		}
		third := s.NewMember(t, w.CouncilA, "Yellow Cat")
		c := w.Child(t, third)
		var wg sync.WaitGroup
		for range 8 {
			wg.Go(func() { c.Do(meToo, map[string]any{"t": thread}).Must(t, nil) })
		}
		wg.Wait()
		if d := feedbacktest.Data[answer](t, w.Child(t, w.Author).Do(meToo, map[string]any{"t": thread})); d.MeToo.MeTooCount != 3 {
			t.Errorf("three children said me too, the count is %d", d.MeToo.MeTooCount)
		}
		marks := s.DB.Client.ThreadSupport.Query().Where(threadsupport.HasThreadWith(feedbackthread.ID(thread))).CountX(apitest.System())
		if stored := s.DB.Client.FeedbackThread.GetX(apitest.System(), thread).MeTooCount; marks != 3 || stored != 3 {
			t.Errorf("%d marks, count %d; want 3 and 3", marks, stored)
		}
		if b := readBoard(t, other, ""); !b.ThreadBoard[0].SupportedByMe {
			t.Error("the board does not show the child's me-too")
		}
		// "Me too" can be taken back, once: the count follows the marks; a child without a mark,
		// or a second withdrawal, changes nothing.
		withdraw := `mutation($t: ID!) { withdrawMeToo(threadID: $t) { id meTooCount supportedByMe } }`
		type withdrawn struct {
			WithdrawMeToo struct {
				MeTooCount    int
				SupportedByMe bool
			}
		}
		for range 2 {
			if d := feedbacktest.Data[withdrawn](t, other.Do(withdraw, map[string]any{"t": thread})); d.WithdrawMeToo.MeTooCount != 2 || d.WithdrawMeToo.SupportedByMe {
				t.Errorf("after taking me-too back: %+v", d)
			}
		}
		unmarked := w.Child(t, s.NewMember(t, w.CouncilA, "Zonder Merk"))
		if d := feedbacktest.Data[withdrawn](t, unmarked.Do(withdraw, map[string]any{"t": thread})); d.WithdrawMeToo.MeTooCount != 2 {
			t.Errorf("a child without a mark changed the count: %+v", d)
		}
		marks = s.DB.Client.ThreadSupport.Query().Where(threadsupport.HasThreadWith(feedbackthread.ID(thread))).CountX(apitest.System())
		if stored := s.DB.Client.FeedbackThread.GetX(apitest.System(), thread).MeTooCount; marks != 2 || stored != 2 {
			t.Errorf("after a withdrawal: %d marks, count %d; want 2 and 2", marks, stored)
		}
		if d := feedbacktest.Data[answer](t, other.Do(meToo, map[string]any{"t": thread})); d.MeToo.MeTooCount != 3 || !d.MeToo.SupportedByMe {
			t.Errorf("me too again after taking it back: %+v", d)
		}

		// A child elsewhere cannot reach the thread; a thread still waiting is only its author's.
		w.Child(t, w.ChildB).Do(meToo, map[string]any{"t": thread}).WantCode(t, "NOT_FOUND")
		w.Child(t, w.ChildB).Do(withdraw, map[string]any{"t": thread}).WantCode(t, "NOT_FOUND")
		waiting, _ := w.StartThread(t, w.Author, "Nog niet", "Wacht op een moderator")
		other.Do(meToo, map[string]any{"t": waiting}).WantCode(t, "NOT_FOUND")
	})
}

type respondVars = map[string]any

const respond = `mutation($t: ID!, $body: [TranslationInput!]!, $s: ThreadResponseStatus!, $d: Time, $r: [TranslationInput!]) {
	respondToThread(input: {threadID: $t, body: $body, status: $s, commitmentDate: $d, reason: $r}) { id status } }`

// Managers answer the threads of their own location only; children read the answer in their
// language, else Dutch, else English.
func TestRespondToThread(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := feedbacktest.New(t, s)
		thread, first := w.StartThread(t, w.Author, "Douches", "De douches zijn koud")
		w.Moderate(t, first, "APPROVE", "")
		threadB, firstB := w.StartThread(t, w.ChildB, "Eten", "Meer fruit")
		w.Decide(t, w.As(t, feedbacktest.ModeratorB), firstB, "APPROVE", "").Must(t, nil)

		when := time.Now().Add(14 * 24 * time.Hour).UTC().Format(time.RFC3339)
		answer := respondVars{"t": thread, "s": "IN_PROGRESS", "d": when, "body": []map[string]string{
			{"lang": "nl", "text": "De monteur komt volgende week."},
			{"lang": "ar", "text": "سيأتي الفني الأسبوع القادم."},
		}}
		manager := w.As(t, feedbacktest.Manager)

		// A manager of A cannot answer a thread of B: for them it does not exist.
		manager.Do(respond, respondVars{"t": threadB, "s": "DONE", "body": answer["body"]}).WantCode(t, "NOT_FOUND")
		// Staff who may read the thread but not answer it.
		w.As(t, feedbacktest.Facilitator).Do(respond, answer).WantCode(t, "FORBIDDEN")
		w.As(t, feedbacktest.Moderator).Do(respond, answer).WantCode(t, "FORBIDDEN")
		w.As(t, feedbacktest.ManagerB).Do(respond, answer).WantCode(t, "NOT_FOUND")
		// Bad answers.
		for field, vars := range map[string]respondVars{
			"input.reason":         {"t": thread, "s": "NOT_POSSIBLE", "body": answer["body"]},
			"input.commitmentDate": {"t": thread, "s": "DONE", "d": when, "body": answer["body"]},
			"input.body":           {"t": thread, "s": "DONE", "body": []map[string]string{}},
			"input.body.1.lang":    {"t": thread, "s": "DONE", "body": []map[string]string{{"lang": "nl", "text": "a"}, {"lang": "nl", "text": "b"}}},
		} {
			if e := manager.Do(respond, vars).WantCode(t, "BAD_USER_INPUT"); e.Field() != field {
				t.Errorf("field = %s, want %s", e.Field(), field)
			}
		}

		var d struct{ RespondToThread struct{ ID, Status string } }
		manager.Do(respond, answer).Must(t, &d)
		th := s.DB.Client.FeedbackThread.GetX(apitest.System(), thread)
		if th.Status != feedbackthread.StatusIN_PROGRESS || th.AnsweredAt == nil {
			t.Errorf("thread after the answer: %s, answered %v", th.Status, th.AnsweredAt)
		}

		// The child reads it in Arabic (their language); another language falls back by the one
		// rule, to the location's first language (Arabic) before Dutch.
		author := w.Child(t, w.Author) // NewMember children speak Arabic
		b := readBoard(t, author, "")
		r := b.ThreadBoard[0].LatestResponse
		if r == nil || r.Language != "ar" || r.Text != "سيأتي الفني الأسبوع القادم." || r.Status != "IN_PROGRESS" || r.CommitmentDate == nil {
			t.Errorf("the child reads %+v", r)
		}
		s.DB.Client.YouthMember.UpdateOneID(w.Other.ID).SetLanguage("ti").ExecX(apitest.System())
		if r := readBoard(t, w.Child(t, w.Other), "").ThreadBoard[0].LatestResponse; r == nil || r.Language != "ar" {
			t.Errorf("a Tigrinya speaker without a Tigrinya answer reads %+v, want the location's Arabic", r)
		}
		if r := readBoard(t, w.Child(t, w.Other), "ar").ThreadBoard[0].LatestResponse; r == nil || r.Language != "ar" {
			t.Errorf("asked for Arabic, the board gives %+v", r)
		}

		// Not possible, with a reason children read too; the newest answer is the one shown.
		manager.Do(respond, respondVars{"t": thread, "s": "NOT_POSSIBLE",
			"body": []map[string]string{{"lang": "nl", "text": "Dat lukt helaas niet."}},
			"r":    []map[string]string{{"lang": "nl", "text": "De verwarming is van de gemeente."}}}).Must(t, nil)
		r = readBoard(t, author, "").ThreadBoard[0].LatestResponse
		if r == nil || r.Status != "NOT_POSSIBLE" || r.Text != "Dat lukt helaas niet." || r.Reason == nil || *r.Reason != "De verwarming is van de gemeente." {
			t.Errorf("after the second answer: %+v", r)
		}

		// Audited as THREAD_ANSWERED by the manager.
		var ev struct {
			AuditEvents struct{ TotalCount int }
		}
		w.As(t, feedbacktest.NationalAdmin).Do(`query($t: String!, $a: String!) { auditEvents(where: {objectID: $t, action: "THREAD_ANSWERED", actorID: $a}) { totalCount } }`,
			map[string]any{"t": thread, "a": w.User(t, feedbacktest.Manager).ID}).Must(t, &ev)
		if ev.AuditEvents.TotalCount != 2 {
			t.Errorf("%d THREAD_ANSWERED events, want 2", ev.AuditEvents.TotalCount)
		}
	})
}

// A child who moved keeps following the threads they started: the thread, its answers and its
// approved posts, on the tablet of their new location. The children there do not see it.
func TestTransferredChildFollowsTheirThreads(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := feedbacktest.New(t, s)
		thread, first := w.StartThread(t, w.Author, "Bibliotheek", "Meer boeken in het Arabisch")
		w.Moderate(t, first, "APPROVE", "")
		reply := w.Post(t, w.Other, thread, "Ja, en in het Tigrinya")
		w.Moderate(t, reply, "APPROVE", "")
		w.As(t, feedbacktest.Manager).Do(respond, respondVars{"t": thread, "s": "DONE",
			"body": []map[string]string{{"lang": "nl", "text": "Er staan nu 40 nieuwe boeken."}}}).Must(t, nil)
		otherThread, otherFirst := w.StartThread(t, w.Other, "Fietsen", "Fietsen repareren")
		w.Moderate(t, otherFirst, "APPROVE", "")

		w.As(t, feedbacktest.NationalAdmin).Do(`mutation($m: ID!, $c: ID!) { transferYouthMember(memberID: $m, toCouncilID: $c) { id } }`,
			map[string]any{"m": w.Author.ID, "c": w.CouncilB.ID}).Must(t, nil)

		moved := w.Child(t, w.Author) // now on a tablet of B
		b := readBoard(t, moved, "")
		if !slices.Contains(b.ids(), thread) || slices.Contains(b.ids(), otherThread) {
			t.Fatalf("after the move the child's board holds %v", b.ids())
		}
		if r := b.ThreadBoard[slices.Index(b.ids(), thread)].LatestResponse; r == nil || r.Text != "Er staan nu 40 nieuwe boeken." {
			t.Errorf("the moved child reads the answer as %+v", r)
		}
		conv := feedbacktest.IDs(t, moved.Do(`query($t: ID!) { node(id: $t) { ... on FeedbackThread { conversation { id } } } }`,
			map[string]any{"t": thread}), "node", "conversation")
		if !slices.Equal(conv, []string{first, reply}) {
			t.Errorf("the moved child reads the conversation %v, want %v", conv, []string{first, reply})
		}
		// The children of B do not see it.
		childB := w.Child(t, w.ChildB)
		childB.Do(`query($t: ID!) { node(id: $t) { id } }`, map[string]any{"t": thread}).WantCode(t, "NOT_FOUND")
		if b := readBoard(t, childB, ""); slices.Contains(b.ids(), thread) {
			t.Error("a child of B sees the moved child's old thread")
		}
	})
}

// What a child writes is checked before it is stored.
func TestWritingRules(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := feedbacktest.New(t, s)
		var area struct{ CreateArea struct{ ID string } }
		createArea := `mutation($l: ID!, $n: [TranslationInput!]!) { createArea(input: {locationID: $l, name: $n, kind: SANITARY}) { id } }`
		names := []map[string]string{{"lang": "nl", "text": "Douches"}, {"lang": "ar", "text": "الحمامات"}}
		w.As(t, feedbacktest.Facilitator).Do(createArea, map[string]any{"l": w.LocA.ID, "n": names}).Must(t, &area)
		w.As(t, feedbacktest.Moderator).Do(createArea, map[string]any{"l": w.LocA.ID, "n": names}).WantCode(t, "FORBIDDEN")
		w.As(t, feedbacktest.ManagerB).Do(createArea, map[string]any{"l": w.LocA.ID, "n": names}).WantCode(t, "NOT_FOUND")
		var areaB struct{ CreateArea struct{ ID string } }
		w.As(t, feedbacktest.ManagerB).Do(createArea, map[string]any{"l": w.LocB.ID, "n": names}).Must(t, &areaB)

		start := `mutation($l: ID!, $a: ID, $title: String!, $body: String!, $lang: String!) {
			startThread(input: {locationID: $l, areaID: $a, theme: HOUSING_HYGIENE, title: $title, body: $body, language: $lang}) { id area { id } } }`
		author := w.Child(t, w.Author)
		var d struct {
			StartThread struct {
				ID   string
				Area struct{ ID string }
			}
		}
		author.Do(start, map[string]any{"l": w.LocA.ID, "a": area.CreateArea.ID, "title": "Douches", "body": "Koud", "lang": "nl"}).Must(t, &d)
		if d.StartThread.Area.ID != area.CreateArea.ID {
			t.Errorf("thread area = %+v", d.StartThread.Area)
		}
		for field, vars := range map[string]map[string]any{
			"input.title":    {"l": w.LocA.ID, "title": "   ", "body": "Koud", "lang": "nl"},
			"input.body":     {"l": w.LocA.ID, "title": "Douches", "body": "", "lang": "nl"},
			"input.language": {"l": w.LocA.ID, "title": "Douches", "body": "Koud", "lang": "xx"},
		} {
			if e := author.Do(start, vars).WantCode(t, "BAD_USER_INPUT"); e.Field() != field {
				t.Errorf("field = %s, want %s", e.Field(), field)
			}
		}
		// Another location's area is NOT_FOUND (a tablet of A cannot read it); so is another location.
		author.Do(start, map[string]any{"l": w.LocA.ID, "a": areaB.CreateArea.ID, "title": "Douches", "body": "Koud", "lang": "nl"}).WantCode(t, "NOT_FOUND")
		author.Do(start, map[string]any{"l": w.LocB.ID, "title": "Douches", "body": "Koud", "lang": "nl"}).WantCode(t, "NOT_FOUND")

		// Posting: not in another child's waiting thread, not in a closed one.
		post := `mutation($t: ID!) { postFeedback(input: {threadID: $t, body: "Ik ook", language: "nl"}) { id } }`
		w.Child(t, w.Other).Do(post, map[string]any{"t": d.StartThread.ID}).WantCode(t, "NOT_FOUND")
		s.DB.Client.FeedbackThread.UpdateOneID(d.StartThread.ID).SetStatus(feedbackthread.StatusCLOSED).ExecX(apitest.System())
		author.Do(post, map[string]any{"t": d.StartThread.ID}).WantCode(t, "CONFLICT")
	})
}
