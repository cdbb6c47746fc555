package seed

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/internal/monitor"
)

// MonitorRounds is how many rounds of the children's monitor every location had in the generated
// year: one a quarter, the default schedule.
const MonitorRounds = 4

// monitorRounds writes the children's monitor of every location: MonitorRounds rounds, each with
// the framework's questions in both age versions as closed LOCATION polls (20 per round), answered
// by most of the location's active children of the version's ages, with participations and the
// final counts as closing a poll leaves them (no counts below k = 5 voters); and some children's
// moves between locations for the stability figures. It draws from a source of its own, so the
// rest of the dataset is the same as without it.
func (g *gen) monitorRounds(ctx context.Context, _ *Summary) error {
	rng := rand.New(rand.NewPCG(2026, 16))
	type mpoll struct {
		id, round, location, domain, age, kind, theme string
		opened, closed                                time.Time
		bands                                         []string
		options                                       []string
		counts                                        []int
		voters                                        []string
	}
	type mround struct {
		id, location string
		n            int
		opened       time.Time
	}
	var rounds []mround
	var polls []*mpoll
	year := End.Sub(g.start)
	for li, l := range g.locs {
		// Each location has its own level per domain, so scores differ and some need attention.
		level := map[string]float64{}
		for _, d := range monitor.Framework() {
			level[d.Key] = 0.35 + 0.55*rng.Float64()
		}
		for r := range MonitorRounds {
			opened := g.start.Add(time.Duration((float64(r) + 0.1 + 0.2*rng.Float64()) / MonitorRounds * float64(year))).UTC().Truncate(time.Second)
			mr := mround{id: g.id("mnr"), location: l.id, n: r + 1, opened: opened}
			rounds = append(rounds, mr)
			closed := opened.Add(21 * 24 * time.Hour)
			for _, d := range monitor.Framework() {
				for _, a := range monitor.AgeVersions {
					p := &mpoll{id: g.id("pol"), round: mr.id, location: l.id, domain: d.Key, age: string(a), kind: string(d.Kind),
						theme: string(d.Theme), opened: opened, closed: closed}
					for _, b := range monitor.Bands(a) {
						p.bands = append(p.bands, string(b))
					}
					n := 5
					if d.Kind == poll.KindYES_NO {
						n = 2
					}
					p.counts = make([]int, n)
					for range n {
						p.options = append(p.options, g.id("opt"))
					}
					for _, mi := range g.byLocation[li] {
						m := g.members[mi]
						if !m.active || !contains(p.bands, m.band) || rng.Float64() >= 0.6 {
							continue
						}
						p.voters = append(p.voters, m.id)
						good := level[d.Key] + 0.15*rng.NormFloat64()
						if d.Kind == poll.KindYES_NO {
							if rng.Float64() < good {
								p.counts[0]++
							} else {
								p.counts[1]++
							}
						} else {
							p.counts[min(4, max(0, int(math.Round(4*good+0.9*rng.NormFloat64()))))]++
						}
					}
					polls = append(polls, p)
				}
			}
		}
	}
	steps := []struct {
		table string
		cols  []string
		fill  func(add func(...any))
	}{
		{"monitor_rounds", []string{"id", "round", "source", "framework_version", "opened_at", "evaluated_at", "location_id"}, func(add func(...any)) {
			for _, r := range rounds {
				add(r.id, r.n, "MONITOR", monitor.FrameworkVersion, r.opened, r.opened.Add(21*24*time.Hour), r.location)
			}
		}},
		{"polls", []string{"id", "created_at", "updated_at", "scope", "kind", "theme", "question", "audience_age_bands", "status",
			"opened_at", "closed_at", "min_group_size", "location_id"}, func(add func(...any)) {
			for _, p := range polls {
				q, _ := json.Marshal([]map[string]string{{"lang": "nl", "text": "Monitor " + p.domain}})
				b, _ := json.Marshal(p.bands)
				add(p.id, p.opened, p.opened, "LOCATION", p.kind, p.theme, string(q), string(b), "CLOSED", p.opened, p.closed, 5, p.location)
			}
		}},
		{"monitor_questions", []string{"id", "location_id", "domain", "age_version", "poll_id", "round_id"}, func(add func(...any)) {
			for _, p := range polls {
				add(g.id("mnq"), p.location, p.domain, p.age, p.id, p.round)
			}
		}},
		{"poll_options", []string{"id", "label", "position", "poll_options"}, func(add func(...any)) {
			for _, p := range polls {
				for o, id := range p.options {
					add(id, fmt.Sprintf(`[{"lang":"nl","text":"Antwoord %d"}]`, o+1), o, p.id)
				}
			}
		}},
		{"result_counts", []string{"id", "rank", "count", "poll_id", "option_id"}, func(add func(...any)) {
			for _, p := range polls {
				if len(p.voters) < 5 {
					continue // closing keeps no counts below k
				}
				for o, id := range p.options {
					add(g.id("tly"), 0, p.counts[o], p.id, id)
				}
			}
		}},
		{"participations", []string{"id", "idempotency_hash", "poll_participations", "youth_member_participations"}, func(add func(...any)) {
			for _, p := range polls {
				for _, m := range p.voters {
					add(g.id("par"), g.id("h")[2:], p.id, m)
				}
			}
		}},
		{"member_transfers", []string{"id", "from_location_id", "to_location_id", "moved_at", "notice_given_on", "reason", "member_id"}, func(add func(...any)) {
			for _, m := range g.members {
				if !m.active || rng.IntN(10) != 0 {
					continue
				}
				for range 1 + rng.IntN(3) {
					moved := g.at(rng.Float64())
					var notice any
					switch r := rng.IntN(10); {
					case r < 7:
						notice = moved.AddDate(0, 0, -7-rng.IntN(14))
					case r < 9:
						notice = moved.AddDate(0, 0, -rng.IntN(7))
					}
					from := g.locs[rng.IntN(len(g.locs))].id
					add(g.id("mvt"), from, m.location, moved, notice, "CAPACITY", m.id)
				}
			}
		}},
	}
	for _, st := range steps {
		if _, err := g.insert(ctx, st.table, st.cols, func(add func(...any)) error { st.fill(add); return nil }); err != nil {
			return err
		}
	}
	return nil
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
