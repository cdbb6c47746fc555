package voting_test

import (
	"bytes"
	"database/sql"
	"encoding/binary"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/voting"
)

// The unlinkability test: children vote one after the other, in an order and with choices the
// test knows. Then an attacker with a copy of the database files (SQLite: the database, its
// write-ahead log and shared-memory index, copied while the server runs; PostgreSQL: the tables
// with their system columns) and with everything the application logged tries to pair children
// with choices. Each attack is first run against a weakened vote (every defence off), where it
// must succeed, so the test shows the attack is real; against the real vote it must get nothing.

const secrecyVoters = 10

// ballotBox is a run of the scenario: who voted for what, in which order.
type ballotBox struct {
	s      *apitest.Server
	w      *world
	poll   poll
	voters []*ent.YouthMember
	choice map[string]string // member id → option id
	logs   *syncBuffer
}

// vote has secrecyVoters children vote in turn, choices drawn from a fixed seed so that every
// option is chosen by someone. weakened turns the defences off first.
func castInOrder(t *testing.T, s *apitest.Server, weakened bool) *ballotBox {
	t.Helper()
	logs := captureLogs(t)
	w := newWorld(t, s)
	if weakened {
		voting.For(s.DB.Client).Weaken()
	}
	p := w.openPoll(t, nil)
	b := &ballotBox{s: s, w: w, poll: p, choice: map[string]string{}, logs: logs}
	rng := rand.New(rand.NewPCG(4, 2))
	for i := range secrecyVoters {
		m, c := w.child(t, fmt.Sprintf("Stemmer %02d", i), "")
		o := p.Options[i%len(p.Options)].ID // every option chosen ...
		if i >= len(p.Options) {
			o = p.Options[rng.IntN(len(p.Options))].ID // ... then at random
		}
		vote(c, p.ID, "", o).Must(t, nil)
		b.voters = append(b.voters, m)
		b.choice[m.ID] = o
	}
	return b
}

// score counts how many of the attacker's pairs are right.
func (b *ballotBox) score(t *testing.T, links map[string]string) int {
	t.Helper()
	right := 0
	for m, o := range links {
		if b.choice[m] == o {
			right++
		}
	}
	t.Logf("attack linked %d children to a choice, %d of them rightly", len(links), right)
	return right
}

func TestBallotSecrecy(t *testing.T) {
	for _, backend := range apitest.Backends(t) {
		t.Run(backend.Name, func(t *testing.T) {
			attack := map[string]func(t *testing.T, b *ballotBox) map[string]string{
				"sqlite":   attackSQLiteFiles,
				"postgres": attackPostgresRows,
			}[backend.Name]

			t.Run("the attack works on a weakened vote", func(t *testing.T) {
				b := castInOrder(t, apitest.Start(t, backend, apitest.Options{}), true)
				if right := b.score(t, attack(t, b)); right < 2 {
					t.Fatalf("the attack linked only %d children rightly without the defences: it does not test anything", right)
				}
			})

			t.Run("the real vote leaves nothing to link", func(t *testing.T) {
				b := castInOrder(t, apitest.Start(t, backend, apitest.Options{}), false)
				if links := attack(t, b); len(links) > 0 {
					t.Errorf("the database links children to choices: %d pairs, %d right", len(links), b.score(t, links))
				}
				checkLogs(t, b)
				checkAudit(t, b)
				checkBallotColumns(t, b)
			})
		})
	}
}

// attackSQLiteFiles copies the database files while the server runs, then replays the
// write-ahead log frame by frame: each committed transaction that adds a Participation and
// raises a counter pairs that child with that option.
func attackSQLiteFiles(t *testing.T, b *ballotBox) map[string]string {
	t.Helper()
	dir := t.TempDir()
	copied := map[string][]byte{}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		data, err := os.ReadFile(b.s.DB.Path + suffix)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		copied[suffix] = data
	}
	t.Logf("copied database %d bytes, log %d bytes, index %d bytes", len(copied[""]), len(copied["-wal"]), len(copied["-shm"]))

	states := walStates(t, copied[""], copied["-wal"])
	links := map[string]string{}
	prev := readBallotState(t, dir, copied[""]) // the database file alone: the state before the log
	for _, image := range states {
		cur := readBallotState(t, dir, image)
		newVoters := diffMembers(prev.members, cur.members)
		raised := map[string]bool{}
		for key, n := range cur.counts {
			if n > prev.counts[key] {
				raised[strings.SplitN(key, "|", 2)[0]] = true
			}
		}
		if len(newVoters) == 1 && len(raised) == 1 {
			for o := range raised {
				links[newVoters[0]] = o
			}
		}
		prev = cur
	}
	return links
}

// walStates returns the database images at each commit in the write-ahead log: the database
// file with the log's frames up to that commit laid over it.
func walStates(t *testing.T, db, wal []byte) [][]byte {
	t.Helper()
	if len(wal) < 32 {
		return nil
	}
	pageSize := int(binary.BigEndian.Uint32(wal[8:12]))
	salt1, salt2 := binary.BigEndian.Uint32(wal[16:20]), binary.BigEndian.Uint32(wal[20:24])
	image := slices.Clone(db)
	var states [][]byte
	for off := 32; off+24+pageSize <= len(wal); off += 24 + pageSize {
		h := wal[off : off+24]
		if binary.BigEndian.Uint32(h[8:12]) != salt1 || binary.BigEndian.Uint32(h[12:16]) != salt2 {
			break // a frame of an earlier generation of the log
		}
		pgno := int(binary.BigEndian.Uint32(h[0:4]))
		if need := pgno * pageSize; len(image) < need {
			image = append(image, make([]byte, need-len(image))...)
		}
		copy(image[(pgno-1)*pageSize:], wal[off+24:off+24+pageSize])
		if size := int(binary.BigEndian.Uint32(h[4:8])); size > 0 { // a commit frame
			states = append(states, slices.Clone(image[:size*pageSize]))
		}
	}
	return states
}

type ballotState struct {
	members []string
	counts  map[string]int // "option|band|rank" → count
}

// readBallotState opens a database image on its own and reads the ballot tables.
func readBallotState(t *testing.T, dir string, image []byte) ballotState {
	t.Helper()
	st := ballotState{counts: map[string]int{}}
	if len(image) < 100 {
		return st
	}
	image = slices.Clone(image)
	image[18], image[19] = 1, 1 // a plain (rollback-journal) database: no log to look for
	path := filepath.Join(dir, fmt.Sprintf("image-%d.db", rand.Int()))
	if err := os.WriteFile(path, image, 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT youth_member_participations FROM participations`)
	if err != nil {
		return st // the tables do not exist yet in this image
	}
	for rows.Next() {
		var m string
		if err := rows.Scan(&m); err != nil {
			t.Fatal(err)
		}
		st.members = append(st.members, m)
	}
	rows.Close()
	rows, err = db.Query(`SELECT poll_option_tallies, age_band, rank, count FROM tallies`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var o, band string
		var rank, n int
		if err := rows.Scan(&o, &band, &rank, &n); err != nil {
			t.Fatal(err)
		}
		st.counts[fmt.Sprintf("%s|%s|%d", o, band, rank)] = n
	}
	return st
}

func diffMembers(before, after []string) []string {
	var added []string
	for _, m := range after {
		if !slices.Contains(before, m) {
			added = append(added, m)
		}
	}
	return added
}

// attackPostgresRows joins participations and counters on the transaction that last wrote them
// (xmin): a counter row written by the same transaction as a child's Participation was raised
// by that child's vote. It also reads where the live counter rows sit (ctid): rows rewritten
// most recently would be the last vote's.
func attackPostgresRows(t *testing.T, b *ballotBox) map[string]string {
	t.Helper()
	db := b.s.DB.Writer
	rows, err := db.Query(`SELECT p.youth_member_participations, t.poll_option_tallies, t.count
		FROM participations p JOIN tallies t ON p.xmin = t.xmin
		WHERE p.poll_participations = $1 AND t.poll_tallies = $1`, b.poll.ID)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	options := map[string]map[string]bool{} // member → options of the counters its transaction wrote
	for rows.Next() {
		var m, o string
		var n int
		if err := rows.Scan(&m, &o, &n); err != nil {
			t.Fatal(err)
		}
		if options[m] == nil {
			options[m] = map[string]bool{}
		}
		if n > 0 {
			options[m][o] = true
		}
	}
	links := map[string]string{}
	for m, os := range options {
		if len(os) == 1 {
			for o := range os {
				links[m] = o
			}
		}
	}
	var xmins, written int
	if err := db.QueryRow(`SELECT count(DISTINCT xmin::text), count(*) FROM tallies WHERE poll_tallies = $1`, b.poll.ID).
		Scan(&xmins, &written); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d counter rows carry %d distinct xmin", written, xmins)
	if xmins == 1 {
		var last string
		if err := db.QueryRow(`SELECT p.youth_member_participations FROM participations p JOIN tallies t ON p.xmin = t.xmin
			WHERE t.poll_tallies = $1 LIMIT 1`, b.poll.ID).Scan(&last); err != nil {
			t.Fatal(err)
		}
		if last != b.voters[len(b.voters)-1].ID {
			t.Errorf("the counters were last written by another transaction than the last vote")
		}
	}
	return links
}

// checkLogs: no line the application logged holds a child (id or pseudonym) or an option.
func checkLogs(t *testing.T, b *ballotBox) {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(b.logs.String()), "\n")
	requests := 0
	for _, line := range lines {
		if strings.Contains(line, `"msg":"request"`) {
			requests++
		}
		for _, m := range b.voters {
			if strings.Contains(line, m.ID) || strings.Contains(line, m.Pseudonym) {
				t.Errorf("a log line names a child: %s", line)
			}
		}
		for _, o := range b.poll.Options {
			if strings.Contains(line, o.ID) {
				t.Errorf("a log line names an option: %s", line)
			}
		}
	}
	if requests < secrecyVoters {
		t.Errorf("only %d request lines were captured: the log capture does not see the server", requests)
	}
}

// checkAudit: no audit event is about a vote, a child or an option.
func checkAudit(t *testing.T, b *ballotBox) {
	t.Helper()
	events := b.s.DB.Client.AuditEvent.Query().AllX(apitest.System())
	for _, e := range events {
		for _, m := range b.voters {
			if e.ObjectID == m.ID || e.ActorID == m.ID {
				t.Errorf("audit event %s %s is about a child", e.Action, e.ObjectID)
			}
		}
		if strings.Contains(e.Action, "VOTE") || strings.HasPrefix(e.ObjectID, "opt_") || strings.HasPrefix(e.ObjectID, "par_") {
			t.Errorf("audit event %s %s is about a vote", e.Action, e.ObjectID)
		}
	}
}

// checkBallotColumns: the ballot tables hold nothing that orders or dates a vote.
func checkBallotColumns(t *testing.T, b *ballotBox) {
	t.Helper()
	want := map[string][]string{
		"participations": {"id", "idempotency_hash", "poll_participations", "youth_member_participations"},
		"tallies":        {"age_band", "count", "id", "poll_option_tallies", "poll_tallies", "rank"},
	}
	for table, cols := range want {
		q := `SELECT name FROM pragma_table_info('` + table + `') ORDER BY name`
		if b.s.DB.Dialect == dialect.Postgres {
			q = `SELECT column_name FROM information_schema.columns WHERE table_name = '` + table +
				`' AND table_schema = current_schema() ORDER BY column_name`
		}
		rows, err := b.s.DB.Writer.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for rows.Next() {
			var c string
			_ = rows.Scan(&c)
			got = append(got, c)
		}
		rows.Close()
		if !slices.Equal(got, cols) {
			t.Errorf("%s has columns %v, want only %v", table, got, cols)
		}
	}
}

// syncBuffer is a bytes.Buffer for a log handler written from many goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// captureLogs sends everything logged through log/slog, at every level, to a buffer until the
// test ends.
func captureLogs(t *testing.T) *syncBuffer {
	buf := &syncBuffer{}
	prev := slog.Default()
	slog.SetDefault(slog.New(slog.NewJSONHandler(buf, &slog.HandlerOptions{Level: slog.LevelDebug})))
	t.Cleanup(func() { slog.SetDefault(prev) })
	return buf
}
