package graph

import (
	"github.com/jeugdstem/jeugdstem/ent/auditevent"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/predicate"
	"github.com/jeugdstem/jeugdstem/graph/model"
)

// The hand-written filters of graph/lists.graphqls, as predicates on the listed rows' own
// columns. None reaches an edge: the privacy rules narrow the rows of the query, so a predicate
// on a row's own column selects among rows the viewer may read, and tells nothing else.

func pollsFilter(f *model.PollsFilter) []predicate.Poll {
	var ps []predicate.Poll
	if f != nil && f.Status != nil {
		ps = append(ps, poll.StatusEQ(*f.Status))
	}
	return ps
}

func auditEventsFilter(f *model.AuditEventsFilter) []predicate.AuditEvent {
	var ps []predicate.AuditEvent
	if f == nil {
		return ps
	}
	if f.ObjectID != nil {
		ps = append(ps, auditevent.ObjectID(*f.ObjectID))
	}
	if f.Action != nil {
		ps = append(ps, auditevent.Action(*f.Action))
	}
	if f.ActorID != nil {
		ps = append(ps, auditevent.ActorID(*f.ActorID))
	}
	return ps
}
