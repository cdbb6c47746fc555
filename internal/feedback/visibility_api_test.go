package feedback_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/feedback/feedbacktest"
)

// posts and threads of the visibility scenario.
type scene struct {
	w *feedbacktest.World
	// T1 is visible: its first post P1 and Other's post OK are approved; the author's Pending,
	// Rejected and Escalated posts in it are not. T2's first post waits; T3's was rejected.
	T1, T2, T3                                   string
	P1, OK, Pending, Rejected, Escalated, P2, P3 string
}

func (sc *scene) hidden() []string {
	return []string{sc.Pending, sc.Rejected, sc.Escalated, sc.P2, sc.P3, sc.T2, sc.T3}
}
func (sc *scene) shown() []string { return []string{sc.T1, sc.P1, sc.OK} }
func (sc *scene) posts() []string {
	return []string{sc.P1, sc.OK, sc.Pending, sc.Rejected, sc.Escalated, sc.P2, sc.P3}
}
func (sc *scene) threads() []string { return []string{sc.T1, sc.T2, sc.T3} }

func newScene(t *testing.T, s *apitest.Server) *scene {
	w := feedbacktest.New(t, s)
	sc := &scene{w: w}
	sc.T1, sc.P1 = w.StartThread(t, w.Author, "Koude douches", "De douches zijn koud")
	w.Moderate(t, sc.P1, "APPROVE", "")
	sc.OK = w.Post(t, w.Other, sc.T1, "Ik vind het ook koud")
	w.Moderate(t, sc.OK, "APPROVE", "")
	sc.Pending = w.Post(t, w.Author, sc.T1, "Nog steeds koud vandaag")
	sc.Rejected = w.Post(t, w.Author, sc.T1, "Bel me op 0612345678")
	w.Moderate(t, sc.Rejected, "REJECT", "PERSONAL_INFO")
	sc.Escalated = w.Post(t, w.Author, sc.T1, "Een man op de gang slaat mij")
	w.Moderate(t, sc.Escalated, "ESCALATE", "")
	sc.T2, sc.P2 = w.StartThread(t, w.Author, "Wifi", "De wifi doet het niet")
	sc.T3, sc.P3 = w.StartThread(t, w.Author, "Niks", "asdfgh")
	w.Moderate(t, sc.P3, "REJECT", "OFF_TOPIC")
	return sc
}

// kind says what a viewer may see of location A's feedback.
type kind int

const (
	moderates kind = iota // the location's moderators and safeguarding officers: everything
	author                // the child who wrote the hidden posts: their own, and what is shown
	local                 // others at location A (and national admins): only what is shown
	remote                // staff and children elsewhere, partners: none of the hidden rows
)

type viewer struct {
	name string
	kind kind
	c    func(t *testing.T, sc *scene) *apitest.Client
}

var viewers = []viewer{
	{"moderator of A", moderates, func(t *testing.T, sc *scene) *apitest.Client { return sc.w.As(t, feedbacktest.Moderator) }},
	{"safeguarding officer of A", moderates, func(t *testing.T, sc *scene) *apitest.Client { return sc.w.As(t, feedbacktest.SafeguardingOfficer) }},
	{"author", author, func(t *testing.T, sc *scene) *apitest.Client { return sc.w.Child(t, sc.w.Author) }},
	{"other child of A", local, func(t *testing.T, sc *scene) *apitest.Client { return sc.w.Child(t, sc.w.Other) }},
	{"tablet of A", local, func(t *testing.T, sc *scene) *apitest.Client { return sc.w.BareTablet(t, sc.w.LocA.ID) }},
	{"facilitator of A", local, func(t *testing.T, sc *scene) *apitest.Client { return sc.w.As(t, feedbacktest.Facilitator) }},
	{"manager of A", local, func(t *testing.T, sc *scene) *apitest.Client { return sc.w.As(t, feedbacktest.Manager) }},
	{"national admin", local, func(t *testing.T, sc *scene) *apitest.Client { return sc.w.As(t, feedbacktest.NationalAdmin) }},
	{"partner of A", remote, func(t *testing.T, sc *scene) *apitest.Client { return sc.w.As(t, feedbacktest.Partner) }},
	{"moderator of B", remote, func(t *testing.T, sc *scene) *apitest.Client { return sc.w.As(t, feedbacktest.ModeratorB) }},
	{"safeguarding officer of B", remote, func(t *testing.T, sc *scene) *apitest.Client { return sc.w.As(t, feedbacktest.SafeguardingB) }},
	{"manager of B", remote, func(t *testing.T, sc *scene) *apitest.Client { return sc.w.As(t, feedbacktest.ManagerB) }},
	{"child of B", remote, func(t *testing.T, sc *scene) *apitest.Client { return sc.w.Child(t, sc.w.ChildB) }},
}

// readPath is one way to read posts and threads. seen returns the ids the viewer got; want says,
// per kind, which ids the path must show (the path shows nothing else that is hidden: checked for
// every viewer but the moderators and the author).
type readPath struct {
	name string
	seen func(t *testing.T, sc *scene, c *apitest.Client) []string
	want func(sc *scene, k kind) []string
}

// everything the path can show: moderators and the author see the hidden rows, locals the shown.
func all(hiddenToo func(sc *scene) []string, shownOnly func(sc *scene) []string) func(sc *scene, k kind) []string {
	return func(sc *scene, k kind) []string {
		switch k {
		case moderates, author:
			return hiddenToo(sc)
		case local:
			return shownOnly(sc)
		}
		return nil
	}
}

func nodeIDs(t *testing.T, c *apitest.Client, ids []string) []string {
	var seen []string
	for _, id := range ids {
		r := c.Do(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id})
		if len(r.Errors) == 0 {
			seen = append(seen, feedbacktest.IDs(t, r, "node")...)
		} else if code := r.Errors[0].Code(); code != "NOT_FOUND" && code != "FORBIDDEN" {
			t.Errorf("node(%s): %+v", id, r.Errors)
		}
	}
	return seen
}

// threadField reads a field of each thread by node(id), for the threads the viewer may read.
func threadField(t *testing.T, sc *scene, c *apitest.Client, field string) []string {
	var seen []string
	for _, id := range sc.threads() {
		r := c.Do(`query($id: ID!) { node(id: $id) { ... on FeedbackThread { `+field+` { id } } } }`, map[string]any{"id": id})
		if len(r.Errors) == 0 {
			seen = append(seen, feedbacktest.IDs(t, r, "node", field)...)
		}
	}
	return seen
}

// connection reads a connection, checks that totalCount counts exactly the edges it returns (so
// no hidden row is counted), and returns the ids of the nodes and of the nested fields.
func connection(t *testing.T, c *apitest.Client, query string, vars map[string]any, path ...string) []string {
	r := c.Do(query, vars)
	if len(r.Errors) > 0 {
		if code := r.Errors[0].Code(); code != "NOT_FOUND" && code != "FORBIDDEN" {
			t.Errorf("%s: %+v", query, r.Errors)
		}
		return nil
	}
	var v map[string]any
	r.Must(t, &v)
	conn := any(v)
	for _, p := range path {
		m, ok := conn.(map[string]any)
		if !ok {
			return nil
		}
		conn = m[p]
	}
	m, _ := conn.(map[string]any)
	if m == nil {
		return nil
	}
	edges, _ := m["edges"].([]any)
	if total, _ := m["totalCount"].(float64); int(total) != len(edges) {
		t.Errorf("%s: totalCount %v but %d edges", query, total, len(edges))
	}
	ids := feedbacktest.IDs(t, r, append(path, "edges", "node")...)
	return append(ids, feedbacktest.IDs(t, r, append(path, "edges", "node", "posts")...)...)
}

var readPaths = []readPath{
	{name: "node(id) of posts",
		seen: func(t *testing.T, sc *scene, c *apitest.Client) []string { return nodeIDs(t, c, sc.posts()) },
		want: all((*scene).posts, func(sc *scene) []string { return []string{sc.P1, sc.OK} })},
	{name: "node(id) of threads",
		seen: func(t *testing.T, sc *scene, c *apitest.Client) []string { return nodeIDs(t, c, sc.threads()) },
		want: all((*scene).threads, func(sc *scene) []string { return []string{sc.T1} })},
	{name: "nodes(ids)",
		seen: func(t *testing.T, sc *scene, c *apitest.Client) []string {
			r := c.Do(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": append(sc.posts(), sc.threads()...)})
			var d struct{ Nodes []*struct{ ID string } }
			_ = json.Unmarshal(r.Data, &d) // ids it may not see come back as null, each with an error
			var ids []string
			for _, n := range d.Nodes {
				if n != nil {
					ids = append(ids, n.ID)
				}
			}
			return ids
		},
		want: all(func(sc *scene) []string { return append(sc.posts(), sc.threads()...) }, (*scene).shown)},
	{name: "the posts edge of a thread",
		seen: func(t *testing.T, sc *scene, c *apitest.Client) []string { return threadField(t, sc, c, "posts") },
		want: all((*scene).posts, func(sc *scene) []string { return []string{sc.P1, sc.OK} })},
	{name: "a thread's conversation",
		seen: func(t *testing.T, sc *scene, c *apitest.Client) []string {
			return threadField(t, sc, c, "conversation")
		},
		want: all((*scene).posts, func(sc *scene) []string { return []string{sc.P1, sc.OK} })},
	{name: "feedbackThreads with posts and totalCount",
		seen: func(t *testing.T, sc *scene, c *apitest.Client) []string {
			return connection(t, c, `{ feedbackThreads { totalCount edges { node { id posts { id } } } } }`, nil, "feedbackThreads")
		},
		want: all(func(sc *scene) []string { return append(sc.posts(), sc.threads()...) }, (*scene).shown)},
	{name: "a location's threads with totalCount",
		seen: func(t *testing.T, sc *scene, c *apitest.Client) []string {
			return connection(t, c, `query($l: ID!) { node(id: $l) { ... on Location { threads { totalCount edges { node { id posts { id } } } } } } }`,
				map[string]any{"l": sc.w.LocA.ID}, "node", "threads")
		},
		want: all(func(sc *scene) []string { return append(sc.posts(), sc.threads()...) }, (*scene).shown)},
	{name: "the board",
		seen: func(t *testing.T, sc *scene, c *apitest.Client) []string {
			r := c.Do(`{ threadBoard { id conversation { id } } }`, nil)
			return append(feedbacktest.IDs(t, r, "threadBoard"), feedbacktest.IDs(t, r, "threadBoard", "conversation")...)
		},
		want: func(sc *scene, k kind) []string {
			switch k {
			case moderates: // the board shows visible threads, with every post a moderator may read
				return []string{sc.T1, sc.P1, sc.OK, sc.Pending, sc.Rejected, sc.Escalated}
			case author: // and a child's own threads while these wait
				return append(sc.posts(), sc.threads()...)
			case local:
				return sc.shown()
			}
			return nil
		}},
	{name: "myPosts",
		seen: func(t *testing.T, sc *scene, c *apitest.Client) []string {
			r := c.Do(`{ myPosts { id } }`, nil)
			if len(r.Errors) > 0 {
				return nil // FORBIDDEN for everyone but children
			}
			return feedbacktest.IDs(t, r, "myPosts")
		},
		want: func(sc *scene, k kind) []string {
			if k == author {
				return []string{sc.P1, sc.Pending, sc.Rejected, sc.Escalated, sc.P2, sc.P3}
			}
			return nil
		}},
	{name: "moderationQueue with totalCount",
		seen: func(t *testing.T, sc *scene, c *apitest.Client) []string {
			return connection(t, c, `{ moderationQueue { totalCount edges { node { id } } } }`, nil, "moderationQueue")
		},
		want: func(sc *scene, k kind) []string {
			if k == moderates {
				return []string{sc.Pending, sc.P2}
			}
			return nil
		}},
}

// TestHiddenPostsInEveryReadPath: pending, rejected and escalated posts, and threads whose first
// post is not approved, reach nobody but their author and the location's moderators, whichever
// way they are asked for. Each path must also show what it should (so an empty answer cannot pass).
func TestHiddenPostsInEveryReadPath(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		sc := newScene(t, s)
		for _, p := range readPaths {
			t.Run(p.name, func(t *testing.T) {
				for _, v := range viewers {
					seen := p.seen(t, sc, v.c(t, sc))
					for _, id := range p.want(sc, v.kind) {
						if !slices.Contains(seen, id) {
							t.Errorf("%s does not see %s (sees %v)", v.name, id, seen)
						}
					}
					if v.kind == moderates || v.kind == author {
						continue
					}
					for _, id := range sc.hidden() {
						if slices.Contains(seen, id) {
							t.Errorf("%s sees hidden %s", v.name, id)
						}
					}
				}
			})
		}
	})
}
