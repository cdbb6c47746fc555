package signals

import (
	"context"
	"fmt"
	"strconv"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/council"
	"github.com/jeugdstem/jeugdstem/ent/meeting"
	"github.com/jeugdstem/jeugdstem/ent/signal"
)

// evaluateCouncilMeetings raises COUNCIL_NO_MEETING for every youth council that has not met for
// longer than the gap (Config.CouncilMeetingGap, 8 weeks by default): no meeting started within
// it, and the council is older than it. Once per gap: the occurrence is the council and the start
// of its last meeting ("-" when it had none), so a council that meets again and then stops
// raises it again. It names the council's location only, like every signal.
func (s *Service) evaluateCouncilMeetings(ctx context.Context) (int, error) {
	now := s.now()
	since := now.Add(-s.cfg.CouncilMeetingGap)
	quiet, err := s.client.Council.Query().
		Where(council.CreatedAtLTE(since),
			council.Not(council.HasMeetingsWith(meeting.StartsAtGT(since), meeting.StartsAtLTE(now)))).
		Select(council.FieldID, council.FieldLocationID).
		Order(council.ByID()).Limit(maxPerRun).All(ctx)
	if err != nil || len(quiet) == 0 {
		return 0, err
	}
	weeks := int(s.cfg.CouncilMeetingGap.Hours() / 24 / 7)
	raised := 0
	for _, c := range quiet {
		last, err := s.client.Meeting.Query().Where(meeting.CouncilID(c.ID), meeting.StartsAtLTE(now)).
			Order(ent.Desc(meeting.FieldStartsAt)).First(ctx)
		occurrence := c.ID + "@-" // at most 40 characters: the council and the day of its last meeting
		switch {
		case err == nil:
			occurrence = c.ID + "@" + strconv.FormatInt(last.StartsAt.Unix()/86400, 10)
		case !ent.IsNotFound(err):
			return raised, err
		}
		ok, err := s.raise(ctx, candidate{locationID: c.LocationID, kind: signal.KindCOUNCIL_NO_MEETING, occurrence: occurrence,
			detail: fmt.Sprintf("A youth council of this location has not met for more than %d weeks.", weeks)})
		if err != nil {
			return raised, err
		}
		if ok {
			raised++
		}
	}
	return raised, nil
}
