package voting_test

import (
	"bytes"
	"context"
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
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// The unlinkability test. Children of different age bands vote in polls of one, two and three
// voters, in an order and with choices the test knows, while a long read transaction is held open
// on the database (so SQLite cannot empty its write-ahead log and PostgreSQL cannot prune old
// row versions); then the polls are closed and counted. An attacker holds copies of the database
// files taken after every vote and after the count (SQLite: the database, its write-ahead log and
// shared-memory index; PostgreSQL: every row version on the tables' pages, read with
// pageinspect, with the transaction that wrote it), and everything the application logged, and
// tries to pair children with choices:
//
//   - replaying the log commit by commit and diffing the ballot tables between commits (a commit
//     that adds one child's Participation and changes a count, or adds a ballot that can be read);
//   - pairing row versions written by the same transaction (PostgreSQL xmin);
//   - searching every byte of every copy (free pages, unused space in pages, old log frames) for
//     a ballot in its plaintext form.
//
// Each attack first runs against a weakened ballot box that does not seal (the ballot is stored
// as it was cast), where it must link every child, so the test shows the attack is real; against
// the real box it must link none.

// voters are the children of the scenario, each in another age band.
var secrecyBands = []schematype.AgeBand{schematype.AgeBand6to8, schematype.AgeBand9to11, schematype.AgeBand12to14}

// ballotBox is a run of the scenario: who voted for what.
type ballotBox struct {
	s      *apitest.Server
	w      *world
	polls  []poll
	voters []*ent.YouthMember
	choice map[string]map[string]string // poll id → member id → option id
	copies []filesCopy                  // SQLite: the files after every vote and after the count
	logs   *syncBuffer
}

type filesCopy map[string][]byte // "" / "-wal" / "-shm" → content

// plainBox is the weakened ballot box: it stores the ballot as it was cast (padded to the size a
// sealed one has), and so opens it by reading it.
type plainBox struct{}

func (plainBox) NewKey() ([]byte, []byte, error) {
	return bytes.Repeat([]byte{7}, 32), bytes.Repeat([]byte{9}, 32), nil
}

func (plainBox) Seal(_, plain []byte) ([]byte, error) {
	return append(slices.Clone(plain), make([]byte, 48)...), nil
}

func (plainBox) Open(_, _ []byte, sealed [][]byte) ([][]byte, error) {
	out := make([][]byte, len(sealed))
	for i, s := range sealed {
		out[i] = slices.Clone(s[:plainForm])
	}
	return out, nil
}

// plainForm is the length of a ballot's plaintext (internal/voting/ballotbox.go): a version
// byte (1), the number of choices, then 20 option positions padded with 0xFF. The attacker knows
// the source code.
const plainForm = 22

// findPlainBallots returns every ballot in plaintext form found anywhere in data, as the
// positions it chose (distinct, as in every valid ballot).
func findPlainBallots(data []byte) [][]int {
	var found [][]int
	for i := 0; i+plainForm <= len(data); i++ {
		if data[i] != 1 || data[i+1] == 0 || data[i+1] > 20 {
			continue
		}
		n := int(data[i+1])
		ok := true
		var positions []int
		for j := range 20 {
			b := data[i+2+j]
			switch {
			case j < n && b < 20 && !slices.Contains(positions, int(b)): // a ballot names an option once
				positions = append(positions, int(b))
			case j >= n && b == 0xFF:
			default:
				ok = false
			}
			if !ok {
				break
			}
		}
		if ok {
			found = append(found, positions)
		}
	}
	return found
}

// castSmallPolls runs the scenario: polls of 1, 2 and 3 voters, a reader holding an old snapshot
// during the votes and the count, and (on SQLite) a copy of the files after each step.
func castSmallPolls(t *testing.T, s *apitest.Server, copyFiles bool) *ballotBox {
	return castSmall(t, s, copyFiles, false)
}

// castSmall is castSmallPolls; with elections, each poll is a council election's ballot whose
// two candidates are the first two voters (election_secrecy_test.go).
func castSmall(t *testing.T, s *apitest.Server, copyFiles, elections bool) *ballotBox {
	t.Helper()
	logs := captureLogs(t)
	w := newWorld(t, s)
	b := &ballotBox{s: s, w: w, choice: map[string]map[string]string{}, logs: logs}
	var clients []*apitest.Client
	for i, band := range secrecyBands {
		m, c := w.child(t, fmt.Sprintf("Stemmer %d", i), band)
		b.voters = append(b.voters, m)
		clients = append(clients, c)
	}
	for range 3 {
		var p poll
		if elections {
			p = w.openElection(t, clients[:2], b.voters[:2])
		} else {
			p = w.openPoll(t, nil)
		}
		b.polls = append(b.polls, p)
		b.choice[p.ID] = map[string]string{}
	}

	stop := holdOldSnapshot(t, s)
	rng := rand.New(rand.NewPCG(12, 13))
	for size, p := range b.polls {
		for i := range size + 1 { // poll 0 gets one voter, poll 1 two, poll 2 three
			o := p.Options[rng.IntN(len(p.Options))].ID
			vote(clients[i], p.ID, "", o).Must(t, nil)
			b.choice[p.ID][b.voters[i].ID] = o
			if copyFiles {
				b.copies = append(b.copies, copyDatabaseFiles(t, s))
			}
		}
	}
	for _, p := range b.polls {
		w.move(t, "closePoll", p.ID)
	}
	if copyFiles {
		b.copies = append(b.copies, copyDatabaseFiles(t, s))
	}
	stop()
	return b
}

// holdOldSnapshot opens a read transaction on its own connection and keeps it until stop: the
// slow reader (a long report, a backup) whose snapshot keeps old log frames and row versions.
func holdOldSnapshot(t *testing.T, s *apitest.Server) (stop func()) {
	t.Helper()
	driver, dsn := "pgx", s.DSN
	if s.DB.Dialect == dialect.SQLite {
		driver, dsn = "sqlite", "file:"+s.DB.Path+"?mode=ro&_pragma=busy_timeout(10000)"
	}
	db, err := sql.Open(driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	opts := &sql.TxOptions{ReadOnly: true}
	if s.DB.Dialect == dialect.Postgres {
		opts.Isolation = sql.LevelRepeatableRead
	}
	tx, err := db.BeginTx(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	var n int
	if err := tx.QueryRow(`SELECT COUNT(*) FROM polls`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	var once sync.Once
	stop = func() {
		once.Do(func() {
			_ = tx.Rollback()
			_ = db.Close()
		})
	}
	t.Cleanup(stop)
	return stop
}

func copyDatabaseFiles(t *testing.T, s *apitest.Server) filesCopy {
	t.Helper()
	c := filesCopy{}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		data, err := os.ReadFile(s.DB.Path + suffix)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		c[suffix] = data
	}
	return c
}

// score counts how many of the attacker's pairs are right.
func (b *ballotBox) score(t *testing.T, links map[string]map[string]string) (linked, right int) {
	t.Helper()
	for pollID, pairs := range links {
		for m, o := range pairs {
			linked++
			if b.choice[pollID][m] == o {
				right++
			}
		}
	}
	t.Logf("attack linked %d children to a choice, %d of them rightly", linked, right)
	return linked, right
}

// votes is the number of ballots of the scenario (1 + 2 + 3).
const secrecyVotes = 6

func TestBallotSecrecy(t *testing.T) {
	for _, backend := range apitest.Backends(t) {
		t.Run(backend.Name, func(t *testing.T) {
			attack := map[string]func(t *testing.T, b *ballotBox) map[string]map[string]string{
				"sqlite":   attackSQLiteFiles,
				"postgres": attackPostgresPages,
			}[backend.Name]
			sqlite := backend.Name == "sqlite"

			t.Run("the attack works on ballots that are not sealed", func(t *testing.T) {
				b := castSmallPolls(t, apitest.Start(t, backend, apitest.Options{BallotBox: plainBox{}}), sqlite)
				if _, right := b.score(t, attack(t, b)); right < secrecyVotes {
					t.Fatalf("the attack linked only %d of %d children rightly without the seal: it does not test anything", right, secrecyVotes)
				}
			})

			t.Run("sealed ballots leave nothing to link", func(t *testing.T) {
				b := castSmallPolls(t, apitest.Start(t, backend, apitest.Options{}), sqlite)
				if linked, right := b.score(t, attack(t, b)); linked > 0 {
					t.Errorf("the database links children to choices: %d pairs, %d right", linked, right)
				}
				checkCounted(t, b)
				checkLogs(t, b)
				checkAudit(t, b)
				checkBallotColumns(t, b)
			})
		})
	}
}

// checkCounted: the polls were counted (nothing sealed is left, the keys are forgotten) and,
// having fewer voters than k, stored no counts at all.
func checkCounted(t *testing.T, b *ballotBox) {
	t.Helper()
	ctx := apitest.System()
	c := b.s.DB.Client
	if n := c.SealedBallot.Query().CountX(ctx); n != 0 {
		t.Errorf("%d sealed ballots are left after counting", n)
	}
	if n := c.Tally.Query().CountX(ctx); n != 0 {
		t.Errorf("%d counts stored for polls of fewer than k voters", n)
	}
	for _, p := range b.polls {
		got := c.Poll.GetX(ctx, p.ID)
		if len(got.BallotKeySalt) != 0 || len(got.BallotPublicKey) != 0 {
			t.Errorf("poll %s keeps its ballot key after counting", p.ID)
		}
	}
	if n := c.Participation.Query().CountX(ctx); n != secrecyVotes {
		t.Errorf("%d participations, want %d", n, secrecyVotes)
	}
}

// attackSQLiteFiles replays every copy's write-ahead log commit by commit and diffs the ballot
// tables between commits, and searches every byte of every copy for plaintext ballots.
func attackSQLiteFiles(t *testing.T, b *ballotBox) map[string]map[string]string {
	t.Helper()
	dir := t.TempDir()
	links := map[string]map[string]string{}
	link := func(pollID, member string, position int) {
		for _, p := range b.polls {
			if p.ID == pollID && position < len(p.Options) {
				if links[pollID] == nil {
					links[pollID] = map[string]string{}
				}
				links[pollID][member] = p.Options[position].ID
			}
		}
	}
	states, plaintexts := 0, 0
	for _, c := range b.copies {
		for _, suffix := range []string{"", "-wal", "-shm"} {
			plaintexts += len(findPlainBallots(c[suffix]))
		}
		images := walStates(t, c[""], c["-wal"])
		states += len(images)
		prev := readBallotState(t, dir, c[""]) // the database file alone: the state before the log
		for _, image := range images {
			cur := readBallotState(t, dir, image)
			newVoters := diffKeys(prev.voters, cur.voters)
			newBallots := diffKeys(prev.ballots, cur.ballots)
			changed := map[string]bool{} // polls whose counts changed in this commit
			for key, n := range cur.counts {
				if prev.counts[key] != n {
					changed[strings.SplitN(key, "|", 2)[0]] = true
				}
			}
			if len(newVoters) == 1 {
				v := newVoters[0]
				pollID, member := cur.voters[v][0], cur.voters[v][1]
				for _, id := range newBallots {
					if ballot := cur.ballots[id]; ballot[0] == pollID {
						for _, positions := range findPlainBallots([]byte(ballot[1])) {
							link(pollID, member, positions[0])
						}
					}
				}
				if changed[pollID] {
					// A count moved with this one vote: whatever rose is this child's choice.
					for key, n := range cur.counts {
						parts := strings.Split(key, "|")
						if parts[0] == pollID && n > prev.counts[key] {
							for i, p := range b.polls {
								if p.ID == pollID {
									for pos, o := range b.polls[i].Options {
										if o.ID == parts[1] {
											link(pollID, member, pos)
										}
									}
								}
							}
						}
					}
				}
			}
			prev = cur
		}
	}
	t.Logf("replayed %d commits of %d copies; %d plaintext ballots found in the files", states, len(b.copies), plaintexts)
	if states < secrecyVotes {
		t.Fatalf("only %d commits were in the logs: the old snapshot did not keep the log", states)
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
	voters  map[string][2]string // participation id → poll, member
	ballots map[string][2]string // sealed ballot id → poll, sealed bytes
	counts  map[string]int       // "poll|option|rank" → count
}

// readBallotState opens a database image on its own and reads the ballot tables.
func readBallotState(t *testing.T, dir string, image []byte) ballotState {
	t.Helper()
	st := ballotState{voters: map[string][2]string{}, ballots: map[string][2]string{}, counts: map[string]int{}}
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
	query := func(q string, scan func(r *sql.Rows) error) {
		rows, err := db.Query(q)
		if err != nil {
			return // the table does not exist yet in this image
		}
		defer rows.Close()
		for rows.Next() {
			if err := scan(rows); err != nil {
				t.Fatal(err)
			}
		}
	}
	query(`SELECT id, poll_participations, youth_member_participations FROM participations`, func(r *sql.Rows) error {
		var id, p, m string
		err := r.Scan(&id, &p, &m)
		st.voters[id] = [2]string{p, m}
		return err
	})
	query(`SELECT id, poll_id, sealed FROM sealed_ballots`, func(r *sql.Rows) error {
		var id, p string
		var sealed []byte
		err := r.Scan(&id, &p, &sealed)
		st.ballots[id] = [2]string{p, string(sealed)}
		return err
	})
	query(`SELECT poll_id, option_id, rank, count FROM result_counts`, func(r *sql.Rows) error {
		var p, o string
		var rank, n int
		err := r.Scan(&p, &o, &rank, &n)
		st.counts[fmt.Sprintf("%s|%s|%d", p, o, rank)] = n
		return err
	})
	return st
}

func diffKeys[V any](before, after map[string]V) []string {
	var added []string
	for k := range after {
		if _, ok := before[k]; !ok {
			added = append(added, k)
		}
	}
	slices.Sort(added)
	return added
}

// attackPostgresPages reads every row version on the pages of the ballot tables with
// pageinspect (live, dead and not yet vacuumed alike) with the transaction that wrote it, and
// pairs a child's Participation with the ballots and counts written by the same transaction.
func attackPostgresPages(t *testing.T, b *ballotBox) map[string]map[string]string {
	t.Helper()
	db := b.s.DB.Writer
	// The extension lives in public, shared by the tests' schemas; two tests creating it at the
	// same moment race, so a failure is retried once.
	for try := 0; ; try++ {
		_, err := db.Exec(`CREATE EXTENSION IF NOT EXISTS pageinspect SCHEMA public`)
		if err == nil {
			break
		}
		if try > 0 {
			t.Fatalf("pageinspect (the attacker reads pages as a superuser): %v", err)
		}
	}
	type version struct {
		xmin string
		data []byte
	}
	versions := func(table string) []version {
		var blocks int
		if err := db.QueryRow(`SELECT pg_relation_size($1::regclass) / current_setting('block_size')::int`, table).Scan(&blocks); err != nil {
			t.Fatal(err)
		}
		var out []version
		for blk := range blocks {
			rows, err := db.Query(`SELECT t_xmin::text, t_data FROM public.heap_page_items(public.get_raw_page($1, $2)) WHERE t_data IS NOT NULL`, table, blk)
			if err != nil {
				t.Fatal(err)
			}
			for rows.Next() {
				var v version
				if err := rows.Scan(&v.xmin, &v.data); err != nil {
					t.Fatal(err)
				}
				out = append(out, v)
			}
			rows.Close()
		}
		return out
	}
	members := map[string][]string{} // xmin → members whose Participation it wrote
	for _, v := range versions("participations") {
		for _, m := range b.voters {
			if bytes.Contains(v.data, []byte(m.ID)) {
				members[v.xmin] = append(members[v.xmin], m.ID)
			}
		}
	}
	links := map[string]map[string]string{}
	all := slices.Concat(versions("sealed_ballots"), versions("result_counts"))
	for _, v := range all {
		ms := members[v.xmin]
		if len(ms) != 1 {
			continue
		}
		for _, p := range b.polls {
			if !bytes.Contains(v.data, []byte(p.ID)) {
				continue
			}
			for _, positions := range findPlainBallots(v.data) {
				if positions[0] < len(p.Options) {
					if links[p.ID] == nil {
						links[p.ID] = map[string]string{}
					}
					links[p.ID][ms[0]] = p.Options[positions[0]].ID
				}
			}
			for _, o := range p.Options {
				if bytes.Contains(v.data, []byte(o.ID)) {
					// A count written by the transaction of one child's vote.
					if links[p.ID] == nil {
						links[p.ID] = map[string]string{}
					}
					links[p.ID][ms[0]] = o.ID
				}
			}
		}
	}
	t.Logf("read %d participation versions written by %d transactions, %d ballot and count versions", len(versions("participations")), len(members), len(all))
	if len(members) < secrecyVotes {
		t.Fatalf("found the transactions of only %d participations: the attack does not see the pages", len(members))
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
		for _, p := range b.polls {
			for _, o := range p.Options {
				if strings.Contains(line, o.ID) {
					t.Errorf("a log line names an option: %s", line)
				}
			}
		}
	}
	if requests < secrecyVotes {
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
		if strings.Contains(e.Action, "VOTE") || strings.HasPrefix(e.ObjectID, "opt_") ||
			strings.HasPrefix(e.ObjectID, "par_") || strings.HasPrefix(e.ObjectID, "bal_") {
			t.Errorf("audit event %s %s is about a vote", e.Action, e.ObjectID)
		}
	}
}

// checkBallotColumns: the ballot tables hold nothing that orders, dates or names a vote.
func checkBallotColumns(t *testing.T, b *ballotBox) {
	t.Helper()
	want := map[string][]string{
		"participations": {"id", "idempotency_hash", "poll_participations", "youth_member_participations"},
		"sealed_ballots": {"id", "poll_id", "sealed"},
		"result_counts":  {"count", "id", "option_id", "poll_id", "rank"},
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
