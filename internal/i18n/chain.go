package i18n

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/location"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
)

// Text is a translation picked for the reader, and the language it is in: theirs, or the
// fallback that was used (the API's LocalizedText).
type Text struct {
	Text string `json:"text"`
	Lang string `json:"lang"`
}

// Chain is the order in which a reader's languages are tried for a text with several
// translations. It is the one rule of the whole app, the one the staff console promises when it
// asks for a location's languages: the language the reader chose, then the location's languages
// in their order, then Dutch, then English (then whatever exists, so a text is never blank).
// The web app's pick (frontend/src/components/translations.ts) follows the same order.
type Chain []string

// ChainFor is the chain of a reader who chose the language chosen (ignored unless supported) at a
// location speaking location (nil for none: a staff screen, a national text).
func ChainFor(chosen string, location []string) Chain {
	c := make(Chain, 0, len(location)+3)
	add := func(lang string) {
		if Supported(lang) && !slices.Contains(c, lang) {
			c = append(c, lang)
		}
	}
	add(chosen)
	for _, l := range location {
		add(l)
	}
	add(Default)
	add("en")
	return c
}

// Pick returns the first translation of ts in the chain's order, else the first that exists,
// with the language it is in; ok is false when ts has no text at all.
func (c Chain) Pick(ts []schematype.Translation) (text, lang string, ok bool) {
	for _, want := range c {
		for _, t := range ts {
			if t.Lang == want && t.Text != "" {
				return t.Text, t.Lang, true
			}
		}
	}
	for _, t := range ts {
		if t.Text != "" {
			return t.Text, t.Lang, true
		}
	}
	return "", "", false
}

// Text is Pick as a Text (empty when there is none).
func (c Chain) Text(ts []schematype.Translation) Text {
	text, lang, _ := c.Pick(ts)
	return Text{Text: text, Lang: lang}
}

// Pick picks from ts for a reader who prefers the languages preferred, in order: the chain of
// preferred, Dutch, English. For a reader at a location, use Reader, which adds its languages.
func Pick(ts []schematype.Translation, preferred ...string) (text, lang string, ok bool) {
	c := ChainFor("", preferred)
	return c.Pick(ts)
}

// The request's reader: the language chosen and the location languages read for it, once per
// request (a board of many threads reads its location once).
type request struct {
	chosen string

	mu        sync.Mutex
	locations map[string][]string
}

type requestKey struct{}

// WithRequest puts the language the request asks for into ctx: the first supported language of
// its Accept-Language header by preference. The web app sends the language chosen on the tablet's
// start screen (or in the console) with every request, so that is what a child reads, whatever
// language their profile names.
func WithRequest(ctx context.Context, acceptLanguage string) context.Context {
	return context.WithValue(ctx, requestKey{}, &request{chosen: FromAcceptLanguage(acceptLanguage)})
}

// Chosen is the language the request asks for, "" when none of its languages is supported.
func Chosen(ctx context.Context) string {
	if r, ok := ctx.Value(requestKey{}).(*request); ok {
		return r.chosen
	}
	return ""
}

// ChosenOr is the language the request asks for, else fallback.
func ChosenOr(ctx context.Context, fallback string) string {
	if c := Chosen(ctx); c != "" {
		return c
	}
	return fallback
}

// Reader is the chain of the request's reader for texts of the location locationID ("" for
// none): the language the request asks for (Chosen), else fallback (a child's profile language),
// then the location's languages, Dutch, English. The location is read as the viewer.
func Reader(ctx context.Context, client *ent.Client, fallback, locationID string) (Chain, error) {
	chosen := ChosenOr(ctx, fallback)
	if locationID == "" {
		return ChainFor(chosen, nil), nil
	}
	langs, err := locationLanguages(ctx, client, locationID)
	if err != nil {
		return nil, err
	}
	return ChainFor(chosen, langs), nil
}

func locationLanguages(ctx context.Context, client *ent.Client, id string) ([]string, error) {
	r, _ := ctx.Value(requestKey{}).(*request)
	if r != nil {
		r.mu.Lock()
		defer r.mu.Unlock() // concurrent resolvers of one request wait for the one read
		if langs, ok := r.locations[id]; ok {
			return langs, nil
		}
	}
	l, err := client.Location.Query().Where(location.ID(id)).Select(location.FieldLanguages).Only(ctx)
	if ent.IsNotFound(err) {
		l, err = &ent.Location{}, nil // not the viewer's to see: no location languages
	}
	if err != nil {
		return nil, err
	}
	if r != nil {
		if r.locations == nil {
			r.locations = map[string][]string{}
		}
		r.locations[id] = l.Languages
	}
	return l.Languages, nil
}

// FromAcceptLanguage returns the supported language the header prefers most (q-values, then
// order; a region is ignored: "ar-SY" is Arabic), or "" for none.
func FromAcceptLanguage(header string) string {
	best, bestQ := "", 0.0
	for _, part := range strings.Split(header, ",") {
		tag, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		q := 1.0
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				continue
			}
			q = f
		}
		base, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(tag)), "-")
		if q > bestQ && Supported(base) {
			best, bestQ = base, q
		}
	}
	return best
}
