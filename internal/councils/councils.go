// Package councils owns the shape of participation at a location: locations, their youth
// councils, and the children on them (registration with a picture-PIN, transfer when a child is
// moved). Who may do each is decided by the privacy rules in policies/.
package councils

import (
	"context"
	"strings"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/council"
	"github.com/jeugdstem/jeugdstem/ent/location"
	"github.com/jeugdstem/jeugdstem/ent/membership"
	"github.com/jeugdstem/jeugdstem/ent/membertransfer"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/auth"
	"github.com/jeugdstem/jeugdstem/internal/validation"
	"github.com/jeugdstem/jeugdstem/policies"
)

// NewLocation is the input of CreateLocation.
type NewLocation struct {
	Name           string        `json:"name" validate:"required,max=200"`
	Kind           location.Kind `json:"kind" validate:"required"`
	Municipality   *string       `json:"municipality" validate:"omitnil,max=200"`
	ChildrenHoused *int          `json:"childrenHoused" validate:"omitnil,min=0,max=100000"`
	Languages      []string      `json:"languages" validate:"max=13,dive,lang"`
}

// CreateLocation stores a new reception location.
func CreateLocation(ctx context.Context, client *ent.Client, in NewLocation) (*ent.Location, error) {
	in.Name = strings.TrimSpace(in.Name)
	if err := validation.Struct("input", in); err != nil {
		return nil, err
	}
	if err := location.KindValidator(in.Kind); err != nil {
		return nil, apierror.BadInput("input.kind", "is not a location kind")
	}
	return client.Location.Create().
		SetName(in.Name).
		SetKind(in.Kind).
		SetNillableMunicipality(in.Municipality).
		SetNillableChildrenHoused(in.ChildrenHoused).
		SetLanguages(in.Languages).
		Save(ctx)
}

// NewCouncil is the input of CreateCouncil.
type NewCouncil struct {
	LocationID string           `json:"locationID" validate:"required"`
	Name       string           `json:"name" validate:"required,max=120"`
	AgeGroup   council.AgeGroup `json:"ageGroup" validate:"required"`
}

// CreateCouncil starts a youth council at a location.
func CreateCouncil(ctx context.Context, client *ent.Client, in NewCouncil) (*ent.Council, error) {
	in.Name = strings.TrimSpace(in.Name)
	if err := validation.Struct("input", in); err != nil {
		return nil, err
	}
	if _, err := client.Location.Get(ctx, in.LocationID); err != nil {
		return nil, notFound(err, "no such location")
	}
	return client.Council.Create().SetLocationID(in.LocationID).SetName(in.Name).SetAgeGroup(in.AgeGroup).Save(ctx)
}

// NewMember is the input of RegisterYouthMember. It holds everything jeugdstem ever knows about a
// child: no name, no birth date, no case number.
type NewMember struct {
	CouncilID     string             `json:"councilID" validate:"required"`
	Pseudonym     string             `json:"pseudonym" validate:"required,max=40"`
	Avatar        string             `json:"avatar" validate:"required,max=40,alphanum"`
	AgeBand       schematype.AgeBand `json:"ageBand" validate:"required"`
	Language      string             `json:"language" validate:"required,lang"`
	Unaccompanied *bool              `json:"unaccompanied"`
}

// Registration is a new member with their picture-PIN, which is shown once and stored only hashed.
type Registration struct {
	Member *ent.YouthMember
	Pin    []int
}

// RegisterYouthMember adds a child to a council and draws their picture-PIN, stored as its keyed
// hash (pins).
func RegisterYouthMember(ctx context.Context, client *ent.Client, pins *auth.PINs, in NewMember) (*Registration, error) {
	in.Pseudonym = strings.TrimSpace(in.Pseudonym)
	if err := validation.Struct("input", in); err != nil {
		return nil, err
	}
	c, err := client.Council.Get(ctx, in.CouncilID)
	if err != nil {
		return nil, notFound(err, "no such council")
	}
	pin, err := auth.NewPIN()
	if err != nil {
		return nil, err
	}
	hash, err := pins.Hash(pin)
	if err != nil {
		return nil, err
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	m, err := tx.YouthMember.Create().
		SetLocationID(c.LocationID).
		SetPseudonym(in.Pseudonym).
		SetAvatar(in.Avatar).
		SetAgeBand(in.AgeBand).
		SetLanguage(in.Language).
		SetNillableUnaccompanied(in.Unaccompanied).
		SetPinHash(hash).
		Save(ctx)
	if ent.IsConstraintError(err) {
		return nil, apierror.BadInput("input.pseudonym", "another child at this location already has this pseudonym")
	} else if err != nil {
		return nil, err
	}
	if err := tx.Membership.Create().SetCouncilID(c.ID).SetMemberID(m.ID).Exec(ctx); err != nil {
		return nil, err
	}
	return &Registration{Member: m, Pin: pin}, tx.Commit()
}

// Move is what staff record about a move besides where to: when the family was told (nil: not
// recorded) and why, for the monitor's stability figures (internal/reports).
type Move struct {
	NoticeGivenOn *time.Time
	Reason        *membertransfer.Reason
}

// TransferYouthMember moves a child to a council at another location, as happens when a family is
// relocated: memberships at the old location end, the pseudonym, avatar and language stay, and
// the threads the child started stay theirs to follow. A move to another location is recorded
// (MemberTransfer) with its notice and reason; a notice after the move is refused.
func TransferYouthMember(ctx context.Context, client *ent.Client, memberID, toCouncilID string, mv Move) (*ent.YouthMember, error) {
	now := time.Now().Round(0)
	if mv.NoticeGivenOn != nil && mv.NoticeGivenOn.After(now) {
		return nil, apierror.BadInput("noticeGivenOn", "must not be after the move (today)")
	}
	if mv.Reason != nil && membertransfer.ReasonValidator(*mv.Reason) != nil {
		return nil, apierror.BadInput("reason", "is not a reason")
	}
	m, err := client.YouthMember.Get(ctx, memberID)
	if err != nil {
		return nil, notFound(err, "no such member")
	}
	c, err := client.Council.Get(ctx, toCouncilID)
	if err != nil {
		return nil, notFound(err, "no such council")
	}
	from := m.LocationID
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if _, err := tx.Membership.Update().
		Where(membership.HasMemberWith(youthmember.ID(m.ID)), membership.LeftAtIsNil(), membership.HasCouncilWith(council.IDNEQ(c.ID))).
		SetLeftAt(now).
		Save(ctx); err != nil {
		return nil, err
	}
	if err := withdrawOnLeaving(policies.System(ctx), tx, m.ID, c.LocationID); err != nil {
		return nil, err
	}
	m, err = tx.YouthMember.UpdateOneID(m.ID).SetLocationID(c.LocationID).Save(ctx)
	if ent.IsConstraintError(err) {
		return nil, apierror.New(apierror.Conflict, "a child at the new location already has this pseudonym; change it first")
	} else if err != nil {
		return nil, err
	}
	exists, err := tx.Membership.Query().
		Where(membership.HasMemberWith(youthmember.ID(m.ID)), membership.HasCouncilWith(council.ID(c.ID)), membership.LeftAtIsNil()).
		Exist(ctx)
	if err != nil {
		return nil, err
	}
	if !exists {
		if err := tx.Membership.Create().SetCouncilID(c.ID).SetMemberID(m.ID).Exec(ctx); err != nil {
			return nil, err
		}
	}
	if from != c.LocationID {
		// The record is the system's: the viewer's right to move the child was checked by the
		// member and council updates above; no viewer reads transfers, only their aggregates.
		reason := membertransfer.ReasonOTHER
		if mv.Reason != nil {
			reason = *mv.Reason
		}
		if err := tx.MemberTransfer.Create().SetMemberID(m.ID).SetFromLocationID(from).SetToLocationID(c.LocationID).
			SetMovedAt(now).SetNillableNoticeGivenOn(mv.NoticeGivenOn).SetReason(reason).Exec(policies.System(ctx)); err != nil {
			return nil, err
		}
	}
	// Sessions at the old location end by themselves: a child's session is bound to a tablet
	// of the location they are a member of.
	return m, tx.Commit()
}

// notFound turns ent's not-found (also what the privacy filter makes of a row the viewer may not
// see) into NOT_FOUND with a message.
func notFound(err error, msg string) error {
	if ent.IsNotFound(err) {
		return apierror.NotFoundf("%s", msg)
	}
	return err
}

// MarkLeft records that a child has left the location for good (not a transfer within
// reception): they can no longer sign in, their memberships end, and the retention period of what
// they wrote starts. The privacy rules decide who may (facilitators and managers of the location).
func MarkLeft(ctx context.Context, client *ent.Client, memberID string) (*ent.YouthMember, error) {
	now := time.Now()
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	m, err := tx.YouthMember.UpdateOneID(memberID).
		Where(youthmember.StatusEQ(youthmember.StatusACTIVE)).
		SetStatus(youthmember.StatusLEFT).
		SetLeftAt(now).
		Save(ctx)
	if err != nil {
		return nil, notFound(err, "no such active member")
	}
	if _, err := tx.Membership.Update().
		Where(membership.HasMemberWith(youthmember.ID(m.ID)), membership.LeftAtIsNil()).
		SetLeftAt(now).
		Save(ctx); err != nil {
		return nil, err
	}
	if err := withdrawOnLeaving(policies.System(ctx), tx, m.ID, ""); err != nil {
		return nil, err
	}
	return m, tx.Commit()
}

// rollback ends a transaction that did not commit; after a commit it is a no-op.
func rollback(tx *ent.Tx) { _ = tx.Rollback() }

// dbNow is the time to store, without Go's monotonic clock reading (which the SQLite driver would
// write into the column).
func dbNow() time.Time { return time.Now().Round(0) }
