package database

import (
	"sync"

	"entgo.io/ent/dialect"

	"github.com/jeugdstem/jeugdstem/internal/database/migrations"
)

// SchemaVersion names the database schema this binary migrates to: the version of its latest
// migration file (both dialects have the same versions; a test holds them to it). Backups record
// it, and a restore refuses a backup taken with another schema unless told to.
func SchemaVersion() string { return schemaVersion() }

var schemaVersion = sync.OnceValue(func() string {
	dir, err := migrations.Dir(dialect.SQLite)
	if err != nil {
		panic(err) // the files are embedded: only a broken build gets here
	}
	files, err := dir.Files()
	if err != nil || len(files) == 0 {
		panic("no migration files are embedded")
	}
	return files[len(files)-1].Version()
})
