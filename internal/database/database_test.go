package database_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent/location"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Times taken with time.Now carry a monotonic clock reading; what SQLite stores must not, or the
// same instant stored twice compares unequal as text and ordering by time breaks.
func TestSQLiteStoresTimesWithoutMonotonicReading(t *testing.T) {
	ctx := policies.System(context.Background())
	db, err := database.Open(ctx, "sqlite://"+filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	l := db.Client.Location.Create().SetName("A").SetKind(location.KindREGULAR).SetCreatedAt(now).SaveX(ctx)
	var raw string
	if err := db.Reader.QueryRowContext(ctx, "SELECT created_at FROM locations").Scan(&raw); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(raw, "m=") {
		t.Errorf("stored time %q carries the monotonic reading", raw)
	}
	got := db.Client.Location.GetX(ctx, l.ID)
	if !got.CreatedAt.Equal(now) {
		t.Errorf("read back %v, stored %v", got.CreatedAt, now)
	}
	if n := db.Client.Location.Query().Where(location.CreatedAt(now)).CountX(ctx); n != 1 {
		t.Errorf("equality on the stored time finds %d rows, want 1", n)
	}
}

// TestPostgresPoolKeepsWhatABurstOpened: a PostgreSQL server opens a few connections as it
// starts (WarmPool), and keeps every connection a burst of requests opened instead of closing
// those beyond a small idle pool and opening them again at the next burst (each one a new backend that reads its
// catalogs and plans its statements afresh). The weakened variant, with the idle pool of before
// (16 of 32), closes half of the same burst, so the test can fail.
func TestPostgresPoolKeepsWhatABurstOpened(t *testing.T) {
	postgres := func(name string) bool { return name == "postgres" }
	eachWeakened(t, "idle-pool-16", postgres, func(t *testing.T, _ apitest.Backend, db *database.DB, weakened bool) {
		ctx := context.Background()
		if err := db.WarmPool(ctx); err != nil {
			t.Fatal(err)
		}
		if st := db.Reader.Stats(); st.OpenConnections < 8 {
			t.Errorf("warmed: %d connections open, want the 8 a server opens at start", st.OpenConnections)
		}
		if weakened {
			db.Reader.SetMaxIdleConns(16)
		}
		burst := db.Reader.Stats().MaxOpenConnections
		var conns []*sql.Conn
		for range burst {
			c, err := db.Reader.Conn(ctx)
			if err != nil {
				t.Fatal(err)
			}
			conns = append(conns, c)
		}
		for _, c := range conns {
			_ = c.Close()
		}
		st := db.Reader.Stats()
		t.Logf("after a burst of %d: %d open, %d idle, %d closed as beyond the idle pool", burst, st.OpenConnections, st.Idle, st.MaxIdleClosed)
		kept := st.Idle == burst && st.MaxIdleClosed == 0
		if weakened {
			if kept {
				t.Fatal("with an idle pool of 16 the burst's connections were still all kept: the test cannot fail")
			}
			return
		}
		if !kept {
			t.Errorf("after a burst of %d connections %d stayed open and %d were closed, want all kept", burst, st.Idle, st.MaxIdleClosed)
		}
	})
}
