package moderation

import (
	"strings"
	"unicode"
)

// Matching runs on normalised text, so that the ways children actually type a word all meet the
// one spelling in a word list: on a tablet keyboard of another language, without diacritics, with
// Arabic letters from a Persian keyboard or the other way round.
//
// normalise folds case (Turkish İ/ı included), drops diacritics from Latin letters and the short
// vowel marks from Arabic script, maps letter variants that several keyboards type differently
// (ي/ی/ى, ك/ک, أ/إ/آ, ة/ە/ھ, گ/ګ …) onto one, removes joiners and tatweel, and turns every
// decimal digit (Arabic-Indic, Persian, full-width) into 0-9. Word lists go through the same
// function, so a list entry and a child's text always agree on their spelling.
func normalise(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r2, ok := foldRune(r); ok {
			b.WriteString(r2)
		}
	}
	return b.String()
}

// foldRune returns what r becomes, and false when it is dropped.
func foldRune(r rune) (string, bool) {
	switch r {
	case 'İ', 'I', 'ı':
		return "i", true
	case '\u0640', // tatweel
		'\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF', // zero-width and direction marks
		'\u00AD': // soft hyphen
		return "", false
	case '\u2019', '\u2018', '\u02BC', '\u02BB', '`', '\u00B4', '\u2032':
		return "'", true
	}
	if d, ok := digitValue(r); ok {
		return string(rune('0' + d)), true
	}
	if isArabicMark(r) {
		return "", false
	}
	if s, ok := arabicVariants[r]; ok {
		return s, true
	}
	r = unicode.ToLower(r)
	if s, ok := latinFold[r]; ok {
		return s, true
	}
	if unicode.Is(unicode.Mn, r) {
		// A combining mark typed after a Latin letter (e + ́): the precomposed letters are
		// folded above, so the decomposed ones fold the same way.
		return "", false
	}
	return string(r), true
}

// digitValue reads a decimal digit of any script jeugdstem's children type in.
func digitValue(r rune) (int, bool) {
	for _, zero := range []rune{'0', '\u0660', '\u06F0', '\u07C0', '\u0966', '\uFF10'} {
		if r >= zero && r <= zero+9 {
			return int(r - zero), true
		}
	}
	return 0, false
}

// isArabicMark reports the Arabic-script vowel signs and Quranic annotation marks, which
// children rarely type and word lists never contain.
func isArabicMark(r rune) bool {
	return (r >= '\u064B' && r <= '\u065F') || r == '\u0670' || (r >= '\u06D6' && r <= '\u06ED')
}

// arabicVariants maps letters that Arabic, Persian, Dari, Pashto and Sorani keyboards type in
// different code points onto one.
var arabicVariants = map[rune]string{
	'ی': "ي", 'ى': "ي", 'ې': "ي", 'ۍ': "ي", 'ێ': "ي", 'ئ': "ي", // yeh forms (ئ: hamza seat, often left out)
	'ک': "ك", 'ڪ': "ك", // kaf
	'أ': "ا", 'إ': "ا", 'آ': "ا", 'ٱ': "ا", // alef with hamza or madda
	'ؤ': "و",                                         // waw with hamza
	'ة': "ه", 'ە': "ه", 'ھ': "ه", 'ہ': "ه", 'ۀ': "ه", // teh marbuta, Kurdish ae, heh forms
	'ګ': "گ", 'ڭ': "گ", // Pashto and other gaf forms
	'ۆ': "و", 'ۇ': "و", // Kurdish o, u
}

// latinFold drops diacritics from the Latin letters of Dutch, French, Turkish, Kurmanji and
// Somali (and a few more that children type by accident), after lower-casing.
var latinFold = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ä': "a", 'ã': "a", 'å': "a", 'ā': "a",
	'ç': "c", 'ć': "c", 'č': "c",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ė': "e",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i",
	'ñ': "n", 'ń': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'ö': "o", 'õ': "o", 'ø': "o", 'ō': "o",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u",
	'ş': "s", 'ș': "s", 'ś': "s", 'š': "s",
	'ğ': "g",
	'ý': "y", 'ÿ': "y",
	'ţ': "t", 'ț': "t",
	'ž': "z", 'ź': "z", 'ż': "z",
	'œ': "oe", 'æ': "ae", 'ß': "ss",
}

// token is one word of a text, in the forms it may be matched in.
type token struct {
	forms []string
}

func (t token) is(pred func(string) bool) bool {
	for _, f := range t.forms {
		if pred(f) {
			return true
		}
	}
	return false
}

// tokenise splits normalised text into words: runs of letters, marks and digits, with apostrophes
// inside a word kept together. Every script jeugdstem supports writes spaces between words
// (Ge'ez also its own word separator ፡, which is punctuation), so these are the word boundaries.
func tokenise(norm string) []token {
	var out []token
	for _, w := range strings.FieldsFunc(norm, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || r == '\'')
	}) {
		w = strings.Trim(w, "'")
		if w == "" {
			continue
		}
		out = append(out, token{forms: wordForms(w)})
	}
	return out
}

// wordForms are the spellings a word is matched in: without apostrophes (Ukrainian б'є, English
// don't, and children who leave them out), the part after an elided French article or pronoun
// (l'abus → abus), and an Arabic word without the clitics written onto it (والضرب → ضرب).
func wordForms(w string) []string {
	forms := []string{strings.ReplaceAll(w, "'", "")}
	if i := strings.LastIndexByte(w, '\''); i >= 0 && i < len(w)-1 {
		forms = append(forms, w[i+1:])
	}
	base := forms[0]
	for _, p := range arabicClitics {
		if rest, ok := strings.CutPrefix(base, p); ok && len([]rune(rest)) >= 3 {
			forms = append(forms, rest)
		}
	}
	return forms
}

// arabicClitics are the conjunctions, prepositions and the article that Arabic writes onto the
// next word, longest first.
var arabicClitics = []string{"وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل"}
