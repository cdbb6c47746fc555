package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
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
}

const staffPassword = "load test staff password"

type member struct {
	id  string
	pin []int
}

type site struct {
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
	rssMu     sync.Mutex
	rssMax    map[string]float64
	rssLast   map[string]float64
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

func (b *browser) signIn(ctx context.Context, email string) error {
	return b.setup(ctx, `mutation($e: String!, $p: String!) { staffLogin(email: $e, password: $p) { id } }`,
		map[string]any{"e": email, "p": staffPassword}, nil)
}

// setUp creates the world of the run through the API, as a national admin would.
func (r *runner) setUp(ctx context.Context) error {
	admin := r.newBrowser()
	if err := admin.do(ctx, "staffLogin", `mutation($e: String!, $p: String!) { staffLogin(email: $e, password: $p) { id } }`,
		map[string]any{"e": r.cfg.adminEmail, "p": r.cfg.adminPassword}, nil); err != nil {
		return fmt.Errorf("admin sign-in: %w", err)
	}
	for i := range r.cfg.locations {
		s := &site{}
		var loc struct{ CreateLocation struct{ ID string } }
		if err := admin.do(ctx, "setup", `mutation($n: String!) { createLocation(input: {name: $n, kind: EMERGENCY, childrenHoused: 120, languages: ["ar", "nl"]}) { id } }`,
			map[string]any{"n": fmt.Sprintf("Load %s %d", r.runID, i)}, &loc); err != nil {
			return err
		}
		s.id = loc.CreateLocation.ID
		for _, role := range []string{"FACILITATOR", "LOCATION_MANAGER", "MODERATOR"} {
			email := fmt.Sprintf("%s-%s-%d@load.jeugdstem.test", strings.ToLower(role), r.runID, i)
			if err := admin.do(ctx, "setup", `mutation($e: String!, $p: String!, $r: StaffUserRole!, $l: ID!) { createStaffUser(input: {email: $e, displayName: "Load", password: $p, role: $r, locationIDs: [$l]}) { id } }`,
				map[string]any{"e": email, "p": staffPassword, "r": role, "l": s.id}, nil); err != nil {
				return err
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
			return err
		}
		if err := r.registerMembers(ctx, admin, s, council.CreateCouncil.ID); err != nil {
			return err
		}
		for range r.cfg.tabletsPerLocation {
			t := r.newBrowser()
			if err := t.signIn(ctx, s.facilitator); err != nil {
				return err
			}
			if err := t.setup(ctx, `mutation($l: ID!) { enrollTablet(locationID: $l, name: "Load tablet") { id } }`, map[string]any{"l": s.id}, nil); err != nil {
				return err
			}
			if err := t.do(ctx, "setup", `mutation { logout }`, nil, nil); err != nil {
				return err
			}
			s.tablets = append(s.tablets, t)
		}
		s.managerBrowser, s.moderatorBrowser = r.newBrowser(), r.newBrowser()
		if err := s.managerBrowser.signIn(ctx, s.manager); err != nil {
			return err
		}
		if err := s.moderatorBrowser.signIn(ctx, s.moderator); err != nil {
			return err
		}
		for range r.cfg.initialPolls {
			if err := r.openPoll(ctx, s); err != nil {
				return err
			}
		}
		r.sites = append(r.sites, s)
	}
	return nil
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

// run starts every actor, measures for the configured duration and stops them.
func (r *runner) run(ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, r.cfg.duration)
	defer cancel()
	r.rec.start()
	var wg sync.WaitGroup
	spawn := func(f func(context.Context)) {
		wg.Add(1)
		go func() { defer wg.Done(); f(ctx) }()
	}
	for _, s := range r.sites {
		for _, t := range s.tablets {
			spawn(func(ctx context.Context) { r.tabletLoop(ctx, s, t) })
		}
		spawn(func(ctx context.Context) { r.pollOpener(ctx, s) })
	}
	for i := range r.cfg.readers {
		s := r.sites[i%len(r.sites)]
		spawn(func(ctx context.Context) { r.readerLoop(ctx, s) })
	}
	for i := range r.cfg.moderators {
		s := r.sites[i%len(r.sites)]
		spawn(func(ctx context.Context) { r.moderatorLoop(ctx, s) })
	}
	spawn(r.sampleMemory)
	wg.Wait()
	r.rec.stop()
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

// sampleMemory reads each instance's resident memory from /metrics every five seconds.
func (r *runner) sampleMemory(ctx context.Context) {
	for {
		for _, u := range r.urls {
			if rss, err := residentMemory(ctx, u); err == nil {
				r.rssMu.Lock()
				r.rssLast[u] = rss
				r.rssMax[u] = max(r.rssMax[u], rss)
				r.rssMu.Unlock()
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(5 * time.Second):
		}
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

func (r *runner) report(w io.Writer) {
	r.rec.write(w)
	r.rssMu.Lock()
	defer r.rssMu.Unlock()
	for _, u := range r.urls {
		fmt.Fprintf(w, "RSS %s: %.0f MiB at the end, %.0f MiB at most\n", u, r.rssLast[u]/(1<<20), r.rssMax[u]/(1<<20))
	}
}
