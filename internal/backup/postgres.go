package backup

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"entgo.io/ent/dialect"
)

// pgConn is a DSN split for the libpq tools: the connection URI without password and
// search_path (libpq does not know the parameter pgx passes on), the password for PGPASSWORD,
// so it does not show in the process list, and the schemas the search_path names.
type pgConn struct {
	uri      string
	password string
	schemas  []string
}

func parsePostgresDSN(dsn string) (pgConn, error) {
	u, err := url.Parse(dsn)
	if err != nil {
		return pgConn{}, errors.New("cannot parse the PostgreSQL DSN")
	}
	var c pgConn
	if u.User != nil {
		if pw, ok := u.User.Password(); ok {
			c.password = pw
			u.User = url.User(u.User.Username())
		}
	}
	q := u.Query()
	for _, s := range strings.Split(q.Get("search_path"), ",") {
		s = strings.TrimSpace(s)
		if s != "" && s != `"$user"` && s != "$user" {
			c.schemas = append(c.schemas, strings.Trim(s, `"`))
		}
	}
	q.Del("search_path")
	u.RawQuery = q.Encode()
	c.uri = u.String()
	return c, nil
}

func (c pgConn) env() []string {
	env := os.Environ()
	if c.password != "" {
		env = append(env, "PGPASSWORD="+c.password)
	}
	return env
}

// pgTool finds a PostgreSQL client program: on PATH, or else in the newest
// /usr/lib/postgresql/<version>/bin (Debian and Ubuntu keep it there).
func pgTool(name string) (string, error) {
	if p, err := exec.LookPath(name); err == nil {
		return p, nil
	}
	matches, _ := filepath.Glob(filepath.Join("/usr/lib/postgresql", "*", "bin", name))
	version := func(p string) float64 {
		v, _ := strconv.ParseFloat(filepath.Base(filepath.Dir(filepath.Dir(p))), 64)
		return v
	}
	sort.Slice(matches, func(i, j int) bool { return version(matches[i]) > version(matches[j]) })
	for _, m := range matches {
		if st, err := os.Stat(m); err == nil && st.Mode()&0o111 != 0 {
			return m, nil
		}
	}
	return "", fmt.Errorf("%s not found on PATH or in /usr/lib/postgresql/*/bin: install the PostgreSQL client tools (e.g. apt-get install postgresql-client), in a version at least that of the server", name)
}

// run runs a PostgreSQL tool and returns its standard output; a failure carries its stderr.
func run(ctx context.Context, c pgConn, name string, args ...string) ([]byte, error) {
	path, err := pgTool(name)
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.Env = c.env()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if len(msg) > 2000 {
			msg = msg[:2000] + "…"
		}
		if msg == "" {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		return nil, fmt.Errorf("%s: %w: %s", name, err, msg)
	}
	return stdout.Bytes(), nil
}

func writePostgres(ctx context.Context, dsn, out string) (err error) {
	c, err := parsePostgresDSN(dsn)
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	tmp, err := tempFileFor(out)
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	defer func() {
		if err != nil {
			os.Remove(tmp)
		}
	}()
	args := []string{"--format=custom", "--no-owner", "--file=" + tmp}
	for _, s := range c.schemas {
		args = append(args, "--schema="+s)
	}
	args = append(args, c.uri)
	if _, err := run(ctx, c, "pg_dump", args...); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	if err := publishWithManifest(tmp, out, dialect.Postgres); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	return nil
}

func restorePostgres(ctx context.Context, dsn, in string, opts RestoreOptions) error {
	c, err := parsePostgresDSN(dsn)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	if err := verify(in, dialect.Postgres, opts); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	// A dump holds schema-qualified objects and restores into the schemas it was taken from.
	// When the DSN names schemas, they must be the ones in the archive.
	if len(c.schemas) > 0 {
		list, err := run(ctx, c, "pg_restore", "--list", in)
		if err != nil {
			return fmt.Errorf("restore: reading %s: %w", in, err)
		}
		have := archiveSchemas(list)
		for _, s := range c.schemas {
			if !have[s] && s != "public" { // a whole-database dump need not list public
				return fmt.Errorf("restore: %s holds no schema %q (it holds %s); a dump restores into the schema it was taken from",
					in, s, strings.Join(sortedKeys(have), ", "))
			}
		}
	}
	if _, err := run(ctx, c, "pg_restore", "--clean", "--if-exists", "--no-owner",
		"--single-transaction", "--exit-on-error", "--dbname="+c.uri, in); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	return nil
}

// archiveSchemas reads the schema entries of `pg_restore --list`, lines like
// "5; 2615 16390 SCHEMA - myschema postgres".
func archiveSchemas(list []byte) map[string]bool {
	have := map[string]bool{}
	for _, line := range strings.Split(string(list), "\n") {
		if strings.HasPrefix(line, ";") {
			continue
		}
		f := strings.Fields(line)
		if len(f) >= 6 && f[3] == "SCHEMA" && f[4] == "-" {
			have[f[5]] = true
		}
	}
	return have
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if len(keys) == 0 {
		return []string{"none"}
	}
	return keys
}
