package voting_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/securecookie"
	"golang.org/x/crypto/nacl/box"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/participation"
	entpoll "github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/predicate"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/sealedballot"
	"github.com/jeugdstem/jeugdstem/ent/session"
	"github.com/jeugdstem/jeugdstem/ent/tally"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/auth"
	"github.com/jeugdstem/jeugdstem/internal/voting"
	"github.com/jeugdstem/jeugdstem/policies"
)

// BenchmarkCastVote measures castVote through the full stack (HTTP over loopback, the tablet
// and session cookies, GraphQL, ent with its privacy rules, the eligibility check, sealing the
// ballot and the vote transaction) beside a bare net/http + database/sql handler doing the
// same cookie and session checks, eligibility checks, sealing and writes, and beside the raw
// vote transaction alone, in-process (the poll checked open, the Participation and the
// SealedBallot inserted, committed), on the same SQLite database in the same run, in alternating
// rounds. An op is one vote on each; at least minVotes are measured. Reported: votes/s and
// p50/p99 latency of each, and the ratios full/bare and full/raw (goals of issue 17: votes/s
// full/bare ≥ 0.8, p99 full/bare ≤ 1.5, full/raw ≥ 0.3; `make bench` prints them as a table).
func BenchmarkCastVote(b *testing.B) {
	for _, clients := range []int{16, 64} {
		b.Run(fmt.Sprintf("clients=%d", clients), func(b *testing.B) {
			bb := newVoteBench(b)
			bb.compare(b, clients)
		})
	}
}

// voteBench is a location with one council of benchMembers children, each signed in on the
// location's tablet (sessions made directly: signing in hundreds of children through the API
// is rate limited), and polls made as needed: each child votes once per poll.
type voteBench struct {
	s       *apitest.Server
	bare    *bareVoteHandler
	bareURL string
	council *ent.Council
	cookies []string // per member: the Cookie header (tablet + session)
	members []string // per member: the id
	staffID string
	ballots atomic.Int64
}

const benchMembers = 256

func newVoteBench(b *testing.B) *voteBench {
	b.Helper()
	prev := slog.Default()
	slog.SetDefault(slog.New(slog.NewJSONHandler(io.Discard, nil))) // formatted, not printed
	b.Cleanup(func() { slog.SetDefault(prev) })

	s := apitest.StartOn(b, "sqlite://"+filepath.Join(b.TempDir(), "bench.db"), apitest.Options{Dev: true})
	ctx := apitest.System()
	loc := s.NewLocation(b, "Benchlocatie")
	council := s.NewCouncil(b, loc.ID, "Raad")
	staff := s.NewStaff(b, "FACILITATOR", loc.ID)
	token := randomHex(32)
	tab := s.DB.Client.Tablet.Create().SetLocationID(loc.ID).SetName("Bench").SetTokenHash(sha256Hex(token)).SaveX(ctx)
	codec := securecookie.New(apitest.TestKey, nil)
	tabletCookie, err := securecookie.EncodeMulti("jeugdstem-tablet", token, codec)
	if err != nil {
		b.Fatal(err)
	}
	hash, _ := auth.HashPassword("0000")
	bb := &voteBench{s: s, council: council, staffID: staff.ID}
	now := time.Now()
	for i := range benchMembers {
		m := s.DB.Client.YouthMember.Create().SetLocationID(loc.ID).SetPseudonym(fmt.Sprintf("Kind %03d", i)).
			SetAvatar("fox").SetAgeBand(schematype.AgeBand(schematype.AgeBand("").Values()[i%4])).SetLanguage("nl").SetPinHash(hash).SaveX(ctx)
		s.DB.Client.Membership.Create().SetCouncilID(council.ID).SetMemberID(m.ID).ExecX(ctx)
		raw := randomHex(32)
		s.DB.Client.Session.Create().SetID(sha256Hex(raw)).SetKind(session.KindYOUTH).SetMemberID(m.ID).SetTabletID(tab.ID).
			SetCreatedAt(now).SetLastSeenAt(now).SetExpiresAt(now.Add(time.Hour)).ExecX(ctx)
		sessionCookie, err := securecookie.EncodeMulti("jeugdstem-session", raw, codec)
		if err != nil {
			b.Fatal(err)
		}
		bb.cookies = append(bb.cookies, "jeugdstem-tablet="+tabletCookie+"; jeugdstem-session="+sessionCookie)
		bb.members = append(bb.members, m.ID)
	}
	bb.bare = &bareVoteHandler{reader: s.DB.Reader, writer: s.DB.Writer, codec: codec}
	srv := httptest.NewServer(bb.bare)
	b.Cleanup(srv.Close)
	bb.bareURL = srv.URL
	return bb
}

// polls makes enough open council polls for n votes (each member once per poll).
func (bb *voteBench) polls(b *testing.B, n int) [][]string {
	b.Helper()
	ctx := policiesStaff(bb.staffID, bb.council.LocationID)
	svc := bb.s.Votes
	var out [][]string
	for range (n + benchMembers - 1) / benchMembers {
		p, err := svc.CreatePoll(ctx, voting.PollDraft{
			CouncilID: &bb.council.ID, Kind: entpoll.KindSINGLE_CHOICE, Theme: schematype.ThemeFood,
			Question: []schematype.Translation{{Lang: "nl", Text: "Wat eten we?"}},
			Options: []voting.OptionDraft{
				{Label: []schematype.Translation{{Lang: "nl", Text: "Rijst"}}},
				{Label: []schematype.Translation{{Lang: "nl", Text: "Pasta"}}},
				{Label: []schematype.Translation{{Lang: "nl", Text: "Soep"}}},
			},
		})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := svc.OpenPoll(ctx, p.ID); err != nil {
			b.Fatal(err)
		}
		ids := []string{p.ID}
		for _, o := range p.Edges.Options {
			ids = append(ids, o.ID)
		}
		out = append(out, ids)
	}
	return out
}

// run has clients workers cast votes from to to (each vote j: member j mod benchMembers, poll
// j / benchMembers) through send, and returns the wall time and the latencies.
func (bb *voteBench) run(b *testing.B, clients, from, to int, polls [][]string, send func(c *http.Client, j int, body []byte) error) (time.Duration, []time.Duration) {
	b.Helper()
	tr := &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients}
	defer tr.CloseIdleConnections()
	hc := &http.Client{Transport: tr}
	var next atomic.Int64
	next.Store(int64(from))
	lat := make([][]time.Duration, clients)
	var failed atomic.Value
	var wg sync.WaitGroup
	start := time.Now()
	for w := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				j := int(next.Add(1) - 1)
				if j >= to {
					return
				}
				p := polls[j/benchMembers]
				body, _ := json.Marshal(map[string]any{"pollID": p[0], "optionIDs": []string{p[1+j%3]}, "idempotencyKey": fmt.Sprintf("bench-%d-%d", bb.ballots.Add(1), j)})
				t0 := time.Now()
				if err := send(hc, j, body); err != nil {
					failed.Store(err)
					return
				}
				lat[w] = append(lat[w], time.Since(t0))
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	if err, _ := failed.Load().(error); err != nil {
		b.Fatal(err)
	}
	return elapsed, slices.Concat(lat...)
}

// minVotes is the fewest votes measured per stack, whatever b.N: a p99 needs a few thousand, and
// the ratio of two stacks a few seconds of each (with 4,000, about 2 s, the ratio moved by 0.1
// between runs on a quiet machine). With -benchtime 3s the first run is then long enough to be
// the only one.
const minVotes = 12000

// warmVotes are cast on each stack before measuring (connections, caches).
const warmVotes = 128

func (bb *voteBench) compare(b *testing.B, clients int) {
	n := max(b.N, minVotes)
	barePolls, fullPolls, rawPolls := bb.polls(b, n+warmVotes), bb.polls(b, n+warmVotes), bb.polls(b, n+warmVotes)
	bare := func(c *http.Client, j int, body []byte) error {
		return postVote(c, bb.bareURL+"/vote", bb.cookies[j%benchMembers], body)
	}
	// The ballot's JSON is the mutation's input as it is: wrapping it costs the client no more than
	// the bare one's request.
	query, _ := json.Marshal(castVote)
	gqlHead := []byte(`{"query":` + string(query) + `,"variables":{"in":`)
	full := func(c *http.Client, j int, body []byte) error {
		gql := append(append(slices.Clip(gqlHead), body...), "}}"...)
		return postVote(c, bb.s.URL+"/graphql", bb.cookies[j%benchMembers], gql)
	}
	// raw is the vote transaction alone, in-process, with a ballot sealed beforehand: what the
	// database and the driver can do, without HTTP, sessions, checks or sealing.
	sealed := make([]byte, box.AnonymousOverhead+22)
	raw := func(_ *http.Client, j int, body []byte) error {
		var in bareBallot
		if err := json.Unmarshal(body, &in); err != nil {
			return err
		}
		return bareRecord(context.Background(), bb.s.DB.Writer, in.PollID, bb.members[j%benchMembers], in.IdempotencyKey, sealed)
	}
	bb.run(b, clients, n, n+warmVotes, barePolls, bare)
	bb.run(b, clients, n, n+warmVotes, fullPolls, full)
	bb.run(b, clients, n, n+warmVotes, rawPolls, raw)
	// They run in alternating rounds (each order in turn), so that a busy machine slows all alike.
	const rounds = 6
	stacks := []struct {
		send  func(c *http.Client, j int, body []byte) error
		polls [][]string
		time  time.Duration
		lat   []time.Duration
	}{{send: bare, polls: barePolls}, {send: full, polls: fullPolls}, {send: raw, polls: rawPolls}}
	b.ResetTimer()
	for r := range rounds {
		from, to := n*r/rounds, n*(r+1)/rounds
		for k := range stacks {
			st := &stacks[(k+r)%len(stacks)]
			d, l := bb.run(b, clients, from, to, st.polls, st.send)
			st.time, st.lat = st.time+d, append(st.lat, l...)
		}
	}
	b.StopTimer()
	bareTime, bareLat, fullTime, fullLat, rawTime := stacks[0].time, stacks[0].lat, stacks[1].time, stacks[1].lat, stacks[2].time
	bareRate, fullRate, rawRate := float64(n)/bareTime.Seconds(), float64(n)/fullTime.Seconds(), float64(n)/rawTime.Seconds()
	bareP50, bareP99 := percentile(bareLat, 50), percentile(bareLat, 99)
	fullP50, fullP99 := percentile(fullLat, 50), percentile(fullLat, 99)
	b.ReportMetric(float64(bareTime+fullTime+rawTime)/float64(n), "ns/op") // one vote on each
	b.ReportMetric(fullRate, "full_votes/s")
	b.ReportMetric(bareRate, "bare_votes/s")
	b.ReportMetric(fullRate/bareRate, "ratio_votes/s")
	b.ReportMetric(ms(fullP50), "full_p50_ms")
	b.ReportMetric(ms(fullP99), "full_p99_ms")
	b.ReportMetric(ms(bareP50), "bare_p50_ms")
	b.ReportMetric(ms(bareP99), "bare_p99_ms")
	b.ReportMetric(float64(fullP99)/float64(bareP99), "ratio_p99")
	b.ReportMetric(rawRate, "raw_votes/s")
	b.ReportMetric(ms(percentile(stacks[2].lat, 99)), "raw_p99_ms")
	b.ReportMetric(fullRate/rawRate, "ratio_raw")
	bb.verify(b, [][][]string{barePolls, fullPolls, rawPolls}, n+warmVotes)
}

// verify closes the polls (counting their sealed ballots) and checks that every vote of each
// stack was recorded once. The raw transaction's ballots are not real sealed boxes: its polls are
// checked for their participations and ballots, then deleted.
func (bb *voteBench) verify(b *testing.B, sets [][][]string, n int) {
	b.Helper()
	ctx := apitest.System()
	staff := policiesStaff(bb.staffID, bb.council.LocationID)
	raw := sets[len(sets)-1]
	var rawIDs []string
	for _, p := range raw {
		rawIDs = append(rawIDs, p[0])
	}
	parts := bb.s.DB.Client.Participation.Query().Where(participationInPolls(rawIDs)).CountX(ctx)
	ballots := bb.s.DB.Client.SealedBallot.Query().Where(sealedballot.PollIDIn(rawIDs...)).CountX(ctx)
	if parts != n || ballots != n {
		b.Fatalf("raw transaction: %d participations and %d ballots for %d votes", parts, ballots, n)
	}
	bb.s.DB.Client.SealedBallot.Delete().Where(sealedballot.PollIDIn(rawIDs...)).ExecX(ctx)
	for _, set := range sets[:len(sets)-1] {
		var ids []string
		for _, p := range set {
			ids = append(ids, p[0])
			if _, err := bb.s.Votes.ClosePoll(staff, p[0]); err != nil {
				b.Fatal(err)
			}
		}
		parts := bb.s.DB.Client.Participation.Query().Where(participationInPolls(ids)).CountX(ctx)
		counted := bb.s.DB.Client.Tally.Query().Where(tallyInPolls(ids)).Aggregate(ent.Sum("count")).IntX(ctx)
		if parts != n || counted != n {
			b.Fatalf("%d participations and %d counted votes for %d ballots", parts, counted, n)
		}
	}
}

func postVote(c *http.Client, url, cookie string, body []byte) error {
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Cookie", cookie)
	res, err := c.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	answer, err := io.ReadAll(res.Body)
	if err != nil {
		return err
	}
	if res.StatusCode != http.StatusOK || !bytes.Contains(answer, []byte(`"accepted":true`)) {
		return fmt.Errorf("vote refused (%d): %s", res.StatusCode, answer)
	}
	return nil
}

func percentile(d []time.Duration, p int) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	return s[min(len(s)-1, len(s)*p/100)]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func sha256Hex(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// bareVoteHandler is the baseline: castVote written by hand on net/http and database/sql, with
// the checks and writes of the real one (tablet cookie and row, session cookie, row, expiry and
// its last-seen time, the member, the poll as the tablet may see it, council membership, age
// band, the options, the ballot sealed to the poll's key, then the poll checked open, the
// Participation and the SealedBallot in one transaction), and nothing else: no GraphQL, no ent,
// no privacy rules, no logging.
type bareVoteHandler struct {
	reader, writer *sql.DB
	codec          securecookie.Codec
	// options keeps the option ids of polls past their draft, as the real service does
	// (Service.optionIDs): options no longer change once a poll opens.
	options sync.Map
}

type bareBallot struct {
	PollID         string   `json:"pollID"`
	OptionIDs      []string `json:"optionIDs"`
	IdempotencyKey string   `json:"idempotencyKey"`
}

var errRefused = errors.New("refused")

func (h *bareVoteHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var in bareBallot
	if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&in); err != nil || len(in.OptionIDs) != 1 || len(in.IdempotencyKey) < 8 {
		http.Error(w, "bad ballot", http.StatusBadRequest)
		return
	}
	if err := h.vote(r, in); err != nil {
		http.Error(w, err.Error(), http.StatusForbidden)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"data":{"castVote":{"pollID":%q,"accepted":true}}}`, in.PollID)
}

func (h *bareVoteHandler) vote(r *http.Request, in bareBallot) error {
	ctx := r.Context()
	var token, raw string
	tc, err1 := r.Cookie("jeugdstem-tablet")
	sc, err2 := r.Cookie("jeugdstem-session")
	if err1 != nil || err2 != nil ||
		securecookie.DecodeMulti("jeugdstem-tablet", tc.Value, &token, h.codec) != nil ||
		securecookie.DecodeMulti("jeugdstem-session", sc.Value, &raw, h.codec) != nil {
		return errRefused
	}
	// The tablet, the session and the child in one statement, as the real request path does.
	var kind, sessionTablet, tabletID, locationID, memberID, band string
	var lastSeen, expires time.Time
	sessionID := sha256Hex(raw)
	if err := h.reader.QueryRowContext(ctx, `SELECT s.kind, s.tablet_id, s.last_seen_at, s.expires_at, t.id, t.location_id, m.id, m.age_band
		FROM sessions s JOIN tablets t ON t.token_hash = ? AND t.revoked_at IS NULL
		JOIN youth_members m ON m.id = s.member_id AND m.status = 'ACTIVE' AND m.locked_at IS NULL AND m.location_id = t.location_id
		WHERE s.id = ?`, sha256Hex(token), sessionID).
		Scan(&kind, &sessionTablet, &lastSeen, &expires, &tabletID, &locationID, &memberID, &band); err != nil {
		return err
	}
	now := time.Now()
	if kind != "YOUTH" || sessionTablet != tabletID || now.After(expires) || now.After(lastSeen.Add(2*time.Minute)) {
		return errRefused
	}
	if now.Sub(lastSeen) > 15*time.Second {
		if _, err := h.writer.ExecContext(ctx, `UPDATE sessions SET last_seen_at = ? WHERE id = ?`, now, sessionID); err != nil {
			return err
		}
	}
	var status, scope, kindOf string
	var council, pollLocation sql.NullString
	var bands sql.NullString
	var closes sql.NullTime
	var public []byte
	if err := h.reader.QueryRowContext(ctx, `SELECT status, scope, kind, council_polls, location_id, audience_age_bands, closes_at, ballot_public_key
		FROM polls WHERE id = ? AND (location_id = ? OR location_id IS NULL) AND status <> 'DRAFT'`, in.PollID, locationID).
		Scan(&status, &scope, &kindOf, &council, &pollLocation, &bands, &closes, &public); err != nil {
		return err
	}
	if status != "OPEN" || (closes.Valid && !closes.Time.After(now)) || len(public) != 32 {
		return errRefused
	}
	if bands.Valid && bands.String != "" && bands.String != "null" && !strings.Contains(bands.String, band) {
		return errRefused
	}
	if scope == "COUNCIL" {
		var one int
		if err := h.reader.QueryRowContext(ctx, `SELECT 1 FROM memberships WHERE council_memberships = ?
			AND youth_member_memberships = ? AND left_at IS NULL`, council.String, memberID).Scan(&one); err != nil {
			return err
		}
	}
	options, err := h.optionIDs(ctx, in.PollID)
	if err != nil {
		return err
	}
	position := slices.Index(options, in.OptionIDs[0])
	if kindOf != "SINGLE_CHOICE" || position < 0 {
		return errRefused
	}
	// The same plaintext form and sealed box as the real ballot.
	plain := bytes.Repeat([]byte{0xFF}, 22)
	plain[0], plain[1], plain[2] = 1, 1, byte(position)
	sealed, err := box.SealAnonymous(nil, plain, (*[32]byte)(public), rand.Reader)
	if err != nil {
		return err
	}
	return bareRecord(ctx, h.writer, in.PollID, memberID, in.IdempotencyKey, sealed)
}

func (h *bareVoteHandler) optionIDs(ctx context.Context, pollID string) ([]string, error) {
	if ids, ok := h.options.Load(pollID); ok {
		return ids.([]string), nil
	}
	rows, err := h.reader.QueryContext(ctx, `SELECT id FROM poll_options WHERE poll_options = ? ORDER BY position, id`, pollID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var options []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		options = append(options, id)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	h.options.Store(pollID, options)
	return options, nil
}

// bareRecord is the vote transaction of the real one (Service.record), by hand: the poll checked
// open, the Participation (with the idempotency key's hash) and the SealedBallot inserted.
func bareRecord(ctx context.Context, writer *sql.DB, pollID, memberID, key string, sealed []byte) error {
	in := bareBallot{PollID: pollID, IdempotencyKey: key}
	sum := sha256.Sum256([]byte(in.IdempotencyKey))
	tx, err := writer.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()
	var open int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM polls WHERE id = ? AND status = 'OPEN'`, in.PollID).Scan(&open); err != nil || open != 1 {
		return errors.Join(errRefused, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO participations (id, idempotency_hash, poll_participations, youth_member_participations)
		VALUES (?, ?, ?, ?)`, "par_"+randomHex(13), hex.EncodeToString(sum[:]), in.PollID, memberID); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO sealed_ballots (id, poll_id, sealed) VALUES (?, ?, ?)`,
		"bal_"+randomHex(13), in.PollID, sealed); err != nil {
		return err
	}
	return tx.Commit()
}

// policiesStaff is the context of a facilitator of the location, to make polls directly.
func policiesStaff(staffID, locationID string) context.Context {
	return policies.NewContext(context.Background(), &policies.Viewer{
		StaffID: staffID, Role: policies.RoleFacilitator, LocationIDs: []string{locationID}})
}

func participationInPolls(ids []string) predicate.Participation {
	return participation.HasPollWith(entpoll.IDIn(ids...))
}

func tallyInPolls(ids []string) predicate.Tally { return tally.PollIDIn(ids...) }
