package backup

import (
	"slices"
	"testing"
)

func TestParsePostgresDSN(t *testing.T) {
	c, err := parsePostgresDSN("postgres://app:s3cr%2Ft@db.example:5432/jeugdstem?sslmode=require&search_path=one,%22$user%22,two")
	if err != nil {
		t.Fatal(err)
	}
	if c.password != "s3cr/t" {
		t.Errorf("password %q", c.password)
	}
	if c.uri != "postgres://app@db.example:5432/jeugdstem?sslmode=require" {
		t.Errorf("uri %q", c.uri)
	}
	if !slices.Equal(c.schemas, []string{"one", "two"}) {
		t.Errorf("schemas %q", c.schemas)
	}
	if !slices.Contains(c.env(), "PGPASSWORD=s3cr/t") {
		t.Error("PGPASSWORD not passed")
	}
}

func TestArchiveSchemas(t *testing.T) {
	list := []byte(`;
; Archive created at 2026-01-01 10:00:00 UTC
;     dbname: test
5; 2615 16390 SCHEMA - backup_test_1 postgres
216; 1259 16391 TABLE backup_test_1 locations postgres
`)
	got := archiveSchemas(list)
	if len(got) != 1 || !got["backup_test_1"] {
		t.Errorf("schemas %v", got)
	}
}
