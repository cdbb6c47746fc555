package schematype

import (
	"fmt"
	"io"
	"strconv"
)

// Enums shared by several entities. Values are capitals so the stored word, the Go constant's
// value and the GraphQL enum value are the same (docs/api.md).

// Theme is what a poll, a thread or a report line is about, after the quality norms that
// child-rights organisations ask of reception locations.
type Theme string

// The themes.
const (
	ThemeSafety                   Theme = "SAFETY"
	ThemePrivacy                  Theme = "PRIVACY"
	ThemeHousingHygiene           Theme = "HOUSING_HYGIENE"
	ThemePlayActivities           Theme = "PLAY_ACTIVITIES"
	ThemeEducation                Theme = "EDUCATION"
	ThemeHealthWellbeing          Theme = "HEALTH_WELLBEING"
	ThemeTrustedAdult             Theme = "TRUSTED_ADULT"
	ThemeFood                     Theme = "FOOD"
	ThemeParentSupport            Theme = "PARENT_SUPPORT"
	ThemeInformationParticipation Theme = "INFORMATION_PARTICIPATION"
	ThemeStability                Theme = "STABILITY"
	ThemeOther                    Theme = "OTHER"
)

// Values lists the themes for ent.
func (Theme) Values() []string {
	return []string{
		string(ThemeSafety), string(ThemePrivacy), string(ThemeHousingHygiene), string(ThemePlayActivities),
		string(ThemeEducation), string(ThemeHealthWellbeing), string(ThemeTrustedAdult), string(ThemeFood),
		string(ThemeParentSupport), string(ThemeInformationParticipation), string(ThemeStability), string(ThemeOther),
	}
}

// MarshalGQL writes the theme as a GraphQL enum value.
func (t Theme) MarshalGQL(w io.Writer) { marshalEnum(w, string(t)) }

// UnmarshalGQL reads a GraphQL enum value.
func (t *Theme) UnmarshalGQL(v any) error { return unmarshalEnum(v, t.Values(), (*string)(t), "Theme") }

// AgeBand is the only age information kept about a child; never a birth date.
type AgeBand string

// The age bands.
const (
	AgeBand6to8   AgeBand = "AGE_6_8"
	AgeBand9to11  AgeBand = "AGE_9_11"
	AgeBand12to14 AgeBand = "AGE_12_14"
	AgeBand15to17 AgeBand = "AGE_15_17"
)

// Values lists the age bands for ent.
func (AgeBand) Values() []string {
	return []string{string(AgeBand6to8), string(AgeBand9to11), string(AgeBand12to14), string(AgeBand15to17)}
}

// MarshalGQL writes the age band as a GraphQL enum value.
func (a AgeBand) MarshalGQL(w io.Writer) { marshalEnum(w, string(a)) }

// UnmarshalGQL reads a GraphQL enum value.
func (a *AgeBand) UnmarshalGQL(v any) error {
	return unmarshalEnum(v, a.Values(), (*string)(a), "AgeBand")
}

func marshalEnum(w io.Writer, s string) { _, _ = io.WriteString(w, strconv.Quote(s)) }

func unmarshalEnum(v any, allowed []string, dst *string, typ string) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("%s must be a string", typ)
	}
	for _, a := range allowed {
		if s == a {
			*dst = s
			return nil
		}
	}
	return fmt.Errorf("%q is not a valid %s", s, typ)
}
