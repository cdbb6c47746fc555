package moderation

import (
	"context"
	"strings"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/safeguardingcase"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/audit"
	"github.com/jeugdstem/jeugdstem/internal/validation"
	"github.com/jeugdstem/jeugdstem/policies"
)

// maxCases bounds one listing; a location with more open cases than this has a bigger problem
// than a long list.
const maxCases = 500

// Cases lists the safeguarding cases the viewer may read, newest first, optionally with one status.
// Only the safeguarding officers of a location read its cases (policies.SafeguardingCase); for
// everyone else the list is empty.
func Cases(ctx context.Context, client *ent.Client, status *safeguardingcase.Status) ([]*ent.SafeguardingCase, error) {
	q := client.SafeguardingCase.Query().
		Order(ent.Desc(safeguardingcase.FieldOpenedAt), ent.Desc(safeguardingcase.FieldID)).
		Limit(maxCases)
	if status != nil {
		q.Where(safeguardingcase.StatusEQ(*status))
	}
	return q.All(ctx)
}

// CaseUpdate is the input of UpdateCase.
type CaseUpdate struct {
	CaseID string                   `json:"caseID" validate:"required,max=40"`
	Status *safeguardingcase.Status `json:"status"`
	// Note is added to the case's log with its author and time.
	Note *string `json:"note" validate:"omitnil,max=4000"`
}

// UpdateCase lets a safeguarding officer move a case on and add to its log. Notes are appended,
// never rewritten; two officers writing at once both keep their note.
func UpdateCase(ctx context.Context, client *ent.Client, in CaseUpdate) (*ent.SafeguardingCase, error) {
	if in.Note != nil {
		n := strings.TrimSpace(*in.Note)
		in.Note = &n
		if n == "" {
			in.Note = nil
		}
	}
	if err := validation.Struct("input", in); err != nil {
		return nil, err
	}
	if in.Status == nil && in.Note == nil {
		return nil, apierror.BadInput("input", "give a new status, a note, or both")
	}
	if in.Status != nil && safeguardingcase.StatusValidator(*in.Status) != nil {
		return nil, apierror.BadInput("input.status", "is not a case status")
	}
	// Optimistic: the update only applies to the case as it was read; a concurrent update makes
	// it read again.
	for range 5 {
		c, err := updateCaseOnce(ctx, client, in)
		if err != errCaseChanged {
			return c, err
		}
	}
	return nil, apierror.New(apierror.Conflict, "the case is being changed by someone else; try again")
}

var errCaseChanged = apierror.New(apierror.Conflict, "the case changed while it was being updated")

func updateCaseOnce(ctx context.Context, client *ent.Client, in CaseUpdate) (*ent.SafeguardingCase, error) {
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer rollback(tx)
	c, err := tx.SafeguardingCase.Get(ctx, in.CaseID)
	if err != nil {
		return nil, notFound(err, "no such case")
	}
	now := dbNow()
	update := tx.SafeguardingCase.Update().
		Where(safeguardingcase.ID(c.ID), safeguardingcase.Revision(c.Revision)).
		AddRevision(1)
	if in.Status != nil {
		update.SetStatus(*in.Status)
		switch {
		case *in.Status == safeguardingcase.StatusCLOSED && c.ClosedAt == nil:
			update.SetClosedAt(now)
		case *in.Status != safeguardingcase.StatusCLOSED:
			update.ClearClosedAt()
		}
	}
	if in.Note != nil {
		note := schematype.CaseNote{AuthorID: policies.FromContext(ctx).StaffID, Text: *in.Note, At: now.UTC().Format(time.RFC3339)}
		update.SetNotes(append(c.Notes, note))
	}
	n, err := update.Save(ctx)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, errCaseChanged
	}
	if err := audit.Record(ctx, tx.Client(), ActionCaseUpdated, "SafeguardingCase", c.ID, c.LocationID); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return client.SafeguardingCase.Get(ctx, c.ID)
}

// CaseNotes is a case's log, oldest first.
func CaseNotes(c *ent.SafeguardingCase) []*schematype.CaseNote {
	out := make([]*schematype.CaseNote, len(c.Notes))
	for i := range c.Notes {
		out[i] = &c.Notes[i]
	}
	return out
}

// OpenCaseCount is how many safeguarding cases of a location are not closed: a number that staff
// of the location may know, without any detail (policies.MayCountSafeguardingCases).
func OpenCaseCount(ctx context.Context, client *ent.Client, locationID string) (int, error) {
	if !policies.MayCountSafeguardingCases(policies.FromContext(ctx), locationID) {
		return 0, apierror.NotFoundf("no such location")
	}
	return client.SafeguardingCase.Query().
		Where(safeguardingcase.LocationID(locationID), safeguardingcase.StatusNEQ(safeguardingcase.StatusCLOSED)).
		Count(system(ctx))
}

// CaseOpenedByName is the display name of the moderator who escalated. The viewer could read the
// case, so they may know who opened it, though they may not read that colleague's staff record.
func CaseOpenedByName(ctx context.Context, c *ent.SafeguardingCase) (string, error) {
	u, err := c.QueryOpenedBy().Only(system(ctx))
	if err != nil {
		return "", err
	}
	return u.DisplayName, nil
}

// DecisionModeratorName is the display name of the moderator who decided, for whoever may read
// the decision (moderators, safeguarding officers and managers of the location).
func DecisionModeratorName(ctx context.Context, d *ent.ModerationDecision) (string, error) {
	u, err := d.QueryModerator().Only(system(ctx))
	if err != nil {
		return "", err
	}
	return u.DisplayName, nil
}
