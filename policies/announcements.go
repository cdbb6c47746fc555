package policies

import (
	"context"
	"fmt"
	"time"

	"entgo.io/ent/entql"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/announcement"
	"github.com/jeugdstem/jeugdstem/ent/predicate"
	"github.com/jeugdstem/jeugdstem/ent/privacy"
)

// Announcements have a publishing time and an expiry. Until it is published and after it expired
// an announcement is the staff's: they write it ahead and keep what was said. Children (and the
// tablet they use) read only announcements in force, by every way of reading one: the list of
// their announcements, node(id), Location.announcements, and the audio recorded for it. The rule
// is part of the policies, not of a resolver, so no way of reading can forget it.

// inForce narrows an announcement filter to announcements published and not yet expired at now.
func inForce(f *ent.AnnouncementFilter, now time.Time) {
	f.WherePublishAt(entql.TimeOr(entql.TimeNil(), entql.TimeLTE(now)))
	f.WhereExpiresAt(entql.TimeOr(entql.TimeNil(), entql.TimeGT(now)))
}

// announcementInForce is inForce as a predicate, for rows that reach their announcement through
// an edge (audio clips).
func announcementInForce(now time.Time) predicate.Announcement {
	return announcement.And(
		announcement.Or(announcement.PublishAtIsNil(), announcement.PublishAtLTE(now)),
		announcement.Or(announcement.ExpiresAtIsNil(), announcement.ExpiresAtGT(now)),
	)
}

// TabletReadsInForce narrows a tablet (and the child on it) to announcements in force, and audio
// clips of them, then leaves the location to the next rules.
func TabletReadsInForce() privacy.QueryRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		v := FromContext(ctx)
		if !v.IsTablet() || v.IsStaff() {
			return privacy.Skip
		}
		now := time.Now()
		switch f := f.(type) {
		case *ent.AnnouncementFilter:
			inForce(f, now)
		case *ent.AudioClipFilter:
			f.WhereHasAnnouncementWith(announcementInForce(now))
		default:
			return fmt.Errorf("%w: TabletReadsInForce on %T", privacy.Deny, f)
		}
		return privacy.Skip
	})
}
