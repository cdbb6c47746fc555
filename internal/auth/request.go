package auth

import (
	"context"
	"slices"
	"sync"
	"time"

	"entgo.io/ent/dialect/sql"

	entsession "github.com/jeugdstem/jeugdstem/ent/session"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/ent/tablet"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
)

// requestRow is what the request path needs to know who is asking, read in one statement: the
// session the cookie names, the tablet of the device cookie (enrolled and not revoked), and the
// child or adult the session is for, as long as they may still use it. Every check of the
// three separate reads it replaces is in its joins, so deleting or changing a row (logout,
// revocation, a lock, a transfer, deactivation) takes effect on the next request as before.
type requestRow struct {
	SessionID     string
	Kind          string
	LastSeenAt    time.Time
	ExpiresAt     time.Time
	SessionTablet *string
	TabletID      *string
	TabletLoc     *string
	MemberID      *string
	AgeBand       *string
	Language      *string
	StaffID       *string
	Role          *string
}

// readRequest reads the session with id sessionRowID together with the tablet whose token hashes
// to tabletHash ("" for none) and the session's person. ok is false when there is no such session.
//
// It runs on every request, so its statement is built once per dialect (requestQueryFor) and its
// row scanned by hand: building it with ent and scanning by reflection cost half as much again as
// running it. It reads past the privacy rules (as system would): sessions belong to no viewer.
func (a *Authenticator) readRequest(ctx context.Context, sessionRowID, tabletHash string) (row requestRow, ok bool, err error) {
	q := requestQueryFor(a.dialect)
	args := slices.Clone(q.args)
	args[q.tabletArg], args[q.sessionArg] = tabletHash, sessionRowID
	rows, err := a.client.QueryContext(ctx, q.text, args...)
	if err != nil {
		return requestRow{}, false, err
	}
	defer rows.Close()
	if !rows.Next() {
		return requestRow{}, false, rows.Err()
	}
	if err := rows.Scan(&row.SessionID, &row.Kind, &row.LastSeenAt, &row.ExpiresAt, &row.SessionTablet,
		&row.TabletID, &row.TabletLoc, &row.MemberID, &row.AgeBand, &row.Language, &row.StaffID, &row.Role); err != nil {
		return requestRow{}, false, err
	}
	return row, true, rows.Close()
}

// requestQuery is readRequest's statement: its text and arguments, with the places of the two
// that change per request.
type requestQuery struct {
	text                  string
	args                  []any
	tabletArg, sessionArg int
}

var requestQueries sync.Map // dialect → requestQuery

// requestQueryFor returns readRequest's statement for the dialect, building it the first time.
func requestQueryFor(d string) requestQuery {
	if q, ok := requestQueries.Load(d); ok {
		return q.(requestQuery)
	}
	// Placeholder values, found again among the built arguments.
	const tabletHash, sessionID = "\x00tablet", "\x00session"
	s := sql.Dialect(d).Select().From(sql.Table(entsession.Table))
	t := sql.Table(tablet.Table).As("t")
	m := sql.Table(youthmember.Table).As("m")
	u := sql.Table(staffuser.Table).As("u")
	s.LeftJoin(t).OnP(sql.And(
		sql.EQ(t.C(tablet.FieldTokenHash), tabletHash),
		sql.IsNull(t.C(tablet.FieldRevokedAt)),
	))
	// A child counts only on a tablet of their own location, active and not locked.
	s.LeftJoin(m).OnP(sql.And(
		sql.ColumnsEQ(m.C(youthmember.FieldID), s.C(entsession.FieldMemberID)),
		sql.EQ(m.C(youthmember.FieldStatus), youthmember.StatusACTIVE.String()),
		sql.IsNull(m.C(youthmember.FieldLockedAt)),
		sql.ColumnsEQ(m.C(youthmember.FieldLocationID), t.C(tablet.FieldLocationID)),
	))
	s.LeftJoin(u).OnP(sql.And(
		sql.ColumnsEQ(u.C(staffuser.FieldID), s.C(entsession.FieldStaffUserID)),
		sql.EQ(u.C(staffuser.FieldActive), true),
	))
	s.Select(
		s.C(entsession.FieldID), s.C(entsession.FieldKind), s.C(entsession.FieldLastSeenAt),
		s.C(entsession.FieldExpiresAt), s.C(entsession.FieldTabletID),
		t.C(tablet.FieldID), t.C(tablet.FieldLocationID),
		m.C(youthmember.FieldID), m.C(youthmember.FieldAgeBand), m.C(youthmember.FieldLanguage),
		u.C(staffuser.FieldID), u.C(staffuser.FieldRole),
	)
	s.Where(sql.EQ(s.C(entsession.FieldID), sessionID))
	text, args := s.Query()
	q := requestQuery{text: text, args: args,
		tabletArg: slices.Index(args, any(tabletHash)), sessionArg: slices.Index(args, any(sessionID))}
	if q.tabletArg < 0 || q.sessionArg < 0 {
		panic("auth: the request statement lost its arguments")
	}
	requestQueries.Store(d, q)
	return q
}
