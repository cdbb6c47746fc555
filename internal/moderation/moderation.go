// Package moderation owns what happens between a child writing a post and anyone else reading
// it: the automatic flags that point moderators at personal data and danger (computed from the
// word lists in wordlists/), the moderation queue, the moderators' decisions (append-only, each
// audited), the kind words a child reads when a post is not shown (reasons/), and the
// safeguarding cases an escalation opens. Who may do each is decided by the privacy rules in
// policies/; this package decides what a decision does.
package moderation

import (
	"context"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Audit actions of this package. Audit events name objects by id only: never a post's words, a
// note or a pseudonym.
const (
	ActionPostApproved  = "POST_APPROVED"
	ActionPostRejected  = "POST_REJECTED"
	ActionPostEscalated = "POST_ESCALATED"
	ActionCaseOpened    = "CASE_OPENED"
	ActionCaseUpdated   = "CASE_UPDATED"
)

// system is a context that passes every privacy rule, for rows only the system reads or writes,
// used after the viewer's own read has passed.
func system(ctx context.Context) context.Context {
	return policies.System(ctx)
}

// notFound turns ent's not-found (also what the privacy filter makes of a row the viewer may not
// see) into NOT_FOUND with a message.
func notFound(err error, msg string) error {
	if ent.IsNotFound(err) {
		return apierror.NotFoundf("%s", msg)
	}
	return err
}

// rollback ends a transaction that did not commit; after a commit it is a no-op.
func rollback(tx *ent.Tx) { _ = tx.Rollback() }

// dbNow is the time to store: without Go's monotonic clock reading, which the SQLite driver
// would otherwise write into the column ("… m=+1.23") so that the stored text no longer equals,
// or sorts with, the same time read back (as cursors of the moderation queue do).
func dbNow() time.Time { return time.Now().Round(0) }
