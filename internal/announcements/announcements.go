// Package announcements owns information for children: announcements of a location (or of every
// location) in the children's languages, a simple-language version per age group, and recorded
// readings, so that no child ever has to interpret for another.
package announcements

import (
	"context"
	"slices"
	"strconv"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/announcement"
	"github.com/jeugdstem/jeugdstem/ent/audioclip"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/i18n"
	"github.com/jeugdstem/jeugdstem/internal/validation"
	"github.com/jeugdstem/jeugdstem/policies"
)

// NewAnnouncement is the input of Create. Without a location it is for every location (national
// admins only, by the privacy rules).
type NewAnnouncement struct {
	LocationID      *string                  `json:"locationID"`
	Title           []schematype.Translation `json:"title" validate:"required,min=1,max=13,dive"`
	Body            []schematype.Translation `json:"body" validate:"required,min=1,max=13,dive"`
	SimpleBody      []schematype.Translation `json:"simpleBody" validate:"max=13,dive"`
	SimpleBodyByAge []schematype.SimpleText  `json:"simpleBodyByAge" validate:"max=26,dive"`
	PublishAt       *time.Time               `json:"publishAt"`
	ExpiresAt       *time.Time               `json:"expiresAt"`
}

// Create stores an announcement.
func Create(ctx context.Context, client *ent.Client, in NewAnnouncement) (*ent.Announcement, error) {
	if err := validation.Struct("input", in); err != nil {
		return nil, err
	}
	if in.PublishAt != nil && in.ExpiresAt != nil && !in.ExpiresAt.After(*in.PublishAt) {
		return nil, apierror.BadInput("input.expiresAt", "must be after publishAt")
	}
	if err := uniqueLanguages("input.title", in.Title); err != nil {
		return nil, err
	}
	if err := uniqueLanguages("input.body", in.Body); err != nil {
		return nil, err
	}
	simple := in.SimpleBodyByAge
	for _, t := range in.SimpleBody { // a simple version without an age group serves both
		simple = append(simple, schematype.SimpleText{AgeGroup: "CHILDREN", Lang: t.Lang, Text: t.Text},
			schematype.SimpleText{AgeGroup: "TEENS", Lang: t.Lang, Text: t.Text})
	}
	if in.LocationID != nil {
		if _, err := client.Location.Get(ctx, *in.LocationID); ent.IsNotFound(err) {
			return nil, apierror.NotFoundf("no such location")
		} else if err != nil {
			return nil, err
		}
	}
	create := client.Announcement.Create().
		SetNillableLocationID(in.LocationID).
		SetTitle(in.Title).
		SetBody(in.Body).
		SetSimpleBody(simple).
		SetNillablePublishAt(in.PublishAt).
		SetNillableExpiresAt(in.ExpiresAt)
	if v := policies.FromContext(ctx); v.IsStaff() {
		create.SetCreatedByID(v.StaffID)
	}
	return create.Save(ctx)
}

func uniqueLanguages(field string, ts []schematype.Translation) error {
	seen := map[string]bool{}
	for i, t := range ts {
		if seen[t.Lang] {
			return apierror.BadInput(field+"."+strconv.Itoa(i)+".lang", "a second text in %s", t.Lang)
		}
		seen[t.Lang] = true
	}
	return nil
}

// ForChild is an announcement as a child reads it: in one language, with audio where recorded.
type ForChild struct {
	ID         string
	Title      string
	Body       string
	SimpleBody *string
	Language   string
	AudioURL   *string
	PublishAt  *time.Time
}

// ListForChild returns the current announcements for the signed-in child (published, not expired,
// of their location or of every location), newest first, each picked by the one rule
// (i18n.Reader: the language chosen on the tablet, the location's languages, Dutch, English); the
// body in the title's language where it has one.
func ListForChild(ctx context.Context, client *ent.Client) ([]*ForChild, error) {
	v := policies.FromContext(ctx)
	chain, err := i18n.Reader(ctx, client, v.Language, v.TabletLocationID)
	if err != nil {
		return nil, err
	}
	// The privacy rules narrow to announcements in force at the tablet's location and national
	// ones (policies.TabletReadsInForce), for every way of reading them.
	list, err := client.Announcement.Query().
		WithAudio(func(q *ent.AudioClipQuery) {
			q.Select(audioclip.FieldID, audioclip.FieldLang, audioclip.FieldAnnouncementID)
		}).
		Order(ent.Desc(announcement.FieldCreatedAt)).
		Limit(50).
		All(ctx)
	if err != nil {
		return nil, err
	}
	group := "CHILDREN"
	if v.AgeBand == string(schematype.AgeBand12to14) || v.AgeBand == string(schematype.AgeBand15to17) {
		group = "TEENS"
	}
	out := make([]*ForChild, 0, len(list))
	for _, a := range list {
		title, lang, _ := chain.Pick(a.Title)
		body, _, _ := append(i18n.Chain{lang}, chain...).Pick(a.Body)
		fc := &ForChild{ID: a.ID, Title: title, Body: body, Language: lang, PublishAt: a.PublishAt}
		for _, s := range a.SimpleBody {
			if s.AgeGroup == group && s.Lang == lang {
				fc.SimpleBody = &s.Text
			}
		}
		for _, clip := range a.Edges.Audio {
			if clip.Lang == lang {
				url := "/audio/" + clip.ID
				fc.AudioURL = &url
			}
		}
		out = append(out, fc)
	}
	return out, nil
}

// MissingLanguages lists the languages an announcement should have but lacks: its location's
// languages (every supported language for a national one) without a title and a body.
func MissingLanguages(ctx context.Context, client *ent.Client, a *ent.Announcement) ([]string, error) {
	var want []string
	if a.LocationID == nil {
		for _, l := range i18n.Languages {
			want = append(want, l.Code)
		}
	} else {
		loc, err := client.Location.Get(ctx, *a.LocationID)
		if err != nil {
			return nil, err
		}
		want = loc.Languages
	}
	var missing []string
	for _, lang := range want {
		if !has(a.Title, lang) || !has(a.Body, lang) {
			missing = append(missing, lang)
		}
	}
	return missing, nil
}

func has(ts []schematype.Translation, lang string) bool {
	return slices.ContainsFunc(ts, func(t schematype.Translation) bool { return t.Lang == lang && t.Text != "" })
}
