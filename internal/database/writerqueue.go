package database

import (
	"context"
	"database/sql"
	"sync"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
)

// writerQueue lets ent's writes reach SQLite's single writer connection in the order they
// asked for it. database/sql hands a freed connection to a random one of the goroutines waiting
// for it, so with one writer and a queue of sign-ins and votes (a national check-in round) some
// waited ten times as long as the median. The queue is a channel of one slot: goroutines blocked
// on sending to it are woken first come, first served, and only the one at the front waits for
// the connection itself. A transaction holds its place until it commits or rolls back; a
// statement outside one until it returns (its rows, if any, hold the connection until closed,
// which the next in line waits for as before).
type writerQueue chan struct{}

func newWriterQueue() writerQueue { return make(writerQueue, 1) }

// enter waits for the writer's turn, or for ctx to end.
func (q writerQueue) enter(ctx context.Context) (leave func(), err error) {
	select {
	case q <- struct{}{}:
		var once sync.Once
		return func() { once.Do(func() { <-q }) }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// Exec runs a statement that writes, in turn.
func (d *splitDriver) Exec(ctx context.Context, query string, args, v any) error {
	leave, err := d.queue.enter(ctx)
	if err != nil {
		return err
	}
	defer leave()
	return d.Driver.Exec(ctx, query, args, v)
}

// ExecContext runs a statement written by hand that writes, in turn.
func (d *splitDriver) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	leave, err := d.queue.enter(ctx)
	if err != nil {
		return nil, err
	}
	defer leave()
	return d.Driver.ExecContext(ctx, query, args...)
}

// Tx starts a write transaction in turn; its place is given up when it ends.
func (d *splitDriver) Tx(ctx context.Context) (dialect.Tx, error) { return d.BeginTx(ctx, nil) }

// BeginTx is Tx with options.
func (d *splitDriver) BeginTx(ctx context.Context, opts *entsql.TxOptions) (dialect.Tx, error) {
	leave, err := d.queue.enter(ctx)
	if err != nil {
		return nil, err
	}
	tx, err := d.Driver.BeginTx(ctx, opts)
	if err != nil {
		leave()
		return nil, err
	}
	return &queuedTx{Tx: tx.(*entsql.Tx), leave: leave}, nil
}

// queuedTx gives up the writer's turn when it commits or rolls back.
type queuedTx struct {
	*entsql.Tx
	leave func()
}

func (tx *queuedTx) Commit() error {
	defer tx.leave()
	return tx.Tx.Commit()
}

func (tx *queuedTx) Rollback() error {
	defer tx.leave()
	return tx.Tx.Rollback()
}

// writeQuery runs a statement that writes and returns rows (INSERT … RETURNING), in turn.
func (d *splitDriver) writeQuery(ctx context.Context, query string, args, v any) error {
	leave, err := d.queue.enter(ctx)
	if err != nil {
		return err
	}
	defer leave()
	return d.Driver.Query(ctx, query, args, v)
}

// writeQueryContext is writeQuery for a statement written by hand.
func (d *splitDriver) writeQueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	leave, err := d.queue.enter(ctx)
	if err != nil {
		return nil, err
	}
	defer leave()
	return d.Driver.DB().QueryContext(ctx, query, args...)
}
