// Package feedback owns children's voice on their location and the adults' answer: the areas of
// a location, threads children start about it, their posts and "me too"s, the answers managers
// give ("you said, we did") and the board where children read them in their own language. Every
// post goes to moderation (internal/moderation) before anyone but its author and the location's
// moderators can read it; who may read and write what is decided by the privacy rules in
// policies/.
package feedback

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Audit actions of this package (by id only, never content).
const (
	ActionAreaCreated    = "AREA_CREATED"
	ActionThreadAnswered = "THREAD_ANSWERED"
)

// system is a context that passes every privacy rule, for rows only the system writes (a "me
// too", the count next to it), used after the viewer's own read has passed.
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

func rollback(tx *ent.Tx) { _ = tx.Rollback() }

// cleanTranslations trims every text and refuses two texts in one language; field names the input
// field for the error.
func cleanTranslations(field string, ts []schematype.Translation) ([]schematype.Translation, error) {
	seen := map[string]bool{}
	out := make([]schematype.Translation, len(ts))
	for i, t := range ts {
		t.Text = strings.TrimSpace(t.Text)
		if seen[t.Lang] {
			return nil, apierror.BadInput(fmt.Sprintf("%s.%d.lang", field, i), "%s is given twice", t.Lang)
		}
		seen[t.Lang] = true
		out[i] = t
	}
	return out, nil
}

// dbNow is the time to store: without Go's monotonic clock reading, which the SQLite driver
// would otherwise write into the column ("… m=+1.23") so that the stored text no longer equals,
// or sorts with, the same time read back (as cursors of the moderation queue do).
func dbNow() time.Time { return time.Now().Round(0) }

// CleanTranslations is cleanTranslations for the other packages whose staff and children write
// texts in several languages (council agendas and decisions, ideas).
func CleanTranslations(field string, ts []schematype.Translation) ([]schematype.Translation, error) {
	return cleanTranslations(field, ts)
}
