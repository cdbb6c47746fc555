// Package i18n knows the languages jeugdstem speaks: their codes, direction, and how to pick the
// best of several translations for a child.
package i18n

import "github.com/jeugdstem/jeugdstem/ent/schema/schematype"

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

// Pick returns the translation to show: the first of preferred languages that has one, then
// Dutch, then English, then whatever exists. It also returns the language it used, so the answer
// can say so. ok is false when there is no translation at all.
func Pick(ts []schematype.Translation, preferred ...string) (text, lang string, ok bool) {
	for _, want := range append(preferred, Default, "en") {
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
