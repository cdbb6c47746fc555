package graph_test

import (
	"slices"
	"testing"

	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/policies"
)

// The console shows a section by the signed-in user's capabilities (StaffUser.capabilities), and
// the API answers by the policies. They agree: for each capability, the operation that does it
// is "ok" in the role × operation matrix (which TestRoleOperationMatrix checks against the
// server) for exactly the roles that have the capability.
var capabilityOperations = map[policies.Capability]string{
	policies.ManageMembers:        "registerYouthMember",
	policies.ManageTablets:        "enrollTablet",
	policies.RunCouncils:          "recordDecision",
	policies.ManagePolls:          "createPoll",
	policies.PublishAnnouncements: "createAnnouncement",
	policies.Moderate:             "moderatePost",
	policies.HandleSafeguarding:   "updateSafeguardingCase",
	policies.AnswerThreads:        "respondToThread",
	policies.ReadReports:          "locationReport",
	policies.ReadNationalReport:   "nationalReport",
	policies.ReadSignals:          "signals",
	policies.AcknowledgeSignals:   "acknowledgeSignal",
	policies.SetCheckIns:          "setCheckInSchedule",
	policies.ManageLocations:      "createLocation",
	policies.ManageStaff:          "createStaffUser",
}

func TestCapabilitiesAgreeWithTheMatrix(t *testing.T) {
	want := map[string]map[string]string{}
	for _, r := range rows {
		want[r.op] = r.want
	}
	for c, op := range capabilityOperations {
		if want[op] == nil {
			t.Errorf("%s: operation %s has no matrix row", c, op)
			continue
		}
		for _, role := range staffViewers {
			has := slices.Contains(policies.Capabilities(policies.Role(role)), c)
			if ok := want[op][role] == "ok"; ok != has {
				t.Errorf("%s has %s = %v, but %s answers %s", role, c, has, op, want[op][role])
			}
		}
	}
}

// me.capabilities is the role's set from the policies, for every staff role.
func TestMeCapabilities(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		a := s.NewLocation(t, "A")
		for _, role := range staffViewers {
			var locs []string
			if role != "NATIONAL_ADMIN" {
				locs = []string{a.ID}
			}
			var d struct {
				Me struct{ Capabilities []policies.Capability }
			}
			s.SignInAs(t, staffuser.Role(role), locs...).
				Do(`{ me { ... on StaffUser { capabilities } } }`, nil).Must(t, &d)
			if got, want := d.Me.Capabilities, policies.Capabilities(policies.Role(role)); !slices.Equal(got, want) {
				t.Errorf("%s: me.capabilities = %v, want %v", role, got, want)
			}
		}
	})
}
