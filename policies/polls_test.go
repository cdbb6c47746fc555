package policies_test

import (
	"fmt"
	"testing"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Who sees the counts of a poll, per viewer and status: nobody while it is a draft or open; the
// staff of its location (not partners) once it is closed; also its children once published.
func TestMaySeePollCounts(t *testing.T) {
	here, elsewhere := "loc_here", "loc_elsewhere"
	staff := func(role policies.Role, locs ...string) *policies.Viewer {
		return &policies.Viewer{StaffID: "stf_1", Role: role, LocationIDs: locs}
	}
	child := func(loc string) *policies.Viewer {
		return &policies.Viewer{TabletID: "tab_1", TabletLocationID: loc, MemberID: "ym_1", AgeBand: "AGE_9_11"}
	}
	viewers := map[string]*policies.Viewer{
		"facilitator here":      staff(policies.RoleFacilitator, here),
		"moderator here":        staff(policies.RoleModerator, here),
		"manager elsewhere":     staff(policies.RoleLocationManager, elsewhere),
		"partner here":          staff(policies.RolePartner, here),
		"national admin":        staff(policies.RoleNationalAdmin),
		"child here":            child(here),
		"child elsewhere":       child(elsewhere),
		"tablet here, no child": {TabletID: "tab_1", TabletLocationID: here},
	}
	// want[viewer] lists the statuses in which the viewer sees the counts of a poll at "here".
	want := map[string][]poll.Status{
		"facilitator here":      {poll.StatusCLOSED, poll.StatusPUBLISHED},
		"moderator here":        {poll.StatusCLOSED, poll.StatusPUBLISHED},
		"manager elsewhere":     nil,
		"partner here":          nil,
		"national admin":        {poll.StatusCLOSED, poll.StatusPUBLISHED},
		"child here":            {poll.StatusPUBLISHED},
		"child elsewhere":       nil,
		"tablet here, no child": nil,
	}
	for name, v := range viewers {
		for _, status := range []poll.Status{poll.StatusDRAFT, poll.StatusOPEN, poll.StatusCLOSED, poll.StatusPUBLISHED} {
			p := &ent.Poll{Status: status, LocationID: &here, Scope: poll.ScopeLOCATION}
			expected := false
			for _, s := range want[name] {
				expected = expected || s == status
			}
			if got := policies.MaySeePollCounts(v, p); got != expected {
				t.Errorf("%s, %s poll: sees counts %v, want %v", name, status, got, expected)
			}
		}
	}
	// A published national poll: every child and all staff but partners; closed: national admins.
	national := &ent.Poll{Status: poll.StatusPUBLISHED, Scope: poll.ScopeNATIONAL}
	for name, v := range viewers {
		want := name != "partner here" && name != "tablet here, no child"
		if got := policies.MaySeePollCounts(v, national); got != want {
			t.Errorf("%s, published national poll: %v, want %v", name, got, want)
		}
	}
	national.Status = poll.StatusCLOSED
	for name, v := range viewers {
		if got := policies.MaySeePollCounts(v, national); got != (name == "national admin") {
			t.Errorf("%s, closed national poll: %v", name, got)
		}
	}
}

// Who a poll asks: its scope, its location, and its age bands.
func TestInAudience(t *testing.T) {
	here, elsewhere, council := "loc_here", "loc_elsewhere", "cnc_1"
	child := &policies.Viewer{TabletID: "tab_1", TabletLocationID: here, MemberID: "ym_1", AgeBand: "AGE_9_11"}
	for _, tt := range []struct {
		p        *ent.Poll
		councils []string
		want     bool
	}{
		{&ent.Poll{Scope: poll.ScopeCOUNCIL, LocationID: &here, CouncilID: &council}, []string{council}, true},
		{&ent.Poll{Scope: poll.ScopeCOUNCIL, LocationID: &here, CouncilID: &council}, []string{"cnc_other"}, false},
		{&ent.Poll{Scope: poll.ScopeLOCATION, LocationID: &here}, nil, true},
		{&ent.Poll{Scope: poll.ScopeLOCATION, LocationID: &elsewhere}, nil, false},
		{&ent.Poll{Scope: poll.ScopeNATIONAL}, nil, true},
		{&ent.Poll{Scope: poll.ScopeLOCATION}, nil, false}, // a location poll without location asks nobody
		{&ent.Poll{Scope: poll.ScopeNATIONAL, AudienceAgeBands: []schematype.AgeBand{schematype.AgeBand9to11}}, nil, true},
		{&ent.Poll{Scope: poll.ScopeNATIONAL, AudienceAgeBands: []schematype.AgeBand{schematype.AgeBand15to17}}, nil, false},
	} {
		t.Run(fmt.Sprintf("%s %v %v", tt.p.Scope, tt.p.AudienceAgeBands, tt.councils), func(t *testing.T) {
			if got := policies.InAudience(child, tt.p, tt.councils); got != tt.want {
				t.Errorf("InAudience = %v, want %v", got, tt.want)
			}
			staff := &policies.Viewer{StaffID: "stf_1", Role: policies.RoleNationalAdmin}
			if policies.InAudience(staff, tt.p, tt.councils) {
				t.Errorf("an adult is in a poll's audience")
			}
		})
	}
}
