package database

import (
	"database/sql"
	"database/sql/driver"
	"errors"
	"io"
	"net"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"
	"modernc.org/sqlite"
)

// IsUnavailable reports whether err means the database could not do the work right now, for
// reasons that have nothing to do with the request: the server is restarting or unreachable,
// the connection broke, the disk is full, the write lock was not free in time. Such a request
// may be tried again unchanged; the API answers it with 503 and UNAVAILABLE instead of a 500.
func IsUnavailable(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, driver.ErrBadConn) || errors.Is(err, sql.ErrConnDone) || errors.Is(err, net.ErrClosed) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return true
	}
	var netErr net.Error
	if errors.As(err, &netErr) {
		return true
	}
	var connectErr *pgconn.ConnectError
	if errors.As(err, &connectErr) || pgconn.SafeToRetry(err) {
		return true
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		code := pgErr.Code
		switch {
		case strings.HasPrefix(code, "08"), // connection exception
			strings.HasPrefix(code, "53"),                     // insufficient resources: disk full, out of memory, too many connections
			strings.HasPrefix(code, "58"),                     // system error (I/O)
			code == "57P01", code == "57P02", code == "57P03", // shutting down, crashed, starting up
			code == "25006": // read-only transaction: a standby after a failover
			return true
		}
		return false
	}
	var sqliteErr *sqlite.Error
	if errors.As(err, &sqliteErr) {
		switch sqliteErr.Code() & 0xff { // the primary result code
		case 5, // SQLITE_BUSY: the write lock was not free within busy_timeout
			6,  // SQLITE_LOCKED
			7,  // SQLITE_NOMEM
			10, // SQLITE_IOERR
			13, // SQLITE_FULL: the disk is full
			14, // SQLITE_CANTOPEN
			15: // SQLITE_PROTOCOL
			return true
		}
	}
	return false
}
