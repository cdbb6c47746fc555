package database

import (
	"context"

	"ariga.io/atlas/sql/migrate"
)

// MigrateFrom is Migrate with another migration directory, for tests of new and broken files.
func (db *DB) MigrateFrom(ctx context.Context, dir migrate.Dir) error {
	return db.migrateFrom(ctx, dir)
}
