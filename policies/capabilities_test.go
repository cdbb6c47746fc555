package policies_test

import (
	"slices"
	"testing"

	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Every staff role of the data model has a capability set, and RolesWith never hands a policy
// the national admin (whose reach every policy states on its own).
func TestEveryRoleHasCapabilities(t *testing.T) {
	roles := []staffuser.Role{staffuser.RoleFACILITATOR, staffuser.RoleMODERATOR, staffuser.RoleSAFEGUARDING_OFFICER,
		staffuser.RoleLOCATION_MANAGER, staffuser.RolePARTNER, staffuser.RoleNATIONAL_ADMIN}
	for _, r := range roles {
		if len(policies.Capabilities(policies.Role(r))) == 0 {
			t.Errorf("role %s has no capabilities", r)
		}
	}
	for _, r := range roles {
		for _, c := range policies.Capabilities(policies.Role(r)) {
			if slices.Contains(policies.RolesWith(c), policies.RoleNationalAdmin) {
				t.Errorf("RolesWith(%s) names the national admin", c)
			}
		}
	}
	if got := policies.Capabilities("NOBODY"); len(got) != 0 {
		t.Errorf("an unknown role has %v", got)
	}
}
