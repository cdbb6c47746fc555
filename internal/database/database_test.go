package database_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent/location"
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
