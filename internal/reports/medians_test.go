package reports

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/reports/seed"
)

// The medians and post counts of the reports equal, exactly (every median's float64 and count),
// those of the query they replaced (postsReference), on a generated dataset with times written in
// every form a database may hold: national and per location, over a year, a quarter and a week,
// on SQLite and, with JEUGDSTEM_TEST_POSTGRES, PostgreSQL.
func TestMediansMatchReference(t *testing.T) {
	for _, dsn := range referenceDatabases(t) {
		ctx := context.Background()
		db, err := database.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		if err := db.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		t.Run(db.Dialect, func(t *testing.T) {
			if _, err := seed.Generate(ctx, db, seed.Of(100)); err != nil {
				t.Fatal(err)
			}
			if db.Dialect != dialect.Postgres {
				varyTimeFormats(t, db)
			}
			s := New(db, Config{Now: func() time.Time { return seed.End }})
			var locs []string
			rows, err := db.Reader.Query(`SELECT id FROM locations ORDER BY id`)
			if err != nil {
				t.Fatal(err)
			}
			for rows.Next() {
				var id string
				if err := rows.Scan(&id); err != nil {
					t.Fatal(err)
				}
				locs = append(locs, id)
			}
			rows.Close()
			compared := 0
			for _, weeks := range []int{52, 13, 1} {
				from := seed.End.AddDate(0, 0, -7*weeks)
				p, err := NewPeriod(&from, &seed.End, seed.End)
				if err != nil {
					t.Fatal(err)
				}
				for _, sc := range append([]scope{{}}, scope{locs[0]}, scope{locs[len(locs)-1]}) {
					type counts map[string]int
					got, want := counts{}, counts{}
					add := func(c counts) func(string, schematype.Theme, int) {
						return func(loc string, th schematype.Theme, n int) { c[loc+"|"+string(th)] += n }
					}
					gotCounts := map[threadKey]int{}
					gotMedians, err := s.posts(ctx, sc, p, gotCounts)
					if err != nil {
						t.Fatal(err)
					}
					for k, n := range gotCounts {
						add(got)(k.location, k.theme, n)
					}
					wantMedians, err := s.postsReference(ctx, sc, p, add(want))
					if err != nil {
						t.Fatal(err)
					}
					if !reflect.DeepEqual(got, want) {
						t.Errorf("%d weeks, location %q: post counts %v, reference %v", weeks, sc.locationID, got, want)
					}
					if !reflect.DeepEqual(gotMedians, wantMedians) {
						t.Errorf("%d weeks, location %q: medians\n%v\nreference\n%v", weeks, sc.locationID, gotMedians, wantMedians)
					}
					if weeks == 52 && sc.all() && (len(wantMedians) < 2*(12+1+len(locs)) || len(want) == 0) {
						t.Fatalf("the dataset gives too few groups to compare (%d medians, %d counts)", len(wantMedians), len(want))
					}
					compared += len(wantMedians)
				}
			}
			t.Logf("%d medians compared", compared)
		})
	}
}

// varyTimeFormats rewrites some of SQLite's times into the other forms a database may hold: with
// a UTC offset and fractions of a second, and in the Go format of older rows (with a monotonic
// clock reading), keeping the moments they stand for.
func varyTimeFormats(t *testing.T, db *database.DB) {
	t.Helper()
	cet := time.FixedZone("CET", 3600)
	for _, tc := range []struct{ table, col string }{
		{"feedback_posts", "created_at"}, {"feedback_posts", "moderated_at"},
		{"feedback_threads", "created_at"}, {"feedback_threads", "answered_at"},
	} {
		rows, err := db.Writer.Query(`SELECT rowid, ` + tc.col + ` FROM ` + tc.table + ` WHERE ` + tc.col + ` IS NOT NULL AND rowid % 7 < 3`)
		if err != nil {
			t.Fatal(err)
		}
		type change struct {
			rowid int64
			to    string
		}
		var changes []change
		for rows.Next() {
			var id int64
			var at time.Time
			if err := rows.Scan(&id, &at); err != nil {
				t.Fatal(err)
			}
			frac := time.Duration(id%1000) * time.Millisecond
			if id%7 == 0 {
				changes = append(changes, change{id, at.Add(frac).In(cet).Format("2006-01-02 15:04:05.999999999-07:00")})
			} else {
				changes = append(changes, change{id, at.Add(frac).In(cet).String() + " m=+0.012345678"})
			}
		}
		rows.Close()
		for _, c := range changes {
			if _, err := db.Writer.Exec(`UPDATE `+tc.table+` SET `+tc.col+` = ? WHERE rowid = ?`, c.to, c.rowid); err != nil {
				t.Fatal(err)
			}
		}
	}
	var legacy int
	if err := db.Writer.QueryRow(`SELECT COUNT(*) FROM feedback_posts WHERE unixepoch(created_at) IS NULL`).Scan(&legacy); err != nil || legacy == 0 {
		t.Fatalf("no post in the old format (%v)", err)
	}
}

// referenceDatabases are an empty SQLite database and, with JEUGDSTEM_TEST_POSTGRES, an empty
// PostgreSQL schema (dropped at the end).
func referenceDatabases(t *testing.T) []string {
	out := []string{"sqlite://" + filepath.Join(t.TempDir(), "reference.db")}
	pg := os.Getenv("JEUGDSTEM_TEST_POSTGRES")
	if pg == "" {
		return out
	}
	admin, err := sql.Open("pgx", pg)
	if err != nil {
		t.Fatal(err)
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	schema := "t_" + hex.EncodeToString(b)
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		defer admin.Close()
		if _, err := admin.Exec("DROP SCHEMA " + schema + " CASCADE"); err != nil {
			t.Error(err)
		}
	})
	u, err := url.Parse(pg)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return append(out, u.String())
}
