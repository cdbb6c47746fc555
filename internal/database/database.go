// Package database opens the one relational database jeugdstem keeps its state in: an embedded
// SQLite file by default, PostgreSQL in production. It owns the DSN format, the connection pools
// and schema migration (migrate.go, with the files in migrations/); everything above it speaks ent.
package database

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	_ "modernc.org/sqlite"             // registers the "sqlite" driver (pure Go)

	"github.com/jeugdstem/jeugdstem/ent"
	_ "github.com/jeugdstem/jeugdstem/ent/runtime" // privacy policies, hooks and defaults
	"github.com/jeugdstem/jeugdstem/internal/live"
)

// DefaultDSN is the embedded database next to the binary's working directory.
const DefaultDSN = "sqlite://./jeugdstem.db"

// DB is an open database: the ent client plus what operations need below ent.
type DB struct {
	Client  *ent.Client
	Dialect string // dialect.SQLite or dialect.Postgres
	// Writer is the pool that takes writes (for SQLite a single connection); Reader serves reads.
	// For PostgreSQL both are the same pool.
	Writer, Reader *sql.DB
	// Path is the SQLite file, empty for PostgreSQL.
	Path string
	// DSN is what the database was opened with (for PostgreSQL: what a LISTEN connection uses).
	DSN string

	// probe is Ready's last write probe; a pointer, so a copy of DB (tests wrap the client of
	// one) shares it.
	probe *writeProbe
	// gather lets one SharedSnapshot at a time take its connections from the read pool.
	gather chan struct{}
}

// writeProbe is the last write probe of Ready and its result.
type writeProbe struct {
	mu  sync.Mutex
	at  time.Time
	err error
}

// Open connects to the database named by dsn ("sqlite://PATH" or "postgres://…"). It does not
// migrate; call Migrate.
func Open(ctx context.Context, dsn string) (*DB, error) {
	switch {
	case strings.HasPrefix(dsn, "sqlite://"):
		db, err := openSQLite(ctx, strings.TrimPrefix(dsn, "sqlite://"))
		if db != nil {
			db.DSN = dsn
		}
		return db, err
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		db, err := openPostgres(ctx, dsn)
		if db != nil {
			db.DSN = dsn
		}
		return db, err
	default:
		return nil, fmt.Errorf("unsupported database %q: use sqlite://PATH or postgres://…", redact(dsn))
	}
}

// sqlitePragmas are applied on every connection, in this order. busy_timeout comes first so that
// the statements after it already wait instead of failing when another process holds a lock.
// WAL lets readers run beside the one writer; synchronous=NORMAL is durable in WAL mode across
// process crashes (an OS crash may lose the last transactions, never corrupt the file);
// foreign_keys is off by default in SQLite and must be switched on per connection.
// secure_delete overwrites deleted content so removed posts do not linger in free pages.
var sqlitePragmas = []string{
	"busy_timeout(10000)",
	"journal_mode(WAL)",
	"synchronous(NORMAL)",
	"foreign_keys(1)",
	"secure_delete(1)",
}

func sqliteDSN(path string, readOnly bool) string {
	q := url.Values{}
	for _, p := range sqlitePragmas {
		q.Add("_pragma", p)
	}
	// Times are written in SQLite's own format. The driver's default is Go's Time.String, which
	// carries the monotonic clock reading ("… m=+1.23") of times taken with time.Now, so equal
	// instants stored twice compare as different text and ordering by time goes wrong.
	q.Set("_time_format", "sqlite")
	if readOnly {
		q.Add("_pragma", "query_only(1)")
	} else {
		// Write transactions take the write lock at BEGIN, so two writers never deadlock on
		// an upgrade from a read lock (which SQLite answers with SQLITE_BUSY at once).
		q.Set("_txlock", "immediate")
	}
	return "file:" + path + "?" + q.Encode()
}

func openSQLite(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, fmt.Errorf("sqlite DSN needs a path: sqlite://./jeugdstem.db")
	}
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o750); err != nil {
			return nil, fmt.Errorf("creating database folder: %w", err)
		}
	}
	writer, err := openCachingSQLite(sqliteDSN(path, false))
	if err != nil {
		return nil, err
	}
	// SQLite has one writer at a time. One pooled connection turns contention into an orderly
	// queue in database/sql instead of busy retries inside SQLite.
	writer.SetMaxOpenConns(1)
	writer.SetMaxIdleConns(1)
	writer.SetConnMaxLifetime(0)
	if err := writer.PingContext(ctx); err != nil {
		writer.Close()
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	reader, err := openCachingSQLite(sqliteDSN(path, true))
	if err != nil {
		writer.Close()
		return nil, err
	}
	reader.SetMaxOpenConns(8)
	reader.SetMaxIdleConns(8)
	drv := &splitDriver{
		Driver: entsql.OpenDB(dialect.SQLite, writer),
		reader: entsql.OpenDB(dialect.SQLite, reader),
		queue:  newWriterQueue(),
	}
	return &DB{Client: ent.NewClient(ent.Driver(drv)), Dialect: dialect.SQLite, Writer: writer, Reader: reader, Path: path,
		probe: &writeProbe{}, gather: make(chan struct{}, 1)}, nil
}

func openPostgres(ctx context.Context, dsn string) (*DB, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, err
	}
	// The pool keeps every connection a burst opened (idle up to maxPostgresConns) until it has
	// been unused for postgresIdleTime. Each new connection is a new PostgreSQL backend, which
	// reads its catalogs and plans every statement afresh; a pool that closed what it could not
	// keep idle (database/sql's default keeps 2) opened and closed them again at every burst, and
	// a national round's first minute was slow for it. A server opens some at start (WarmPool).
	db.SetMaxOpenConns(maxPostgresConns)
	db.SetMaxIdleConns(maxPostgresConns)
	db.SetConnMaxIdleTime(postgresIdleTime)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connecting to %s: %w", redact(dsn), err)
	}
	drv := entsql.OpenDB(dialect.Postgres, db)
	return &DB{Client: ent.NewClient(ent.Driver(drv)), Dialect: dialect.Postgres, Writer: db, Reader: db, probe: &writeProbe{}, gather: make(chan struct{}, 1)}, nil
}

// WithMigrationLock runs fn while holding the deployment's migration lock, so that only one
// process changes the schema at a time. Whatever migrates must run inside it: without it,
// instances starting together on a new PostgreSQL database create the same tables at once and
// all but one fail with a duplicate key in pg_type.
//
// On PostgreSQL the lock is a session-level advisory lock held on a connection of its own for
// as long as fn runs; it is keyed by the current schema, so deployments (and tests) in other
// schemas of the same database do not wait for each other. It is released when fn returns, and
// by the server if the process dies. On SQLite the writer is a single connection, and a second
// process waits for SQLite's own write lock (busy_timeout), so fn runs as it is: each migration
// file's transaction takes that lock at BEGIN and first looks whether it was applied meanwhile.
func (db *DB) WithMigrationLock(ctx context.Context, fn func(context.Context) error) error {
	if db.Dialect != dialect.Postgres {
		return fn(ctx)
	}
	conn, err := db.Writer.Conn(ctx)
	if err != nil {
		return fmt.Errorf("migration lock: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock("+migrationLockKey+")"); err != nil {
		return fmt.Errorf("migration lock: %w", err)
	}
	defer func() {
		// A failed unlock (the connection broke) is harmless: the server drops a session's
		// advisory locks with the session, and a broken connection is not reused.
		_, _ = conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock("+migrationLockKey+")")
	}()
	return fn(ctx)
}

// migrationLockKey is the advisory lock's key: one per schema of a database.
const migrationLockKey = "hashtextextended('jeugdstem migrate ' || current_schema(), 0)"

// Ping reports whether the database answers.
func (db *DB) Ping(ctx context.Context) error {
	if err := db.Writer.PingContext(ctx); err != nil {
		return err
	}
	return db.Reader.PingContext(ctx)
}

// probeEvery bounds how often Ready writes: between probes it answers with the last result, so
// a load balancer asking every second costs one small write per instance every few seconds.
const probeEvery = 5 * time.Second

// probeID is the job_runs row the write probe rewrites (one for the whole deployment; it is
// no job, and its finished_at is the last probe).
const probeID = "readiness-probe"

// Ready reports whether the database can serve requests: it answers (Ping) and it takes a write.
// A database that answers reads but refuses writes (disk full, a read-only standby after a
// failover) would take sign-ins, votes and posts only to fail them, so such an instance should
// not get traffic. The write is a tiny upsert of one job_runs row, at most every probeEvery.
func (db *DB) Ready(ctx context.Context) error {
	if err := db.Ping(ctx); err != nil {
		return err
	}
	p := db.probe
	if p == nil { // a DB not made by Open: probe every time
		p = &writeProbe{}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.at.IsZero() && time.Since(p.at) < probeEvery {
		return p.err
	}
	// On the writer pool itself (on SQLite the reader pool is read-only).
	q := "INSERT INTO job_runs (id, started_at, finished_at) VALUES (?, ?, ?) " +
		"ON CONFLICT (id) DO UPDATE SET finished_at = excluded.finished_at"
	if db.Dialect == dialect.Postgres {
		q = "INSERT INTO job_runs (id, started_at, finished_at) VALUES ($1, $2, $3) " +
			"ON CONFLICT (id) DO UPDATE SET finished_at = excluded.finished_at"
	}
	now := time.Now().Round(0)
	_, p.err = db.Writer.ExecContext(ctx, q, probeID, now, now)
	p.at = time.Now()
	return p.err
}

// NewLiveHub returns the hub that carries live notices between the instances on this database:
// LISTEN/NOTIFY on PostgreSQL (listening until ctx ends), in-process on SQLite.
func (db *DB) NewLiveHub(ctx context.Context) *live.Hub {
	if db.Dialect == dialect.Postgres {
		return live.NewPostgresHub(ctx, db.Writer, db.DSN)
	}
	return live.NewMemoryHub()
}

// Close closes the client and the pools.
func (db *DB) Close() error {
	err := db.Client.Close()
	if db.Reader != db.Writer {
		if rerr := db.Reader.Close(); err == nil {
			err = rerr
		}
	}
	return err
}

// redact drops the password from a DSN before it is shown or logged.
func redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil || u.User == nil {
		return dsn
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

// splitDriver sends reads outside transactions to a pool of read-only connections and
// everything that writes (Exec, transactions) to the single writer connection.
type splitDriver struct {
	*entsql.Driver
	reader *entsql.Driver
	// queue orders the writes (writerqueue.go).
	queue writerQueue
}

// Query runs a read on the reader pool. A statement that writes and returns rows (an INSERT
// with RETURNING, as ent makes for an upsert) goes to the writer.
func (d *splitDriver) Query(ctx context.Context, query string, args, v any) error {
	if !isRead(query) {
		return d.writeQuery(ctx, query, args, v)
	}
	return d.reader.Query(ctx, query, args, v)
}

// QueryContext runs a statement written by hand (ent.Client.QueryContext) as Query does: a read
// on the reader pool, anything else on the writer.
func (d *splitDriver) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if isRead(query) {
		return d.reader.DB().QueryContext(ctx, query, args...)
	}
	return d.writeQueryContext(ctx, query, args...)
}

// isRead reports whether a statement only reads: it starts with SELECT.
func isRead(query string) bool {
	return len(query) >= 6 && strings.EqualFold(query[:6], "SELECT")
}

// Close closes both pools.
func (d *splitDriver) Close() error {
	err := d.Driver.Close()
	if rerr := d.reader.Close(); err == nil {
		err = rerr
	}
	return err
}

// The PostgreSQL pool of one instance: see openPostgres.
const (
	maxPostgresConns  = 32
	postgresWarmConns = 8
	postgresIdleTime  = 10 * time.Minute
)

// WarmPool opens a few PostgreSQL connections at once and keeps them idle, so that the first
// burst of requests after a server starts (a national round, a restart during one) finds them
// open instead of waiting while each new backend starts. Only the server does this: commands and
// tests open connections as they need them. SQLite connections are cheap to open; nothing to do.
func (db *DB) WarmPool(ctx context.Context) error {
	if db.Dialect != dialect.Postgres {
		return nil
	}
	return warm(ctx, db.Reader, postgresWarmConns)
}

// warm opens n connections of db at once and puts them back idle.
func warm(ctx context.Context, db *sql.DB, n int) error {
	conns := make([]*sql.Conn, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { conns[i], errs[i] = db.Conn(ctx) })
	}
	wg.Wait()
	for _, c := range conns {
		if c != nil {
			_ = c.Close()
		}
	}
	return errors.Join(errs...)
}
