package auth

import (
	"context"
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
	SessionID     string    `sql:"session_id"`
	Kind          string    `sql:"session_kind"`
	LastSeenAt    time.Time `sql:"session_last_seen_at"`
	ExpiresAt     time.Time `sql:"session_expires_at"`
	SessionTablet *string   `sql:"session_tablet_id"`
	TabletID      *string   `sql:"tablet_id"`
	TabletLoc     *string   `sql:"tablet_location_id"`
	MemberID      *string   `sql:"member_id"`
	AgeBand       *string   `sql:"member_age_band"`
	Language      *string   `sql:"member_language"`
	StaffID       *string   `sql:"staff_id"`
	Role          *string   `sql:"staff_role"`
}

// readRequest reads the session with id sessionRowID together with the tablet whose token hashes
// to tabletHash ("" for none) and the session's person. ok is false when there is no such session.
func (a *Authenticator) readRequest(ctx context.Context, sessionRowID, tabletHash string) (row requestRow, ok bool, err error) {
	var rows []requestRow
	err = a.client.Session.Query().
		Where(entsession.ID(sessionRowID)).
		Modify(func(s *sql.Selector) {
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
			s.Select()
			for _, c := range [][2]string{
				{s.C(entsession.FieldID), "session_id"},
				{s.C(entsession.FieldKind), "session_kind"},
				{s.C(entsession.FieldLastSeenAt), "session_last_seen_at"},
				{s.C(entsession.FieldExpiresAt), "session_expires_at"},
				{s.C(entsession.FieldTabletID), "session_tablet_id"},
				{t.C(tablet.FieldID), "tablet_id"},
				{t.C(tablet.FieldLocationID), "tablet_location_id"},
				{m.C(youthmember.FieldID), "member_id"},
				{m.C(youthmember.FieldAgeBand), "member_age_band"},
				{m.C(youthmember.FieldLanguage), "member_language"},
				{u.C(staffuser.FieldID), "staff_id"},
				{u.C(staffuser.FieldRole), "staff_role"},
			} {
				s.AppendSelectAs(c[0], c[1])
			}
		}).
		Scan(system(ctx), &rows)
	if err != nil || len(rows) == 0 {
		return requestRow{}, false, err
	}
	return rows[0], true, nil
}
