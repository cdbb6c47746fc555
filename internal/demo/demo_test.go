package demo_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/councildecision"
	"github.com/jeugdstem/jeugdstem/ent/feedbackpost"
	"github.com/jeugdstem/jeugdstem/ent/feedbackthread"
	"github.com/jeugdstem/jeugdstem/ent/membership"
	"github.com/jeugdstem/jeugdstem/ent/participation"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/sealedballot"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/ent/tally"
	"github.com/jeugdstem/jeugdstem/ent/threadsupport"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/auth"
	"github.com/jeugdstem/jeugdstem/internal/councils"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/demo"
	"github.com/jeugdstem/jeugdstem/internal/keyring"
	"github.com/jeugdstem/jeugdstem/internal/signals"
	"github.com/jeugdstem/jeugdstem/internal/voting"
	"github.com/jeugdstem/jeugdstem/policies"
)

// postgresEnv names a PostgreSQL DSN to run the tests there too, each in a fresh schema.
const postgresEnv = "JEUGDSTEM_TEST_POSTGRES"

func TestSeedSQLite(t *testing.T) {
	ctx := context.Background()
	db, err := database.Open(ctx, "sqlite://"+filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	testSeed(t, db)
}

func TestSeedPostgres(t *testing.T) {
	dsn := os.Getenv(postgresEnv)
	if dsn == "" {
		t.Skip(postgresEnv + " is not set")
	}
	testSeed(t, openPostgresSchema(t, dsn))
}

// openPostgresSchema creates a schema with a random name, opens dsn with search_path set to it
// and migrates; the schema is dropped when the test ends.
func openPostgresSchema(t *testing.T, dsn string) *database.DB {
	t.Helper()
	ctx := context.Background()
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	schema := "demo_test_" + hex.EncodeToString(b)
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if _, err := admin.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("dropping schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	db, err := database.Open(ctx, u.String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	return db
}

// testPINs hashes the demo's picture-PINs as a deployment with one test key would.
var testPINs = auth.NewPINs(keyring.MustNew([][]byte{[]byte("jeugdstem-demo-test-key-32-bytes-long")}))

func testSeed(t *testing.T, db *database.DB) {
	ctx := policies.System(context.Background())
	client := db.Client

	start := time.Now()
	votes := apitest.NewVotes(db)
	in, err := demo.Seed(ctx, client, votes, testPINs)
	if err != nil {
		t.Fatalf("Seed: %v", err)
	}
	t.Logf("Seed took %v", time.Since(start).Round(time.Millisecond))
	if in == nil {
		t.Fatal("Seed on an empty database returned no instructions")
	}

	// What the demo promises, not how many rows it happens to have: the instructions name
	// everything there is (so everything can be tried), nobody is signed in yet, no child has
	// a safeguarding case, and the only audited actions are the counting of the voted polls and
	// the council election its facilitator ran.
	t.Run("instructions list everything", func(t *testing.T) {
		got := countAll(t, ctx, client)
		listed := map[string]int{
			"locations": len(in.Locations), "staff": len(in.Staff), "members": len(in.Members),
			"tablets": len(in.Tablets), "polls": len(in.Polls), "threads": len(in.Threads),
		}
		for what, n := range listed {
			if n == 0 || got[what] != n {
				t.Errorf("instructions list %d %s, the database holds %d", n, what, got[what])
			}
		}
		for _, pi := range in.Polls {
			p := client.Poll.Query().Where(poll.ID(pi.ID)).WithOptions().OnlyX(ctx)
			voters := client.Participation.Query().Where(participation.HasPollWith(poll.ID(p.ID))).CountX(ctx)
			if string(p.Status) != pi.Status || string(p.Kind) != pi.Kind || len(p.Edges.Options) != pi.Options || voters != pi.Voters {
				t.Errorf("poll %s listed as %+v: %s %s, %d options, %d voters", p.ID, pi, p.Status, p.Kind, len(p.Edges.Options), voters)
			}
		}
		for _, ti := range in.Threads {
			th := client.FeedbackThread.Query().Where(feedbackthread.ID(ti.ID)).WithPosts().WithResponses().OnlyX(ctx)
			states := map[feedbackpost.ModerationState]int{}
			for _, p := range th.Edges.Posts {
				states[p.ModerationState]++
			}
			if string(th.Status) != ti.Status || th.MeTooCount != ti.MeToo || (len(th.Edges.Responses) > 0) != ti.Answered ||
				states[feedbackpost.ModerationStateAPPROVED] != ti.Approved || states[feedbackpost.ModerationStatePENDING] != ti.Pending ||
				states[feedbackpost.ModerationStateREJECTED] != ti.Rejected {
				t.Errorf("thread %q listed as %+v: %s, %d me too, %d responses, posts %v", th.Title, ti, th.Status, th.MeTooCount, len(th.Edges.Responses), states)
			}
		}
		if got["sessions"] != 0 || got["safeguarding cases"] != 0 {
			t.Errorf("%d sessions, %d safeguarding cases; want none", got["sessions"], got["safeguarding cases"])
		}
		closed := map[string]bool{}
		election := client.Poll.Query().Where(poll.KindEQ(poll.KindELECTION)).OnlyX(ctx)
		facilitator := client.StaffUser.Query().Where(staffuser.RoleEQ(staffuser.RoleFACILITATOR)).FirstX(ctx)
		// The demo council's meeting and election are made by its facilitator through the
		// council's operations, audited as in real use.
		councilWork := map[string]bool{councils.ActionMeetingCreated: true, councils.ActionAgendaItemAdded: true,
			councils.ActionDecisionRecorded: true, councils.ActionMinutesPublished: true, councils.ActionDecisionStatusUpdated: true,
			councils.ActionCouncilRoleAssigned: true, councils.ActionElectionCalled: true, councils.ActionElectionCreated: true}
		audited := map[string]bool{}
		for _, e := range client.AuditEvent.Query().AllX(ctx) {
			if councilWork[e.Action] && e.ActorID == facilitator.ID {
				audited[e.Action] = true
				continue
			}
			if e.ObjectID == election.ID && e.ActorID == facilitator.ID {
				closed[e.ObjectID] = closed[e.ObjectID] || e.Action == "POLL_CLOSED"
				continue
			}
			if e.Action != "POLL_CLOSED" || e.ActorID != "" || closed[e.ObjectID] {
				t.Errorf("audit event %s of %s by %q", e.Action, e.ObjectID, e.ActorID)
			}
			closed[e.ObjectID] = true
		}
		for _, a := range []string{councils.ActionMeetingCreated, councils.ActionMinutesPublished, councils.ActionElectionCreated} {
			if !audited[a] {
				t.Errorf("the demo council's history has no %s audit event", a)
			}
		}
		for _, p := range client.Poll.Query().AllX(ctx) {
			if counted := p.Status == poll.StatusCLOSED || p.Status == poll.StatusPUBLISHED; counted != closed[p.ID] {
				t.Errorf("%s poll %s: closing audited %v", p.Status, p.ID, closed[p.ID])
			}
		}
	})

	t.Run("locations", func(t *testing.T) {
		locs := client.Location.Query().AllX(ctx)
		kinds := map[string]bool{}
		for _, l := range locs {
			kinds[string(l.Kind)] = true
			if l.ChildrenHoused <= 0 || len(l.Languages) < 3 || !strings.Contains(l.Name, "Demo") {
				t.Errorf("location %+v", l)
			}
			// Every location can be tried: a council with its children, a tablet, areas to
			// give feedback about.
			if l.QueryCouncils().CountX(ctx) == 0 || l.QueryMembers().CountX(ctx) == 0 ||
				l.QueryTablets().CountX(ctx) == 0 || l.QueryAreas().CountX(ctx) == 0 {
				t.Errorf("%s lacks a council, members, a tablet or areas", l.Name)
			}
		}
		if len(locs) < 2 || len(kinds) != len(locs) {
			t.Errorf("locations of kinds %v, want two or more, each of another kind", kinds)
		}
		for _, a := range client.Area.Query().AllX(ctx) {
			langs := langsOf(a.Name)
			if !langs["nl"] || !langs["en"] {
				t.Errorf("area %s lacks nl/en names: %v", a.ID, a.Name)
			}
		}
	})

	t.Run("staff", func(t *testing.T) {
		users := client.StaffUser.Query().WithLocations().AllX(ctx)
		roles := map[staffuser.Role]int{}
		for _, u := range users {
			roles[u.Role]++
			if u.Role == staffuser.RoleNATIONAL_ADMIN && len(u.Edges.Locations) != 0 {
				t.Errorf("national admin has locations")
			}
			if u.Role != staffuser.RoleNATIONAL_ADMIN && len(u.Edges.Locations) == 0 {
				t.Errorf("%s has no location", u.Email)
			}
			if !strings.HasSuffix(u.Email, "@demo.jeugdstem.test") {
				t.Errorf("email %s", u.Email)
			}
		}
		for _, r := range []staffuser.Role{
			staffuser.RoleFACILITATOR, staffuser.RoleMODERATOR, staffuser.RoleSAFEGUARDING_OFFICER,
			staffuser.RoleLOCATION_MANAGER, staffuser.RolePARTNER, staffuser.RoleNATIONAL_ADMIN,
		} {
			if roles[r] != 1 {
				t.Errorf("role %s: %d users, want 1", r, roles[r])
			}
		}
		seen := map[string]bool{}
		for _, s := range in.Staff {
			if len(s.Password) < 14 || seen[s.Password] {
				t.Errorf("password of %s is short or repeated: %q", s.Email, s.Password)
			}
			seen[s.Password] = true
		}
	})

	t.Run("councils", func(t *testing.T) {
		for _, c := range client.Council.Query().WithMemberships().AllX(ctx) {
			chairs := 0
			for _, m := range c.Edges.Memberships {
				if m.Role == membership.RoleCHAIR {
					chairs++
				}
			}
			if chairs != 1 || len(c.Edges.Memberships) < 2 {
				t.Errorf("council %s: %d chairs, %d members", c.Name, chairs, len(c.Edges.Memberships))
			}
		}
		bands := map[schematype.AgeBand]bool{}
		unaccompanied := 0
		for _, m := range client.YouthMember.Query().WithLocation().WithMemberships(func(q *ent.MembershipQuery) { q.WithCouncil() }).AllX(ctx) {
			bands[m.AgeBand] = true
			if len(m.Edges.Memberships) != 1 || m.Edges.Memberships[0].LeftAt != nil ||
				m.Edges.Memberships[0].Edges.Council.LocationID != m.Edges.Location.ID {
				t.Errorf("%s is not in one council of %s", m.Pseudonym, m.Edges.Location.Name)
			}
			if m.Unaccompanied {
				unaccompanied++
			}
			if !slices.Contains(m.Edges.Location.Languages, m.Language) {
				t.Errorf("%s speaks %s, not a language of %s", m.Pseudonym, m.Language, m.Edges.Location.Name)
			}
		}
		members := client.YouthMember.Query().CountX(ctx)
		if len(bands) != len(schematype.AgeBand("").Values()) || unaccompanied == 0 || unaccompanied == members {
			t.Errorf("bands %v, %d of %d unaccompanied; want every band, some unaccompanied", bands, unaccompanied, members)
		}
	})

	t.Run("secrets verify", func(t *testing.T) {
		type check struct{ what, hash, secret string }
		var checks []check
		for _, m := range in.Members {
			if len(m.PIN) != auth.PINLength {
				t.Errorf("%s: PIN %v", m.Pseudonym, m.PIN)
			}
			for _, d := range m.PIN {
				if d < 0 || d >= auth.PINPictures {
					t.Errorf("%s: PIN %v", m.Pseudonym, m.PIN)
				}
			}
			ym := client.YouthMember.GetX(ctx, m.ID)
			if ok, stale, err := testPINs.Check(ym.PinHash, m.PIN); !ok || stale || err != nil {
				t.Errorf("PIN of %s does not verify under the current key (ok=%v stale=%v err=%v)", m.Pseudonym, ok, stale, err)
			}
		}
		for _, s := range in.Staff {
			u := client.StaffUser.GetX(ctx, s.ID)
			checks = append(checks, check{s.Email, u.PasswordHash, s.Password})
		}
		var wg sync.WaitGroup
		sem := make(chan struct{}, 2)
		for _, c := range checks {
			wg.Go(func() {
				sem <- struct{}{}
				defer func() { <-sem }()
				ok, err := auth.CheckPassword(c.hash, c.secret)
				if err != nil || !ok {
					t.Errorf("secret of %s does not verify (%v)", c.what, err)
				}
			})
		}
		wg.Wait()
	})

	t.Run("tablets", func(t *testing.T) {
		hexHash := regexp.MustCompile(`^[0-9a-f]{64}$`)
		for _, tb := range client.Tablet.Query().WithLocation().AllX(ctx) {
			if tb.Name != "Tablet speelkamer" || !hexHash.MatchString(tb.TokenHash) || tb.Edges.Location == nil {
				t.Errorf("tablet %+v", tb)
			}
		}
	})

	t.Run("polls", func(t *testing.T) {
		var admin string
		for _, st := range in.Staff {
			if st.Role == string(staffuser.RoleNATIONAL_ADMIN) {
				admin = st.ID
			}
		}
		// Results as the console shows them: through the real rule (disclosure.Poll), to a
		// national admin, who may see every counted poll.
		asAdmin := policies.NewContext(context.Background(), &policies.Viewer{StaffID: admin, Role: policies.RoleNationalAdmin})
		checkPolls(t, ctx, client, func(id string) (*voting.Results, error) { return votes.PollResults(asAdmin, id) })
	})

	t.Run("feedback", func(t *testing.T) {
		checkFeedback(t, ctx, client)
	})

	t.Run("announcement", func(t *testing.T) {
		a := client.Announcement.Query().WithLocation().OnlyX(ctx)
		for _, l := range []string{"nl", "en", "ar"} {
			if !langsOf(a.Title)[l] || !langsOf(a.Body)[l] {
				t.Errorf("announcement lacks %s", l)
			}
		}
		if a.Edges.Location == nil || a.Edges.Location.Name != in.Locations[0].Name {
			t.Errorf("announcement is not for the first location")
		}
	})

	t.Run("instructions", func(t *testing.T) {
		var buf bytes.Buffer
		n, err := in.WriteTo(&buf)
		if err != nil || n != int64(buf.Len()) {
			t.Fatalf("WriteTo: %d, %v (wrote %d)", n, err, buf.Len())
		}
		out := buf.String()
		for _, m := range in.Members {
			if !strings.Contains(out, m.Pseudonym) || !strings.Contains(out, demo.PINString(m.PIN)) {
				t.Errorf("instructions lack %s or its PIN", m.Pseudonym)
			}
		}
		for _, s := range in.Staff {
			if !strings.Contains(out, s.Email) || !strings.Contains(out, s.Password) || !strings.Contains(out, s.Role) {
				t.Errorf("instructions lack %s, its role or its password", s.Email)
			}
		}
		for _, word := range []string{"Tablet speelkamer", "DRAFT", "OPEN", "CLOSED", "PUBLISHED", "picture"} {
			if !strings.Contains(out, word) {
				t.Errorf("instructions lack %q", word)
			}
		}
		if testing.Verbose() {
			t.Log("\n" + out)
		}
	})

	t.Run("a council at work", func(t *testing.T) { checkCouncil(t, client) })

	t.Run("second seed", func(t *testing.T) {
		before := countAll(t, ctx, client)
		again, err := demo.Seed(ctx, client, apitest.NewVotes(db), testPINs)
		if err != nil || again != nil {
			t.Fatalf("second Seed: %v, %v; want nil, nil", again, err)
		}
		after := countAll(t, ctx, client)
		for k, n := range before {
			if after[k] != n {
				t.Errorf("%s: %d before, %d after the second seed", k, n, after[k])
			}
		}
	})
}

func checkPolls(t *testing.T, ctx context.Context, client *ent.Client, results func(pollID string) (*voting.Results, error)) {
	polls := client.Poll.Query().WithOptions().WithCouncil().WithLocation().AllX(ctx)
	statuses := map[poll.Status]int{}
	kinds := map[poll.Kind]bool{}
	var smileyPublished, someWithheld bool
	for _, p := range polls {
		statuses[p.Status]++
		kinds[p.Kind] = true
		nOpts := len(p.Edges.Options)
		if p.Edges.Location == nil {
			t.Errorf("poll %s has no location", p.ID)
		}
		if (p.Scope == poll.ScopeCOUNCIL) != (p.Edges.Council != nil) {
			t.Errorf("poll %s: scope %s, council %v", p.ID, p.Scope, p.Edges.Council)
		}
		langs := langsOf(p.Question)
		if !langs["nl"] || !langs["en"] || !langs["ar"] {
			t.Errorf("poll %s question languages %v", p.ID, langs)
		}
		for _, o := range p.Edges.Options {
			if (o.Pictogram == "" && p.Kind != poll.KindELECTION) || !langsOf(o.Label)["en"] { // a candidate's picture is their avatar
				t.Errorf("option %s: %+v", o.ID, o)
			}
		}
		switch p.Kind {
		case poll.KindSMILEY_SCALE:
			if nOpts != 5 || p.Theme != schematype.ThemeSafety {
				t.Errorf("smiley poll %s: %d options, theme %s", p.ID, nOpts, p.Theme)
			}
			for _, o := range p.Edges.Options {
				if want := "smiley-" + string(rune('1'+o.Position)); o.Pictogram != want {
					t.Errorf("smiley option %d pictogram %s, want %s", o.Position, o.Pictogram, want)
				}
			}
		case poll.KindMULTIPLE_CHOICE:
			if p.MaxChoices == nil || *p.MaxChoices != 2 {
				t.Errorf("multiple choice poll %s: max_choices %v", p.ID, p.MaxChoices)
			}
		case poll.KindYES_NO:
			if nOpts != 2 {
				t.Errorf("yes/no poll %s has %d options", p.ID, nOpts)
			}
		}

		// Times follow the status.
		switch p.Status {
		case poll.StatusDRAFT:
			if p.OpenedAt != nil || p.ClosedAt != nil || p.PublishedAt != nil {
				t.Errorf("draft %s has times", p.ID)
			}
		case poll.StatusOPEN:
			if p.OpenedAt == nil || p.ClosedAt != nil || p.PublishedAt != nil {
				t.Errorf("open %s: times %v %v %v", p.ID, p.OpenedAt, p.ClosedAt, p.PublishedAt)
			}
		case poll.StatusCLOSED:
			if p.OpenedAt == nil || p.ClosedAt == nil || !p.OpenedAt.Before(*p.ClosedAt) || p.PublishedAt != nil {
				t.Errorf("closed %s: times %v %v %v", p.ID, p.OpenedAt, p.ClosedAt, p.PublishedAt)
			}
		case poll.StatusPUBLISHED:
			if p.OpenedAt == nil || p.ClosedAt == nil || p.PublishedAt == nil ||
				!p.OpenedAt.Before(*p.ClosedAt) || p.PublishedAt.Before(*p.ClosedAt) {
				t.Errorf("published %s: times %v %v %v", p.ID, p.OpenedAt, p.ClosedAt, p.PublishedAt)
			}
		}

		tallies := client.Tally.Query().Where(tally.HasPollWith(poll.ID(p.ID))).WithOption().AllX(ctx)
		parts := client.Participation.Query().Where(participation.HasPollWith(poll.ID(p.ID))).AllX(ctx)
		sealed := client.SealedBallot.Query().Where(sealedballot.PollID(p.ID)).CountX(ctx)
		counted := p.Status == poll.StatusCLOSED || p.Status == poll.StatusPUBLISHED
		ranks := 1
		if p.Kind == poll.KindRANKING {
			ranks = nOpts
		}
		// Counts exist only once a poll is counted, and only for a group of at least k voters;
		// the sealed ballots are gone then, and so is the key that opened them.
		wantTallies := 0
		if counted && len(parts) >= p.MinGroupSize {
			wantTallies = nOpts * ranks
		}
		if len(tallies) != wantTallies {
			t.Errorf("poll %s (%s %s, %d voters): %d tallies, want %d", p.ID, p.Status, p.Kind, len(parts), len(tallies), wantTallies)
		}
		if counted && (sealed != 0 || len(p.BallotKeySalt) != 0) {
			t.Errorf("counted poll %s keeps %d sealed ballots (salt kept: %v)", p.ID, sealed, len(p.BallotKeySalt) != 0)
		}
		if counted && len(parts) == 0 {
			t.Errorf("%s poll %s has no votes", p.Status, p.ID)
		}
		if !counted && (len(parts) != 0 || sealed != 0) {
			t.Errorf("%s poll %s has %d votes", p.Status, p.ID, len(parts))
		}
		for _, pa := range parts {
			if len(pa.IdempotencyHash) != 64 {
				t.Errorf("idempotency hash %q", pa.IdempotencyHash)
			}
		}
		perRank := map[int]int{}
		perOption := map[string]int{}
		for _, tl := range tallies {
			if p.Kind == poll.KindRANKING && (tl.Rank < 1 || tl.Rank > nOpts) || p.Kind != poll.KindRANKING && tl.Rank != 0 {
				t.Errorf("poll %s (%s): tally rank %d", p.ID, p.Kind, tl.Rank)
			}
			perRank[tl.Rank] += tl.Count
			if tl.Rank <= 1 {
				perOption[tl.Edges.Option.ID] += tl.Count
			}
		}
		if wantTallies > 0 {
			voters := len(parts)
			switch p.Kind {
			case poll.KindSINGLE_CHOICE, poll.KindYES_NO, poll.KindSMILEY_SCALE:
				if perRank[0] != voters {
					t.Errorf("poll %s: tallies sum to %d, %d participations", p.ID, perRank[0], voters)
				}
			case poll.KindMULTIPLE_CHOICE:
				if perRank[0] < voters || perRank[0] > 2*voters {
					t.Errorf("poll %s: tallies sum to %d, %d participations", p.ID, perRank[0], voters)
				}
			case poll.KindRANKING:
				for r := 1; r <= nOpts; r++ {
					if perRank[r] != voters {
						t.Errorf("ranking %s rank %d: %d, want %d", p.ID, r, perRank[r], voters)
					}
				}
			}
		}

		// Every published poll has results to look at that pass disclosure: the turnout and
		// at least one count shown. Some count somewhere is withheld, to show the protection.
		if p.Status == poll.StatusPUBLISHED {
			r, err := results(p.ID)
			if err != nil {
				t.Fatalf("results of %s: %v", p.ID, err)
			}
			shown := 0
			for _, o := range r.Options {
				if o.Suppressed {
					someWithheld = true
				} else {
					shown++
				}
			}
			if r.TurnoutSuppressed || r.Turnout == nil || *r.Turnout == 0 || !r.CountsVisible || shown == 0 {
				t.Errorf("published %s poll %s shows turnout %v (withheld %v), %d of %d counts", p.Kind, p.ID, r.Turnout, r.TurnoutSuppressed, shown, len(r.Options))
			}
			smileyPublished = smileyPublished || p.Kind == poll.KindSMILEY_SCALE
		}
	}
	for _, s := range []poll.Status{poll.StatusDRAFT, poll.StatusOPEN, poll.StatusCLOSED, poll.StatusPUBLISHED} {
		if statuses[s] == 0 {
			t.Errorf("no %s poll", s)
		}
	}
	for _, k := range []poll.Kind{
		poll.KindSINGLE_CHOICE, poll.KindMULTIPLE_CHOICE, poll.KindSMILEY_SCALE, poll.KindYES_NO, poll.KindRANKING,
	} {
		if !kinds[k] {
			t.Errorf("no %s poll", k)
		}
	}
	if !smileyPublished || !someWithheld {
		t.Errorf("published smiley-scale poll: %v; a count withheld: %v", smileyPublished, someWithheld)
	}
}

func checkFeedback(t *testing.T, ctx context.Context, client *ent.Client) {
	threads := client.FeedbackThread.Query().
		WithPosts(func(q *ent.FeedbackPostQuery) { q.Order(ent.Asc(feedbackpost.FieldCreatedAt)) }).
		WithResponses().WithArea().AllX(ctx)
	themes := map[schematype.Theme]bool{}
	areas := map[string]bool{}
	states := map[feedbackpost.ModerationState]int{}
	answered := 0
	for _, th := range threads {
		themes[th.Theme] = true
		if th.Edges.Area != nil {
			areas[th.Edges.Area.ID] = true
		}
		if n := client.ThreadSupport.Query().Where(threadsupport.HasThreadWith(feedbackthread.ID(th.ID))).CountX(ctx); n != th.MeTooCount {
			t.Errorf("thread %q: me_too_count %d, %d supports", th.Title, th.MeTooCount, n)
		}
		if len(th.Edges.Posts) == 0 {
			t.Errorf("thread %q has no posts", th.Title)
			continue
		}
		first := th.Edges.Posts[0]
		if (th.VisibleAt != nil) != (first.ModerationState == feedbackpost.ModerationStateAPPROVED) {
			t.Errorf("thread %q: visible_at %v, first post %s", th.Title, th.VisibleAt, first.ModerationState)
		}
		for _, p := range th.Edges.Posts {
			states[p.ModerationState]++
			decisions := p.QueryDecisions().WithModerator().AllX(ctx)
			decided := p.ModerationState != feedbackpost.ModerationStatePENDING
			if decided != (len(decisions) == 1) || decided != (p.ModeratedAt != nil) {
				t.Errorf("post %s (%s): %d decisions, moderated_at %v", p.ID, p.ModerationState, len(decisions), p.ModeratedAt)
			}
			for _, d := range decisions {
				if d.Edges.Moderator.Role != staffuser.RoleMODERATOR {
					t.Errorf("decision by %s", d.Edges.Moderator.Role)
				}
			}
			if p.ModerationState == feedbackpost.ModerationStateREJECTED &&
				(p.RejectReason == nil || *p.RejectReason != feedbackpost.RejectReasonPERSONAL_INFO) {
				t.Errorf("rejected post %s: reason %v", p.ID, p.RejectReason)
			}
		}
		for _, r := range th.Edges.Responses {
			answered++
			langs := langsOf(r.Body)
			if !langs["nl"] || !langs["en"] || !langs["ar"] || r.CommitmentDate == nil || string(r.Status) != string(th.Status) {
				t.Errorf("response %s: %v, commitment %v, status %s on a %s thread", r.ID, r.Body, r.CommitmentDate, r.Status, th.Status)
			}
			if th.AnsweredAt == nil || r.QueryAuthor().OnlyX(ctx).Role != staffuser.RoleLOCATION_MANAGER {
				t.Errorf("thread %q answered_at %v", th.Title, th.AnsweredAt)
			}
		}
	}
	if len(themes) < 3 || len(areas) < 3 {
		t.Errorf("threads in %d themes and %d areas", len(themes), len(areas))
	}
	// Something for every staff screen: posts to moderate and a rejected one, a thread
	// with an answer, one being worked on.
	if states[feedbackpost.ModerationStateAPPROVED] == 0 || states[feedbackpost.ModerationStatePENDING] == 0 ||
		states[feedbackpost.ModerationStateREJECTED] == 0 {
		t.Errorf("post states %v, want approved, pending and rejected posts", states)
	}
	if answered == 0 {
		t.Error("no thread has an answer")
	}
	if n := client.FeedbackThread.Query().Where(feedbackthread.StatusEQ(feedbackthread.StatusIN_PROGRESS)).CountX(ctx); n == 0 {
		t.Error("no thread in progress")
	}
}

// countAll counts the rows of every table.
func countAll(t *testing.T, ctx context.Context, c *ent.Client) map[string]int {
	t.Helper()
	counts := map[string]int{}
	add := func(name string, n int, err error) {
		if err != nil {
			t.Fatalf("counting %s: %v", name, err)
		}
		counts[name] = n
	}
	n, err := c.Location.Query().Count(ctx)
	add("locations", n, err)
	n, err = c.Area.Query().Count(ctx)
	add("areas", n, err)
	n, err = c.Council.Query().Count(ctx)
	add("councils", n, err)
	n, err = c.YouthMember.Query().Count(ctx)
	add("members", n, err)
	n, err = c.Membership.Query().Count(ctx)
	add("memberships", n, err)
	n, err = c.StaffUser.Query().Count(ctx)
	add("staff", n, err)
	n, err = c.Tablet.Query().Count(ctx)
	add("tablets", n, err)
	n, err = c.Poll.Query().Count(ctx)
	add("polls", n, err)
	n, err = c.PollOption.Query().Count(ctx)
	add("options", n, err)
	n, err = c.Tally.Query().Count(ctx)
	add("tallies", n, err)
	n, err = c.Participation.Query().Count(ctx)
	add("participations", n, err)
	n, err = c.FeedbackThread.Query().Count(ctx)
	add("threads", n, err)
	n, err = c.FeedbackPost.Query().Count(ctx)
	add("posts", n, err)
	n, err = c.ModerationDecision.Query().Count(ctx)
	add("decisions", n, err)
	n, err = c.ThreadSupport.Query().Count(ctx)
	add("supports", n, err)
	n, err = c.ThreadResponse.Query().Count(ctx)
	add("responses", n, err)
	n, err = c.Announcement.Query().Count(ctx)
	add("announcements", n, err)
	n, err = c.SafeguardingCase.Query().Count(ctx)
	add("safeguarding cases", n, err)
	n, err = c.Session.Query().Count(ctx)
	add("sessions", n, err)
	n, err = c.AuditEvent.Query().Count(ctx)
	add("audit events", n, err)
	return counts
}

func langsOf(ts []schematype.Translation) map[string]bool {
	m := map[string]bool{}
	for _, tr := range ts {
		if tr.Text != "" {
			m[tr.Lang] = true
		}
	}
	return m
}

// The demo's open "How safe do you feel here?" is the location's current wellbeing check-in, not
// a poll beside it: the check-in scheduler (two instances, started with the demo as `serve
// --demo` does) must not open a second one at either location, and must ask again when the
// demo's round is due.
func TestDemoCheckInIsAskedOnce(t *testing.T) {
	run := func(t *testing.T, db *database.DB) {
		ctx := policies.System(context.Background())
		client := db.Client
		votes := apitest.NewVotes(db)
		if _, err := demo.Seed(ctx, client, votes, testPINs); err != nil {
			t.Fatal(err)
		}
		openCheckIns := func() map[string]int {
			per := map[string]int{}
			for _, p := range client.Poll.Query().Where(poll.StatusEQ(poll.StatusOPEN), poll.ThemeEQ(schematype.ThemeSafety), poll.KindEQ(poll.KindSMILEY_SCALE)).AllX(ctx) {
				per[*p.LocationID]++
			}
			return per
		}
		before := openCheckIns()
		now := time.Now()
		for range 2 {
			var wg sync.WaitGroup
			for range 2 { // two instances
				wg.Add(1)
				go func() {
					defer wg.Done()
					s := signals.New(client, votes, signals.Config{Now: func() time.Time { return now }})
					if _, err := s.StartDueCheckIns(ctx); err != nil {
						t.Error(err)
					}
				}()
			}
			wg.Wait()
		}
		after := openCheckIns()
		for _, l := range client.Location.Query().AllX(ctx) {
			if after[l.ID] > 1 {
				t.Errorf("%s: %d wellbeing check-ins open at once after the scheduler ran (demo seeded %d)", l.Name, after[l.ID], before[l.ID])
			}
		}
		// The demo's round ends by itself: when it is due, the scheduler asks the next one, once.
		later, asked := now.AddDate(0, 0, 15), time.Now()
		for range 2 {
			s := signals.New(client, votes, signals.Config{Now: func() time.Time { return later }})
			if _, err := s.StartDueCheckIns(ctx); err != nil {
				t.Fatal(err)
			}
		}
		for _, l := range client.Location.Query().AllX(ctx) {
			open := client.Poll.Query().Where(poll.LocationID(l.ID), poll.StatusEQ(poll.StatusOPEN), poll.ThemeEQ(schematype.ThemeSafety),
				poll.KindEQ(poll.KindSMILEY_SCALE), poll.CreatedAtGT(asked)).CountX(ctx)
			if open != 1 {
				t.Errorf("%s: %d new check-ins two weeks later, want 1", l.Name, open)
			}
		}
	}
	t.Run("sqlite", func(t *testing.T) {
		ctx := context.Background()
		db, err := database.Open(ctx, "sqlite://"+filepath.Join(t.TempDir(), "demo.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		if err := db.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		run(t, db)
	})
	t.Run("postgres", func(t *testing.T) {
		dsn := os.Getenv(postgresEnv)
		if dsn == "" {
			t.Skip(postgresEnv + " is not set")
		}
		run(t, openPostgresSchema(t, dsn))
	})
}

// checkCouncil: the demo shows a youth council at work, as a child of it sees it on the tablet:
// a decision of published minutes on the board in their language, being carried out; an election
// that elected the council's members, who hold all its seats; and its held meeting is no longer
// "next".
func checkCouncil(t *testing.T, client *ent.Client) {
	sys := policies.System(context.Background())
	turtle := client.YouthMember.Query().Where(youthmember.Pseudonym("Purple Turtle")).OnlyX(sys)
	child := policies.NewContext(context.Background(), &policies.Viewer{TabletID: "demo", TabletLocationID: turtle.LocationID,
		MemberID: turtle.ID, AgeBand: string(turtle.AgeBand), Language: "ar"})
	mine, err := councils.MyCouncil(child, client, nil)
	if err != nil || mine == nil {
		t.Fatalf("myCouncil: %v, %v", mine, err)
	}
	var adopted bool
	for _, d := range mine.RecentDecisions {
		adopted = adopted || (d.Text.Lang == "ar" && d.Status != nil && *d.Status == councildecision.ActionStatusIN_PROGRESS && d.DueDate != nil)
	}
	if !adopted {
		t.Errorf("the board shows no adopted decision in Arabic being carried out: %+v", mine.RecentDecisions)
	}
	if mine.NextMeeting != nil {
		t.Errorf("the held meeting is still the next one: %+v", mine.NextMeeting)
	}
	var elected []string
	for _, e := range mine.Elections {
		for _, c := range e.Candidates {
			if c.Elected && c.Pseudonym != nil {
				elected = append(elected, *c.Pseudonym)
			}
		}
	}
	var members []string
	for _, m := range mine.Members {
		if !m.Elected {
			t.Errorf("%s sits on an elected council without being elected", m.Pseudonym)
		}
		members = append(members, m.Pseudonym)
	}
	slices.Sort(elected)
	slices.Sort(members)
	if mine.Seats == 0 || mine.Vacancies != 0 || len(elected) != mine.Seats || !slices.Equal(elected, members) {
		t.Errorf("seats %d, vacancies %d, elected %v, members %v", mine.Seats, mine.Vacancies, elected, members)
	}
	if !slices.Contains(members, "Purple Turtle") {
		t.Errorf("the chair who stood and won is not a member: %v", members)
	}
}
