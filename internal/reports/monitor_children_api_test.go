package reports_test

import (
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent/location"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/monitor"
)

const childrenMonitor = `{ monitorForChildren { domain theme pictogram threshold closedAt score needsAttention
  whatWeDid { text language status } } }`

type childDomain struct {
	Domain, Theme, Pictogram string
	Threshold                float64
	ClosedAt                 *time.Time
	Score                    *float64
	NeedsAttention           bool
	WhatWeDid                *struct{ Text, Language, Status string }
}

func childrenView(t *testing.T, c *apitest.Client) map[string]childDomain {
	t.Helper()
	var d struct{ MonitorForChildren []childDomain }
	c.Do(childrenMonitor, nil).Must(t, &d)
	if len(d.MonitorForChildren) != len(monitor.Framework()) {
		t.Fatalf("%d domains, want %d", len(d.MonitorForChildren), len(monitor.Framework()))
	}
	out := map[string]childDomain{}
	for _, x := range d.MonitorForChildren {
		out[x.Domain] = x
	}
	return out
}

// "What children here said": a child of A reads A's latest round exactly as A's scorecard shows
// it (a domain with 4 answers shows no score), the domain's picture and threshold from the
// framework; staff's answer to a domain's published poll reaches the children of A under it, in
// their language; a child of B reads nothing of A.
func TestMonitorForChildren(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newMonitorWorld(t, s)
		a := w.location("A", location.KindREGULAR)
		b := w.location("B", location.KindEMERGENCY)
		young := w.children(a, schematype.AgeBand9to11, 6)
		r := w.round(a)
		w.vote(r["SAFETY/AGE_6_11"], 0, young)     // 6 × the saddest face: needs attention
		w.vote(r["FOOD/AGE_6_11"], 4, young)       // 6 × the happiest
		w.vote(r["SCHOOL/AGE_6_11"], 0, young[:4]) // 4 answers: not shown
		w.close(r, time.Now().Add(-time.Hour))

		childA := s.NewTablet(t, a.ID)
		childA.YouthLogin(t, s.NewMember(t, s.NewCouncil(t, a.ID, "Raad A"), "kidA"))
		childB := s.NewTablet(t, b.ID)
		childB.YouthLogin(t, s.NewMember(t, s.NewCouncil(t, b.ID, "Raad B"), "kidB"))

		got := childrenView(t, childA)
		sc := scorecard(t, w.adm, a.ID, time.Now().AddDate(-1, 0, 0), time.Now())
		for _, card := range sc.Domains {
			g := got[card.Domain]
			d, _ := monitor.DomainOf(card.Domain)
			if g.Pictogram != d.Pictogram || g.Theme != string(d.Theme) || g.Threshold != d.Threshold {
				t.Errorf("%s: picture %q theme %s threshold %v, want %q %s %v", card.Domain, g.Pictogram, g.Theme, g.Threshold, d.Pictogram, d.Theme, d.Threshold)
			}
			if !same(g.Score, card.Latest.Score) || g.NeedsAttention != card.NeedsAttention || g.ClosedAt == nil {
				t.Errorf("%s: the child reads score %s attention %v, the scorecard %s %v", card.Domain, js(g.Score), g.NeedsAttention,
					js(card.Latest.Score), card.NeedsAttention)
			}
		}
		if !same(got[monitor.DomainSafety].Score, fp(0)) || !got[monitor.DomainSafety].NeedsAttention ||
			!same(got[monitor.DomainFood].Score, fp(100)) || got[monitor.DomainSchool].Score != nil {
			t.Errorf("safety %s, food %s, school %s: want 0 needing attention, 100, none", js(got[monitor.DomainSafety]),
				js(got[monitor.DomainFood]), js(got[monitor.DomainSchool]))
		}
		for _, g := range childrenView(t, childB) {
			if g.ClosedAt != nil || g.Score != nil || g.WhatWeDid != nil {
				t.Errorf("a child of B reads %s", js(g))
			}
		}

		// The manager publishes the safety question's results and says what they did.
		manager := s.SignInAs(t, staffuser.RoleLOCATION_MANAGER, a.ID)
		safety := r["SAFETY/AGE_6_11"]
		manager.Do(`mutation($p: ID!) { publishPollResults(id: $p) { id } }`, map[string]any{"p": safety}).Must(t, nil)
		if g := childrenView(t, childA)[monitor.DomainSafety]; g.WhatWeDid != nil {
			t.Errorf("an answer before any was given: %s", js(g.WhatWeDid))
		}
		manager.Do(`mutation($p: ID!) { respondToPoll(input: {pollID: $p, status: IN_PROGRESS,
  body: [{lang: "ti", text: "ብርሃን ኣብ ደገ ወሲኽና"}, {lang: "nl", text: "Meer licht buiten"}]}) { id } }`,
			map[string]any{"p": safety}).Must(t, nil)
		g := childrenView(t, childA)[monitor.DomainSafety]
		// The child chose Arabic; there is none, so the location's first language (the one rule).
		if g.WhatWeDid == nil || g.WhatWeDid.Status != "IN_PROGRESS" || g.WhatWeDid.Language != "ti" || g.WhatWeDid.Text != "ብርሃን ኣብ ደገ ወሲኽና" {
			t.Fatalf("safety's answer as the child reads it: %s", js(g.WhatWeDid))
		}
		var nl struct{ MonitorForChildren []childDomain }
		childA.Do(`{ monitorForChildren { domain whatWeDid(language: "nl") { text language status } } }`, nil).Must(t, &nl)
		for _, x := range nl.MonitorForChildren {
			if x.Domain == monitor.DomainSafety && (x.WhatWeDid == nil || x.WhatWeDid.Text != "Meer licht buiten" || x.WhatWeDid.Language != "nl") {
				t.Errorf("safety's answer asked in Dutch: %s", js(x.WhatWeDid))
			}
			if x.Domain != monitor.DomainSafety && x.WhatWeDid != nil {
				t.Errorf("%s carries safety's answer", x.Domain)
			}
		}
		for _, g := range childrenView(t, childB) {
			if g.WhatWeDid != nil {
				t.Errorf("a child of B reads A's answer: %s", js(g))
			}
		}
	})
}
