package moderation

import (
	"bufio"
	"embed"
	"fmt"
	"path"
	"strings"

	"github.com/jeugdstem/jeugdstem/internal/i18n"
)

// The word lists are data, one file per language in wordlists/<code>.txt, so that native speakers
// and safeguarding experts can review and extend them without reading Go. Their format:
//
//	# a comment
//	[danger]             a section: danger or street
//	slaan                a word
//	doet me pijn         a phrase: these words, one after the other
//	mishandel*           a word beginning: mishandeld, mishandeling …
//	*straat              a word ending, after at least one letter (compounds): Stationsstraat …
//
// Every entry is normalised like the text it is matched against (see normalise).

//go:embed wordlists/*.txt
var wordlistFiles embed.FS

// section names a list in a word list file.
type section string

const (
	sectionDanger section = "danger"
	sectionStreet section = "street"
)

// wordPattern matches one word.
type wordPattern struct {
	text           string
	prefix, suffix bool // text* and *text
}

func (p wordPattern) matches(w string) bool {
	switch {
	case p.prefix && p.suffix:
		return strings.Contains(w, p.text)
	case p.prefix:
		return strings.HasPrefix(w, p.text)
	case p.suffix:
		return len(w) > len(p.text) && strings.HasSuffix(w, p.text)
	}
	return w == p.text
}

// phrase is an entry: one or more words in a row.
type phrase struct {
	words []wordPattern
	lang  string // where it comes from, for tests and reviewers
	raw   string
}

// matchAt reports whether the phrase starts at tokens[i].
func (p phrase) matchAt(tokens []token, i int) bool {
	if i+len(p.words) > len(tokens) {
		return false
	}
	for j, w := range p.words {
		if !tokens[i+j].is(w.matches) {
			return false
		}
	}
	return true
}

// wordlists are the entries of every language, per section. A child may write in any language
// whatever their preferred one, so every list is checked against every post; entries of one
// script cannot match words of another.
type wordlists map[section][]phrase

// loadWordlists reads the embedded lists of every supported language; a missing or malformed file
// is a programming error caught by the tests.
func loadWordlists() (wordlists, error) {
	out := wordlists{}
	for _, l := range i18n.Languages {
		name := path.Join("wordlists", l.Code+".txt")
		f, err := wordlistFiles.Open(name)
		if err != nil {
			return nil, fmt.Errorf("word list for %s: %w", l.Code, err)
		}
		err = parseWordlist(f, l.Code, out)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	return out, nil
}

func parseWordlist(r interface{ Read([]byte) (int, error) }, lang string, into wordlists) error {
	sc := bufio.NewScanner(r)
	var cur section
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if i := strings.Index(line, "#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			cur = section(strings.Trim(line, "[]"))
			if cur != sectionDanger && cur != sectionStreet {
				return fmt.Errorf("line %d: unknown section %q", n, cur)
			}
			continue
		}
		if cur == "" {
			return fmt.Errorf("line %d: entry before the first [section]", n)
		}
		p, err := parsePhrase(line)
		if err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
		p.lang = lang
		into[cur] = append(into[cur], p)
	}
	return sc.Err()
}

func parsePhrase(line string) (phrase, error) {
	p := phrase{raw: line}
	for _, w := range strings.Fields(line) {
		wp := wordPattern{}
		if strings.HasPrefix(w, "*") {
			wp.suffix, w = true, w[1:]
		}
		if strings.HasSuffix(w, "*") {
			wp.prefix, w = true, w[:len(w)-1]
		}
		toks := tokenise(normalise(w))
		if len(toks) != 1 {
			return p, fmt.Errorf("%q is not one word after normalisation", w)
		}
		wp.text = toks[0].forms[0]
		if (wp.prefix || wp.suffix) && len([]rune(wp.text)) < 3 {
			return p, fmt.Errorf("%q: a word part needs at least 3 letters", w)
		}
		p.words = append(p.words, wp)
	}
	return p, nil
}
