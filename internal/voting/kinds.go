package voting

// The poll kinds, in one table: what staff may write for each, what a child's ballot must look
// like, how it is counted, how disclosure protects its counts and how its results are summarised.
// Everything in the server that depends on a poll's kind looks it up here (KindOf).
//
// How to add a poll kind:
//
//  1. Add its value to the enum in ent/schema/poll.go and run `go generate ./...` (ent,
//     graph/ent.graphqls) and `cd frontend && npm run codegen`. The enum is a text column on
//     SQLite and PostgreSQL: no migration.
//  2. Add its row to kinds below. TestKindsCoverEveryEnumValue fails until every value of ent's
//     and GraphQL's PollKind has one.
//  3. Its standard answers, if it has any, in every language of internal/i18n, marked
//     machine-drafted until a native speaker has checked them (TestStandardAnswersInEveryLanguage).
//  4. Pick its ballot (Choices), its disclosure treatment (disclosure.Kind) and its summary. A kind
//     that fits the existing ones needs nothing else on the server: the ballot format (a list of
//     option positions, ballotbox.go), counting (close.go), the disclosure engine, results and
//     reports follow the table. A new Summary needs its case in results.go and reports'
//     protectPoll; a new disclosure treatment needs internal/disclosure and its exhaustive search.
//  5. The app: a vote widget in frontend/src/features/vote (its own file), the kind in the console's
//     poll editor (frontend/src/features/polls), and its texts in the 13 locale files
//     (frontend/src/locales; the locale tests fail on a missing key).
//  6. The kind's description in graph/polls.graphqls where it differs (standard answers, results),
//     and API tests on SQLite and PostgreSQL (see kinds_api_test.go for SLIDER).

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/disclosure"
	"github.com/jeugdstem/jeugdstem/internal/i18n"
)

// Choices is what a child's ballot holds, as option positions (the sealed ballot's format does
// not change with the kind).
type Choices int

const (
	// ChooseOne: exactly one option.
	ChooseOne Choices = iota + 1
	// ChooseUpTo: one or more options, at most the poll's maxChoices (default: all of them).
	ChooseUpTo
	// ChooseAllInOrder: every option once, the most preferred first; counted per rank 1..n.
	ChooseAllInOrder
)

// Summary is what results show besides the count per option.
type Summary int

const (
	// CountsOnly: the counts per option.
	CountsOnly Summary = iota + 1
	// BordaPoints: the counts are the first preferences, and each option's Borda points are shown
	// when disclosure allows them.
	BordaPoints
	// ScaleScore: a scale (Scale set): the children per point and the median; the mean is the
	// poll's score in reports, averaged into the smiley trend and the safety score.
	ScaleScore
	// ScaleMedian: a scale: the children per point and the median, and the median in reports. Its
	// mean is not a score: its points are not the smiley faces the trend averages.
	ScaleMedian
)

// Scale is the range of a poll whose answer is a number: the option at position i is the value
// Min+i, and there is one option per value.
type Scale struct{ Min, Max int }

// Points is the number of values of the scale.
func (s Scale) Points() int { return s.Max - s.Min + 1 }

// Kind is everything the server knows about one poll kind.
type Kind struct {
	Kind poll.Kind
	// MinOptions and MaxOptions bound the number of options of a poll of this kind.
	MinOptions, MaxOptions int
	// Standard are the answers a poll gets when staff give none (nil: staff always write them).
	Standard []StandardAnswer
	// OnlyStandard: staff may not write their own answers (the points of a scale are its values).
	OnlyStandard bool
	Choices      Choices
	// Scale is set for kinds whose answer is a number.
	Scale *Scale
	// Disclosure is how internal/disclosure protects the counts.
	Disclosure disclosure.Kind
	Summary    Summary
	// MadeBy names the operation that makes polls of this kind when createPoll may not: an
	// ELECTION's options are candidates who consented, so only createElection makes one
	// (CreatePollFor), and nobody changes its draft.
	MadeBy string
	// Settles: closing hands the counts, in memory, to the kind's Settler in the closing
	// transaction (an election assigns its seats, also when fewer than k voted and no Tally is
	// stored); closing fails while none is registered.
	Settles bool
}

// StandardAnswer is one standard option: the app's picture and its label in every language.
type StandardAnswer struct {
	Pictogram string // empty: none
	Label     []schematype.Translation
}

// Ranked reports whether the kind is counted per rank (1..n) rather than per option.
func (k Kind) Ranked() bool { return k.Choices == ChooseAllInOrder }

// limits is the option rule as a sentence, for the error staff get when they break it.
func (k Kind) limits() string {
	n := fmt.Sprintf("%d to %d options", k.MinOptions, k.MaxOptions)
	if k.MinOptions == k.MaxOptions {
		n = fmt.Sprintf("%d options", k.MinOptions)
	}
	switch {
	case k.OnlyStandard:
		return fmt.Sprintf("a %s poll has its %s, the standard ones: leave options out", k.Kind, n)
	case k.Standard != nil:
		return fmt.Sprintf("a %s poll has %s (or none, for the standard ones)", k.Kind, n)
	}
	return fmt.Sprintf("a %s poll has %s", k.Kind, n)
}

// Option counts.
const (
	minOptions        = 2
	maxOptions        = 20 // the ballot holds at most 20 positions (ballotbox.go)
	maxRankingOptions = 10 // ranking more is too much to ask of a child on a tablet
)

// kinds is the table, one row per poll kind.
var kinds = []Kind{
	{
		Kind: poll.KindSINGLE_CHOICE, MinOptions: minOptions, MaxOptions: maxOptions,
		Choices: ChooseOne, Disclosure: disclosure.SingleChoice, Summary: CountsOnly,
	},
	{
		Kind: poll.KindMULTIPLE_CHOICE, MinOptions: minOptions, MaxOptions: maxOptions,
		Choices: ChooseUpTo, Disclosure: disclosure.MultipleChoice, Summary: CountsOnly,
	},
	{
		Kind: poll.KindYES_NO, MinOptions: 2, MaxOptions: 2,
		Standard: answers(yesNoTexts, "thumbs-up", "thumbs-down"),
		Choices:  ChooseOne, Disclosure: disclosure.SingleChoice, Summary: CountsOnly,
	},
	{
		Kind: poll.KindSMILEY_SCALE, MinOptions: 5, MaxOptions: 5,
		Standard: answers(smileyTexts, "smiley-1", "smiley-2", "smiley-3", "smiley-4", "smiley-5"),
		Choices:  ChooseOne, Scale: &Scale{Min: 1, Max: 5}, Disclosure: disclosure.Scale, Summary: ScaleScore,
	},
	{
		Kind: poll.KindRANKING, MinOptions: minOptions, MaxOptions: maxRankingOptions,
		Choices: ChooseAllInOrder, Disclosure: disclosure.Ranking, Summary: BordaPoints,
	},
	{
		// A 0–10 slider. Its 11 points are its options, so a ballot is one option position like
		// any other: the sealed ballot's format, counting and disclosure need nothing new.
		Kind: poll.KindSLIDER, MinOptions: 11, MaxOptions: 11,
		Standard: answers(sliderTexts(0, 10)), OnlyStandard: true,
		Choices: ChooseOne, Scale: &Scale{Min: 0, Max: 10}, Disclosure: disclosure.Scale, Summary: ScaleMedian,
	},
	{
		// A council election (internal/councils/elections.go): one option per candidate, labelled
		// by its number (the app shows the candidate's picture and pseudonym); a child chooses up
		// to the seats (maxChoices), counted and protected like MULTIPLE_CHOICE.
		Kind: poll.KindELECTION, MinOptions: minOptions, MaxOptions: maxOptions,
		Choices: ChooseUpTo, Disclosure: disclosure.MultipleChoice, Summary: CountsOnly,
		MadeBy: "createElection", Settles: true,
	},
}

// KindOf returns the table's row for k. A kind without a row is a programming error that
// TestKindsCoverEveryEnumValue catches; it panics rather than guess.
func KindOf(k poll.Kind) Kind {
	row, ok := lookupKind(k)
	if !ok {
		panic(fmt.Sprintf("voting: poll kind %q has no row in the kinds table", k))
	}
	return row
}

// lookupKind is KindOf for a kind that may not be one (input not yet checked).
func lookupKind(k poll.Kind) (Kind, bool) {
	for _, row := range kinds {
		if row.Kind == k {
			return row, true
		}
	}
	return Kind{}, false
}

// Kinds returns the table's rows, in the order of the table.
func Kinds() []Kind { return append([]Kind(nil), kinds...) }

// Median turns disclosure's median, in points 1..n, into a value of the scale (nil stays nil).
func (s Scale) Median(point *float64) *float64 {
	if point == nil {
		return nil
	}
	v := float64(s.Min) + *point - 1
	return &v
}

// The standard answers' texts, per language: one text per answer, in option order. They were
// drafted by machine, like the app's own strings (frontend/src/locales), and want a native
// speaker's review; answersReviewedBy records who checked which language.
var (
	yesNoTexts = map[string][]string{
		"nl":  {"Ja", "Nee"},
		"en":  {"Yes", "No"},
		"ar":  {"نعم", "لا"},
		"ti":  {"እወ", "ኣይፋል"},
		"fa":  {"بله", "نه"},
		"prs": {"بلی", "نه"},
		"ps":  {"هو", "نه"},
		"so":  {"Haa", "Maya"},
		"tr":  {"Evet", "Hayır"},
		"kmr": {"Erê", "Na"},
		"ckb": {"بەڵێ", "نەخێر"},
		"uk":  {"Так", "Ні"},
		"fr":  {"Oui", "Non"},
	}
	smileyTexts = map[string][]string{
		"nl":  {"Heel slecht", "Slecht", "Gaat wel", "Goed", "Heel goed"},
		"en":  {"Very bad", "Bad", "Okay", "Good", "Very good"},
		"ar":  {"سيئ جدًا", "سيئ", "مقبول", "جيد", "جيد جدًا"},
		"ti":  {"ኣዝዩ ሕማቕ", "ሕማቕ", "ማእከላይ", "ጽቡቕ", "ኣዝዩ ጽቡቕ"},
		"fa":  {"خیلی بد", "بد", "معمولی", "خوب", "خیلی خوب"},
		"prs": {"بسیار بد", "بد", "میانه", "خوب", "بسیار خوب"},
		"ps":  {"ډېر بد", "بد", "منځنی", "ښه", "ډېر ښه"},
		"so":  {"Aad u xun", "Xun", "Caadi", "Fiican", "Aad u fiican"},
		"tr":  {"Çok kötü", "Kötü", "İdare eder", "İyi", "Çok iyi"},
		"kmr": {"Pir xirab", "Xirab", "Wisa wisa", "Baş", "Pir baş"},
		"ckb": {"زۆر خراپ", "خراپ", "مامناوەند", "باش", "زۆر باش"},
		"uk":  {"Дуже погано", "Погано", "Нормально", "Добре", "Дуже добре"},
		"fr":  {"Très mal", "Mal", "Ça va", "Bien", "Très bien"},
	}
	// digits are the numerals children of each language read: Arabic-Indic in Arabic and Sorani,
	// Persian in Farsi, Dari and Pashto, the Western ones elsewhere (Tigrinya included: Ge'ez
	// numerals are not used for counting on screens).
	digits = map[string]string{
		"ar": "٠١٢٣٤٥٦٧٨٩", "ckb": "٠١٢٣٤٥٦٧٨٩",
		"fa": "۰۱۲۳۴۵۶۷۸۹", "prs": "۰۱۲۳۴۵۶۷۸۹", "ps": "۰۱۲۳۴۵۶۷۸۹",
	}
	// answersReviewedBy names, per language, who checked its standard answers; a language without
	// a name is machine-drafted (the test requires every language to be listed).
	answersReviewedBy = map[string]string{
		"nl": "", "en": "", "ar": "", "ti": "", "fa": "", "prs": "", "ps": "", "so": "", "tr": "", "kmr": "",
		"ckb": "", "uk": "", "fr": "",
	}
)

// sliderTexts are a slider's points as numerals in each language's digits.
func sliderTexts(lo, hi int) map[string][]string {
	out := map[string][]string{}
	for _, l := range i18n.Languages {
		for v := lo; v <= hi; v++ {
			out[l.Code] = append(out[l.Code], numeral(l.Code, v))
		}
	}
	return out
}

// Numeral writes n (not negative) in the digits children of lang read (an election's options are
// numbered so).
func Numeral(lang string, n int) string { return numeral(lang, n) }

// numeral writes n (not negative) in lang's digits.
func numeral(lang string, n int) string {
	s := strconv.Itoa(n)
	ds, ok := digits[lang]
	if !ok {
		return s
	}
	local := []rune(ds)
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(local[r-'0'])
	}
	return b.String()
}

// answers builds standard answers from texts (language → one text per answer) in the order of
// i18n.Languages, with the given pictograms (none when left out).
func answers(texts map[string][]string, pictograms ...string) []StandardAnswer {
	var n int
	for _, ts := range texts {
		n = max(n, len(ts))
	}
	out := make([]StandardAnswer, n)
	for i := range out {
		if i < len(pictograms) {
			out[i].Pictogram = pictograms[i]
		}
		for _, l := range i18n.Languages {
			if ts := texts[l.Code]; i < len(ts) {
				out[i].Label = append(out[i].Label, schematype.Translation{Lang: l.Code, Text: ts[i]})
			}
		}
	}
	return out
}

// standardOptions are the standard answers of kind as a draft's options (nil when it has none).
func standardOptions(kind Kind) []OptionDraft {
	std := kind.Standard
	if std == nil {
		return nil
	}
	out := make([]OptionDraft, len(std))
	for i, a := range std {
		out[i].Label = append([]schematype.Translation(nil), a.Label...)
		if a.Pictogram != "" {
			p := a.Pictogram
			out[i].Pictogram = &p
		}
	}
	return out
}
