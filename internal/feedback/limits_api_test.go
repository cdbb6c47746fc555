package feedback_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jeugdstem/jeugdstem/ent/feedbackpost"
	"github.com/jeugdstem/jeugdstem/ent/feedbackthread"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/feedback/feedbacktest"
	"github.com/jeugdstem/jeugdstem/internal/ratelimit"
)

// burst sends n aliased copies of one mutation field in a single request and counts the answers
// by error code ("" for success).
func burst(t *testing.T, c *apitest.Client, n int, field string, vars map[string]any, decl string) map[string]int {
	t.Helper()
	var q strings.Builder
	fmt.Fprintf(&q, "mutation(%s) {", decl)
	for i := range n {
		fmt.Fprintf(&q, " a%d: %s", i, field)
	}
	q.WriteString(" }")
	res := c.Do(q.String(), vars)
	codes := map[string]int{"": n - len(res.Errors)}
	for _, e := range res.Errors {
		codes[e.Code()]++
	}
	return codes
}

// One child starting 100 threads and writing 200 long posts in a burst is cut off at the limit:
// RATE_LIMITED, and nothing more is written.
func TestChildPostBurstIsCutOff(t *testing.T) {
	apitest.Each(t, apitest.Options{Limits: ratelimit.Default}, func(t *testing.T, s *apitest.Server) {
		w := feedbacktest.New(t, s)
		child := w.Child(t, w.Author)
		threadLimit, postLimit := ratelimit.Default.ThreadsPerChild.N, ratelimit.Default.PostsPerChild.N

		codes := burst(t, child, 100, `startThread(input: {locationID: $l, theme: HOUSING_HYGIENE, title: "Spam", body: $b, language: "nl"}) { id }`,
			map[string]any{"l": w.LocA.ID, "b": "x"}, "$l: ID!, $b: String!")
		threads := s.DB.Client.FeedbackThread.Query().Where(feedbackthread.HasStartedByWith(youthmember.ID(w.Author.ID))).CountX(apitest.System())
		if codes[""] != threadLimit || codes["RATE_LIMITED"] != 100-threadLimit || threads != threadLimit {
			t.Fatalf("100 threads in a burst: answers %v, %d threads stored; want %d, the rest RATE_LIMITED", codes, threads, threadLimit)
		}

		thread, _ := w.StartThread(t, w.Other, "Real", "a real worry")
		w.Moderate(t, s.DB.Client.FeedbackPost.Query().Where(feedbackpost.HasThreadWith(feedbackthread.ID(thread))).OnlyIDX(apitest.System()), "APPROVE", "")
		before := s.DB.Client.FeedbackPost.Query().CountX(apitest.System())
		codes = map[string]int{}
		for range 2 { // 100 aliases is as many as one request may carry
			for code, n := range burst(t, child, 100, `postFeedback(input: {threadID: $t, body: $b, language: "nl"}) { id }`,
				map[string]any{"t": thread, "b": strings.Repeat("x", 2000)}, "$t: ID!, $b: String!") {
				codes[code] += n
			}
		}
		posts := s.DB.Client.FeedbackPost.Query().CountX(apitest.System()) - before
		if codes[""] != postLimit || codes["RATE_LIMITED"] != 200-postLimit || posts != postLimit {
			t.Fatalf("200 posts in a burst: answers %v, %d posts stored; want %d, the rest RATE_LIMITED", codes, posts, postLimit)
		}

		// The limits are the child's own: another child at the location still writes.
		w.Post(t, w.Other, thread, "me as well")
	})
}

// "Me too"s are limited per child as well; a child at the limit is told RATE_LIMITED with how
// long to wait, and the count of the thread does not move.
func TestChildMeTooBurstIsCutOff(t *testing.T) {
	limits := ratelimit.Unlimited()
	limits.MeTooPerChild = ratelimit.Limit{N: 2, Window: ratelimit.Default.MeTooPerChild.Window}
	apitest.Each(t, apitest.Options{Limits: limits}, func(t *testing.T, s *apitest.Server) {
		w := feedbacktest.New(t, s)
		var threads []string
		for _, title := range []string{"Eten", "Douche", "School"} {
			id, first := w.StartThread(t, w.Other, title, "graag beter")
			w.Moderate(t, first, "APPROVE", "")
			threads = append(threads, id)
		}
		child := w.Child(t, w.Author)
		meToo := `mutation($t: ID!) { meToo(threadID: $t) { meTooCount } }`
		child.Do(meToo, map[string]any{"t": threads[0]}).Must(t, nil)
		child.Do(meToo, map[string]any{"t": threads[1]}).Must(t, nil)
		e := child.Do(meToo, map[string]any{"t": threads[2]}).WantCode(t, "RATE_LIMITED")
		if wait, _ := e.Extensions["retryAfter"].(float64); wait < 1 {
			t.Errorf("RATE_LIMITED without retryAfter: %+v", e)
		}
		if n := s.DB.Client.FeedbackThread.GetX(apitest.System(), threads[2]).MeTooCount; n != 0 {
			t.Errorf("a refused me too counted: %d", n)
		}
	})
}
