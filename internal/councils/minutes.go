package councils

import (
	"context"
	"slices"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/agendaitem"
	"github.com/jeugdstem/jeugdstem/ent/meeting"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/audit"
)

// Minutes: what a meeting's minutes still lack (asked before publishing, and answered again by
// publishing), and publishing them.

// MissingTranslation is a text of the minutes that lacks some of the location's languages.
type MissingTranslation struct {
	AgendaItemID string
	// Field is "title" or "decision".
	Field     string
	Languages []string
}

// Minutes is the answer of PublishMinutes: the meeting and what the facilitator may still want to
// add (the minutes are published anyway: children should not wait for a translation).
type Minutes struct {
	Meeting *ent.Meeting
	MinutesCheck
}

// MinutesCheck is what the minutes of a meeting lack: texts without one of the location's
// languages, and items without a decision.
type MinutesCheck struct {
	MissingTranslations []MissingTranslation
	UndecidedItemIDs    []string
}

// maxAttendance bounds the attendance count.
const maxAttendance = 10000

// CheckMinutes is what publishing a meeting's minutes would warn about now; it changes nothing.
func CheckMinutes(ctx context.Context, client *ent.Client, meetingID string) (*MinutesCheck, error) {
	m, err := client.Meeting.Get(ctx, meetingID)
	if err != nil {
		return nil, notFound(err, "no such meeting")
	}
	return checkMinutes(ctx, client, m)
}

// checkMinutes compares the meeting's agenda with its location's languages.
func checkMinutes(ctx context.Context, client *ent.Client, m *ent.Meeting) (*MinutesCheck, error) {
	loc, err := client.Location.Get(ctx, m.LocationID)
	if err != nil {
		return nil, notFound(err, "no such location")
	}
	items, err := client.AgendaItem.Query().Where(agendaitem.MeetingID(m.ID)).WithDecision().
		Order(ent.Asc(agendaitem.FieldPosition), ent.Asc(agendaitem.FieldID)).All(ctx)
	if err != nil {
		return nil, err
	}
	out := &MinutesCheck{MissingTranslations: []MissingTranslation{}, UndecidedItemIDs: []string{}}
	for _, it := range items {
		if len(it.Title) > 0 {
			if miss := missing(loc.Languages, it.Title); len(miss) > 0 {
				out.MissingTranslations = append(out.MissingTranslations, MissingTranslation{it.ID, "title", miss})
			}
		}
		if it.Edges.Decision == nil {
			out.UndecidedItemIDs = append(out.UndecidedItemIDs, it.ID)
		} else if miss := missing(loc.Languages, it.Edges.Decision.Text); len(miss) > 0 {
			out.MissingTranslations = append(out.MissingTranslations, MissingTranslation{it.ID, "decision", miss})
		}
	}
	return out, nil
}

// PublishMinutes publishes a meeting's minutes: children read its decisions from now on. The
// attendance is a count of children, never who.
func PublishMinutes(ctx context.Context, client *ent.Client, meetingID string, attendance *int) (*Minutes, error) {
	if attendance != nil && (*attendance < 0 || *attendance > maxAttendance) {
		return nil, apierror.BadInput("attendance", "between 0 and 10000")
	}
	m, err := client.Meeting.Get(ctx, meetingID)
	if err != nil {
		return nil, notFound(err, "no such meeting")
	}
	check, err := checkMinutes(ctx, client, m)
	if err != nil {
		return nil, err
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer rollback(tx)
	n, err := tx.Meeting.Update().Where(meeting.ID(m.ID), meeting.MinutesPublishedAtIsNil()).
		SetMinutesPublishedAt(dbNow()).SetNillableAttendance(attendance).Save(ctx)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, apierror.New(apierror.Conflict, "the minutes of this meeting are published already")
	}
	if err := audit.Record(ctx, tx.Client(), ActionMinutesPublished, "Meeting", m.ID, m.LocationID); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	out := &Minutes{MinutesCheck: *check}
	if out.Meeting, err = client.Meeting.Get(ctx, m.ID); err != nil {
		return nil, err
	}
	return out, nil
}

// missing lists the languages of langs that ts has no text in.
func missing(langs []string, ts []schematype.Translation) []string {
	var out []string
	for _, l := range langs {
		if !slices.ContainsFunc(ts, func(t schematype.Translation) bool { return t.Lang == l && t.Text != "" }) {
			out = append(out, l)
		}
	}
	return out
}
