package voting

import (
	"context"
	"slices"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/i18n"
)

// MissingLanguages lists the languages a poll should be readable in but is not: its location's
// languages (every supported language for a national poll), in their order, that the question or
// any answer lacks. A child reading one of them gets a fallback (docs/api.md, "Languages"), so the
// console warns before such a poll opens. The one place of this rule: the console asks the API.
// Its options come through the operation's option loader, so a page of polls costs one query.
func (s *Service) MissingLanguages(ctx context.Context, p *ent.Poll) ([]string, error) {
	var want []string
	if p.LocationID == nil {
		for _, l := range i18n.Languages {
			want = append(want, l.Code)
		}
	} else {
		loc, err := s.client.Location.Get(ctx, *p.LocationID)
		if err != nil {
			return nil, err
		}
		want = loc.Languages
	}
	opts, err := s.PollOptions(ctx, p)
	if err != nil {
		return nil, err
	}
	missing := []string{}
	for _, lang := range want {
		lacks := !hasText(p.Question, lang)
		for _, o := range opts {
			lacks = lacks || !hasText(o.Label, lang)
		}
		if lacks {
			missing = append(missing, lang)
		}
	}
	return missing, nil
}

func hasText(ts []schematype.Translation, lang string) bool {
	return slices.ContainsFunc(ts, func(t schematype.Translation) bool { return t.Lang == lang && t.Text != "" })
}
