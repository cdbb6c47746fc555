package database

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"

	"github.com/jeugdstem/jeugdstem/ent/migrate"
)

// SchemaVersion names the database schema this binary migrates to: a fingerprint (the first 16
// hex digits of a SHA-256) of every table, column, index and foreign key of the data model.
// Backups record it, and a restore refuses a backup taken with another schema unless told to.
// Versioned migrations, when they come, can replace it with their own number.
func SchemaVersion() string {
	h := sha256.New()
	for _, t := range migrate.Tables {
		line(h, "table", t.Name)
		for _, c := range t.Columns {
			line(h, "column", c.Name, c.Type.String(), c.Size, c.Nullable, c.Unique)
		}
		for _, c := range t.PrimaryKey {
			line(h, "primary", c.Name)
		}
		for _, ix := range t.Indexes {
			line(h, "index", ix.Name, ix.Unique)
			for _, c := range ix.Columns {
				line(h, "on", c.Name)
			}
		}
		for _, fk := range t.ForeignKeys {
			line(h, "foreign", fk.Symbol, fk.RefTable.Name, string(fk.OnDelete))
			for _, c := range fk.Columns {
				line(h, "on", c.Name)
			}
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

func line(h hash.Hash, parts ...any) {
	fmt.Fprintln(h, parts...)
}
