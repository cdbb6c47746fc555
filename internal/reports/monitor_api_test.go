package reports_test

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/location"
	"github.com/jeugdstem/jeugdstem/ent/monitorquestion"
	"github.com/jeugdstem/jeugdstem/ent/polloption"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/monitor"
	"github.com/jeugdstem/jeugdstem/internal/reports"
)

// monitorWorld builds rounds of the children's monitor through the API (startMonitorRound) and
// votes in their polls through the real vote.
type monitorWorld struct {
	t   *testing.T
	s   *apitest.Server
	adm *apitest.Client
	seq int
}

func newMonitorWorld(t *testing.T, s *apitest.Server) *monitorWorld {
	return &monitorWorld{t: t, s: s, adm: s.SignInAs(t, staffuser.RoleNATIONAL_ADMIN)}
}

func (w *monitorWorld) location(name string, kind location.Kind) *ent.Location {
	l, err := w.s.DB.Client.Location.Create().SetName(name).SetKind(kind).SetChildrenHoused(40).
		SetLanguages([]string{"ti", "nl"}).Save(apitest.System())
	if err != nil {
		w.t.Fatal(err)
	}
	return l
}

// children registers n children of an age band at a location, on no council: the monitor asks
// every child of the location.
func (w *monitorWorld) children(l *ent.Location, band schematype.AgeBand, n int) []*ent.YouthMember {
	var out []*ent.YouthMember
	for range n {
		w.seq++
		m, err := w.s.DB.Client.YouthMember.Create().SetLocationID(l.ID).SetPseudonym(fmt.Sprintf("kid%d", w.seq)).
			SetAvatar("fox").SetAgeBand(band).SetLanguage("ti").SetPinHash("x").Save(apitest.System())
		if err != nil {
			w.t.Fatal(err)
		}
		out = append(out, m)
	}
	return out
}

// round starts a round through the API and returns its question polls by domain and age version.
func (w *monitorWorld) round(l *ent.Location) map[string]string {
	var d struct {
		StartMonitorRound struct {
			Round   int
			PollIDs []string
		}
	}
	w.adm.Do(`mutation($l: ID!) { startMonitorRound(locationID: $l) { round pollIDs } }`, map[string]any{"l": l.ID}).Must(w.t, &d)
	if n := len(d.StartMonitorRound.PollIDs); n != 2*len(monitor.Framework()) {
		w.t.Fatalf("a round of %d polls, want %d", n, 2*len(monitor.Framework()))
	}
	out := map[string]string{}
	qs, err := w.s.DB.Client.MonitorQuestion.Query().Where(monitorquestion.PollIDIn(d.StartMonitorRound.PollIDs...)).All(apitest.System())
	if err != nil {
		w.t.Fatal(err)
	}
	for _, q := range qs {
		out[q.Domain+"/"+string(q.AgeVersion)] = *q.PollID
	}
	return out
}

// vote has the children answer a poll at option position pos.
func (w *monitorWorld) vote(pollID string, pos int, kids []*ent.YouthMember) {
	o, err := w.s.DB.Client.PollOption.Query().Where(polloption.PollID(pollID), polloption.Position(pos)).Only(apitest.System())
	if err != nil {
		w.t.Fatal(err)
	}
	for _, m := range kids {
		w.s.VoteAs(w.t, m, pollID, o.ID)
	}
}

// close closes a round's polls and dates their closing at closedAt.
func (w *monitorWorld) close(polls map[string]string, closedAt time.Time) {
	for _, id := range polls {
		if _, err := w.s.Votes.ClosePoll(apitest.System(), id); err != nil {
			w.t.Fatal(err)
		}
		if err := w.s.DB.Client.Poll.UpdateOneID(id).SetClosedAt(closedAt).Exec(apitest.System()); err != nil {
			w.t.Fatal(err)
		}
	}
}

func scorecard(t *testing.T, c *apitest.Client, locationID string, from, to time.Time) *reports.MonitorScorecard {
	t.Helper()
	var d struct{ MonitorScorecard reports.MonitorScorecard }
	c.Do(`query($l: ID!, $f: Time, $t: Time) { monitorScorecard(locationID: $l, from: $f, to: $t) {
  locationID locationName kind minGroupSize frameworkVersion
  period { from to weeks }
  domains { domain threshold drop trend kindScore kindLocations nationalScore nationalLocations needsAttention
    latest { round source closedAt answers suppressed score scoredAnswers byAge { ageVersion answers suppressed } }
    previous { round source closedAt answers suppressed score scoredAnswers byAge { ageVersion answers suppressed } }
    history { round source closedAt answers suppressed score scoredAnswers byAge { ageVersion answers suppressed } } }
  stability { children moves movesWithNotice movesShortNotice movesNoticeUnknown noticeSharePercent
    childrenByMoves { moves children } }
} }`, map[string]any{"l": locationID, "f": from, "t": to}).Must(t, &d)
	return &d.MonitorScorecard
}

func domainOf(t *testing.T, sc *reports.MonitorScorecard, key string) reports.MonitorDomainCard {
	t.Helper()
	for _, d := range sc.Domains {
		if d.Domain == key {
			return d
		}
	}
	t.Fatalf("no domain %s", key)
	return reports.MonitorDomainCard{}
}

func ip(n int) *int         { return &n }
func fp(f float64) *float64 { return &f }
func js(v any) string       { b, _ := json.Marshal(v); return string(b) }
func same(a, b any) bool    { return reflect.DeepEqual(a, b) }
func byAge(young, teen *int) []reports.MonitorAgeAnswers {
	return []reports.MonitorAgeAnswers{
		{AgeVersion: monitor.Age6to11, Answers: young, Suppressed: young == nil},
		{AgeVersion: monitor.Age12to17, Answers: teen, Suppressed: teen == nil},
	}
}

// A round with 12 children (5 aged 9–11, 7 aged 12–14) gives exact figures for a hand-built set
// of answers; a domain with 4 answers is suppressed, and a domain where one age version has 4 is
// suppressed with its complement (the domain's total); the scores pool only polls shown in full,
// the trend compares with the round before, and the comparisons pool the latest round of every
// location of the same kind and of every location. Two overlapping periods show the same figures
// of every round, and the national monitor shows the location's figures as its scorecard does.
func TestMonitorScorecard(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newMonitorWorld(t, s)
		a := w.location("A", location.KindREGULAR)
		b := w.location("B", location.KindREGULAR)
		e := w.location("E", location.KindEMERGENCY)
		young := w.children(a, schematype.AgeBand9to11, 5)
		teens := w.children(a, schematype.AgeBand12to14, 7)
		now := time.Now()
		earlier, later := now.AddDate(0, 0, -60), now.AddDate(0, 0, -1)

		// Round 1 at A: everyone says "okay" (face 3) about safety.
		r1 := w.round(a)
		w.vote(r1["SAFETY/AGE_6_11"], 2, young)
		w.vote(r1["SAFETY/AGE_12_17"], 2, teens)
		w.close(r1, earlier)

		// Round 2 at A, the hand-built set.
		r2 := w.round(a)
		w.vote(r2["SAFETY/AGE_6_11"], 3, young)      // 5 × face 4
		w.vote(r2["SAFETY/AGE_12_17"], 4, teens)     // 7 × face 5
		w.vote(r2["PRIVACY/AGE_6_11"], 1, young)     // 5 × no
		w.vote(r2["PRIVACY/AGE_12_17"], 0, teens)    // 7 × yes
		w.vote(r2["FOOD/AGE_6_11"], 2, young)        // 5 × face 3
		w.vote(r2["FOOD/AGE_12_17"], 0, teens[:5])   // 5 × face 1 …
		w.vote(r2["FOOD/AGE_12_17"], 1, teens[5:])   // … and 2 × face 2: not shown in full
		w.vote(r2["SCHOOL/AGE_6_11"], 0, young)      // 5 × yes
		w.vote(r2["SCHOOL/AGE_12_17"], 0, teens[:4]) // 4 × yes: suppressed, and the total with it
		w.vote(r2["DOCTOR/AGE_12_17"], 0, teens[:4]) // 4 answers in all
		w.close(r2, later)

		// B (regular) and E (emergency): five teens each about safety.
		rb := w.round(b)
		w.vote(rb["SAFETY/AGE_12_17"], 0, w.children(b, schematype.AgeBand15to17, 5)) // 5 × face 1
		w.close(rb, later)
		re := w.round(e)
		w.vote(re["SAFETY/AGE_12_17"], 4, w.children(e, schematype.AgeBand12to14, 5)) // 5 × face 5
		w.close(re, later)

		from := now.AddDate(0, 0, -90)
		sc := scorecard(t, w.adm, a.ID, from, now)
		if sc.LocationID != a.ID || sc.Kind != location.KindREGULAR || sc.MinGroupSize != 5 || sc.FrameworkVersion != 1 {
			t.Fatalf("scorecard header %+v", sc)
		}

		safety := domainOf(t, sc, monitor.DomainSafety)
		wantLatest := &reports.MonitorDomainRound{Round: 2, Source: "MONITOR", ClosedAt: safety.Latest.ClosedAt,
			Answers: ip(12), ByAge: byAge(ip(5), ip(7)), Score: fp(89.6), ScoredAnswers: 12}
		if !same(safety.Latest, wantLatest) {
			t.Errorf("safety latest %s, want %s", js(safety.Latest), js(wantLatest))
		}
		if safety.Previous == nil || safety.Previous.Round != 1 || *safety.Previous.Score != 50 || *safety.Previous.Answers != 12 {
			t.Errorf("safety previous %s, want round 1 with 12 answers scoring 50", js(safety.Previous))
		}
		// (1075 + 0) / 17 over A and B; (1075 + 0 + 500) / 22 over A, B and E.
		if !same(safety.Trend, fp(39.6)) || !same(safety.KindScore, fp(63.2)) || safety.KindLocations != 2 ||
			!same(safety.NationalScore, fp(71.6)) || safety.NationalLocations != 3 || safety.NeedsAttention {
			t.Errorf("safety trend %v, kind %v over %d, national %v over %d, attention %v; want 39.6, 63.2 over 2, 71.6 over 3, false",
				js(safety.Trend), js(safety.KindScore), safety.KindLocations, js(safety.NationalScore), safety.NationalLocations, safety.NeedsAttention)
		}
		if len(safety.History) != 2 {
			t.Errorf("safety history of %d rounds, want 2", len(safety.History))
		}

		privacy := domainOf(t, sc, monitor.DomainPrivacy)
		if !same(privacy.Latest.Answers, ip(12)) || !same(privacy.Latest.Score, fp(58.3)) || privacy.Trend != nil ||
			privacy.NeedsAttention {
			t.Errorf("privacy %s: want 12 answers scoring 58.3, no trend", js(privacy))
		}
		food := domainOf(t, sc, monitor.DomainFood)
		if !same(food.Latest.Answers, ip(12)) || !same(food.Latest.ByAge, byAge(ip(5), ip(7))) ||
			!same(food.Latest.Score, fp(50)) || food.Latest.ScoredAnswers != 5 || food.NeedsAttention {
			t.Errorf("food %s: want 12 answers, a score of 50 from the 5 younger children", js(food.Latest))
		}
		// 4 of the older children and 5 younger: the 4 are suppressed and the total with them.
		school := domainOf(t, sc, monitor.DomainSchool)
		if school.Latest.Answers != nil || !school.Latest.Suppressed || !same(school.Latest.ByAge, byAge(ip(5), nil)) ||
			!same(school.Latest.Score, fp(100)) || school.Latest.ScoredAnswers != 5 {
			t.Errorf("school %s: want the 4 and the total suppressed, 5 and their score shown", js(school.Latest))
		}
		doctor := domainOf(t, sc, monitor.DomainDoctor)
		if doctor.Latest.Answers != nil || !same(doctor.Latest.ByAge, byAge(ip(0), nil)) || doctor.Latest.Score != nil ||
			doctor.Latest.ScoredAnswers != 0 || doctor.NeedsAttention {
			t.Errorf("doctor %s: want 4 answers suppressed, no score", js(doctor.Latest))
		}
		moving := domainOf(t, sc, monitor.DomainMoving)
		if !same(moving.Latest.Answers, ip(0)) || moving.Latest.Score != nil {
			t.Errorf("moving %s: want 0 answers, no score", js(moving.Latest))
		}
		b1 := domainOf(t, scorecard(t, w.adm, b.ID, from, now), monitor.DomainSafety)
		if !same(b1.Latest.Score, fp(0)) || !b1.NeedsAttention {
			t.Errorf("B's safety %s: want 0, needing attention", js(b1))
		}

		// Overlapping periods: the round in both is the same figure in both, and the trend too
		// (round 1 is the previous round, also from before the shorter period).
		short := scorecard(t, w.adm, a.ID, now.AddDate(0, 0, -20), now)
		for i, d := range sc.Domains {
			o := short.Domains[i]
			if !same(d.Latest, o.Latest) || !same(d.Previous, o.Previous) || !same(d.Trend, o.Trend) ||
				!same(d.History[len(d.History)-1], o.History[len(o.History)-1]) {
				t.Errorf("%s differs between overlapping periods: %s and %s", d.Domain, js(d), js(o))
			}
		}

		// The national monitor shows A's figures as its scorecard does, and B first (it needs attention).
		var nm struct{ NationalMonitor reports.NationalMonitor }
		w.adm.Do(`query($f: Time, $t: Time) { nationalMonitor(from: $f, to: $t) {
  domains { domain score locations kinds { kind score locations } }
  locations { locationID attention domains { domain answers score trend needsAttention } } } }`,
			map[string]any{"f": from, "t": now}).Must(t, &nm)
		if got := nm.NationalMonitor.Locations; len(got) != 3 || got[0].LocationID != b.ID {
			t.Fatalf("national locations %s: want B first of 3", js(got))
		}
		for _, l := range nm.NationalMonitor.Locations {
			if l.LocationID != a.ID {
				continue
			}
			for _, d := range l.Domains {
				card := domainOf(t, sc, d.Domain)
				if !same(d.Answers, card.Latest.Answers) || !same(d.Score, card.Latest.Score) || !same(d.Trend, card.Trend) {
					t.Errorf("national %s of A: %s, scorecard %s", d.Domain, js(d), js(card.Latest))
				}
			}
		}
		for _, d := range nm.NationalMonitor.Domains {
			if d.Domain != monitor.DomainSafety {
				continue
			}
			want := []reports.MonitorKindScore{{Kind: location.KindREGULAR, Score: fp(63.2), Locations: 2},
				{Kind: location.KindEMERGENCY, Score: fp(100), Locations: 1}}
			if !same(d.Score, fp(71.6)) || d.Locations != 3 || !same(d.Kinds, want) {
				t.Errorf("national safety %s", js(d))
			}
		}
	})
}

// A partner sees the scorecards of linked locations only; other locations are NOT_FOUND, as
// ones that do not exist; the national monitor is for national admins.
func TestMonitorPartnerSeesLinkedLocationsOnly(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newMonitorWorld(t, s)
		a := w.location("A", location.KindREGULAR)
		b := w.location("B", location.KindREGULAR)
		p := s.SignInAs(t, staffuser.RolePARTNER, a.ID)
		now := time.Now()
		if sc := scorecard(t, p, a.ID, now.AddDate(0, 0, -7), now); sc.LocationID != a.ID {
			t.Errorf("partner got %s", sc.LocationID)
		}
		q := `query($l: ID!) { monitorScorecard(locationID: $l) { locationID } }`
		p.Do(q, map[string]any{"l": b.ID}).WantCode(t, "NOT_FOUND")
		p.Do(q, map[string]any{"l": "loc_doesnotexist"}).WantCode(t, "NOT_FOUND")
		p.Do(`{ nationalMonitor { locations { locationID } } }`, nil).WantCode(t, "FORBIDDEN")
		p.Do(`mutation($l: ID!) { startMonitorRound(locationID: $l) { round } }`, map[string]any{"l": a.ID}).WantCode(t, "FORBIDDEN")
	})
}

// A round asks every child of the location, council member or not, in their age version: a
// child on no council sees the 10 questions of their age on the tablet, in Tigrinya.
func TestMonitorRoundAsksEveryChild(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newMonitorWorld(t, s)
		a := w.location("A", location.KindREGULAR)
		council := s.NewCouncil(t, a.ID, "Raad")
		member := s.NewMember(t, council, "raadslid") // 9–11, on the council
		w.round(a)
		tablet := s.NewTablet(t, a.ID)
		for _, m := range []*ent.YouthMember{member, w.childWithPIN(a, schematype.AgeBand15to17)} {
			tablet.YouthLogin(t, m)
			var d struct {
				OpenPolls []struct {
					Question struct{ Lang, Text string }
				}
			}
			tablet.Do(`{ openPolls { question { lang text } } }`, nil).Must(t, &d)
			if len(d.OpenPolls) != len(monitor.Framework()) {
				t.Errorf("%s sees %d questions, want %d", m.AgeBand, len(d.OpenPolls), len(monitor.Framework()))
			}
			for _, p := range d.OpenPolls {
				if p.Question.Lang != m.Language {
					t.Errorf("question in %s, want %s: %s", p.Question.Lang, m.Language, p.Question.Text)
				}
			}
			tablet.Do(`mutation { logout }`, nil).Must(t, nil)
		}
	})
}

// childWithPIN registers a child on no council who can sign in with apitest.TestPIN.
func (w *monitorWorld) childWithPIN(l *ent.Location, band schematype.AgeBand) *ent.YouthMember {
	hash, err := w.s.PINs.Hash(apitest.TestPIN)
	if err != nil {
		w.t.Fatal(err)
	}
	m, err := w.s.DB.Client.YouthMember.Create().SetLocationID(l.ID).SetPseudonym("zonderraad").
		SetAvatar("fox").SetAgeBand(band).SetLanguage("ti").SetPinHash(hash).Save(apitest.System())
	if err != nil {
		w.t.Fatal(err)
	}
	return m
}

// Stability figures are exact for a hand-built set of moves into B: six with at least 7 days'
// notice (7 exactly among them), five with less (6 days among them), all recorded through
// transferYouthMember; B's five children who never moved are the 0 bucket. A notice after the
// move is refused and changes nothing. The national monitor sums the kind and the country.
func TestMonitorStability(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newMonitorWorld(t, s)
		b := w.location("B", location.KindREGULAR)
		e := w.location("E", location.KindEMERGENCY)
		w.children(b, schematype.AgeBand12to14, 5)
		movers := w.children(e, schematype.AgeBand9to11, 11)
		council := s.NewCouncil(t, b.ID, "Raad B")
		ams, _ := time.LoadLocation("Europe/Amsterdam")
		today := time.Now().In(ams)
		day := func(daysBefore int) time.Time {
			return time.Date(today.Year(), today.Month(), today.Day()-daysBefore, 0, 0, 0, 0, ams)
		}
		move := `mutation($m: ID!, $c: ID!, $n: Time, $r: MoveReason) {
  transferYouthMember(memberID: $m, toCouncilID: $c, noticeGivenOn: $n, reason: $r) { id } }`
		r := w.adm.Do(move, map[string]any{"m": movers[0].ID, "c": council.ID, "n": time.Now().Add(48 * time.Hour), "r": "CAPACITY"})
		if e := r.WantCode(t, "BAD_USER_INPUT"); e.Field() != "noticeGivenOn" {
			t.Errorf("a notice after the move: field %q", e.Field())
		}
		for i, days := range []int{10, 7, 7, 8, 30, 14, 6, 0, 1, 2, 6} {
			w.adm.Do(move, map[string]any{"m": movers[i].ID, "c": council.ID, "n": day(days), "r": "CAPACITY"}).Must(t, nil)
		}
		now := time.Now()
		st := scorecard(t, w.adm, b.ID, now.AddDate(0, 0, -7), now).Stability
		want := reports.StabilityFigures{Children: ip(16), Moves: ip(11), MovesWithNotice: ip(6), MovesShortNotice: ip(5),
			MovesNoticeUnknown: ip(0), NoticeSharePercent: fp(54.5), ChildrenByMoves: []reports.MovesBucket{
				{Moves: "0", Children: ip(5)}, {Moves: "1", Children: ip(11)}, {Moves: "2", Children: ip(0)}, {Moves: "3+", Children: ip(0)}}}
		if !same(st, want) {
			t.Errorf("B's stability %s, want %s", js(st), js(want))
		}
		// E: nobody left there now, no moves into it.
		if st := scorecard(t, w.adm, e.ID, now.AddDate(0, 0, -7), now).Stability; !same(st.Children, ip(0)) || !same(st.Moves, ip(0)) {
			t.Errorf("E's stability %s", js(st))
		}
		var nm struct{ NationalMonitor reports.NationalMonitor }
		w.adm.Do(`{ nationalMonitor { stability { kind children moves movesWithNotice movesShortNotice noticeSharePercent } } }`, nil).Must(t, &nm)
		if got := nm.NationalMonitor.Stability; len(got) != 3 || *got[0].Kind != location.KindREGULAR || !same(got[0].Moves, ip(11)) ||
			!same(got[2].Children, ip(16)) || got[2].Kind != nil || !same(got[2].NoticeSharePercent, fp(54.5)) {
			t.Errorf("national stability %s", js(got))
		}
	})
}

// With one move of a short notice among six with notice, the short one is suppressed, and so is
// its complement (the moves' total is shown, so another cell of the line goes with it).
func TestMonitorStabilitySuppressed(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newMonitorWorld(t, s)
		b := w.location("B", location.KindREGULAR)
		e := w.location("E", location.KindEMERGENCY)
		movers := w.children(e, schematype.AgeBand9to11, 7)
		council := s.NewCouncil(t, b.ID, "Raad B")
		for i, days := range []int{10, 10, 10, 10, 10, 10, 1} {
			w.adm.Do(`mutation($m: ID!, $c: ID!, $n: Time) { transferYouthMember(memberID: $m, toCouncilID: $c, noticeGivenOn: $n) { id } }`,
				map[string]any{"m": movers[i].ID, "c": council.ID, "n": time.Now().AddDate(0, 0, -days)}).Must(t, nil)
		}
		now := time.Now()
		st := scorecard(t, w.adm, b.ID, now.AddDate(0, 0, -7), now).Stability
		if st.MovesShortNotice != nil || st.MovesWithNotice != nil || st.NoticeSharePercent != nil || !same(st.Moves, ip(7)) {
			t.Errorf("stability %s: want the 1 short notice suppressed with its complement", js(st))
		}
	})
}

// The SAFETY check-in becomes the safety domain of the monitor: a database with check-ins from
// before the monitor (rounds with their polls, answered and closed) is upgraded at start by the
// data step, and the scorecard shows each check-in as a safety round (source CHECK_IN) with its
// figures; starting again adopts nothing twice.
func TestMonitorAdoptsCheckIns(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newMonitorWorld(t, s)
		a := w.location("A", location.KindREGULAR)
		kids := w.children(a, schematype.AgeBand9to11, 6)
		now := time.Now()
		var polls []string
		for round, face := range []int{1, 3} { // 6 × face 2 (25), then 6 × face 4 (75)
			p := s.DB.Client.Poll.Create().SetScope("LOCATION").SetLocationID(a.ID).SetKind("SMILEY_SCALE").
				SetTheme(schematype.ThemeSafety).SetQuestion([]schematype.Translation{{Lang: "nl", Text: "Hoe veilig voel jij je hier?"}}).
				SaveX(apitest.System())
			for i := range 5 {
				s.DB.Client.PollOption.Create().SetPollID(p.ID).SetPosition(i).
					SetLabel([]schematype.Translation{{Lang: "nl", Text: fmt.Sprint(i + 1)}}).ExecX(apitest.System())
			}
			s.DB.Client.CheckIn.Create().SetLocationID(a.ID).SetRound(round + 1).SetPollID(p.ID).
				SetCreatedAt(now.AddDate(0, 0, -30+14*round)).ExecX(apitest.System())
			if _, err := s.Votes.OpenPoll(apitest.System(), p.ID); err != nil {
				t.Fatal(err)
			}
			w.vote(p.ID, face, kids)
			w.close(map[string]string{"": p.ID}, now.AddDate(0, 0, -16+14*round))
			polls = append(polls, p.ID)
		}
		if n := s.DB.Client.MonitorQuestion.Query().CountX(apitest.System()); n != 0 {
			t.Fatalf("%d monitor questions before the upgrade", n)
		}
		for range 2 { // a start, and another
			if err := s.DB.Migrate(context.Background()); err != nil {
				t.Fatal(err)
			}
		}
		if n := s.DB.Client.MonitorQuestion.Query().CountX(apitest.System()); n != 2 {
			t.Fatalf("%d monitor questions after two starts, want 2", n)
		}
		safety := domainOf(t, scorecard(t, w.adm, a.ID, now.AddDate(0, 0, -60), now), monitor.DomainSafety)
		if len(safety.History) != 2 || safety.Latest.Source != "CHECK_IN" || safety.Latest.Round != 2 ||
			!same(safety.Latest.Answers, ip(6)) || !same(safety.Latest.ByAge, []reports.MonitorAgeAnswers{{AgeVersion: monitor.AllAges, Answers: ip(6)}}) ||
			!same(safety.Latest.Score, fp(75)) || !same(safety.Previous.Score, fp(25)) || !same(safety.Trend, fp(50)) {
			t.Errorf("the adopted check-ins as the safety domain: %s", js(safety))
		}
	})
}
