package graph_test

import (
	"testing"

	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// Staff of location A asking for location B's objects by node(id), through an edge, or in a list
// get NOT_FOUND or nothing: scoping is a filter on every read, not a check on some resolvers.
func TestLocationScoping(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		a, b := s.NewLocation(t, "A"), s.NewLocation(t, "B")
		cb := s.NewCouncil(t, b.ID, "B council")
		mb := s.NewMember(t, cb, "Child of B")
		s.NewMember(t, s.NewCouncil(t, a.ID, "A council"), "Child of A")
		both := s.NewStaff(t, staffuser.RoleLOCATION_MANAGER, a.ID, b.ID)
		managerA := s.SignInAs(t, staffuser.RoleLOCATION_MANAGER, a.ID)

		for _, id := range []string{b.ID, cb.ID, mb.ID} {
			managerA.Do(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id}).WantCode(t, "NOT_FOUND")
		}

		var list struct {
			Locations struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						ID       string
						Councils []struct{ ID string }
						Members  struct{ TotalCount int }
					}
				}
			}
		}
		managerA.Do(`{ locations { totalCount edges { node { id councils { id } members { totalCount } } } } }`, nil).Must(t, &list)
		if list.Locations.TotalCount != 1 || len(list.Locations.Edges) != 1 || list.Locations.Edges[0].Node.ID != a.ID {
			t.Fatalf("manager of A lists %+v", list.Locations)
		}
		if n := list.Locations.Edges[0].Node.Members.TotalCount; n != 1 {
			t.Errorf("members of A counted as %d, want 1", n)
		}

		// Through an edge: the manager of A and B shows up (they share A), but their B is hidden.
		var staff struct {
			StaffUsers struct {
				Edges []struct {
					Node struct {
						ID        string
						Locations []struct{ ID string }
					}
				}
			}
		}
		managerA.Do(`{ staffUsers { edges { node { id locations { id } } } } }`, nil).Must(t, &staff)
		found := false
		for _, e := range staff.StaffUsers.Edges {
			if e.Node.ID != both.ID {
				continue
			}
			found = true
			if len(e.Node.Locations) != 1 || e.Node.Locations[0].ID != a.ID {
				t.Errorf("through the locations edge the manager of A sees %+v, want only A", e.Node.Locations)
			}
		}
		if !found {
			t.Error("the manager sharing location A is not listed")
		}

		// The youth member of B stays invisible through the members connection too.
		var members struct {
			Node struct{ Members struct{ TotalCount int } }
		}
		managerA.Do(`query($id: ID!) { node(id: $id) { ... on Location { members { totalCount } } } }`, map[string]any{"id": a.ID}).Must(t, &members)
		if members.Node.Members.TotalCount != 1 {
			t.Errorf("members via node = %d", members.Node.Members.TotalCount)
		}
	})
}
