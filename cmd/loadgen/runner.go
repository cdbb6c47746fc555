package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type config struct {
	urls                      string
	adminEmail, adminPassword string
	locations                 int
	tabletsPerLocation        int
	membersPerLocation        int
	initialPolls              int
	newPollEvery              time.Duration
	readers, moderators       int
	duration                  time.Duration
	forwardedHeader           string
	metrics                   []string // per instance, its --metrics-addr as a URL
	round                     bool
	roundWithin               time.Duration
	setupWorkers              int
}

const staffPassword = "load test staff password"

type member struct {
	id  string
	pin []int
}

type site struct {
	index                            int
	id                               string
	facilitator, manager, moderator  string // e-mail addresses
	members                          []member
	nextMember                       atomic.Uint64
	tablets                          []*browser
	managerBrowser, moderatorBrowser *browser
}

type runner struct {
	cfg       config
	urls      []string
	rr        atomic.Uint64
	rec       *recorder
	transport *http.Transport
	runID     string
	sites     []*site
	addrs     atomic.Uint64
	admin     *browser
	rssMu     sync.Mutex
	rssMax    map[string]float64
	rssLast   map[string]float64
	// The check-in round: children who answered, of how many, and when the last one did.
	answered, children   atomic.Int64
	roundStart, roundEnd time.Time
}

func newRunner(cfg config, urls []string) *runner {
	b := make([]byte, 3)
	_, _ = rand.Read(b)
	return &runner{
		cfg: cfg, urls: urls, rec: newRecorder(), runID: hex.EncodeToString(b),
		transport: &http.Transport{MaxIdleConnsPerHost: 256, MaxConnsPerHost: 0, IdleConnTimeout: time.Minute},
		rssMax:    map[string]float64{}, rssLast: map[string]float64{},
	}
}

func randInt(n int) int {
	v, _ := rand.Int(rand.Reader, big.NewInt(int64(n)))
	return int(v.Int64())
}

func key() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func (b *browser) signIn(ctx context.Context, email string, password ...string) error {
	p := staffPassword
	if len(password) > 0 {
		p = password[0]
	}
	return b.setup(ctx, `mutation($e: String!, $p: String!) { staffLogin(email: $e, password: $p) { id } }`,
		map[string]any{"e": email, "p": p}, nil)
}

// setUp creates the world of the run through the API, as a national admin would: the locations
// a few at a time (setupWorkers), each with its facilitator, council, children and tablets; a
// location manager and a moderator where they are needed (all locations outside a round, else
// those of the readers and moderators).
func (r *runner) setUp(ctx context.Context) error {
	admin := r.newBrowser()
	if err := admin.do(ctx, "staffLogin", `mutation($e: String!, $p: String!) { staffLogin(email: $e, password: $p) { id } }`,
		map[string]any{"e": r.cfg.adminEmail, "p": r.cfg.adminPassword}, nil); err != nil {
		return fmt.Errorf("admin sign-in: %w", err)
	}
	r.admin = admin
	r.sites = make([]*site, r.cfg.locations)
	sem := make(chan struct{}, max(1, r.cfg.setupWorkers))
	errs := make(chan error, r.cfg.locations)
	var wg sync.WaitGroup
	for i := range r.cfg.locations {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			s, err := r.setUpSite(ctx, admin, i)
			if err != nil {
				errs <- fmt.Errorf("location %d: %w", i, err)
				return
			}
			r.sites[i] = s
			if (i+1)%25 == 0 {
				log.Printf("set up %d locations", i+1)
			}
		}()
		if len(errs) > 0 {
			break
		}
	}
	wg.Wait()
	close(errs)
	return <-errs
}

func (r *runner) setUpSite(ctx context.Context, admin *browser, i int) (*site, error) {
	s := &site{index: i}
	var loc struct{ CreateLocation struct{ ID string } }
	if err := admin.do(ctx, "setup", `mutation($n: String!) { createLocation(input: {name: $n, kind: EMERGENCY, childrenHoused: 120, languages: ["ar", "nl"]}) { id } }`,
		map[string]any{"n": fmt.Sprintf("Load %s %d", r.runID, i)}, &loc); err != nil {
		return nil, err
	}
	s.id = loc.CreateLocation.ID
	roles := []string{"FACILITATOR"}
	if !r.cfg.round || i < r.cfg.readers {
		roles = append(roles, "LOCATION_MANAGER")
	}
	if !r.cfg.round || i < r.cfg.moderators {
		roles = append(roles, "MODERATOR")
	}
	for _, role := range roles {
		email := fmt.Sprintf("%s-%s-%d@load.jeugdstem.test", strings.ToLower(role), r.runID, i)
		if err := admin.do(ctx, "setup", `mutation($e: String!, $p: String!, $r: StaffUserRole!, $l: ID!) { createStaffUser(input: {email: $e, displayName: "Load", password: $p, role: $r, locationIDs: [$l]}) { id } }`,
			map[string]any{"e": email, "p": staffPassword, "r": role, "l": s.id}, nil); err != nil {
			return nil, err
		}
		switch role {
		case "FACILITATOR":
			s.facilitator = email
		case "LOCATION_MANAGER":
			s.manager = email
		default:
			s.moderator = email
		}
	}
	var council struct{ CreateCouncil struct{ ID string } }
	if err := admin.do(ctx, "setup", `mutation($l: ID!) { createCouncil(input: {locationID: $l, name: "Raad", ageGroup: MIXED}) { id } }`,
		map[string]any{"l": s.id}, &council); err != nil {
		return nil, err
	}
	if err := r.registerMembers(ctx, admin, s, council.CreateCouncil.ID); err != nil {
		return nil, err
	}
	for range r.cfg.tabletsPerLocation {
		t := r.newBrowser()
		if err := t.signIn(ctx, s.facilitator); err != nil {
			return nil, err
		}
		if err := t.setup(ctx, `mutation($l: ID!) { enrollTablet(locationID: $l, name: "Load tablet") { id } }`, map[string]any{"l": s.id}, nil); err != nil {
			return nil, err
		}
		if err := t.do(ctx, "setup", `mutation { logout }`, nil, nil); err != nil {
			return nil, err
		}
		s.tablets = append(s.tablets, t)
	}
	if s.manager != "" {
		s.managerBrowser = r.newBrowser()
		if err := s.managerBrowser.signIn(ctx, s.manager); err != nil {
			return nil, err
		}
	}
	if s.moderator != "" {
		s.moderatorBrowser = r.newBrowser()
		if err := s.moderatorBrowser.signIn(ctx, s.moderator); err != nil {
			return nil, err
		}
	}
	if !r.cfg.round {
		for range r.cfg.initialPolls {
			if err := r.openPoll(ctx, s); err != nil {
				return nil, err
			}
		}
	}
	return s, nil
}

// registerMembers registers the children of a site, four at a time (each costs the server a PIN
// hash).
func (r *runner) registerMembers(ctx context.Context, admin *browser, s *site, councilID string) error {
	var mu sync.Mutex
	var firstErr error
	sem := make(chan struct{}, 4)
	var wg sync.WaitGroup
	for j := range r.cfg.membersPerLocation {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			var reg struct {
				RegisterYouthMember struct {
					Member struct{ ID string }
					Pin    []int
				}
			}
			err := admin.do(ctx, "setup", `mutation($c: ID!, $p: String!) { registerYouthMember(input: {councilID: $c, pseudonym: $p, avatar: "owl", ageBand: AGE_12_14, language: "ar"}) { member { id } pin } }`,
				map[string]any{"c": councilID, "p": fmt.Sprintf("Load Owl %d", j)}, &reg)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				if firstErr == nil {
					firstErr = err
				}
				return
			}
			s.members = append(s.members, member{id: reg.RegisterYouthMember.Member.ID, pin: reg.RegisterYouthMember.Pin})
		}()
	}
	wg.Wait()
	return firstErr
}

var pollSeq atomic.Int64

// openPoll has the site's manager create and open a three-option poll.
func (r *runner) openPoll(ctx context.Context, s *site) error {
	n := pollSeq.Add(1)
	var created struct{ CreatePoll struct{ ID string } }
	err := s.managerBrowser.do(ctx, "createPoll", `mutation($l: ID!, $q: String!) { createPoll(input: {scope: LOCATION, locationID: $l, kind: SINGLE_CHOICE, theme: PLAY_ACTIVITIES,
		question: [{lang: "nl", text: $q}, {lang: "ar", text: $q}],
		options: [{label: [{lang: "nl", text: "Voetbal"}], pictogram: "football"}, {label: [{lang: "nl", text: "Knutselen"}], pictogram: "crafts"}, {label: [{lang: "nl", text: "Film"}], pictogram: "film"}]}) { id } }`,
		map[string]any{"l": s.id, "q": fmt.Sprintf("Wat doen we zaterdag? (%d)", n)}, &created)
	if err != nil {
		return err
	}
	return s.managerBrowser.do(ctx, "openPoll", `mutation($id: ID!) { openPoll(id: $id) { id } }`, map[string]any{"id": created.CreatePoll.ID}, nil)
}

// run starts every actor, measures for the configured duration (a round: until every child
// answered the check-in, or the duration is up) and stops them.
func (r *runner) run(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, r.cfg.duration)
	defer cancel()
	if r.cfg.round {
		if err := r.startRound(ctx); err != nil {
			return err
		}
	}
	r.rec.start()
	var tablets, others sync.WaitGroup
	spawn := func(wg *sync.WaitGroup, f func(context.Context)) {
		wg.Add(1)
		go func() { defer wg.Done(); f(ctx) }()
	}
	r.roundStart = time.Now()
	for _, s := range r.sites {
		for i, t := range s.tablets {
			if r.cfg.round {
				spawn(&tablets, func(ctx context.Context) { r.roundTablet(ctx, s, i, t) })
			} else {
				spawn(&tablets, func(ctx context.Context) { r.tabletLoop(ctx, s, t) })
			}
		}
		if !r.cfg.round {
			spawn(&others, func(ctx context.Context) { r.pollOpener(ctx, s) })
		}
	}
	for i := range r.cfg.readers {
		s := r.sites[i%len(r.sites)]
		if i%2 == 1 || s.managerBrowser == nil {
			spawn(&others, func(ctx context.Context) { r.nationalReader(ctx) })
		} else {
			spawn(&others, func(ctx context.Context) { r.readerLoop(ctx, s) })
		}
	}
	for i := range r.cfg.moderators {
		if s := r.sites[i%len(r.sites)]; s.moderatorBrowser != nil {
			spawn(&others, func(ctx context.Context) { r.moderatorLoop(ctx, s) })
		}
	}
	spawn(&others, r.sampleMemory)
	tablets.Wait()
	r.roundEnd = time.Now()
	cancel()
	others.Wait()
	r.rec.stop()
	return nil
}

// startRound asks every location's check-in now (setCheckInSchedule, as the national admin) and
// waits until the servers' jobs have opened them all (within a minute or two).
func (r *runner) startRound(ctx context.Context) error {
	now := time.Now().UTC().Format(time.RFC3339)
	for _, s := range r.sites {
		if err := r.admin.do(ctx, "setup", `mutation($l: ID!, $at: Time!) { setCheckInSchedule(input: {locationID: $l, intervalDays: 14, enabled: true, nextDueAt: $at}) { id } }`,
			map[string]any{"l": s.id, "at": now}, nil); err != nil {
			return fmt.Errorf("asking the check-in: %w", err)
		}
		r.children.Add(int64(len(s.members)))
	}
	log.Printf("check-ins asked at %d locations; waiting for the servers to open them", len(r.sites))
	for {
		var open struct{ Polls struct{ TotalCount int } }
		if err := r.admin.do(ctx, "setup", `{ polls(first: 1, where: {status: OPEN}) { totalCount } }`, nil, &open); err != nil {
			return err
		}
		if open.Polls.TotalCount >= len(r.sites) {
			log.Printf("%d check-ins open", open.Polls.TotalCount)
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("only %d of %d check-ins opened", open.Polls.TotalCount, len(r.sites))
		case <-time.After(2 * time.Second):
		}
	}
}

// roundTablet is tablet i of a location during the check-in round: its share of the children
// come one after another, spread over roundWithin (each at their time, give or take a little), and
// each signs in, opens the check-in, answers it and taps "done". Now and then one writes feedback,
// so the moderators have work.
func (r *runner) roundTablet(ctx context.Context, s *site, i int, t *browser) {
	var mine []member
	for j, m := range s.members {
		if j%len(s.tablets) == i {
			mine = append(mine, m)
		}
	}
	if len(mine) == 0 {
		return
	}
	// The last child comes at 80% of the time, leaving room for retries.
	spacing := r.cfg.roundWithin * 4 / 5 / time.Duration(len(mine))
	for k, m := range mine {
		at := r.roundStart.Add(time.Duration(k)*spacing + time.Duration(randInt(int(spacing/2)+1)))
		sleep(ctx, time.Until(at))
		for attempt := 0; ctx.Err() == nil && attempt < 5; attempt++ {
			err := r.answerCheckIn(ctx, s, t, m)
			if err == nil {
				r.answered.Add(1)
				break
			}
			pause(ctx, err)
		}
	}
}

// answerCheckIn is one child at the tablet: sign in, the open polls, the check-in's answer, done.
func (r *runner) answerCheckIn(ctx context.Context, s *site, t *browser, m member) error {
	if err := t.do(ctx, "youthLogin", `mutation($m: ID!, $p: [Int!]!) { youthLogin(memberID: $m, pin: $p) { id } }`,
		map[string]any{"m": m.id, "p": m.pin}, nil); err != nil {
		return err
	}
	defer func() { _ = t.do(context.WithoutCancel(ctx), "logout", `mutation { logout }`, nil, nil) }()
	var polls struct {
		OpenPolls []struct {
			ID      string
			Kind    string
			Voted   bool
			Options []struct{ ID string }
		}
	}
	if err := t.do(ctx, "openPolls", `{ openPolls { id kind voted options { id } } }`, nil, &polls); err != nil {
		return err
	}
	for _, p := range polls.OpenPolls {
		if p.Kind != "SMILEY_SCALE" || len(p.Options) == 0 {
			continue
		}
		if p.Voted {
			return nil // a retry after an answer that got lost
		}
		if err := t.do(ctx, "castVote", `mutation($p: ID!, $o: [ID!]!, $k: String!) { castVote(input: {pollID: $p, optionIDs: $o, idempotencyKey: $k}) { accepted } }`,
			map[string]any{"p": p.ID, "o": []string{p.Options[randInt(len(p.Options))].ID}, "k": key()}, nil); err != nil {
			return err
		}
		if randInt(20) == 0 {
			_ = t.do(ctx, "startThread", `mutation($l: ID!) { startThread(input: {locationID: $l, theme: SAFETY, title: "Hek", body: "Het hek bij de speeltuin staat vaak open.", language: "nl"}) { id } }`,
				map[string]any{"l": s.id}, nil)
		}
		return nil
	}
	r.rec.observe("answerCheckIn", 0, "NO_CHECK_IN")
	return errNoCheckIn
}

var errNoCheckIn = errors.New("NO_CHECK_IN: the check-in is not open")

// nationalReader is national management reading the national report of the last quarter.
func (r *runner) nationalReader(ctx context.Context) {
	b := r.newBrowser()
	if err := b.signIn(ctx, r.cfg.adminEmail, r.cfg.adminPassword); err != nil {
		log.Printf("national reader sign-in: %v", err)
		return
	}
	for ctx.Err() == nil {
		_ = b.do(ctx, "nationalReport", `{ nationalReport { total { participation { activeMembers voters posts } } locations { locationID } } }`, nil, nil)
		sleep(ctx, 2*time.Second)
	}
}

// tabletLoop is a tablet at a council meeting: one child after another signs in, votes in every
// open poll they have not voted in, sometimes writes feedback, and taps "done".
func (r *runner) tabletLoop(ctx context.Context, s *site, t *browser) {
	for ctx.Err() == nil {
		m := s.members[int(s.nextMember.Add(1))%len(s.members)]
		if err := t.do(ctx, "youthLogin", `mutation($m: ID!, $p: [Int!]!) { youthLogin(memberID: $m, pin: $p) { id } }`,
			map[string]any{"m": m.id, "p": m.pin}, nil); err != nil {
			pause(ctx, err)
			continue
		}
		var polls struct {
			OpenPolls []struct {
				ID      string
				Voted   bool
				Options []struct{ ID string }
			}
		}
		if err := t.do(ctx, "openPolls", `{ openPolls { id voted options { id } } }`, nil, &polls); err == nil {
			for _, p := range polls.OpenPolls {
				if p.Voted || len(p.Options) == 0 || ctx.Err() != nil {
					continue
				}
				_ = t.do(ctx, "castVote", `mutation($p: ID!, $o: [ID!]!, $k: String!) { castVote(input: {pollID: $p, optionIDs: $o, idempotencyKey: $k}) { accepted } }`,
					map[string]any{"p": p.ID, "o": []string{p.Options[randInt(len(p.Options))].ID}, "k": key()}, nil)
			}
		}
		if randInt(20) == 0 {
			_ = t.do(ctx, "startThread", `mutation($l: ID!) { startThread(input: {locationID: $l, theme: PLAY_ACTIVITIES, title: "Schommel", body: "De schommel is kapot, kan die gemaakt worden?", language: "nl"}) { id } }`,
				map[string]any{"l": s.id}, nil)
		}
		_ = t.do(ctx, "logout", `mutation { logout }`, nil, nil)
	}
}

func (r *runner) pollOpener(ctx context.Context, s *site) {
	tick := time.NewTicker(r.cfg.newPollEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			if err := r.openPoll(ctx, s); err != nil && ctx.Err() == nil {
				log.Printf("opening a poll: %v", err)
			}
		}
	}
}

func (r *runner) readerLoop(ctx context.Context, s *site) {
	for ctx.Err() == nil {
		_ = s.managerBrowser.do(ctx, "locationReport", `query($l: ID!) { locationReport(locationID: $l) { locationID participation { activeMembers voters posts } } }`,
			map[string]any{"l": s.id}, nil)
		sleep(ctx, time.Second)
	}
}

func (r *runner) moderatorLoop(ctx context.Context, s *site) {
	for ctx.Err() == nil {
		var queue struct {
			ModerationQueue struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		if err := s.moderatorBrowser.do(ctx, "moderationQueue", `query($l: ID!) { moderationQueue(first: 10, locationID: $l) { edges { node { id } } } }`,
			map[string]any{"l": s.id}, &queue); err != nil || len(queue.ModerationQueue.Edges) == 0 {
			sleep(ctx, 2*time.Second)
			continue
		}
		for _, e := range queue.ModerationQueue.Edges {
			_ = s.moderatorBrowser.do(ctx, "moderatePost", `mutation($p: ID!) { moderatePost(input: {postID: $p, decision: APPROVE}) { id } }`,
				map[string]any{"p": e.Node.ID}, nil)
		}
	}
}

// pause backs off after an error: a full second after a rate limit, a moment otherwise.
func pause(ctx context.Context, err error) {
	if strings.HasPrefix(err.Error(), "RATE_LIMITED") {
		sleep(ctx, time.Second)
		return
	}
	sleep(ctx, 50*time.Millisecond)
}

func sleep(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}

// sampleMemory reads each instance's resident memory from its /metrics (--metrics) every two
// seconds, and once more at the end.
func (r *runner) sampleMemory(ctx context.Context) {
	for {
		for _, u := range r.cfg.metrics {
			ctx := ctx
			if ctx.Err() != nil {
				ctx = context.WithoutCancel(ctx)
			}
			if rss, err := residentMemory(ctx, u); err == nil {
				r.rssMu.Lock()
				r.rssLast[u] = rss
				r.rssMax[u] = max(r.rssMax[u], rss)
				r.rssMu.Unlock()
			}
		}
		if ctx.Err() != nil {
			return
		}
		sleep(ctx, 2*time.Second)
	}
}

func residentMemory(ctx context.Context, base string) (float64, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/metrics", nil)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	sc := bufio.NewScanner(res.Body)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "process_resident_memory_bytes "); ok {
			return strconv.ParseFloat(v, 64)
		}
	}
	return 0, fmt.Errorf("no process_resident_memory_bytes at %s", base)
}

// report prints every operation, then the table of the figures issue 17 asks for.
func (r *runner) report(w io.Writer) {
	r.rec.write(w)
	fmt.Fprintln(w)
	fmt.Fprintf(w, "%-34s %s\n", "figure", "value")
	if r.cfg.round {
		fmt.Fprintf(w, "%-34s %d of %d children in %s (goal: all within %s)\n", "check-in answered",
			r.answered.Load(), r.children.Load(), r.roundEnd.Sub(r.roundStart).Round(time.Second), r.cfg.roundWithin)
	}
	for _, op := range []string{"youthLogin", "castVote"} {
		p50, p99, n := r.rec.percentiles(op)
		verdict := "met"
		if p99 >= 300*time.Millisecond || n == 0 {
			verdict = "NOT MET"
		}
		fmt.Fprintf(w, "%-34s p50 %.1f ms, p99 %.1f ms over %d (goal p99 < 300 ms: %s)\n", op, ms(p50), ms(p99), n, verdict)
	}
	fmt.Fprintf(w, "%-34s %v\n", "errors by code", r.rec.errorsByCode())
	r.rssMu.Lock()
	defer r.rssMu.Unlock()
	for _, u := range r.cfg.metrics {
		fmt.Fprintf(w, "%-34s %.0f MiB at the end, %.0f MiB at the peak (sampled every 2 s)\n", "memory (RSS) "+u,
			r.rssLast[u]/(1<<20), r.rssMax[u]/(1<<20))
	}
}
