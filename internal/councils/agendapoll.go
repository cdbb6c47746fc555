package councils

import (
	"context"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/agendaitem"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/audit"
)

// ActionAgendaItemPollLinked is the audit action of LinkAgendaItemPoll.
const ActionAgendaItemPollLinked = "AGENDA_ITEM_POLL_LINKED"

// LinkAgendaItemPoll links an agenda item that has no poll to the poll started for it at the
// meeting (a quick anonymous poll of the council on its tablets, made with the polls API), so the
// minutes and the item show its results. Once: an item's poll is not changed afterwards.
func LinkAgendaItemPoll(ctx context.Context, client *ent.Client, itemID, pollID string) (*ent.AgendaItem, error) {
	item, err := client.AgendaItem.Query().Where(agendaitem.ID(itemID)).WithMeeting().Only(ctx)
	if err != nil {
		return nil, notFound(err, "no such agenda item")
	}
	m := item.Edges.Meeting
	if m.MinutesPublishedAt != nil {
		return nil, apierror.New(apierror.Conflict, "the minutes of this meeting are published")
	}
	p, err := client.Poll.Get(ctx, pollID)
	if err != nil {
		return nil, notFound(err, "no such poll")
	}
	if (p.CouncilID != nil && *p.CouncilID != m.CouncilID) || (p.LocationID != nil && *p.LocationID != m.LocationID) {
		return nil, apierror.BadInput("pollID", "is a poll of another council or location")
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer rollback(tx)
	n, err := tx.AgendaItem.Update().Where(agendaitem.ID(item.ID), agendaitem.PollIDIsNil()).SetPollID(p.ID).Save(ctx)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, apierror.New(apierror.Conflict, "this item has a poll already")
	}
	if err := audit.Record(ctx, tx.Client(), ActionAgendaItemPollLinked, "AgendaItem", item.ID, item.LocationID); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return client.AgendaItem.Get(ctx, item.ID)
}
