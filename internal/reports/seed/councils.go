package seed

import (
	"context"
	"fmt"
	"math"
	"sort"
	"time"
)

// Youth councils for the council section of the reports: one council per location, meeting every
// two to four weeks (a tenth of them stopped meeting ten weeks before End, so they count as quiet),
// ideas that are a tenth of the visible threads (an idea's words are a thread), placed on a meeting
// and decided there, most of the adopted ones done later, a facilitator's item and its decision
// at every meeting, and one election per council with its seats filled. A modest amount beside
// the votes and posts: some 300 councils, 6,000 meetings, 3,600 ideas.

type councilSpec struct {
	id, location string
	li           int
	meetings     []time.Time
	seats        int
}

// ideaThread is a visible thread the generator made, which becomes an idea.
type ideaThread struct {
	id, location string
	created      time.Time
}

func (g *gen) councils(ctx context.Context, _ *Summary) error {
	created := g.start.AddDate(0, -2, 0)
	quietFrom := End.AddDate(0, 0, -70)
	var cs []*councilSpec
	byLoc := map[string]*councilSpec{}
	for li, l := range g.locs {
		c := &councilSpec{id: g.id("cnc"), location: l.id, li: li, seats: 5 + g.rng.IntN(5)}
		gap, quiet := 14+g.rng.IntN(15), g.rng.IntN(10) == 0
		for t := g.start.Add(time.Duration(g.rng.IntN(14*24)) * time.Hour); t.Before(End); t = t.AddDate(0, 0, gap) {
			if quiet && t.After(quietFrom) {
				break
			}
			c.meetings = append(c.meetings, t.UTC().Truncate(time.Hour))
		}
		cs = append(cs, c)
		byLoc[l.id] = c
	}
	if _, err := g.insert(ctx, "councils", []string{"id", "created_at", "updated_at", "name", "age_group", "support_threshold", "seats", "location_id"},
		func(add func(...any)) error {
			for i, c := range cs {
				add(c.id, created, created, fmt.Sprintf("Jongerenraad %03d", i+1), "MIXED", 3, c.seats, c.location)
			}
			return nil
		}); err != nil {
		return err
	}
	threads, err := g.ideaThreads(ctx)
	if err != nil {
		return err
	}
	meetingIDs := map[*councilSpec][]string{}
	if _, err := g.insert(ctx, "meetings", []string{"id", "location_id", "council_id", "starts_at", "place", "attendance",
		"minutes_published_at", "created_at"}, func(add func(...any)) error {
		for _, c := range cs {
			for _, t := range c.meetings {
				id := g.id("mtg")
				meetingIDs[c] = append(meetingIDs[c], id)
				add(id, c.location, c.id, t, "Zaal", 3+g.rng.IntN(10), t.Add(24*time.Hour), t.Add(-14*24*time.Hour))
			}
		}
		return nil
	}); err != nil {
		return err
	}
	type item struct {
		id, location, meeting string
		idea                  any
		at                    time.Time
		outcome, status       string
		updated               any
	}
	var items []item
	_, err = g.insert(ctx, "ideas", []string{"id", "location_id", "council_id", "thread_id", "theme", "created_at",
		"on_agenda_at", "decided_at", "done_at"}, func(add func(...any)) error {
		for _, th := range threads {
			c := byLoc[th.location]
			id := g.id("ida")
			var onAgenda, decided, done any
			// The idea is decided at one of the council's first three meetings after it, or waits.
			next := sort.Search(len(c.meetings), func(i int) bool { return c.meetings[i].After(th.created) })
			if at := next + g.rng.IntN(3); g.rng.IntN(10) < 7 && at < len(c.meetings) && c.meetings[at].Before(End) {
				m := c.meetings[at]
				onAgenda, decided = m.Add(-7*24*time.Hour), m
				it := item{id: g.id("agi"), location: c.location, meeting: meetingIDs[c][at], idea: id, at: m, outcome: "REJECTED"}
				if g.rng.IntN(3) > 0 {
					it.outcome, it.status, it.updated = "ADOPTED", "IN_PROGRESS", m
					days := math.Exp(3.0 + 0.8*g.rng.NormFloat64())
					if d := m.Add(time.Duration(days * 24 * float64(time.Hour))).Truncate(time.Second); g.rng.IntN(10) < 6 && d.Before(End) {
						done, it.status, it.updated = d, "DONE", d
					}
				}
				items = append(items, it)
			}
			add(id, th.location, c.id, th.id, themes[g.rng.IntN(len(themes))], th.created, onAgenda, decided, done)
		}
		return nil
	})
	if err != nil {
		return err
	}
	// A facilitator's own item at every meeting, decided there.
	for c, ids := range meetingIDs {
		for i, id := range ids {
			outcome := []string{"ADOPTED", "ADOPTED", "REJECTED", "DEFERRED"}[g.rng.IntN(4)]
			it := item{id: g.id("agi"), location: c.location, meeting: id, at: c.meetings[i], outcome: outcome}
			if outcome == "ADOPTED" {
				it.status, it.updated = "IN_PROGRESS", it.at
			}
			items = append(items, it)
		}
	}
	sort.Slice(items, func(i, j int) bool { return items[i].id < items[j].id })
	if _, err := g.insert(ctx, "agenda_items", []string{"id", "location_id", "meeting_id", "position", "title", "idea_id", "created_at"},
		func(add func(...any)) error {
			for i, it := range items {
				title := any(`[{"lang":"nl","text":"Punt"}]`)
				if it.idea != nil {
					title = nil
				}
				add(it.id, it.location, it.meeting, i, title, it.idea, it.at.Add(-7*24*time.Hour))
			}
			return nil
		}); err != nil {
		return err
	}
	if _, err := g.insert(ctx, "council_decisions", []string{"id", "location_id", "agenda_item_id", "outcome", "text",
		"action_status", "action_updated_at", "created_at"}, func(add func(...any)) error {
		for _, it := range items {
			var status any
			if it.status != "" {
				status = it.status
			}
			add(g.id("cdc"), it.location, it.id, it.outcome, `[{"lang":"nl","text":"Besluit"}]`, status, it.updated, it.at)
		}
		return nil
	}); err != nil {
		return err
	}
	return g.elections(ctx, cs)
}

// ideaThreads picks a tenth of the visible threads to be ideas.
func (g *gen) ideaThreads(ctx context.Context) ([]ideaThread, error) {
	rows, err := g.db.Writer.QueryContext(ctx, "SELECT id, location_id, created_at FROM feedback_threads WHERE visible_at IS NOT NULL ORDER BY id")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ideaThread
	for rows.Next() {
		var t ideaThread
		if err := rows.Scan(&t.id, &t.location, &t.created); err != nil {
			return nil, err
		}
		if g.rng.IntN(10) == 0 {
			out = append(out, t)
		}
	}
	return out, rows.Err()
}

// elections gives every council one closed election in the year, its seats filled by members of
// the location (their memberships carry the seat), and a few of them vacant again.
func (g *gen) elections(ctx context.Context, cs []*councilSpec) error {
	type seat struct{ election, member, location, council string }
	var seats []seat
	closed := map[string]time.Time{}
	if _, err := g.insert(ctx, "elections", []string{"id", "location_id", "council_id", "seats", "status", "created_at", "closed_at"},
		func(add func(...any)) error {
			for _, c := range cs {
				id := g.id("elc")
				at := g.at(g.rng.Float64())
				closed[id] = at
				add(id, c.location, c.id, c.seats, "CLOSED", at.Add(-14*24*time.Hour), at)
				members := g.byLocation[c.li]
				for i := 0; i < c.seats && i < len(members); i++ {
					seats = append(seats, seat{id, g.members[members[i]].id, c.location, c.id})
				}
			}
			return nil
		}); err != nil {
		return err
	}
	if _, err := g.insert(ctx, "candidacies", []string{"id", "location_id", "election_id", "youth_member_candidacies", "consented_at",
		"elected", "tied"}, func(add func(...any)) error {
		for _, s := range seats {
			add(g.id("cnd"), s.location, s.election, s.member, closed[s.election].Add(-10*24*time.Hour), true, false)
		}
		return nil
	}); err != nil {
		return err
	}
	_, err := g.insert(ctx, "memberships", []string{"id", "role", "joined_at", "left_at", "elected_at", "council_memberships",
		"youth_member_memberships"}, func(add func(...any)) error {
		for _, s := range seats {
			var left any
			if g.rng.IntN(8) == 0 {
				left = End.AddDate(0, 0, -7)
			}
			add(g.id("mbs"), "MEMBER", closed[s.election], left, closed[s.election], s.council, s.member)
		}
		return nil
	})
	return err
}
