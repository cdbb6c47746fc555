package backup

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"time"

	"github.com/jeugdstem/jeugdstem/internal/database"
)

// Manifest is written beside every backup, as FILE.manifest.json: what the backup must be for a
// restore to accept it. The checksum catches a backup that changed after it was written (a bad
// disk, a careless copy, an edit), which SQLite's integrity_check does not notice when the
// change is inside a row, e.g. one altered byte in a child's post. It is not a signature:
// whoever can change the backup can write a new manifest too, so keep both where only
// operators can write.
type Manifest struct {
	// Format is the manifest's own version.
	Format int `json:"format"`
	// SHA256 is the hex SHA-256 of the backup file, Size its length in bytes.
	SHA256 string `json:"sha256"`
	Size   int64  `json:"size"`
	// Dialect is "sqlite3" or "postgres": what the backup restores into.
	Dialect string `json:"dialect"`
	// Schema is database.SchemaVersion of the binary that took it.
	Schema  string    `json:"schema"`
	Created time.Time `json:"created"`
}

// ManifestPath is where the manifest of the backup file sits.
func ManifestPath(backupFile string) string { return backupFile + ".manifest.json" }

// RestoreOptions relax what a restore checks.
type RestoreOptions struct {
	// AllowUnverified restores a backup that has no manifest (taken before manifests existed).
	// A manifest that is there but does not match is refused all the same.
	AllowUnverified bool
	// AllowOtherSchema restores a backup taken with another schema version (another version of
	// jeugdstem). Start the server afterwards with the version that should migrate it; an older
	// binary does not understand a newer schema.
	AllowOtherSchema bool
}

// ErrMismatch means the backup is not what its manifest says.
var ErrMismatch = errors.New("the backup does not match its manifest")

// fileSum returns the hex SHA-256 and size of a file.
func fileSum(name string) (string, int64, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return "", 0, err
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

// writeManifest writes the manifest of the finished backup file tmp (not yet under its name) to
// a temporary file next to out and returns it, for publishing after the backup.
func writeManifest(tmp, out, dialect string) (string, error) {
	sum, size, err := fileSum(tmp)
	if err != nil {
		return "", err
	}
	m := Manifest{Format: 1, SHA256: sum, Size: size, Dialect: dialect, Schema: database.SchemaVersion(), Created: time.Now().UTC()}
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return "", err
	}
	mtmp, err := tempFileFor(ManifestPath(out))
	if err != nil {
		return "", err
	}
	if err := os.WriteFile(mtmp, append(data, '\n'), 0o600); err != nil {
		os.Remove(mtmp)
		return "", err
	}
	return mtmp, nil
}

// publishWithManifest puts the finished backup tmp and its manifest in place: the manifest
// first, so a backup under its name always has one (a crash in between leaves a manifest
// without a backup, which nothing restores).
func publishWithManifest(tmp, out, dialect string) error {
	if _, err := os.Lstat(ManifestPath(out)); err == nil {
		return fmt.Errorf("%s: %w", ManifestPath(out), ErrExists)
	}
	mtmp, err := writeManifest(tmp, out, dialect)
	if err != nil {
		return err
	}
	if err := publishNew(mtmp, ManifestPath(out)); err != nil {
		os.Remove(mtmp)
		return err
	}
	if err := publishNew(tmp, out); err != nil {
		os.Remove(ManifestPath(out))
		return err
	}
	return nil
}

// verify checks the backup file in against its manifest before a restore into dialect.
func verify(in, dialect string, opts RestoreOptions) error {
	data, err := os.ReadFile(ManifestPath(in))
	if errors.Is(err, fs.ErrNotExist) {
		if opts.AllowUnverified {
			return nil
		}
		return fmt.Errorf("%s has no manifest (%s): it cannot be checked; restore it with --allow-unverified only if you know where it comes from",
			in, ManifestPath(in))
	}
	if err != nil {
		return err
	}
	var m Manifest
	if err := json.Unmarshal(data, &m); err != nil || m.Format != 1 || m.SHA256 == "" {
		return fmt.Errorf("%s: %w: the manifest cannot be read", in, ErrMismatch)
	}
	sum, size, err := fileSum(in)
	if err != nil {
		return err
	}
	if size != m.Size || sum != m.SHA256 {
		return fmt.Errorf("%s: %w: its SHA-256 is %s (%d bytes), the manifest says %s (%d bytes); the file changed after it was written",
			in, ErrMismatch, sum, size, m.SHA256, m.Size)
	}
	if m.Dialect != dialect {
		return fmt.Errorf("%s is a %s backup, the database is %s", in, m.Dialect, dialect)
	}
	if v := database.SchemaVersion(); m.Schema != v && !opts.AllowOtherSchema {
		return fmt.Errorf("%s was taken with database schema %s, this jeugdstem has %s: restore it with the jeugdstem version that took it, or with --allow-other-schema",
			in, m.Schema, v)
	}
	return nil
}
