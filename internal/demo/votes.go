package demo

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/polloption"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/tally"
)

// choice is one counter a ballot increments: an option at a rank (0 unless RANKING).
type choice struct {
	optionID string
	rank     int
}

// castVote records one member's ballot exactly as the real vote transaction does (DESIGN.md §6):
// in its own transaction, insert the Participation (which proves the member voted and nothing
// more) and increment the matching Tally counters. Nothing else is written: no ballot row, no
// timestamp, no log line.
func castVote(ctx context.Context, client *ent.Client, pollID, memberID string, band schematype.AgeBand, choices []choice) error {
	key := make([]byte, 16)
	if _, err := rand.Read(key); err != nil {
		return err
	}
	// The app sends an idempotency key; only its hash is stored.
	sum := sha256.Sum256([]byte(hex.EncodeToString(key)))

	tx, err := client.Tx(ctx)
	if err != nil {
		return err
	}
	if err := tx.Participation.Create().
		SetPollID(pollID).
		SetMemberID(memberID).
		SetIdempotencyHash(hex.EncodeToString(sum[:])).
		Exec(ctx); err != nil {
		return errors.Join(err, tx.Rollback())
	}
	for _, c := range choices {
		n, err := tx.Tally.Update().
			Where(
				tally.HasPollWith(poll.ID(pollID)),
				tally.HasOptionWith(polloption.ID(c.optionID)),
				tally.AgeBandEQ(band),
				tally.RankEQ(c.rank),
			).
			AddCount(1).
			Save(ctx)
		if err == nil && n != 1 {
			err = fmt.Errorf("%d tally rows for option %s, band %s, rank %d", n, c.optionID, band, c.rank)
		}
		if err != nil {
			return errors.Join(err, tx.Rollback())
		}
	}
	return tx.Commit()
}
