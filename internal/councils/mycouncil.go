package councils

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/agendaitem"
	"github.com/jeugdstem/jeugdstem/ent/council"
	"github.com/jeugdstem/jeugdstem/ent/councildecision"
	"github.com/jeugdstem/jeugdstem/ent/feedbackthread"
	"github.com/jeugdstem/jeugdstem/ent/idea"
	"github.com/jeugdstem/jeugdstem/ent/meeting"
	"github.com/jeugdstem/jeugdstem/ent/membership"
	"github.com/jeugdstem/jeugdstem/ent/predicate"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
	"github.com/jeugdstem/jeugdstem/internal/i18n"
	"github.com/jeugdstem/jeugdstem/internal/voting"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Text is a text picked for the reader, and the language it is in (LocalizedText).
type Text = voting.Text

// Pick is the reader's text of ts: the language asked for, the signed-in child's, then Dutch,
// English, whatever exists (i18n.Pick); nil when there is none.
func Pick(ctx context.Context, ts []schematype.Translation, language *string) *Text {
	var prefs []string
	if language != nil && i18n.Supported(*language) {
		prefs = append(prefs, *language)
	}
	if v := policies.FromContext(ctx); v.Language != "" {
		prefs = append(prefs, v.Language)
	}
	text, lang, ok := i18n.Pick(ts, prefs...)
	if !ok {
		return nil
	}
	return &Text{Text: text, Lang: lang}
}

// BoardDecision is an adopted decision as the "you said, we did" board shows it.
type BoardDecision struct {
	ID        string
	Text      Text
	Outcome   councildecision.Outcome
	Status    *councildecision.ActionStatus
	Reason    *Text
	DueDate   *time.Time
	DecidedAt time.Time
	Theme     *schematype.Theme
	IdeaID    *string
}

// boardDecisions bounds the board's decisions.
const boardDecisions = 100

// DecisionBoard is the councils' part of "you said, we did": the adopted decisions of published
// minutes the viewer may read (a tablet those of its location), newest first, each in the
// reader's language with its progress.
func DecisionBoard(ctx context.Context, client *ent.Client, language *string) ([]*BoardDecision, error) {
	return decisions(ctx, client, language, boardDecisions)
}

func decisions(ctx context.Context, client *ent.Client, language *string, limit int, where ...predicate.CouncilDecision) ([]*BoardDecision, error) {
	ds, err := client.CouncilDecision.Query().
		Where(append(where, councildecision.OutcomeEQ(councildecision.OutcomeADOPTED),
			councildecision.HasAgendaItemWith(agendaitem.HasMeetingWith(meeting.MinutesPublishedAtNotNil())))...).
		WithAgendaItem().
		Order(ent.Desc(councildecision.FieldCreatedAt), ent.Desc(councildecision.FieldID)).
		Limit(limit).All(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]*BoardDecision, 0, len(ds))
	for _, d := range ds {
		text := Pick(ctx, d.Text, language)
		if text == nil {
			continue
		}
		b := &BoardDecision{ID: d.ID, Text: *text, Outcome: d.Outcome, Status: d.ActionStatus, DueDate: d.DueDate, DecidedAt: d.CreatedAt}
		if d.ActionStatus != nil && *d.ActionStatus == councildecision.ActionStatusNOT_POSSIBLE {
			b.Reason = Pick(ctx, d.ActionReason, &text.Lang)
		}
		if it := d.Edges.AgendaItem; it != nil {
			b.Theme, b.IdeaID = it.Theme, it.IdeaID
		}
		out = append(out, b)
	}
	return out, nil
}

// Seat is a member of a council as children see them: a picture and a pseudonym, and their role.
type Seat struct {
	Pseudonym string
	Avatar    string
	Role      membership.Role
	Me        bool
	// Elected: the child holds a seat won in an election.
	Elected bool
}

// MyCouncilView is the signed-in child's council.
type MyCouncilView struct {
	Council          *ent.Council
	Members          []Seat
	NextMeeting      *ent.Meeting
	RecentDecisions  []*BoardDecision
	OpenIdeas        []*ent.Idea
	MyIdeas          []*ent.Idea
	SupportThreshold int
	// Seats is how many elected members the council has (0: its members are not elected);
	// Vacancies those no elected member holds now, for a by-election.
	Seats, Vacancies int
	// Elections are the council's elections not yet decided and the last decided one.
	Elections []*ElectionView
}

// recentDecisions bounds the decisions myCouncil shows.
const recentDecisions = 10

// MyCouncil is the council of the signed-in child at their tablet's location (their active
// membership there), or nil when they are on none.
func MyCouncil(ctx context.Context, client *ent.Client, language *string) (*MyCouncilView, error) {
	v := policies.FromContext(ctx)
	// Memberships are read past the rules, for the child's own first and then for the council's
	// active members: children see each other's pseudonyms and pictures on the tablet's sign-in
	// screen already (tabletMembers), and nothing else of a member leaves this function.
	sys := policies.System(ctx)
	mine, err := client.Membership.Query().
		Where(membership.HasMemberWith(youthmember.ID(v.MemberID)), membership.LeftAtIsNil(),
			membership.HasCouncilWith(council.LocationID(v.TabletLocationID))).
		WithCouncil().Order(ent.Asc(membership.FieldJoinedAt)).First(sys)
	if ent.IsNotFound(err) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	c := mine.Edges.Council
	ms, err := client.Membership.Query().
		Where(membership.HasCouncilWith(council.ID(c.ID)), membership.LeftAtIsNil(),
			membership.HasMemberWith(youthmember.StatusEQ(youthmember.StatusACTIVE))).
		WithMember().All(sys)
	if err != nil {
		return nil, err
	}
	out := &MyCouncilView{Council: c, SupportThreshold: c.SupportThreshold, Seats: c.Seats}
	for _, m := range ms {
		if c.Seats > 0 && m.ElectedAt == nil {
			continue // a council with elected seats is its elected members
		}
		out.Members = append(out.Members, Seat{Pseudonym: m.Edges.Member.Pseudonym, Avatar: m.Edges.Member.Avatar,
			Role: m.Role, Me: m.Edges.Member.ID == v.MemberID, Elected: m.ElectedAt != nil})
	}
	if c.Seats > 0 {
		out.Vacancies = max(c.Seats-len(out.Members), 0)
	}
	sortSeats(out.Members)
	// From here on everything is read as the child: the rules decide.
	out.NextMeeting, err = client.Meeting.Query().
		Where(meeting.CouncilID(c.ID), meeting.MinutesPublishedAtIsNil(), meeting.StartsAtGT(time.Now().Add(-12*time.Hour))).
		Order(ent.Asc(meeting.FieldStartsAt), ent.Asc(meeting.FieldID)).First(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, err
	}
	if out.RecentDecisions, err = decisions(ctx, client, language, recentDecisions,
		councildecision.HasAgendaItemWith(agendaitem.HasMeetingWith(meeting.CouncilID(c.ID)))); err != nil {
		return nil, err
	}
	if out.OpenIdeas, err = client.Idea.Query().
		Where(idea.CouncilID(c.ID), idea.OnAgendaAtIsNil(), idea.DecidedAtIsNil(), idea.HasThreadWith(feedbackthread.VisibleAtNotNil())).
		Order(ent.Desc(idea.FieldCreatedAt), ent.Desc(idea.FieldID)).Limit(maxIdeas).All(ctx); err != nil {
		return nil, err
	}
	if out.Elections, err = myElections(ctx, client, c.ID); err != nil {
		return nil, err
	}
	if out.MyIdeas, err = client.Idea.Query().
		Where(idea.CouncilID(c.ID), idea.HasThreadWith(feedbackthread.HasStartedByWith(youthmember.ID(v.MemberID)))).
		Order(ent.Desc(idea.FieldCreatedAt), ent.Desc(idea.FieldID)).Limit(maxIdeas).All(ctx); err != nil {
		return nil, err
	}
	return out, nil
}

// roleOrder puts the chair first, then the secretary, then the members by pseudonym.
var roleOrder = map[membership.Role]int{membership.RoleCHAIR: 0, membership.RoleSECRETARY: 1, membership.RoleMEMBER: 2}

func sortSeats(s []Seat) {
	slices.SortFunc(s, func(a, b Seat) int {
		if d := roleOrder[a.Role] - roleOrder[b.Role]; d != 0 {
			return d
		}
		return strings.Compare(a.Pseudonym, b.Pseudonym)
	})
}

// IdeaTitle is the idea's words for the reader; nil for an idea told in pictures.
func IdeaTitle(ctx context.Context, i *ent.Idea, language *string) *Text {
	return Pick(ctx, i.Title, language)
}

// AgendaItemTitle is the item for the reader: its title, else its idea's words (read through the
// idea's own rule, so an idea taken down after it reached the agenda shows no words).
func AgendaItemTitle(ctx context.Context, item *ent.AgendaItem, language *string) (*Text, error) {
	if len(item.Title) > 0 || item.IdeaID == nil {
		return Pick(ctx, item.Title, language), nil
	}
	i, err := item.QueryIdea().Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	return IdeaTitle(ctx, i, language), nil
}

// AttendanceFor is how many children came, for staff; children and tablets get nil (a count of
// a handful of children next to a picture of the meeting is not theirs to read).
func AttendanceFor(ctx context.Context, m *ent.Meeting) *int {
	if !policies.FromContext(ctx).IsStaff() {
		return nil
	}
	return m.Attendance
}
