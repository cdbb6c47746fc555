package voting

import (
	"context"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/participation"
	"github.com/jeugdstem/jeugdstem/ent/poll"
)

// Turnout is how many children have voted in p, which the caller has already read as the viewer
// (so the viewer may see it). Turnout may be shown live (DESIGN.md §6); it says nothing about how
// anyone voted.
func (s *Service) Turnout(ctx context.Context, p *ent.Poll) (int, error) {
	return s.client.Participation.Query().Where(participation.HasPollWith(poll.ID(p.ID))).Count(system(ctx))
}
