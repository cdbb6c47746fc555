package voting

import (
	"context"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/participation"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/internal/disclosure"
)

// Turnout is how many children have voted in p, which the caller has already read as the viewer
// (so the viewer may see it), as it may be shown live: the number, or "fewer than k" from 1 to
// k-1 (disclosure.ShowTurnout, the rule pollResults follows too). It says nothing about how
// anyone voted; below k it does not even say when each child voted, because the value does not
// change (and a live screen is sent only changes) until the k-th vote.
func (s *Service) Turnout(ctx context.Context, p *ent.Poll) (disclosure.Turnout, error) {
	n, err := s.client.Participation.Query().Where(participation.HasPollWith(poll.ID(p.ID))).Count(system(ctx))
	if err != nil {
		return disclosure.Turnout{}, err
	}
	return disclosure.ShowTurnout(p.MinGroupSize, n), nil
}
