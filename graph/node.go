package graph

import (
	"context"
	"strings"

	"github.com/jeugdstem/jeugdstem/ent/agendaitem"
	"github.com/jeugdstem/jeugdstem/ent/councildecision"
	"github.com/jeugdstem/jeugdstem/ent/idea"
	"github.com/jeugdstem/jeugdstem/ent/meeting"

	"github.com/jeugdstem/jeugdstem/ent/announcement"
	"github.com/jeugdstem/jeugdstem/ent/area"
	"github.com/jeugdstem/jeugdstem/ent/auditevent"
	"github.com/jeugdstem/jeugdstem/ent/council"
	"github.com/jeugdstem/jeugdstem/ent/feedbackpost"
	"github.com/jeugdstem/jeugdstem/ent/feedbackthread"
	"github.com/jeugdstem/jeugdstem/ent/location"
	"github.com/jeugdstem/jeugdstem/ent/membership"
	"github.com/jeugdstem/jeugdstem/ent/moderationdecision"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/polloption"
	"github.com/jeugdstem/jeugdstem/ent/safeguardingcase"
	"github.com/jeugdstem/jeugdstem/ent/signal"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/ent/tablet"
	"github.com/jeugdstem/jeugdstem/ent/threadresponse"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
)

// nodeTables maps an ID's prefix (ent/schema's IDMixin) to the table node(id) reads. Types that
// are not GraphQL nodes (sessions, ballots) are absent, so node(id) cannot reach them.
var nodeTables = map[string]string{
	"loc":  location.Table,
	"area": area.Table,
	"cnc":  council.Table,
	"mbs":  membership.Table,
	"ym":   youthmember.Table,
	"stf":  staffuser.Table,
	"tab":  tablet.Table,
	"pol":  poll.Table,
	"opt":  polloption.Table,
	"thr":  feedbackthread.Table,
	"pst":  feedbackpost.Table,
	"dec":  moderationdecision.Table,
	"sgc":  safeguardingcase.Table,
	"rsp":  threadresponse.Table,
	"ann":  announcement.Table,
	"aud":  auditevent.Table,
	"sig":  signal.Table,
	"ida":  idea.Table,
	"mtg":  meeting.Table,
	"agi":  agendaitem.Table,
	"cdc":  councildecision.Table,
}

// nodeType finds the table of an ID; an unknown prefix is NOT_FOUND like a missing row.
func nodeType(_ context.Context, id string) (string, error) {
	prefix, _, ok := strings.Cut(id, "_")
	if t, known := nodeTables[prefix]; ok && known {
		return t, nil
	}
	return "", apierror.NotFoundf("no object with this id")
}

// pageSize applies the default page size when a connection is asked for without first or last.
func pageSize(first, last *int) *int {
	if first == nil && last == nil {
		n := DefaultLimits.MaxPageSize
		return &n
	}
	return first
}
