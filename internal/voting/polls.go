package voting

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/polloption"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/audit"
	"github.com/jeugdstem/jeugdstem/internal/disclosure"
	"github.com/jeugdstem/jeugdstem/internal/validation"
	"github.com/jeugdstem/jeugdstem/policies"
)

// PollDraft is what staff write when they make a poll (createPoll) or change a draft
// (updatePoll, which replaces everything but where the poll asks).
type PollDraft struct {
	// Where the poll asks: set on creation only. Scope may be left out: a council makes it a
	// COUNCIL poll, a location a LOCATION poll.
	Scope      *poll.Scope `json:"scope"`
	CouncilID  *string     `json:"councilID" validate:"omitnil,max=40"`
	LocationID *string     `json:"locationID" validate:"omitnil,max=40"`

	Kind        poll.Kind                `json:"kind" validate:"required"`
	Theme       schematype.Theme         `json:"theme" validate:"required"`
	Question    []schematype.Translation `json:"question" validate:"required,min=1,max=13,unique=Lang,dive"`
	Description []schematype.Translation `json:"description" validate:"max=13,unique=Lang,dive"`
	// Options are the answers in order. A kind with standard answers (YES_NO, SMILEY_SCALE,
	// SLIDER: see kinds.go) gets them when none are given.
	Options []OptionDraft `json:"options" validate:"max=20,dive"`
	// MaxChoices bounds a MULTIPLE_CHOICE vote (default: every option).
	MaxChoices       *int                 `json:"maxChoices" validate:"omitnil,min=1,max=20"`
	AudienceAgeBands []schematype.AgeBand `json:"audienceAgeBands" validate:"max=4,unique"`
	OpensAt          *time.Time           `json:"opensAt"`
	ClosesAt         *time.Time           `json:"closesAt"`
	// MinGroupSize is the disclosure threshold k (default 5).
	MinGroupSize *int `json:"minGroupSize" validate:"omitnil,min=2,max=100"`

	// madeBy: the draft comes from its kind's own operation (CreatePollFor), not from staff.
	madeBy bool
}

// OptionDraft is one answer of a PollDraft.
type OptionDraft struct {
	Label     []schematype.Translation `json:"label" validate:"required,min=1,max=13,unique=Lang,dive"`
	Pictogram *string                  `json:"pictogram" validate:"omitnil,max=40"`
}

// normalize trims texts and fills in defaults; check then validates the whole draft.
func (d *PollDraft) normalize() {
	trim := func(ts []schematype.Translation) {
		for i := range ts {
			ts[i].Text = strings.TrimSpace(ts[i].Text)
		}
	}
	trim(d.Question)
	trim(d.Description)
	for i := range d.Options {
		trim(d.Options[i].Label)
	}
	if kind, ok := lookupKind(d.Kind); ok { // an unknown kind is refused by check
		if len(d.Options) == 0 {
			d.Options = standardOptions(kind)
		}
		if kind.Choices == ChooseUpTo && d.MaxChoices == nil {
			n := len(d.Options)
			d.MaxChoices = &n
		}
	}
	if d.MinGroupSize == nil {
		k := disclosure.DefaultK // the threshold when staff do not choose one
		d.MinGroupSize = &k
	}
}

// check validates the draft's content: validator tags first, then what depends on the kind.
func (d *PollDraft) check(now time.Time) error {
	if err := validation.Struct("input", *d); err != nil {
		return err
	}
	kind, ok := lookupKind(d.Kind)
	if !ok {
		return apierror.BadInput("input.kind", "is not a poll kind")
	}
	if kind.MadeBy != "" && !d.madeBy {
		return apierror.BadInput("input.kind", "a %s poll is made by %s", kind.Kind, kind.MadeBy)
	}
	n := len(d.Options)
	if n < kind.MinOptions || n > kind.MaxOptions || kind.OnlyStandard && !isStandard(kind, d.Options) {
		return apierror.BadInput("input.options", "%s", kind.limits())
	}
	if d.MaxChoices != nil {
		if kind.Choices != ChooseUpTo {
			return apierror.BadInput("input.maxChoices", "only a poll whose children choose several options has a maximum (%s)", upToKinds())
		}
		if *d.MaxChoices > n {
			return apierror.BadInput("input.maxChoices", "must be at most the number of options (%d)", n)
		}
	}
	for i, o := range d.Options {
		if o.Pictogram != nil && !isPictogramKey(*o.Pictogram) {
			return apierror.BadInput(fmt.Sprintf("input.options.%d.pictogram", i), "must be a picture key: lower-case letters, digits and '-'")
		}
	}
	if err := poll.ThemeValidator(d.Theme); err != nil {
		return apierror.BadInput("input.theme", "is not a theme")
	}
	for _, b := range d.AudienceAgeBands {
		if !isAgeBand(b) {
			return apierror.BadInput("input.audienceAgeBands", "%q is not an age band", b)
		}
	}
	if d.ClosesAt != nil {
		if !d.ClosesAt.After(now) {
			return apierror.BadInput("input.closesAt", "must be in the future")
		}
		if d.OpensAt != nil && !d.ClosesAt.After(*d.OpensAt) {
			return apierror.BadInput("input.closesAt", "must be after opensAt")
		}
	}
	return nil
}

// isStandard reports whether opts are kind's standard answers (as normalize fills them in).
func isStandard(kind Kind, opts []OptionDraft) bool {
	if len(opts) != len(kind.Standard) {
		return false
	}
	for i, o := range opts {
		a := kind.Standard[i]
		if o.Pictogram == nil && a.Pictogram != "" || o.Pictogram != nil && *o.Pictogram != a.Pictogram ||
			!slices.Equal(o.Label, a.Label) {
			return false
		}
	}
	return true
}

// upToKinds names the kinds whose children choose several options.
func upToKinds() string {
	var names []string
	for _, k := range kinds {
		if k.Choices == ChooseUpTo {
			names = append(names, string(k.Kind))
		}
	}
	return strings.Join(names, ", ")
}

func isPictogramKey(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

func isAgeBand(b schematype.AgeBand) bool {
	for _, v := range b.Values() {
		if string(b) == v {
			return true
		}
	}
	return false
}

// CreatePoll makes a draft poll with its options. A council poll asks the council's members, a
// location poll every child of the location, a national poll every child (national admins only;
// the privacy rules decide who may make a poll where).
func (s *Service) CreatePoll(ctx context.Context, in PollDraft) (*ent.Poll, error) {
	in.madeBy = false
	return s.createPoll(ctx, in, nil)
}

// CreatePollFor makes a poll of a kind only its own operation makes (Kind.MadeBy: an ELECTION,
// by createElection), as the viewer and under the same rules as CreatePoll, and runs then in the
// same transaction, so the poll and what it belongs to are stored together or not at all.
func (s *Service) CreatePollFor(ctx context.Context, in PollDraft, then func(tx *ent.Tx, p *ent.Poll) error) (*ent.Poll, error) {
	in.madeBy = true
	return s.createPoll(ctx, in, then)
}

func (s *Service) createPoll(ctx context.Context, in PollDraft, then func(tx *ent.Tx, p *ent.Poll) error) (*ent.Poll, error) {
	in.normalize()
	if err := in.check(time.Now()); err != nil {
		return nil, err
	}
	scope, locationID, err := s.target(ctx, in)
	if err != nil {
		return nil, err
	}
	v := policies.FromContext(ctx)
	var p *ent.Poll
	err = s.inTx(ctx, func(tx *ent.Tx) error {
		create := tx.Poll.Create().
			SetScope(scope).
			SetNillableLocationID(locationID).
			SetNillableCouncilID(in.CouncilID).
			SetCreatedByID(v.StaffID)
		setContent(create.Mutation(), in)
		if p, err = create.Save(ctx); err != nil {
			return err
		}
		if p.Edges.Options, err = createOptions(ctx, tx, p.ID, in.Options); err != nil {
			return err
		}
		if then != nil {
			if err := then(tx, p); err != nil {
				return err
			}
		}
		return recordPoll(ctx, tx, "POLL_CREATED", p)
	})
	return p, err
}

// target resolves where a new poll asks: its scope and location.
func (s *Service) target(ctx context.Context, in PollDraft) (poll.Scope, *string, error) {
	scope := poll.ScopeNATIONAL
	switch {
	case in.Scope != nil:
		scope = *in.Scope
	case in.CouncilID != nil:
		scope = poll.ScopeCOUNCIL
	case in.LocationID != nil:
		scope = poll.ScopeLOCATION
	default:
		return "", nil, apierror.BadInput("input.scope", "say where the poll asks: a councilID, a locationID, or scope NATIONAL")
	}
	switch scope {
	case poll.ScopeCOUNCIL:
		if in.CouncilID == nil {
			return "", nil, apierror.BadInput("input.councilID", "a COUNCIL poll needs its council")
		}
		c, err := s.client.Council.Get(ctx, *in.CouncilID)
		if ent.IsNotFound(err) {
			return "", nil, apierror.NotFoundf("no such council")
		} else if err != nil {
			return "", nil, err
		}
		if in.LocationID != nil && *in.LocationID != c.LocationID {
			return "", nil, apierror.BadInput("input.locationID", "is not the council's location")
		}
		return scope, &c.LocationID, nil
	case poll.ScopeLOCATION:
		if in.LocationID == nil || in.CouncilID != nil {
			return "", nil, apierror.BadInput("input.locationID", "a LOCATION poll needs its location and no council")
		}
		if _, err := s.client.Location.Get(ctx, *in.LocationID); ent.IsNotFound(err) {
			return "", nil, apierror.NotFoundf("no such location")
		} else if err != nil {
			return "", nil, err
		}
		return scope, in.LocationID, nil
	case poll.ScopeNATIONAL:
		if in.LocationID != nil || in.CouncilID != nil {
			return "", nil, apierror.BadInput("input.scope", "a NATIONAL poll has no council or location")
		}
		return scope, nil, nil
	}
	return "", nil, apierror.BadInput("input.scope", "is not a poll scope")
}

// setContent writes a draft's content to a create or update mutation.
func setContent(m *ent.PollMutation, in PollDraft) {
	m.SetKind(in.Kind)
	m.SetTheme(in.Theme)
	m.SetQuestion(in.Question)
	if in.Description != nil {
		m.SetDescription(in.Description)
	} else {
		m.ClearDescription()
	}
	if in.AudienceAgeBands != nil {
		m.SetAudienceAgeBands(in.AudienceAgeBands)
	} else {
		m.ClearAudienceAgeBands()
	}
	if in.MaxChoices != nil {
		m.SetMaxChoices(*in.MaxChoices)
	} else {
		m.ClearMaxChoices()
	}
	if in.OpensAt != nil {
		m.SetOpensAt(*in.OpensAt)
	} else {
		m.ClearOpensAt()
	}
	if in.ClosesAt != nil {
		m.SetClosesAt(*in.ClosesAt)
	} else {
		m.ClearClosesAt()
	}
	m.SetMinGroupSize(*in.MinGroupSize)
}

func createOptions(ctx context.Context, tx *ent.Tx, pollID string, opts []OptionDraft) ([]*ent.PollOption, error) {
	creates := make([]*ent.PollOptionCreate, len(opts))
	for i, o := range opts {
		creates[i] = tx.PollOption.Create().SetPollID(pollID).SetLabel(o.Label).SetPosition(i)
		if o.Pictogram != nil {
			creates[i].SetPictogram(*o.Pictogram)
		}
	}
	return tx.PollOption.CreateBulk(creates...).Save(ctx)
}

// UpdatePoll replaces a draft's content and options. Only a draft can change: once a poll is
// open, children may have answered the question as it was.
func (s *Service) UpdatePoll(ctx context.Context, id string, in PollDraft) (*ent.Poll, error) {
	p, err := s.visiblePoll(ctx, id)
	if err != nil {
		return nil, err
	}
	if p.Status != poll.StatusDRAFT {
		return nil, errNotDraft
	}
	if by := KindOf(p.Kind).MadeBy; by != "" {
		return nil, apierror.New(apierror.Conflict, "a %s poll is made by %s and cannot be changed", p.Kind, by)
	}
	in.Scope, in.CouncilID, in.LocationID, in.madeBy = nil, nil, nil, false
	in.normalize()
	if err := in.check(time.Now()); err != nil {
		return nil, err
	}
	err = s.inTx(ctx, func(tx *ent.Tx) error {
		update := tx.Poll.UpdateOneID(id).Where(poll.StatusEQ(poll.StatusDRAFT))
		setContent(update.Mutation(), in)
		if p, err = update.Save(ctx); ent.IsNotFound(err) {
			return errNotDraft // opened meanwhile
		} else if err != nil {
			return err
		}
		if _, err := tx.PollOption.Delete().Where(polloption.PollID(id)).Exec(ctx); err != nil {
			return err
		}
		if p.Edges.Options, err = createOptions(ctx, tx, id, in.Options); err != nil {
			return err
		}
		return recordPoll(ctx, tx, "POLL_UPDATED", p)
	})
	return p, err
}

var (
	errNotDraft = apierror.New(apierror.Conflict, "only a draft poll can be changed or opened")
	errNotOpen  = apierror.New(apierror.PollNotOpen, "this poll is not open")
)

// OpenPoll opens a draft now, whatever its opening time.
func (s *Service) OpenPoll(ctx context.Context, id string) (*ent.Poll, error) {
	p, err := s.visiblePoll(ctx, id)
	if err != nil {
		return nil, err
	}
	if p.Status != poll.StatusDRAFT {
		return nil, errNotDraft
	}
	if p.ClosesAt != nil && !p.ClosesAt.After(time.Now()) {
		return nil, apierror.New(apierror.Conflict, "the closing time of this poll has passed: change closesAt first")
	}
	return s.open(ctx, p)
}

// open moves p from DRAFT to OPEN and gives it its ballot key, in one transaction. The update is
// conditional, so of two instances (or a staff user and the scheduler) only one opens it.
func (s *Service) open(ctx context.Context, p *ent.Poll) (*ent.Poll, error) {
	public, salt, err := s.box.NewKey()
	if err != nil {
		return nil, err
	}
	err = s.inTx(ctx, func(tx *ent.Tx) error {
		opened, err := tx.Poll.UpdateOneID(p.ID).Where(poll.StatusEQ(poll.StatusDRAFT)).
			SetStatus(poll.StatusOPEN).SetOpenedAt(time.Now()).
			SetBallotPublicKey(public).SetBallotKeySalt(salt).Save(ctx)
		if ent.IsNotFound(err) {
			return errNotDraft
		} else if err != nil {
			return err
		}
		p = opened
		return recordPoll(ctx, tx, "POLL_OPENED", p)
	})
	return p, err
}

// ensureKey gives an open poll without a ballot key one (a poll that was already open when the
// database was upgraded to sealed ballots), once: of two callers the conditional update lets one
// win, and both read the key that won.
func (s *Service) ensureKey(ctx context.Context, p *ent.Poll) (*ent.Poll, error) {
	public, salt, err := s.box.NewKey()
	if err != nil {
		return nil, err
	}
	sys := system(ctx)
	if _, err := s.client.Poll.Update().
		Where(poll.ID(p.ID), poll.StatusEQ(poll.StatusOPEN), poll.BallotPublicKeyIsNil()).
		SetBallotPublicKey(public).SetBallotKeySalt(salt).Save(sys); err != nil {
		return nil, err
	}
	return s.client.Poll.Query().Where(poll.ID(p.ID)).Select(pollRules...).Only(sys)
}

// ClosePoll ends voting now and counts the poll (close): from here on staff of the location may
// see the counts.
func (s *Service) ClosePoll(ctx context.Context, id string) (*ent.Poll, error) {
	p, err := s.visiblePoll(ctx, id)
	if err != nil {
		return nil, err
	}
	if p.Status != poll.StatusOPEN {
		return nil, apierror.New(apierror.Conflict, "the poll is %s, not %s", p.Status, poll.StatusOPEN)
	}
	return s.close(ctx, p, "POLL_CLOSED")
}

// PublishResults shows a closed poll's results to the children it asked.
func (s *Service) PublishResults(ctx context.Context, id string) (*ent.Poll, error) {
	return s.transition(ctx, id, poll.StatusCLOSED, poll.StatusPUBLISHED, "POLL_RESULTS_PUBLISHED")
}

func (s *Service) transition(ctx context.Context, id string, from, to poll.Status, action string) (*ent.Poll, error) {
	p, err := s.visiblePoll(ctx, id)
	if err != nil {
		return nil, err
	}
	if p.Status != from {
		return nil, apierror.New(apierror.Conflict, "the poll is %s, not %s", p.Status, from)
	}
	return s.move(ctx, p, from, to, action)
}

// move changes p's status with a conditional update (WHERE status = from), so a transition
// happens once however many ask for it at the same time.
func (s *Service) move(ctx context.Context, p *ent.Poll, from, to poll.Status, action string) (*ent.Poll, error) {
	err := s.inTx(ctx, func(tx *ent.Tx) error {
		u := tx.Poll.UpdateOneID(p.ID).Where(poll.StatusEQ(from)).SetStatus(to)
		now := time.Now()
		if to == poll.StatusPUBLISHED {
			u.SetPublishedAt(now)
		}
		moved, err := u.Save(ctx)
		if ent.IsNotFound(err) {
			return apierror.New(apierror.Conflict, "the poll is no longer %s", from)
		} else if err != nil {
			return err
		}
		p = moved
		return recordPoll(ctx, tx, action, p)
	})
	return p, err
}

// visiblePoll reads a poll as the viewer (NOT_FOUND when they may not see it), first catching
// up with its clock: a draft whose opening time has passed is opened, an open poll whose closing
// time has passed is closed, in case the scheduler has not got to it yet.
func (s *Service) visiblePoll(ctx context.Context, id string) (*ent.Poll, error) {
	p, err := s.client.Poll.Get(ctx, id)
	return s.seen(ctx, id, p, err)
}

// pollRules are the columns that decide what may happen to a poll: all but its texts, whose
// translations a vote need not decode.
var pollRules = []string{poll.FieldID, poll.FieldLocationID, poll.FieldCouncilID, poll.FieldScope, poll.FieldKind,
	poll.FieldAudienceAgeBands, poll.FieldMaxChoices, poll.FieldStatus, poll.FieldOpensAt, poll.FieldClosesAt,
	poll.FieldMinGroupSize, poll.FieldBallotPublicKey}

// pollForVote is visiblePoll reading only pollRules.
func (s *Service) pollForVote(ctx context.Context, id string) (*ent.Poll, error) {
	p, err := s.client.Poll.Query().Where(poll.ID(id)).Select(pollRules...).Only(ctx)
	return s.seen(ctx, id, p, err)
}

// seen finishes visiblePoll and pollForVote.
func (s *Service) seen(ctx context.Context, id string, p *ent.Poll, err error) (*ent.Poll, error) {
	if ent.IsNotFound(err) {
		// A child cannot see drafts: one that should be open by now is opened, then shown.
		d, derr := s.client.Poll.Get(system(ctx), id)
		if derr != nil || !dueToOpen(d, time.Now()) {
			return nil, apierror.NotFoundf("no such poll")
		}
		if _, err := s.open(clock(ctx), d); err != nil && !errors.Is(err, errNotDraft) {
			return nil, err
		}
		if p, err = s.client.Poll.Get(ctx, id); ent.IsNotFound(err) {
			return nil, apierror.NotFoundf("no such poll")
		}
	}
	if err != nil {
		return nil, err
	}
	return s.catchUp(ctx, p)
}

// catchUp opens or closes p if its time has come.
func (s *Service) catchUp(ctx context.Context, p *ent.Poll) (*ent.Poll, error) {
	now := time.Now()
	var err error
	switch {
	case dueToOpen(p, now):
		_, err = s.open(clock(ctx), p)
	case dueToClose(p, now):
		_, err = s.close(clock(ctx), p, "POLL_CLOSED")
	default:
		return p, nil
	}
	if err != nil && !errors.Is(err, apierror.ErrConflict) {
		return nil, err
	}
	// Whoever made the transition, read the poll as it is now (and as the viewer).
	p, err = s.client.Poll.Get(ctx, p.ID)
	if ent.IsNotFound(err) {
		return nil, apierror.NotFoundf("no such poll")
	}
	return p, err
}

func dueToOpen(p *ent.Poll, now time.Time) bool {
	return p.Status == poll.StatusDRAFT && p.OpensAt != nil && !p.OpensAt.After(now) &&
		(p.ClosesAt == nil || p.ClosesAt.After(now))
}

func dueToClose(p *ent.Poll, now time.Time) bool {
	return p.Status == poll.StatusOPEN && p.ClosesAt != nil && !p.ClosesAt.After(now)
}

// recordPoll audits a staff member's (or the clock's) action on a poll. Votes are never audited.
func recordPoll(ctx context.Context, tx *ent.Tx, action string, p *ent.Poll) error {
	location := ""
	if p.LocationID != nil {
		location = *p.LocationID
	}
	return audit.Record(ctx, tx.Client(), action, "Poll", p.ID, location)
}

// inTx runs fn in a transaction, committed when fn returns nil.
func (s *Service) inTx(ctx context.Context, fn func(tx *ent.Tx) error) error {
	tx, err := s.client.Tx(ctx)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		if rerr := rollback(tx); rerr != nil {
			return errors.Join(err, rerr)
		}
		return err
	}
	return tx.Commit()
}

// rollback undoes tx; its own error only matters when it is not the usual "already done".
func rollback(tx *ent.Tx) error {
	if err := tx.Rollback(); err != nil && !strings.Contains(err.Error(), "already been committed or rolled back") {
		return err
	}
	return nil
}
