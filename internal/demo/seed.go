// Package demo fills an empty database with a small, clearly fictional world (two reception
// locations with councils, children, staff, tablets, polls in every state, feedback threads and an
// announcement) and says how to sign in to it. It backs `jeugdstem serve --demo`.
package demo

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/feedbackpost"
	"github.com/jeugdstem/jeugdstem/ent/membership"
	"github.com/jeugdstem/jeugdstem/ent/moderationdecision"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/internal/auth"
	"github.com/jeugdstem/jeugdstem/internal/signals"
	"github.com/jeugdstem/jeugdstem/internal/voting"
	"github.com/jeugdstem/jeugdstem/policies"
)

const day = 24 * time.Hour

// Seed creates the demo when the database holds no Location yet and returns what to print; when
// the database already has data it creates nothing and returns (nil, nil).
//
// Everything except the votes is created in one transaction. Votes are then cast through the real
// vote (voting.CastVote: a Participation and a sealed ballot per child) while their polls are
// open; then the real close counts those polls, and a last transaction gives them their final
// state and times. If a step after the first transaction fails, Seed returns an error and the
// database holds a partial demo: start again from an empty database. Picture-PINs are hashed with
// pins, the deployment's keyed PIN hash, as registering a child does.
func Seed(ctx context.Context, client *ent.Client, votes *voting.Service, pins *auth.PINs) (*Instructions, error) {
	// Bypass: the demo is written before anyone can sign in, as no viewer.
	ctx = policies.System(ctx)
	if has, err := client.Location.Query().Exist(ctx); err != nil {
		return nil, fmt.Errorf("demo: checking for existing data: %w", err)
	} else if has {
		return nil, nil
	}
	s := &seeder{
		pinHash:  pins,
		now:      time.Now().UTC().Truncate(time.Second),
		staff:    map[string]*ent.StaffUser{},
		locs:     map[string]*ent.Location{},
		areas:    map[string]map[string]string{},
		councils: map[string]map[string]*ent.Council{},
		members:  map[string]map[string]*ent.YouthMember{},
	}
	s.in = &Instructions{CreatedAt: s.now}
	if err := s.makeSecrets(ctx); err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}

	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	// Check again inside the transaction: on SQLite it holds the write lock from BEGIN, so two
	// concurrent seeds cannot both see an empty database. (On PostgreSQL the unique staff e-mail
	// makes the second one fail instead.)
	if has, err := tx.Location.Query().Exist(ctx); err != nil || has {
		_ = tx.Rollback()
		if err != nil {
			return nil, fmt.Errorf("demo: checking for existing data: %w", err)
		}
		return nil, nil
	}
	if err := s.create(ctx, tx); err != nil {
		return nil, errors.Join(fmt.Errorf("demo: %w", err), tx.Rollback())
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}

	if err := s.vote(ctx, votes); err != nil {
		return nil, fmt.Errorf("demo (partially created): %w", err)
	}
	if err := s.finishPolls(ctx, client, votes); err != nil {
		return nil, fmt.Errorf("demo (partially created): %w", err)
	}
	if err := s.councilLife(ctx, client, votes); err != nil {
		return nil, fmt.Errorf("demo (partially created): council: %w", err)
	}
	return s.in, nil
}

// seeder carries what has been created so far, by the keys used in content.go.
type seeder struct {
	pinHash   *auth.PINs
	now       time.Time
	in        *Instructions
	passwords map[string]secret // by staff key
	pins      map[string]secret // by location key + "/" + pseudonym
	staff     map[string]*ent.StaffUser
	locs      map[string]*ent.Location
	areas     map[string]map[string]string           // location key → area key → id
	councils  map[string]map[string]*ent.Council     // location key → council key → council
	members   map[string]map[string]*ent.YouthMember // location key → pseudonym → member
	polls     []createdPoll
}

type createdPoll struct {
	spec      pollSpec
	loc       string // location key
	id        string
	optionIDs []string
	info      int // index in Instructions.Polls
}

func (s *seeder) ago(days int) time.Time    { return s.now.Add(-time.Duration(days) * day) }
func (s *seeder) inDays(days int) time.Time { return s.now.Add(time.Duration(days) * day) }

// setupTime is when the locations, people and councils "came into being".
func (s *seeder) setupTime() time.Time { return s.ago(30) }

func (s *seeder) create(ctx context.Context, tx *ent.Tx) error {
	for _, l := range demoLocations {
		if err := s.createLocation(ctx, tx, l); err != nil {
			return fmt.Errorf("location %q: %w", l.name, err)
		}
	}
	if err := s.createStaff(ctx, tx); err != nil {
		return err
	}
	for _, l := range demoLocations {
		if err := s.createTablet(ctx, tx, l); err != nil {
			return fmt.Errorf("tablet of %q: %w", l.name, err)
		}
		for i, p := range l.polls {
			if err := s.createPoll(ctx, tx, l, p); err != nil {
				return fmt.Errorf("poll %d of %q: %w", i+1, l.name, err)
			}
		}
		if err := s.createCheckIns(ctx, tx, l); err != nil {
			return fmt.Errorf("check-ins of %q: %w", l.name, err)
		}
		for _, t := range l.threads {
			if err := s.createThread(ctx, tx, l, t); err != nil {
				return fmt.Errorf("thread %q: %w", t.title, err)
			}
		}
		for _, a := range l.announcements {
			if err := s.createAnnouncement(ctx, tx, l, a); err != nil {
				return fmt.Errorf("announcement of %q: %w", l.name, err)
			}
		}
	}
	return nil
}

func (s *seeder) createLocation(ctx context.Context, tx *ent.Tx, l locationSpec) error {
	loc, err := tx.Location.Create().
		SetName(l.name).
		SetKind(l.kind).
		SetMunicipality(l.municipality).
		SetChildrenHoused(l.childrenHoused).
		SetLanguages(l.languages).
		SetCreatedAt(s.setupTime()).
		Save(ctx)
	if err != nil {
		return err
	}
	s.locs[l.key] = loc
	s.in.Locations = append(s.in.Locations, LocationInfo{
		ID: loc.ID, Name: l.name, Kind: string(l.kind), Municipality: l.municipality,
		ChildrenHoused: l.childrenHoused, Languages: l.languages,
	})

	s.areas[l.key] = map[string]string{}
	for _, a := range l.areas {
		ar, err := tx.Area.Create().SetLocation(loc).SetKind(a.kind).SetName(a.name).
			SetCreatedAt(s.setupTime()).Save(ctx)
		if err != nil {
			return fmt.Errorf("area %q: %w", a.key, err)
		}
		s.areas[l.key][a.key] = ar.ID
	}

	s.councils[l.key] = map[string]*ent.Council{}
	for _, c := range l.councils {
		cn, err := tx.Council.Create().SetLocation(loc).SetName(c.name).SetAgeGroup(c.ageGroup).
			SetCreatedAt(s.setupTime()).Save(ctx)
		if err != nil {
			return fmt.Errorf("council %q: %w", c.name, err)
		}
		s.councils[l.key][c.key] = cn
	}

	s.members[l.key] = map[string]*ent.YouthMember{}
	for _, m := range l.members {
		cn := s.councils[l.key][m.council]
		if cn == nil {
			return fmt.Errorf("member %q: unknown council %q", m.pseudonym, m.council)
		}
		pin := s.pins[l.key+"/"+m.pseudonym]
		ym, err := tx.YouthMember.Create().
			SetLocation(loc).
			SetPseudonym(m.pseudonym).
			SetAvatar(m.avatar).
			SetAgeBand(m.ageBand).
			SetLanguage(m.language).
			SetUnaccompanied(m.unaccompanied).
			SetPinHash(pin.hash).
			SetCreatedAt(s.setupTime()).
			Save(ctx)
		if err != nil {
			return fmt.Errorf("member %q: %w", m.pseudonym, err)
		}
		role := membership.RoleMEMBER
		if m.chair {
			role = membership.RoleCHAIR
		}
		if err := tx.Membership.Create().SetCouncil(cn).SetMember(ym).SetRole(role).
			SetJoinedAt(s.setupTime()).Exec(ctx); err != nil {
			return fmt.Errorf("membership of %q: %w", m.pseudonym, err)
		}
		s.members[l.key][m.pseudonym] = ym
		s.in.Members = append(s.in.Members, MemberLogin{
			ID: ym.ID, Pseudonym: m.pseudonym, Avatar: m.avatar, Location: l.name, Council: cn.Name,
			Chair: m.chair, AgeBand: m.ageBand, Language: m.language, Unaccompanied: m.unaccompanied,
			PIN: append([]int(nil), pin.pin...),
		})
	}
	return nil
}

func (s *seeder) createStaff(ctx context.Context, tx *ent.Tx) error {
	for _, st := range demoStaff {
		c := tx.StaffUser.Create().
			SetEmail(st.email).
			SetDisplayName(st.displayName).
			SetRole(st.role).
			SetPasswordHash(s.passwords[st.key].hash).
			SetCreatedAt(s.setupTime())
		var names []string
		for _, lk := range st.locations {
			loc := s.locs[lk]
			if loc == nil {
				return fmt.Errorf("staff %q: unknown location %q", st.email, lk)
			}
			c.AddLocationIDs(loc.ID)
			names = append(names, loc.Name)
		}
		u, err := c.Save(ctx)
		if err != nil {
			return fmt.Errorf("staff %q: %w", st.email, err)
		}
		s.staff[st.key] = u
		s.in.Staff = append(s.in.Staff, StaffLogin{
			ID: u.ID, Email: st.email, DisplayName: st.displayName, Role: string(st.role),
			Password: s.passwords[st.key].text, Locations: names,
		})
	}
	return nil
}

func (s *seeder) staffID(key string) (string, error) {
	u := s.staff[key]
	if u == nil {
		return "", fmt.Errorf("unknown staff %q", key)
	}
	return u.ID, nil
}

func (s *seeder) createTablet(ctx context.Context, tx *ent.Tx, l locationSpec) error {
	by, err := s.staffID(l.facilitatedBy)
	if err != nil {
		return err
	}
	// The token is thrown away: nobody needs it, tablets are enrolled from the app.
	token := make([]byte, 32)
	if _, err := rand.Read(token); err != nil {
		return err
	}
	sum := sha256.Sum256(token)
	t, err := tx.Tablet.Create().
		SetLocation(s.locs[l.key]).
		SetName(l.tabletName).
		SetTokenHash(hex.EncodeToString(sum[:])).
		SetEnrolledByID(by).
		SetCreatedAt(s.setupTime()).
		Save(ctx)
	if err != nil {
		return err
	}
	s.in.Tablets = append(s.in.Tablets, TabletInfo{ID: t.ID, Name: t.Name, Location: l.name})
	return nil
}

func (s *seeder) createPoll(ctx context.Context, tx *ent.Tx, l locationSpec, p pollSpec) error {
	by, err := s.staffID(l.facilitatedBy)
	if err != nil {
		return err
	}
	c := tx.Poll.Create().
		SetScope(p.scope).
		SetKind(p.kind).
		SetTheme(p.theme).
		SetQuestion(p.question).
		SetLocation(s.locs[l.key]).
		SetCreatedByID(by).
		SetCreatedAt(s.ago(p.createdDaysAgo))
	if p.description != nil {
		c.SetDescription(p.description)
	}
	councilName := ""
	if p.scope == poll.ScopeCOUNCIL {
		cn := s.councils[l.key][p.council]
		if cn == nil {
			return fmt.Errorf("unknown council %q", p.council)
		}
		c.SetCouncil(cn)
		councilName = cn.Name
	}
	if p.maxChoices > 0 {
		c.SetMaxChoices(p.maxChoices)
	}
	// Polls that will be voted on are created OPEN; finishPolls closes and publishes them after
	// the votes, so every vote is cast on an open poll, as in real life.
	switch p.status {
	case poll.StatusDRAFT:
		c.SetStatus(poll.StatusDRAFT)
	case poll.StatusOPEN:
		c.SetStatus(poll.StatusOPEN).SetOpenedAt(s.ago(p.openedDaysAgo)).SetOpensAt(s.ago(p.openedDaysAgo))
		if p.closesIn > 0 {
			c.SetClosesAt(s.inDays(p.closesIn))
		}
	case poll.StatusCLOSED, poll.StatusPUBLISHED:
		c.SetStatus(poll.StatusOPEN).SetOpenedAt(s.ago(p.openedDaysAgo)).SetOpensAt(s.ago(p.openedDaysAgo))
	default:
		return fmt.Errorf("unknown status %q", p.status)
	}
	pl, err := c.Save(ctx)
	if err != nil {
		return err
	}

	optCreates := make([]*ent.PollOptionCreate, len(p.options))
	for i, o := range p.options {
		optCreates[i] = tx.PollOption.Create().SetPoll(pl).SetLabel(o.label).SetPictogram(o.pictogram).SetPosition(i)
	}
	opts, err := tx.PollOption.CreateBulk(optCreates...).Save(ctx)
	if err != nil {
		return fmt.Errorf("options: %w", err)
	}
	created := createdPoll{spec: p, loc: l.key, id: pl.ID}
	for _, o := range opts {
		created.optionIDs = append(created.optionIDs, o.ID)
	}

	if len(p.votes) > 0 && p.status != poll.StatusCLOSED && p.status != poll.StatusPUBLISHED {
		return fmt.Errorf("votes given for a %s poll", p.status)
	}

	question := ""
	for _, t := range p.question {
		if t.Lang == "en" {
			question = t.Text
		}
	}
	s.in.Polls = append(s.in.Polls, PollInfo{
		ID: pl.ID, Location: l.name, Council: councilName, Scope: string(p.scope), Kind: string(p.kind),
		Theme: string(p.theme), Status: string(p.status), Question: question, Options: len(opts),
	})
	created.info = len(s.in.Polls) - 1
	s.polls = append(s.polls, created)
	return nil
}

// createCheckIns makes the location's check-in polls the rounds of its wellbeing check-in and
// gives it the schedule that follows on from the last: without them the scheduler, seeing a
// location a month old and never asked, would open a check-in of its own next to the demo's
// open one, and children would see "How safe do you feel here?" twice.
func (s *seeder) createCheckIns(ctx context.Context, tx *ent.Tx, l locationSpec) error {
	round := 0
	var lastOpened time.Time
	for _, p := range s.polls {
		if p.loc != l.key || !p.spec.checkIn {
			continue
		}
		round++
		lastOpened = s.ago(p.spec.openedDaysAgo)
		if err := tx.CheckIn.Create().SetLocationID(s.locs[l.key].ID).SetRound(round).SetPollID(p.id).
			SetCreatedAt(lastOpened).Exec(ctx); err != nil {
			return err
		}
	}
	if round == 0 {
		return nil // the scheduler gives the location the default schedule
	}
	days := signals.DefaultIntervalDays
	return tx.CheckInSchedule.Create().SetLocationID(s.locs[l.key].ID).SetIntervalDays(days).
		SetRound(round).SetNextDueAt(lastOpened.AddDate(0, 0, days)).Exec(ctx)
}

func (s *seeder) member(loc, pseudonym string) (*ent.YouthMember, error) {
	m := s.members[loc][pseudonym]
	if m == nil {
		return nil, fmt.Errorf("unknown member %q", pseudonym)
	}
	return m, nil
}

func (s *seeder) createThread(ctx context.Context, tx *ent.Tx, l locationSpec, t threadSpec) error {
	if len(t.posts) == 0 {
		return errors.New("a thread needs a first post")
	}
	moderatorID, err := s.staffID(moderatorKey)
	if err != nil {
		return err
	}
	starter, err := s.member(l.key, t.posts[0].author)
	if err != nil {
		return err
	}
	postTimes := make([]time.Time, len(t.posts))
	for i, p := range t.posts {
		postTimes[i] = s.ago(p.daysAgo).Add(-2 * time.Hour)
	}
	c := tx.FeedbackThread.Create().
		SetLocation(s.locs[l.key]).
		SetTheme(t.theme).
		SetTitle(t.title).
		SetStatus(t.threadStatus()).
		SetMeTooCount(len(t.supporters)).
		SetStartedBy(starter).
		SetCreatedAt(postTimes[0])
	if t.area != "" {
		id, ok := s.areas[l.key][t.area]
		if !ok {
			return fmt.Errorf("unknown area %q", t.area)
		}
		c.SetAreaID(id)
	}
	first := t.posts[0]
	if first.state == feedbackpost.ModerationStateAPPROVED {
		c.SetVisibleAt(postTimes[0].Add(time.Duration(first.moderatedIn) * time.Hour))
	}
	if t.response != nil {
		c.SetAnsweredAt(s.ago(t.response.daysAgo))
	}
	th, err := c.Save(ctx)
	if err != nil {
		return err
	}
	info := ThreadInfo{ID: th.ID, Location: l.name, Title: t.title, Theme: string(t.theme),
		Status: string(th.Status), MeToo: len(t.supporters), Answered: t.response != nil}

	for i, p := range t.posts {
		author, err := s.member(l.key, p.author)
		if err != nil {
			return err
		}
		pc := tx.FeedbackPost.Create().
			SetThread(th).
			SetAuthor(author).
			SetBody(p.body).
			SetLanguage(p.language).
			SetModerationState(p.state).
			SetCreatedAt(postTimes[i])
		decided := p.state != feedbackpost.ModerationStatePENDING
		moderatedAt := postTimes[i].Add(time.Duration(p.moderatedIn) * time.Hour)
		if decided {
			pc.SetModeratedAt(moderatedAt)
		}
		if p.state == feedbackpost.ModerationStateREJECTED {
			pc.SetRejectReason(p.rejectReason)
		}
		post, err := pc.Save(ctx)
		if err != nil {
			return fmt.Errorf("post %d: %w", i+1, err)
		}
		switch p.state {
		case feedbackpost.ModerationStatePENDING:
			info.Pending++
		case feedbackpost.ModerationStateAPPROVED:
			info.Approved++
			err = tx.ModerationDecision.Create().SetPost(post).SetModeratorID(moderatorID).
				SetDecision(moderationdecision.DecisionAPPROVE).SetCreatedAt(moderatedAt).Exec(ctx)
		case feedbackpost.ModerationStateREJECTED:
			info.Rejected++
			err = tx.ModerationDecision.Create().SetPost(post).SetModeratorID(moderatorID).
				SetDecision(moderationdecision.DecisionREJECT).
				SetReasonCode(moderationdecision.ReasonCode(p.rejectReason)).
				SetNote(p.note).SetCreatedAt(moderatedAt).Exec(ctx)
		default:
			// Escalation opens a safeguarding case; the demo keeps that out of sight.
			return fmt.Errorf("post %d: state %s is not part of the demo", i+1, p.state)
		}
		if err != nil {
			return fmt.Errorf("decision on post %d: %w", i+1, err)
		}
	}

	for _, pseudonym := range t.supporters {
		m, err := s.member(l.key, pseudonym)
		if err != nil {
			return err
		}
		if err := tx.ThreadSupport.Create().SetThread(th).SetMember(m).Exec(ctx); err != nil {
			return fmt.Errorf("me too by %q: %w", pseudonym, err)
		}
	}

	if r := t.response; r != nil {
		author, err := s.staffID(responderKey)
		if err != nil {
			return err
		}
		rc := tx.ThreadResponse.Create().SetThread(th).SetAuthorID(author).SetBody(r.body).
			SetStatus(r.status).SetCreatedAt(s.ago(r.daysAgo))
		if r.commitInDays > 0 {
			rc.SetCommitmentDate(s.inDays(r.commitInDays).Truncate(day))
		}
		if err := rc.Exec(ctx); err != nil {
			return fmt.Errorf("response: %w", err)
		}
	}
	s.in.Threads = append(s.in.Threads, info)
	return nil
}

func (s *seeder) createAnnouncement(ctx context.Context, tx *ent.Tx, l locationSpec, a announcementSpec) error {
	by, err := s.staffID(a.createdByStaffKey)
	if err != nil {
		return err
	}
	return tx.Announcement.Create().
		SetLocation(s.locs[l.key]).
		SetTitle(a.title).
		SetBody(a.body).
		SetPublishAt(s.ago(a.publishedDaysAgo)).
		SetExpiresAt(s.inDays(a.expiresInDays)).
		SetCreatedByID(by).
		SetCreatedAt(s.ago(a.publishedDaysAgo)).
		Exec(ctx)
}

// vote casts the ballots of the CLOSED and PUBLISHED polls while they are still open, through
// the real vote (voting.CastVote), each as its child signed in on a tablet of the location.
func (s *seeder) vote(ctx context.Context, votes *voting.Service) error {
	for _, p := range s.polls {
		for _, v := range p.spec.votes {
			m, err := s.member(p.loc, v.member)
			if err != nil {
				return err
			}
			chosen, err := ballot(p.spec, p.optionIDs, v)
			if err != nil {
				return fmt.Errorf("vote of %q: %w", v.member, err)
			}
			child := policies.NewContext(ctx, &policies.Viewer{
				TabletID: "demo", TabletLocationID: s.locs[p.loc].ID,
				MemberID: m.ID, AgeBand: string(m.AgeBand), Language: m.Language,
			})
			if _, err := votes.CastVote(child, voting.Ballot{PollID: p.id, OptionIDs: chosen, IdempotencyKey: rand.Text()}); err != nil {
				return fmt.Errorf("vote of %q: %w", v.member, err)
			}
			s.in.Polls[p.info].Voters++
		}
	}
	return nil
}

// ballot turns a vote spec into the chosen option ids, checking it the way a vote is checked:
// options exist, no option twice, the kind's number of choices.
func ballot(p pollSpec, optionIDs []string, v voteSpec) ([]string, error) {
	n := len(v.options)
	switch voting.KindOf(p.kind).Choices {
	case voting.ChooseAllInOrder:
		if n != len(optionIDs) {
			return nil, fmt.Errorf("a ranking names every option once, got %d of %d", n, len(optionIDs))
		}
	case voting.ChooseUpTo:
		if n < 1 || (p.maxChoices > 0 && n > p.maxChoices) {
			return nil, fmt.Errorf("%d choices, allowed 1..%d", n, p.maxChoices)
		}
	default:
		if n != 1 {
			return nil, fmt.Errorf("%d choices, allowed 1", n)
		}
	}
	seen := map[int]bool{}
	out := make([]string, n)
	for i, o := range v.options {
		if o < 0 || o >= len(optionIDs) || seen[o] {
			return nil, fmt.Errorf("bad or repeated option %d", o)
		}
		seen[o] = true
		out[i] = optionIDs[o]
	}
	return out, nil
}

// finishPolls closes the voted polls (the real close, which counts their sealed ballots), then
// gives them their final state and consistent times.
func (s *seeder) finishPolls(ctx context.Context, client *ent.Client, votes *voting.Service) error {
	for _, p := range s.polls {
		if p.spec.status != poll.StatusCLOSED && p.spec.status != poll.StatusPUBLISHED {
			continue
		}
		if _, err := votes.ClosePoll(ctx, p.id); err != nil {
			return fmt.Errorf("closing poll %s: %w", p.id, err)
		}
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return err
	}
	for _, p := range s.polls {
		if p.spec.status != poll.StatusCLOSED && p.spec.status != poll.StatusPUBLISHED {
			continue
		}
		closed := s.ago(p.spec.closedDaysAgo)
		u := tx.Poll.UpdateOneID(p.id).SetStatus(p.spec.status).SetClosesAt(closed).SetClosedAt(closed)
		if p.spec.status == poll.StatusPUBLISHED {
			u.SetPublishedAt(s.ago(p.spec.publishedDaysAgo))
		}
		if err := u.Exec(ctx); err != nil {
			return errors.Join(fmt.Errorf("finishing poll %s: %w", p.id, err), tx.Rollback())
		}
	}
	return tx.Commit()
}
