// Package retention removes what jeugdstem no longer needs to keep about children: after a
// configurable period, the posts and moderation notes of children who left, and the children
// themselves, as well as children who have not signed in for a long time. What remains is the
// aggregate: poll counters, thread figures (a thread's me-too count keeps counting a removed
// child's "me too", though the mark itself is deleted), participation counts.
//
// A removed child's record stays as a tombstone without pseudonym, avatar or PIN, because the
// Participation rows of past polls point at it and turnout figures count them; it identifies
// nobody. Posts that opened a safeguarding case are kept: the case holds the child's words for the
// safeguarding officer, and safeguarding records follow their own legal retention.
package retention

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/candidacy"
	"github.com/jeugdstem/jeugdstem/ent/feedbackpost"
	"github.com/jeugdstem/jeugdstem/ent/feedbackthread"
	"github.com/jeugdstem/jeugdstem/ent/idea"
	"github.com/jeugdstem/jeugdstem/ent/membership"
	"github.com/jeugdstem/jeugdstem/ent/moderationdecision"
	"github.com/jeugdstem/jeugdstem/ent/predicate"
	"github.com/jeugdstem/jeugdstem/ent/ratelimit"
	"github.com/jeugdstem/jeugdstem/ent/session"
	"github.com/jeugdstem/jeugdstem/ent/threadresponse"
	"github.com/jeugdstem/jeugdstem/ent/threadsupport"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Policy says how long things are kept.
type Policy struct {
	// AfterLeaving is how long a child's posts and record are kept after they left.
	AfterLeaving time.Duration
	// Inactive is how long an active child may go without signing in before they are removed.
	Inactive time.Duration
}

// DefaultPolicy: half a year after leaving, a year without signing in.
var DefaultPolicy = Policy{AfterLeaving: 180 * 24 * time.Hour, Inactive: 365 * 24 * time.Hour}

// Report says what a run removed (or, in a dry run, would remove).
type Report struct {
	At                time.Time
	DryRun            bool
	MembersRemoved    int
	PostsDeleted      int
	PostsKeptForCases int
	DecisionsDeleted  int
	ThreadsDeleted    int
	MeTooDeleted      int
	MembershipsEnded  int
	SessionsDeleted   int
	RateLimitsDeleted int
}

// WriteTo prints the report for people.
func (r *Report) WriteTo(w io.Writer) (int64, error) {
	verb := "removed"
	if r.DryRun {
		verb = "would remove"
	}
	n, err := fmt.Fprintf(w, `Retention run at %s (%s):
  children %s: %d (their posts deleted: %d, kept for safeguarding cases: %d)
  moderation decisions deleted: %d
  threads deleted (only the removed children wrote in them): %d
  me-too marks deleted: %d
  memberships deleted: %d
  expired sessions deleted: %d
  old rate-limit counters deleted: %d
`, r.At.UTC().Format(time.RFC3339), verb, verb, r.MembersRemoved, r.PostsDeleted, r.PostsKeptForCases,
		r.DecisionsDeleted, r.ThreadsDeleted, r.MeTooDeleted, r.MembershipsEnded, r.SessionsDeleted, r.RateLimitsDeleted)
	return int64(n), err
}

// BatchSize is how many children one transaction removes. On SQLite a transaction holds the only
// writer: removing thousands of children in one (as a first run on an old database does) would
// make every sign-in, vote and post wait for minutes. A batch of 100 takes a fraction of a
// second, and writes that arrived meanwhile go first (database/sql hands the connection to
// them in order) before the next batch.
var BatchSize = 100

// Run applies the policy at now, in a system context (retention runs for everybody, not as a
// viewer). Children are removed in batches of BatchSize, each in a transaction of its own, so
// the run never holds up other writes for long and is resumable: a run that stops halfway (a
// crash, a restart) has removed whole batches, and the next run finds the rest still due.
// After each batch it pauses as long as the batch took, so it takes at most half of the
// writer's time. A dry run does each batch and rolls it back; its thread count may differ slightly from a
// real run's when a thread's last words belong to children in different batches.
func Run(ctx context.Context, client *ent.Client, p Policy, now time.Time, dryRun bool) (*Report, error) {
	// Bypass: retention removes rows of every location for everybody, as no viewer.
	ctx = policies.System(ctx)
	rep := &Report{At: now, DryRun: dryRun}
	due, err := client.YouthMember.Query().Where(dueAt(p, now)).Order(youthmember.ByID()).IDs(ctx)
	if err != nil {
		return nil, err
	}
	for len(due) > 0 {
		batch := due[:min(BatchSize, len(due))]
		due = due[len(batch):]
		start := time.Now()
		if err := inTx(ctx, client, dryRun, func(tx *ent.Tx) error {
			// Still due? A child may have signed in since the list was read.
			ids, err := tx.YouthMember.Query().Where(dueAt(p, now), youthmember.IDIn(batch...)).IDs(ctx)
			if err != nil || len(ids) == 0 {
				return err
			}
			return removeMembers(ctx, tx, ids, rep)
		}); err != nil {
			return nil, fmt.Errorf("removing children: %w", err)
		}
		// Then leave the writer (and, with SQLite in the process, the CPU) to everybody else for
		// as long as the batch took: retention is never urgent, sign-ins and votes are.
		if len(due) > 0 {
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-time.After(min(time.Since(start), time.Second)):
			}
		}
	}
	if err := inTx(ctx, client, dryRun, func(tx *ent.Tx) error {
		if rep.SessionsDeleted, err = tx.Session.Delete().Where(session.ExpiresAtLT(now)).Exec(ctx); err != nil {
			return err
		}
		rep.RateLimitsDeleted, err = tx.RateLimit.Delete().Where(ratelimit.WindowStartLT(now.Add(-24 * time.Hour))).Exec(ctx)
		return err
	}); err != nil {
		return nil, err
	}
	return rep, nil
}

// dueAt selects the children the policy removes at now: left longer than AfterLeaving ago, or
// active without signing in for longer than Inactive.
func dueAt(p Policy, now time.Time) predicate.YouthMember {
	return youthmember.Or(
		youthmember.And(youthmember.StatusEQ(youthmember.StatusLEFT), youthmember.LeftAtLT(now.Add(-p.AfterLeaving))),
		youthmember.And(youthmember.StatusEQ(youthmember.StatusACTIVE), youthmember.Or(
			youthmember.LastSignInAtLT(now.Add(-p.Inactive)),
			youthmember.And(youthmember.LastSignInAtIsNil(), youthmember.CreatedAtLT(now.Add(-p.Inactive))),
		)),
	)
}

// inTx runs f in a transaction, committed unless dryRun.
func inTx(ctx context.Context, client *ent.Client, dryRun bool, f func(*ent.Tx) error) error {
	tx, err := client.Tx(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := f(tx); err != nil {
		return err
	}
	if dryRun {
		return nil // the deferred rollback undoes everything
	}
	return tx.Commit()
}

// removeMembers removes the children ids (one batch) with set-based statements: each statement
// looks at the batch at once, not at one child, so a batch costs about what one child did.
func removeMembers(ctx context.Context, tx *ent.Tx, ids []string, rep *Report) error {
	posts := feedbackpost.HasAuthorWith(youthmember.IDIn(ids...))
	kept, err := tx.FeedbackPost.Query().Where(posts, feedbackpost.HasSafeguardingCase()).Count(ctx)
	if err != nil {
		return err
	}
	rep.PostsKeptForCases += kept
	deletable := feedbackpost.And(posts, feedbackpost.Not(feedbackpost.HasSafeguardingCase()))
	n, err := tx.ModerationDecision.Delete().Where(moderationdecision.HasPostWith(deletable)).Exec(ctx)
	if err != nil {
		return err
	}
	rep.DecisionsDeleted += n
	if n, err = tx.FeedbackPost.Delete().Where(deletable).Exec(ctx); err != nil {
		return err
	}
	rep.PostsDeleted += n
	// Threads these children (or children removed before, in earlier batches or runs) started
	// in which nobody else's words remain go too (their title is the child's words); the
	// me-too marks on them and the answers to them with them.
	empty := feedbackthread.And(
		feedbackthread.HasStartedByWith(youthmember.Or(youthmember.IDIn(ids...), youthmember.StatusEQ(youthmember.StatusREMOVED))),
		feedbackthread.Not(feedbackthread.HasPosts()))
	threads, err := tx.FeedbackThread.Query().Where(empty).IDs(ctx)
	if err != nil {
		return err
	}
	if len(threads) > 0 {
		if _, err := tx.ThreadSupport.Delete().Where(threadsupport.HasThreadWith(feedbackthread.IDIn(threads...))).Exec(ctx); err != nil {
			return err
		}
		if _, err := tx.ThreadResponse.Delete().Where(threadresponse.HasThreadWith(feedbackthread.IDIn(threads...))).Exec(ctx); err != nil {
			return err
		}
		// A council idea is such a thread's words: it goes with them. Agenda items keep their
		// place (the foreign key clears their idea) and decisions stay: staff wrote those.
		if _, err := tx.Idea.Delete().Where(idea.ThreadIDIn(threads...)).Exec(ctx); err != nil {
			return err
		}
		if n, err = tx.FeedbackThread.Delete().Where(feedbackthread.IDIn(threads...)).Exec(ctx); err != nil {
			return err
		}
		rep.ThreadsDeleted += n
	}
	if n, err = tx.ThreadSupport.Delete().Where(threadsupport.HasMemberWith(youthmember.IDIn(ids...))).Exec(ctx); err != nil {
		return err
	}
	rep.MeTooDeleted += n
	// Their candidacies in council elections go: an option of a closed ballot then shows as
	// withdrawn, and nothing says they stood.
	if _, err = tx.Candidacy.Delete().Where(candidacy.HasMemberWith(youthmember.IDIn(ids...))).Exec(ctx); err != nil {
		return err
	}
	if n, err = tx.Membership.Delete().Where(membership.HasMemberWith(youthmember.IDIn(ids...))).Exec(ctx); err != nil {
		return err
	}
	rep.MembershipsEnded += n
	if n, err = tx.Session.Delete().Where(session.MemberIDIn(ids...)).Exec(ctx); err != nil {
		return err
	}
	rep.SessionsDeleted += n
	// The tombstones: nothing left that says who the child was. The pseudonym becomes
	// "removed_" and the random part of the child's own id (unique, as the index wants, and
	// telling nothing the row did not already hold), in one statement for the batch.
	if err := tx.YouthMember.Update().Where(youthmember.IDIn(ids...)).
		SetAvatar("removed").
		SetPinHash("").
		SetLanguage("und").
		SetUnaccompanied(false).
		ClearLockedAt().
		ClearLastSignInAt().
		SetStatus(youthmember.StatusREMOVED).
		Modify(func(u *sql.UpdateBuilder) {
			u.Set(youthmember.FieldPseudonym, sql.Expr("'removed_' || substr("+youthmember.FieldID+", 4)"))
		}).
		Exec(ctx); err != nil {
		return err
	}
	rep.MembersRemoved += len(ids)
	return nil
}

// Daily runs the policy once a day for the whole deployment: each instance tries to claim the
// day's run (a JobRun row keyed by the date); the one whose claim succeeds runs it and stores the
// report. It checks every interval until ctx ends. A run lost to a crash is made up by the next
// day's, since the policy only looks at ages.
func Daily(ctx context.Context, client *ent.Client, p Policy, interval time.Duration) {
	// Bypass: the daily claim (a JobRun row) is no viewer's.
	sys := policies.System(ctx)
	for {
		now := time.Now()
		id := "retention:" + now.UTC().Format("2006-01-02")
		if err := client.JobRun.Create().SetID(id).SetStartedAt(now).Exec(sys); err == nil {
			rep, err := Run(ctx, client, p, now, false)
			var sb strings.Builder
			if err != nil {
				slog.Error("retention run failed", "error", err.Error())
				sb.WriteString("failed: " + err.Error())
			} else {
				_, _ = rep.WriteTo(&sb)
				slog.Info("retention run", "members_removed", rep.MembersRemoved, "posts_deleted", rep.PostsDeleted,
					"threads_deleted", rep.ThreadsDeleted, "sessions_deleted", rep.SessionsDeleted)
			}
			_ = client.JobRun.UpdateOneID(id).SetFinishedAt(time.Now()).SetSummary(sb.String()).Exec(sys)
		} else if !ent.IsConstraintError(err) && ctx.Err() == nil {
			slog.Warn("claiming the retention run", "error", err.Error())
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(interval):
		}
	}
}
