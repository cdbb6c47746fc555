package councils

import (
	"context"
	"strings"
	"time"

	"github.com/jeugdstem/jeugdstem/ent/council"
	"github.com/jeugdstem/jeugdstem/ent/predicate"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/agendaitem"
	"github.com/jeugdstem/jeugdstem/ent/councildecision"
	"github.com/jeugdstem/jeugdstem/ent/idea"
	"github.com/jeugdstem/jeugdstem/ent/meeting"
	"github.com/jeugdstem/jeugdstem/ent/membership"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/audit"
	"github.com/jeugdstem/jeugdstem/internal/feedback"
	"github.com/jeugdstem/jeugdstem/internal/validation"
)

// Meetings: a facilitator plans one, its agenda fills with ideas that reached their supports (by
// themselves) and with items the facilitator adds, the meeting decides item by item, and the
// minutes are published with the number of children who came. Who may do each is decided by
// the privacy rules (policies.Meeting, AgendaItem, CouncilDecision); this file decides what it
// means.

// NewMeeting is the input of CreateMeeting.
type NewMeeting struct {
	CouncilID string    `json:"councilID" validate:"required,max=40"`
	StartsAt  time.Time `json:"startsAt" validate:"required"`
	Place     string    `json:"place" validate:"required,max=200"`
}

// CreateMeeting plans a council meeting; the ideas that wait for one go onto its agenda.
func CreateMeeting(ctx context.Context, client *ent.Client, in NewMeeting) (*ent.Meeting, error) {
	in.Place = strings.TrimSpace(in.Place)
	if err := validation.Struct("input", in); err != nil {
		return nil, err
	}
	c, err := client.Council.Get(ctx, in.CouncilID)
	if err != nil {
		return nil, notFound(err, "no such council")
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer rollback(tx)
	m, err := tx.Meeting.Create().SetLocationID(c.LocationID).SetCouncilID(c.ID).
		SetStartsAt(in.StartsAt.Round(0)).SetPlace(in.Place).SetCreatedAt(dbNow()).Save(ctx)
	if err != nil {
		return nil, err
	}
	if err := placeReadyIdeas(ctx, tx, c.ID, time.Time{}); err != nil {
		return nil, err
	}
	if err := audit.Record(ctx, tx.Client(), ActionMeetingCreated, "Meeting", m.ID, m.LocationID); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return m.Unwrap(), nil
}

// NewAgendaItem is the input of AddAgendaItem: a title, or an idea it is about, and optionally
// the thread or poll (results) it discusses.
type NewAgendaItem struct {
	MeetingID string                   `json:"meetingID" validate:"required,max=40"`
	Title     []schematype.Translation `json:"title" validate:"max=13,dive"`
	Theme     *schematype.Theme        `json:"theme"`
	IdeaID    *string                  `json:"ideaID" validate:"omitnil,max=40"`
	ThreadID  *string                  `json:"threadID" validate:"omitnil,max=40"`
	PollID    *string                  `json:"pollID" validate:"omitnil,max=40"`
}

// AddAgendaItem adds an item to a meeting whose minutes are not yet published.
func AddAgendaItem(ctx context.Context, client *ent.Client, in NewAgendaItem) (*ent.AgendaItem, error) {
	var err error
	if in.Title, err = feedback.CleanTranslations("input.title", in.Title); err != nil {
		return nil, err
	}
	if err := validation.Struct("input", in); err != nil {
		return nil, err
	}
	if len(in.Title) == 0 && in.IdeaID == nil {
		return nil, apierror.BadInput("input.title", "give the item a title, or link the idea it is about")
	}
	m, err := client.Meeting.Get(ctx, in.MeetingID)
	if err != nil {
		return nil, notFound(err, "no such meeting")
	}
	if m.MinutesPublishedAt != nil {
		return nil, apierror.New(apierror.Conflict, "the minutes of this meeting are published")
	}
	theme := in.Theme
	var ideaRow *ent.Idea
	if in.IdeaID != nil {
		if ideaRow, err = client.Idea.Get(ctx, *in.IdeaID); err != nil {
			return nil, notFound(err, "no such idea")
		}
		switch {
		case ideaRow.CouncilID != m.CouncilID:
			return nil, apierror.BadInput("input.ideaID", "is an idea for another council")
		case ideaRow.OnAgendaAt != nil || ideaRow.DecidedAt != nil:
			return nil, apierror.New(apierror.Conflict, "this idea is on an agenda or decided already")
		}
		if theme == nil {
			theme = &ideaRow.Theme
		}
	}
	if in.ThreadID != nil {
		t, err := client.FeedbackThread.Get(ctx, *in.ThreadID)
		if err != nil {
			return nil, notFound(err, "no such thread")
		}
		if t.LocationID != m.LocationID {
			return nil, apierror.BadInput("input.threadID", "is a thread of another location")
		}
		if theme == nil {
			theme = &t.Theme
		}
	}
	if in.PollID != nil {
		p, err := client.Poll.Get(ctx, *in.PollID)
		if err != nil {
			return nil, notFound(err, "no such poll")
		}
		if p.LocationID != nil && *p.LocationID != m.LocationID {
			return nil, apierror.BadInput("input.pollID", "is a poll of another location")
		}
		if theme == nil {
			theme = &p.Theme
		}
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer rollback(tx)
	if ideaRow != nil {
		n, err := tx.Idea.Update().Where(idea.ID(ideaRow.ID), idea.OnAgendaAtIsNil(), idea.DecidedAtIsNil()).
			SetOnAgendaAt(dbNow()).Save(ctx)
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return nil, apierror.New(apierror.Conflict, "this idea went onto an agenda just now")
		}
	}
	pos, err := nextPosition(ctx, tx, m.ID)
	if err != nil {
		return nil, err
	}
	create := tx.AgendaItem.Create().SetLocationID(m.LocationID).SetMeetingID(m.ID).SetPosition(pos).
		SetNillableTheme(theme).SetNillableIdeaID(in.IdeaID).SetNillableThreadID(in.ThreadID).
		SetNillablePollID(in.PollID).SetCreatedAt(dbNow())
	if len(in.Title) > 0 {
		create.SetTitle(in.Title)
	}
	item, err := create.Save(ctx)
	if err != nil {
		return nil, err
	}
	if err := audit.Record(ctx, tx.Client(), ActionAgendaItemAdded, "AgendaItem", item.ID, item.LocationID); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return item.Unwrap(), nil
}

// NewDecision is the input of RecordDecision.
type NewDecision struct {
	AgendaItemID string                   `json:"agendaItemID" validate:"required,max=40"`
	Outcome      councildecision.Outcome  `json:"outcome" validate:"required"`
	Text         []schematype.Translation `json:"text" validate:"required,min=1,max=13,dive"`
	// DueDate is when an adopted decision will be carried out; only with ADOPTED.
	DueDate *time.Time `json:"dueDate"`
	// HandsFor, HandsAgainst, HandsAbstain are a show of hands as counts (hands.go).
	HandsFor     *int `json:"handsFor"`
	HandsAgainst *int `json:"handsAgainst"`
	HandsAbstain *int `json:"handsAbstain"`
}

// RecordDecision records what the meeting decided on an item, once. An adopted decision becomes an
// action IN_PROGRESS; a decided idea is DECIDED; a deferred idea goes onto the next meeting.
func RecordDecision(ctx context.Context, client *ent.Client, in NewDecision) (*ent.CouncilDecision, error) {
	var err error
	if in.Text, err = feedback.CleanTranslations("input.text", in.Text); err != nil {
		return nil, err
	}
	if err := validation.Struct("input", in); err != nil {
		return nil, err
	}
	if councildecision.OutcomeValidator(in.Outcome) != nil {
		return nil, apierror.BadInput("input.outcome", "is not an outcome")
	}
	if in.DueDate != nil && in.Outcome != councildecision.OutcomeADOPTED {
		return nil, apierror.BadInput("input.dueDate", "only an adopted decision has a due date")
	}
	item, err := client.AgendaItem.Query().Where(agendaitem.ID(in.AgendaItemID)).WithMeeting().Only(ctx)
	if err != nil {
		return nil, notFound(err, "no such agenda item")
	}
	m := item.Edges.Meeting
	if m.MinutesPublishedAt != nil {
		return nil, apierror.New(apierror.Conflict, "the minutes of this meeting are published")
	}
	hands, err := handsOf(ctx, client, m.CouncilID, in)
	if err != nil {
		return nil, err
	}
	now := dbNow()
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer rollback(tx)
	create := tx.CouncilDecision.Create().SetLocationID(item.LocationID).SetAgendaItemID(item.ID).
		SetOutcome(in.Outcome).SetText(in.Text).SetCreatedAt(now)
	if hands != nil {
		create.SetHandsFor(hands.InFavour).SetHandsAgainst(hands.Against).SetHandsAbstain(hands.Abstain)
	}
	if in.Outcome == councildecision.OutcomeADOPTED {
		create.SetActionStatus(councildecision.ActionStatusIN_PROGRESS).SetActionUpdatedAt(now)
		if in.DueDate != nil {
			create.SetDueDate(in.DueDate.Round(0))
		}
	}
	d, err := create.Save(ctx)
	if ent.IsConstraintError(err) {
		return nil, apierror.New(apierror.Conflict, "this item has a decision already")
	} else if err != nil {
		return nil, err
	}
	if item.IdeaID != nil {
		update := tx.Idea.UpdateOneID(*item.IdeaID)
		if in.Outcome == councildecision.OutcomeDEFERRED {
			update.ClearOnAgendaAt()
		} else {
			update.SetDecidedAt(now)
		}
		if err := update.Exec(ctx); err != nil {
			return nil, err
		}
		if in.Outcome == councildecision.OutcomeDEFERRED {
			if err := placeIdea(ctx, tx, *item.IdeaID, m.StartsAt); err != nil {
				return nil, err
			}
		}
	}
	if err := audit.Record(ctx, tx.Client(), ActionDecisionRecorded, "CouncilDecision", d.ID, item.LocationID); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return d.Unwrap(), nil
}

// DecisionStatus is the input of UpdateDecisionStatus.
type DecisionStatus struct {
	DecisionID string                       `json:"decisionID" validate:"required,max=40"`
	Status     councildecision.ActionStatus `json:"status" validate:"required"`
	// Reason says why it cannot be done; required with NOT_POSSIBLE, and only then (as a thread's
	// answer).
	Reason []schematype.Translation `json:"reason" validate:"max=13,dive"`
}

// UpdateDecisionStatus moves an adopted decision's action on, with the rules of a thread's answer:
// IN_PROGRESS, DONE, or NOT_POSSIBLE with a reason children read. DONE makes its idea DONE.
func UpdateDecisionStatus(ctx context.Context, client *ent.Client, in DecisionStatus) (*ent.CouncilDecision, error) {
	var err error
	if in.Reason, err = feedback.CleanTranslations("input.reason", in.Reason); err != nil {
		return nil, err
	}
	if err := validation.Struct("input", in); err != nil {
		return nil, err
	}
	if councildecision.ActionStatusValidator(in.Status) != nil {
		return nil, apierror.BadInput("input.status", "is not an action status")
	}
	switch {
	case in.Status == councildecision.ActionStatusNOT_POSSIBLE && len(in.Reason) == 0:
		return nil, apierror.BadInput("input.reason", "say why it is not possible: children are told")
	case in.Status != councildecision.ActionStatusNOT_POSSIBLE && len(in.Reason) > 0:
		return nil, apierror.BadInput("input.reason", "only a NOT_POSSIBLE action has a reason")
	}
	d, err := client.CouncilDecision.Query().Where(councildecision.ID(in.DecisionID)).WithAgendaItem().Only(ctx)
	if err != nil {
		return nil, notFound(err, "no such decision")
	}
	if d.Outcome != councildecision.OutcomeADOPTED {
		return nil, apierror.New(apierror.Conflict, "only an adopted decision is carried out")
	}
	now := dbNow()
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer rollback(tx)
	update := tx.CouncilDecision.UpdateOneID(d.ID).SetActionStatus(in.Status).SetActionUpdatedAt(now)
	if len(in.Reason) > 0 {
		update.SetActionReason(in.Reason)
	} else {
		update.ClearActionReason()
	}
	if err := update.Exec(ctx); err != nil {
		return nil, err
	}
	if err := audit.Record(ctx, tx.Client(), ActionDecisionStatusUpdated, "CouncilDecision", d.ID, d.LocationID); err != nil {
		return nil, err
	}
	if ideaID := d.Edges.AgendaItem.IdeaID; ideaID != nil {
		// The idea row is changed as the decision's recorder may: the rules of policies.Idea.
		u := tx.Idea.UpdateOneID(*ideaID)
		if in.Status == councildecision.ActionStatusDONE {
			u.SetDoneAt(now)
		} else {
			u.ClearDoneAt()
		}
		if err := u.Exec(ctx); err != nil {
			return nil, err
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return client.CouncilDecision.Get(ctx, d.ID)
}

// NewRole is the input of AssignCouncilRole.
type NewRole struct {
	CouncilID string          `json:"councilID" validate:"required,max=40"`
	MemberID  string          `json:"memberID" validate:"required,max=40"`
	Role      membership.Role `json:"role" validate:"required"`
}

// AssignCouncilRole makes a member of the council its chair or secretary (or a member again). A
// council has one chair and one secretary: the previous one becomes a member.
func AssignCouncilRole(ctx context.Context, client *ent.Client, in NewRole) (*ent.Membership, error) {
	if err := validation.Struct("input", in); err != nil {
		return nil, err
	}
	if membership.RoleValidator(in.Role) != nil {
		return nil, apierror.BadInput("input.role", "is not a council role")
	}
	c, err := client.Council.Get(ctx, in.CouncilID)
	if err != nil {
		return nil, notFound(err, "no such council")
	}
	ms, err := client.Membership.Query().Where(membership.HasCouncilWith(councilIs(in.CouncilID)),
		membership.HasMemberWith(memberIs(in.MemberID)), membership.LeftAtIsNil()).Only(ctx)
	if err != nil {
		return nil, notFound(err, "no such member of this council")
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer rollback(tx)
	if in.Role != membership.RoleMEMBER {
		if _, err := tx.Membership.Update().Where(membership.HasCouncilWith(councilIs(in.CouncilID)),
			membership.RoleEQ(in.Role), membership.IDNEQ(ms.ID)).SetRole(membership.RoleMEMBER).Save(ctx); err != nil {
			return nil, err
		}
	}
	if err := tx.Membership.UpdateOneID(ms.ID).SetRole(in.Role).Exec(ctx); err != nil {
		return nil, err
	}
	if err := audit.Record(ctx, tx.Client(), ActionCouncilRoleAssigned, "Membership", ms.ID, c.LocationID); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return client.Membership.Get(ctx, ms.ID)
}

// maxMeetings bounds a council's list of meetings.
const maxMeetings = 100

// CouncilMeetings lists a council's meetings, latest first.
func CouncilMeetings(ctx context.Context, client *ent.Client, councilID string) ([]*ent.Meeting, error) {
	if _, err := client.Council.Get(ctx, councilID); err != nil {
		return nil, notFound(err, "no such council")
	}
	return client.Meeting.Query().Where(meeting.CouncilID(councilID)).
		Order(ent.Desc(meeting.FieldStartsAt), ent.Desc(meeting.FieldID)).Limit(maxMeetings).All(ctx)
}

// Agenda is the meeting's agenda in order.
func Agenda(ctx context.Context, m *ent.Meeting) ([]*ent.AgendaItem, error) {
	return m.QueryAgendaItems().Order(ent.Asc(agendaitem.FieldPosition), ent.Asc(agendaitem.FieldID)).All(ctx)
}

func councilIs(id string) predicate.Council    { return council.ID(id) }
func memberIs(id string) predicate.YouthMember { return youthmember.ID(id) }
