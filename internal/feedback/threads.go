package feedback

import (
	"context"
	"strings"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/area"
	"github.com/jeugdstem/jeugdstem/ent/feedbackpost"
	"github.com/jeugdstem/jeugdstem/ent/feedbackthread"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/threadsupport"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/audit"
	"github.com/jeugdstem/jeugdstem/internal/moderation"
	"github.com/jeugdstem/jeugdstem/internal/ratelimit"
	"github.com/jeugdstem/jeugdstem/internal/validation"
	"github.com/jeugdstem/jeugdstem/policies"
)

// NewArea is the input of CreateArea.
type NewArea struct {
	LocationID string                   `json:"locationID" validate:"required,max=40"`
	Name       []schematype.Translation `json:"name" validate:"required,min=1,max=13,dive"`
	Kind       area.Kind                `json:"kind" validate:"required"`
}

// CreateArea adds a part of a location that threads can be about (the play room, the showers).
func CreateArea(ctx context.Context, client *ent.Client, in NewArea) (*ent.Area, error) {
	name, err := cleanTranslations("input.name", in.Name)
	if err != nil {
		return nil, err
	}
	in.Name = name
	if err := validation.Struct("input", in); err != nil {
		return nil, err
	}
	if area.KindValidator(in.Kind) != nil {
		return nil, apierror.BadInput("input.kind", "is not an area kind")
	}
	if _, err := client.Location.Get(ctx, in.LocationID); err != nil {
		return nil, notFound(err, "no such location")
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer rollback(tx)
	a, err := tx.Area.Create().SetLocationID(in.LocationID).SetName(in.Name).SetKind(in.Kind).Save(ctx)
	if err != nil {
		return nil, err
	}
	if err := audit.Record(ctx, tx.Client(), ActionAreaCreated, "Area", a.ID, in.LocationID); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return a.Unwrap(), nil
}

// NewThread is the input of StartThread: a title and the first post.
type NewThread struct {
	LocationID string           `json:"locationID" validate:"required,max=40"`
	AreaID     *string          `json:"areaID" validate:"omitnil,max=40"`
	Theme      schematype.Theme `json:"theme" validate:"required"`
	Title      string           `json:"title" validate:"required,max=200"`
	Body       string           `json:"body" validate:"required,max=2000"`
	Language   string           `json:"language" validate:"required,lang"`
}

// StartThread lets a child start a thread at their location. Its first post is PENDING like every
// post, and the thread (its title is the child's words too) stays hidden from everyone but the
// child and the location's moderators until a moderator approves that post.
func StartThread(ctx context.Context, client *ent.Client, limiter *ratelimit.Limiter, in NewThread) (*ent.FeedbackThread, error) {
	in.Title, in.Body = strings.TrimSpace(in.Title), strings.TrimSpace(in.Body)
	if err := validation.Struct("input", in); err != nil {
		return nil, err
	}
	flags, err := PrepareThread(ctx, client, limiter, in)
	if err != nil {
		return nil, err
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer rollback(tx)
	t, err := WriteThread(ctx, tx, in, flags)
	if err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return t.Unwrap(), nil
}

// PrepareThread does the checks every thread a child starts gets, before anything is written: the
// child's limit, the location and area, and the automatic flags of title and body for the
// moderators. A council idea (internal/councils) is a thread too, so that its words wait in the
// same queue with the same flags; it may have neither title nor body (told in pictures).
func PrepareThread(ctx context.Context, client *ent.Client, limiter *ratelimit.Limiter, in NewThread) ([]string, error) {
	if err := takeChild(ctx, limiter, "threads", limiter.Limits.ThreadsPerChild); err != nil {
		return nil, err
	}
	if _, err := client.Location.Get(ctx, in.LocationID); err != nil {
		return nil, notFound(err, "no such location")
	}
	if in.AreaID != nil {
		a, err := client.Area.Get(ctx, *in.AreaID)
		if err != nil {
			return nil, notFound(err, "no such area")
		}
		if a.LocationID != in.LocationID {
			return nil, apierror.BadInput("input.areaID", "is not an area of this location")
		}
	}
	v := policies.FromContext(ctx)
	return moderation.PostFlags(ctx, client, in.LocationID, v.MemberID, in.Title, in.Body)
}

// WriteThread writes the thread PrepareThread checked and its first post (PENDING) in tx.
func WriteThread(ctx context.Context, tx *ent.Tx, in NewThread, flags []string) (*ent.FeedbackThread, error) {
	v := policies.FromContext(ctx)
	t, err := tx.FeedbackThread.Create().
		SetLocationID(in.LocationID).
		SetNillableAreaID(in.AreaID).
		SetTheme(in.Theme).
		SetTitle(in.Title).
		SetStartedByID(v.MemberID).
		SetCreatedAt(dbNow()).
		Save(ctx)
	if err != nil {
		return nil, err
	}
	if err := tx.FeedbackPost.Create().
		SetThreadID(t.ID).
		SetAuthorID(v.MemberID).
		SetBody(in.Body).
		SetLanguage(in.Language).
		SetFlags(flags).
		SetCreatedAt(dbNow()).
		Exec(ctx); err != nil {
		return nil, err
	}
	return t, nil
}

// takeChild counts one of the signed-in child's writes of a kind against lim, before anything
// is written. The limits are per child, not per tablet or address: children share both, and one
// child flooding the moderation queue must not silence the others. Staff do not write here
// (the privacy rules refuse them), so a viewer without a member id is left to those rules.
func takeChild(ctx context.Context, limiter *ratelimit.Limiter, kind string, lim ratelimit.Limit) error {
	v := policies.FromContext(ctx)
	if v.MemberID == "" {
		return nil
	}
	err := limiter.Take(ctx, "child-"+kind+":"+v.MemberID, lim)
	if e, ok := apierror.As(err); ok && e.Code == apierror.RateLimited {
		e.Message = "you wrote a lot just now; take a short break and try again later"
	}
	return err
}

// NewPost is the input of PostFeedback.
type NewPost struct {
	ThreadID string `json:"threadID" validate:"required,max=40"`
	Body     string `json:"body" validate:"required,max=2000"`
	Language string `json:"language" validate:"required,lang"`
}

// PostFeedback adds a child's post to a thread they can see. It is PENDING until a moderator
// decides; until then only the child and the location's moderators can read it.
func PostFeedback(ctx context.Context, client *ent.Client, limiter *ratelimit.Limiter, in NewPost) (*ent.FeedbackPost, error) {
	in.Body = strings.TrimSpace(in.Body)
	if err := validation.Struct("input", in); err != nil {
		return nil, err
	}
	if err := takeChild(ctx, limiter, "posts", limiter.Limits.PostsPerChild); err != nil {
		return nil, err
	}
	t, err := client.FeedbackThread.Get(ctx, in.ThreadID)
	if err != nil {
		return nil, notFound(err, "no such thread")
	}
	if t.Status == feedbackthread.StatusCLOSED {
		return nil, apierror.New(apierror.Conflict, "this thread is closed; start a new one")
	}
	v := policies.FromContext(ctx)
	flags, err := moderation.PostFlags(ctx, client, t.LocationID, v.MemberID, in.Body)
	if err != nil {
		return nil, err
	}
	return client.FeedbackPost.Create().
		SetThreadID(t.ID).
		SetAuthorID(v.MemberID).
		SetBody(in.Body).
		SetLanguage(in.Language).
		SetFlags(flags).
		SetCreatedAt(dbNow()).
		Save(ctx)
}

// MeToo records that a child agrees with a thread they can see, once per child (Support). A
// council idea is supported with supportIdea, which also puts it on the agenda.
func MeToo(ctx context.Context, client *ent.Client, limiter *ratelimit.Limiter, threadID string) (*ent.FeedbackThread, error) {
	t, _, err := Support(ctx, client, limiter, threadID, func(t *ent.FeedbackThread) error {
		// Whether the thread holds an idea says nothing the child could not read: the idea is theirs to see too.
		if isIdea, err := t.QueryIdea().Exist(system(ctx)); err != nil {
			return err
		} else if isIdea {
			return apierror.BadInput("threadID", "this is a council idea: support it with supportIdea")
		}
		return nil
	}, nil)
	return t, err
}

// Support records a child's mark on a thread they can see, once per child: the unique index on
// (thread, member) refuses a second mark, also when two taps race, and the count goes up in the
// same transaction as the mark, so it always equals the number of marks. A second mark changes
// nothing and is not an error (added is false). check may refuse the thread before anything is
// written; then runs in the mark's transaction after a new mark (an idea goes onto the agenda).
func Support(ctx context.Context, client *ent.Client, limiter *ratelimit.Limiter, threadID string,
	check func(*ent.FeedbackThread) error, then func(context.Context, *ent.Tx, *ent.FeedbackThread) error) (*ent.FeedbackThread, bool, error) {
	if err := takeChild(ctx, limiter, "me-too", limiter.Limits.MeTooPerChild); err != nil {
		return nil, false, err
	}
	t, err := client.FeedbackThread.Get(ctx, threadID)
	if err != nil {
		return nil, false, notFound(err, "no such thread")
	}
	if check != nil {
		if err := check(t); err != nil {
			return nil, false, err
		}
	}
	v := policies.FromContext(ctx)
	// The viewer could read the thread; the mark and the count are the system's to write.
	sys := system(ctx)
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, false, err
	}
	defer rollback(tx)
	added := false
	err = tx.ThreadSupport.Create().SetThreadID(t.ID).SetMemberID(v.MemberID).Exec(sys)
	switch {
	case ent.IsConstraintError(err):
		// Already said. The failed insert is rolled back (PostgreSQL aborts the transaction).
		rollback(tx)
	case err != nil:
		return nil, false, err
	default:
		if err := tx.FeedbackThread.UpdateOneID(t.ID).AddMeTooCount(1).Exec(sys); err != nil {
			return nil, false, err
		}
		if then != nil {
			if err := then(ctx, tx, t); err != nil {
				return nil, false, err
			}
		}
		if err := tx.Commit(); err != nil {
			return nil, false, err
		}
		added = true
	}
	t, err = client.FeedbackThread.Get(ctx, t.ID)
	return t, added, err
}

// WithdrawMeToo takes the signed-in child's "me too" on a thread back: their mark goes and the
// count drops by one, in one transaction, so the count always equals the marks. A child without
// a mark changes nothing. It shares MeToo's limit: tapping on and off is one budget.
func WithdrawMeToo(ctx context.Context, client *ent.Client, limiter *ratelimit.Limiter, threadID string) (*ent.FeedbackThread, error) {
	if err := takeChild(ctx, limiter, "me-too", limiter.Limits.MeTooPerChild); err != nil {
		return nil, err
	}
	t, err := client.FeedbackThread.Get(ctx, threadID)
	if err != nil {
		return nil, notFound(err, "no such thread")
	}
	v := policies.FromContext(ctx)
	sys := system(ctx)
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer rollback(tx)
	removed, err := tx.ThreadSupport.Delete().
		Where(threadsupport.HasThreadWith(feedbackthread.ID(t.ID)), threadsupport.HasMemberWith(youthmember.ID(v.MemberID))).Exec(sys)
	if err != nil {
		return nil, err
	}
	if removed > 0 {
		if err := tx.FeedbackThread.UpdateOneID(t.ID).AddMeTooCount(-removed).Exec(sys); err != nil {
			return nil, err
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return client.FeedbackThread.Get(ctx, t.ID)
}

// maxMyPosts bounds a child's list of their own posts.
const maxMyPosts = 200

// MyPosts lists the signed-in child's own posts, newest first, in every state: the child sees
// which are waiting, which are shown, and why one was not (moderation.ReasonTextFor).
func MyPosts(ctx context.Context, client *ent.Client) ([]*ent.FeedbackPost, error) {
	v := policies.FromContext(ctx)
	return client.FeedbackPost.Query().
		Where(feedbackpost.HasAuthorWith(youthmember.ID(v.MemberID))).
		Order(ent.Desc(feedbackpost.FieldCreatedAt), ent.Desc(feedbackpost.FieldID)).
		Limit(maxMyPosts).
		All(ctx)
}
