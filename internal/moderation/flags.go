package moderation

import (
	"context"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/youthmember"
)

// Flag is an automatic hint for moderators, computed when a post is written. A flag never decides
// anything: every post waits for a person either way. Flags only point a moderator at what to
// look at first.
type Flag string

// The flags.
const (
	// FlagPhoneNumber: something that looks like a phone number.
	FlagPhoneNumber Flag = "PHONE_NUMBER"
	// FlagEmail: an e-mail address, or the name of a webmail service.
	FlagEmail Flag = "EMAIL"
	// FlagStreetAddress: a Dutch postcode, or a street word next to a house number.
	FlagStreetAddress Flag = "STREET_ADDRESS"
	// FlagPseudonym: the pseudonym of another child of the same location.
	FlagPseudonym Flag = "PSEUDONYM"
	// FlagDanger: words that suggest danger, abuse, violence or self-harm.
	FlagDanger Flag = "DANGER"
)

// AllFlags in the order they are reported.
var AllFlags = []Flag{FlagDanger, FlagPhoneNumber, FlagEmail, FlagStreetAddress, FlagPseudonym}

// MarshalGQL writes the flag as a GraphQL enum value.
func (f Flag) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(f))) }

// UnmarshalGQL reads a GraphQL enum value.
func (f *Flag) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("PostFlag must be a string")
	}
	for _, a := range AllFlags {
		if string(a) == s {
			*f = a
			return nil
		}
	}
	return fmt.Errorf("%q is not a PostFlag", s)
}

var (
	listsOnce sync.Once
	lists     wordlists
	listsErr  error
)

func loadedWordlists() wordlists {
	listsOnce.Do(func() { lists, listsErr = loadWordlists() })
	if listsErr != nil {
		// The lists are embedded in the binary and checked by the tests; failing here means the
		// binary was built from a broken tree.
		panic(listsErr)
	}
	return lists
}

// Detect returns the flags for a text. pseudonyms are those of the other children of the
// location (not the author's own).
func Detect(text string, pseudonyms []string) []Flag {
	found := map[Flag]bool{}
	digits := normaliseDigits(text)
	norm := normalise(text)
	tokens := tokenise(norm)
	l := loadedWordlists()

	found[FlagDanger] = anyPhrase(l[sectionDanger], tokens)
	found[FlagPhoneNumber] = hasPhoneNumber(digits)
	found[FlagEmail] = emailPattern.MatchString(digits) || hasWebmail(tokens)
	found[FlagStreetAddress] = postcodePattern.MatchString(digits) || postcodeLowerPattern.MatchString(digits) ||
		streetWithNumber(l[sectionStreet], tokens)
	found[FlagPseudonym] = namesPseudonym(tokens, pseudonyms)

	var out []Flag
	for _, f := range AllFlags {
		if found[f] {
			out = append(out, f)
		}
	}
	return out
}

// Strings returns flags as the strings stored with a post.
func Strings(flags []Flag) []string {
	out := make([]string, len(flags))
	for i, f := range flags {
		out[i] = string(f)
	}
	return out
}

// ParseFlags reads flags stored with a post, skipping any this version does not know.
func ParseFlags(stored []string) []Flag {
	out := []Flag{}
	for _, s := range stored {
		var f Flag
		if f.UnmarshalGQL(s) == nil {
			out = append(out, f)
		}
	}
	return out
}

func anyPhrase(ps []phrase, tokens []token) bool {
	for i := range tokens {
		for _, p := range ps {
			if p.matchAt(tokens, i) {
				return true
			}
		}
	}
	return false
}

// normaliseDigits turns every decimal digit into 0-9 and keeps everything else (case matters
// for postcodes).
func normaliseDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if d, ok := digitValue(r); ok {
			return rune('0' + d)
		}
		return r
	}, s)
}

// A phone number is a run of digit groups joined by single spaces, dashes, dots, slashes or
// brackets, optionally after a +. What makes it a phone number is its length: at least 9 digits
// (06-12345678, +31 6 1234 5678, +252 61 5123456), with a group of at least two digits, so that
// "kamer 12", "12-05-2024" and "we zijn met 3 of 4" stay unflagged.
var phoneRun = regexp.MustCompile(`\+?\(?\d(?:\d|[ \-./()]{1,2}\d)+`)

func hasPhoneNumber(s string) bool {
	for _, m := range phoneRun.FindAllString(s, -1) {
		digits, longest, group := 0, 0, 0
		for _, r := range m {
			if r >= '0' && r <= '9' {
				digits++
				group++
				longest = max(longest, group)
			} else {
				group = 0
			}
		}
		if digits >= 9 && longest >= 2 {
			return true
		}
	}
	return false
}

var emailPattern = regexp.MustCompile(`[\p{L}\p{N}._%+\-]+\s?@\s?[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}`)

// webmail names a child may write instead of an address ("jan2012 at gmail dot com").
var webmail = map[string]bool{"gmail": true, "hotmail": true, "outlook": true, "yahoo": true, "icloud": true, "protonmail": true}

func hasWebmail(tokens []token) bool {
	for _, t := range tokens {
		if t.is(func(w string) bool { return webmail[w] }) {
			return true
		}
	}
	return false
}

// Dutch postcodes: four digits (not starting with 0) and two capitals, with or without a space;
// in lower case only when written together (1234ab), since "2024 is" is not an address.
var (
	postcodePattern      = regexp.MustCompile(`(?:^|[^\p{L}\p{N}])[1-9]\d{3} ?[A-Z]{2}(?:$|[^\p{L}\p{N}])`)
	postcodeLowerPattern = regexp.MustCompile(`(?:^|[^\p{L}\p{N}])[1-9]\d{3}[a-z]{2}(?:$|[^\p{L}\p{N}])`)
)

// houseNumber is a word like 12, 12a, 3B.
func isHouseNumber(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsDigit(r) {
			break
		}
		n++
	}
	rest := []rune(w)[n:]
	return n >= 1 && n <= 4 && len(rest) <= 1 && (len(rest) == 0 || unicode.IsLetter(rest[0]))
}

// streetWithNumber finds a street word (straat, rue, sokak, شارع, вулиця …) with a house number
// at most two words before it or three after it: "Stationsstraat 12", "12 rue de la Paix",
// "Gül Sokak No 5", "вул. Шевченка, 5". A number alone ("kamer 12") is not an address.
func streetWithNumber(streets []phrase, tokens []token) bool {
	for i := range tokens {
		for _, p := range streets {
			if !p.matchAt(tokens, i) {
				continue
			}
			end := i + len(p.words) - 1
			for j := max(0, i-2); j <= min(len(tokens)-1, end+3); j++ {
				if (j < i || j > end) && tokens[j].is(isHouseNumber) {
					return true
				}
			}
		}
	}
	return false
}

// namesPseudonym finds another child's pseudonym as whole words in the text.
func namesPseudonym(tokens []token, pseudonyms []string) bool {
	for _, name := range pseudonyms {
		words := tokenise(normalise(name))
		if len(words) == 0 || (len(words) == 1 && len([]rune(words[0].forms[0])) < 2) {
			continue
		}
		p := phrase{}
		for _, w := range words {
			p.words = append(p.words, wordPattern{text: w.forms[0]})
		}
		if anyPhrase([]phrase{p}, tokens) {
			return true
		}
	}
	return false
}

// PostFlags computes the flags of a new post at a location from its texts (the title, for a
// thread's first post, and the body). The pseudonyms of the location's other children are read
// in a system context, since the child writing may not read them, and never leave this function:
// the flag says that a name was found, not which.
func PostFlags(ctx context.Context, client *ent.Client, locationID, authorID string, texts ...string) ([]string, error) {
	names, err := client.YouthMember.Query().
		Where(youthmember.LocationID(locationID), youthmember.IDNEQ(authorID)).
		Select(youthmember.FieldPseudonym).
		Strings(system(ctx))
	if err != nil {
		return nil, err
	}
	return Strings(Detect(strings.Join(texts, "\n"), names)), nil
}
