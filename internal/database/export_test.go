package database

import (
	"context"

	"ariga.io/atlas/sql/migrate"
)

// MigrateFrom is Migrate with another migration directory, for tests of new and broken files.
func (db *DB) MigrateFrom(ctx context.Context, dir migrate.Dir) error {
	return db.migrateFrom(ctx, dir)
}

// SetSnapshotHook sets what runs after each transaction of a SharedSnapshot has taken its
// snapshot, and whether the snapshot is left unshared (the weakened variant), until the test ends.
func SetSnapshotHook(t interface{ Cleanup(func()) }, hook func(i int), withoutBarrier bool) {
	snapshotHook, snapshotWithoutBarrier = hook, withoutBarrier
	t.Cleanup(func() { snapshotHook, snapshotWithoutBarrier = nil, false })
}

// SetGatherHook sets what runs after a SharedSnapshot takes its i-th connection (i = -1: it found
// another gathering and waits), and whether snapshots gather without the gate (the weakened
// variant), until the test ends.
func SetGatherHook(t interface{ Cleanup(func()) }, hook func(ctx context.Context, i int), withoutGate bool) {
	gatherHook, gatherWithoutGate = hook, withoutGate
	t.Cleanup(func() { gatherHook, gatherWithoutGate = nil, false })
}
