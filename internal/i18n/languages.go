// Package i18n knows the languages jeugdstem speaks: their codes, direction, and the one rule
// for picking the best of several translations for a reader (Chain).
package i18n

//go:generate go run ./tsgen ../../frontend/src/i18n/languages.gen.ts

// Language is a supported language (BCP 47 code).
type Language struct {
	Code string
	Name string // in English, for staff screens
	RTL  bool
	// Speech are the speech-synthesis language tags the web app tries for reading aloud, best
	// first: a tablet may have no voice for the language itself but one close enough for a
	// child to follow (Dari read by a Farsi voice), or tag it differently (Kurmanji as "ku").
	Speech []string
}

// Default is the language of the app before a child picks one, and the first fallback of Pick.
const Default = "nl"

// Languages are the supported languages, the same set as frontend/src/locales. This list is the
// one source: the web app's list (frontend/src/i18n/languages.gen.ts) is generated from it by
// go generate, and make check-generated fails when that file is stale.
var Languages = []Language{
	{Code: "nl", Name: "Dutch", Speech: []string{"nl"}},
	{Code: "en", Name: "English", Speech: []string{"en"}},
	{Code: "ar", Name: "Arabic", RTL: true, Speech: []string{"ar"}},
	{Code: "ti", Name: "Tigrinya", Speech: []string{"ti"}},
	{Code: "fa", Name: "Farsi", RTL: true, Speech: []string{"fa"}},
	{Code: "prs", Name: "Dari", RTL: true, Speech: []string{"prs", "fa-af", "fa"}},
	{Code: "ps", Name: "Pashto", RTL: true, Speech: []string{"ps"}},
	{Code: "so", Name: "Somali", Speech: []string{"so"}},
	{Code: "tr", Name: "Turkish", Speech: []string{"tr"}},
	{Code: "kmr", Name: "Kurmanji", Speech: []string{"kmr", "ku"}},
	{Code: "ckb", Name: "Sorani", RTL: true, Speech: []string{"ckb"}},
	{Code: "uk", Name: "Ukrainian", Speech: []string{"uk"}},
	{Code: "fr", Name: "French", Speech: []string{"fr"}},
}

// Supported reports whether code is one of Languages.
func Supported(code string) bool {
	for _, l := range Languages {
		if l.Code == code {
			return true
		}
	}
	return false
}
