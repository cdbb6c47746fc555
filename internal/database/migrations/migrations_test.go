package migrations_test

import (
	"context"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"ariga.io/atlas/sql/migrate"
	entschema "entgo.io/ent/dialect/sql/schema"
	"entgo.io/ent/schema/field"

	entmigrate "github.com/jeugdstem/jeugdstem/ent/migrate"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/database/migrations"
)

// devDB opens an empty database of the backend, as the generator's development database.
func devDB(t *testing.T, b apitest.Backend) *database.DB {
	t.Helper()
	db, err := database.Open(context.Background(), b.NewDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// CI's guard against a schema change without its migration: the migration files, replayed on an
// empty database, must give exactly the schema the ent schema wants.
func TestEverySchemaChangeHasItsMigration(t *testing.T) {
	for _, b := range apitest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			db := devDB(t, b)
			pending, err := migrations.Pending(context.Background(), db.Writer, db.Dialect, entmigrate.Tables)
			if err != nil {
				t.Fatal(err)
			}
			if len(pending) > 0 {
				t.Fatalf("schema changed without a migration: run make migration name=... (and commit the files). Pending statements:\n%s",
					strings.Join(pending, "\n"))
			}
		})
	}
}

// The guard above can fail: a column the ent schema wants and no migration adds is reported.
func TestTheGuardSeesAColumnWithoutMigration(t *testing.T) {
	for _, b := range apitest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			db := devDB(t, b)
			// A copy of job_runs with one column more; the generated tables are left alone.
			jobRuns := *entmigrate.JobRunsTable
			jobRuns.Columns = append(slices.Clone(jobRuns.Columns), &entschema.Column{Name: "drift_probe", Type: field.TypeString, Nullable: true})
			tables := slices.Clone(entmigrate.Tables)
			tables[slices.Index(tables, entmigrate.JobRunsTable)] = &jobRuns
			pending, err := migrations.Pending(context.Background(), db.Writer, db.Dialect, tables)
			if err != nil {
				t.Fatal(err)
			}
			if len(pending) != 1 || !strings.Contains(pending[0], "drift_probe") || !strings.Contains(strings.ToUpper(pending[0]), "ADD COLUMN") {
				t.Fatalf("the guard reports %q, want the one ADD COLUMN of drift_probe", pending)
			}
		})
	}
}

// A migration file edited after atlas.sum was written is refused by name.
func TestAnEditedMigrationFailsTheSum(t *testing.T) {
	for _, folder := range []string{"sqlite3", "postgres"} {
		dir, err := migrations.Dir(folder)
		if err != nil {
			t.Fatal(err)
		}
		if err := migrate.Validate(dir); err != nil {
			t.Fatalf("%s: the committed files fail their atlas.sum: %v", folder, migrations.Explain(err))
		}
		files, _ := dir.Files()
		last := files[len(files)-1]
		// Any change counts; the last file need not hold a NOT NULL (decision_hands adds nullable
		// columns only), so a comment is added.
		edited := string(last.Bytes()) + "-- edited after atlas.sum was written\n"
		if err := dir.WriteFile(last.Name(), []byte(edited)); err != nil {
			t.Fatal(err)
		}
		err = migrations.Explain(migrate.Validate(dir))
		if err == nil || !strings.Contains(err.Error(), last.Name()+" was edited") {
			t.Errorf("%s: an edited %s gives %v", folder, last.Name(), err)
		}
	}
}

// Both dialects have the same migrations, version for version, so one version names the schema.
func TestBothDialectsHaveTheSameVersions(t *testing.T) {
	versions := func(dia string) (out []string) {
		dir, err := migrations.Dir(dia)
		if err != nil {
			t.Fatal(err)
		}
		files, _ := dir.Files()
		for _, f := range files {
			out = append(out, f.Version())
		}
		if _, err := fs.Stat(dir, migrate.HashFileName); err != nil {
			t.Errorf("%s: no atlas.sum: %v", dia, err)
		}
		return out
	}
	s, p := versions("sqlite3"), versions("postgres")
	if !slices.Equal(s, p) || len(s) == 0 {
		t.Fatalf("sqlite %v, postgres %v", s, p)
	}
	if got := database.SchemaVersion(); got != s[len(s)-1] {
		t.Errorf("SchemaVersion() = %q, want the latest migration %q", got, s[len(s)-1])
	}
}
