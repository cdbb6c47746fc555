package database

import (
	"context"
	"errors"
	"strings"

	"github.com/jeugdstem/jeugdstem/ent"
)

// InTx runs fn in a transaction of client, committed when fn returns nil and rolled back (with
// fn's error) otherwise. fn may end the transaction itself; rolling back an ended one is no error.
func InTx(ctx context.Context, client *ent.Client, fn func(tx *ent.Tx) error) error {
	tx, err := client.Tx(ctx)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		return errors.Join(err, ignoreDone(tx.Rollback()))
	}
	return tx.Commit()
}

func ignoreDone(err error) error {
	if err != nil && strings.Contains(err.Error(), "already been committed or rolled back") {
		return nil
	}
	return err
}
