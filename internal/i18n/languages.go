// Package i18n knows the languages jeugdstem speaks: their codes, direction, and how to pick the
// best of several translations for a child.
package i18n

import "github.com/jeugdstem/jeugdstem/ent/schema/schematype"

// Language is a supported language (BCP 47 code).
type Language struct {
	Code string
	Name string // in English, for staff screens
	RTL  bool
}

// Languages are the supported languages, the same set as frontend/src/locales.
var Languages = []Language{
	{Code: "nl", Name: "Dutch"},
	{Code: "en", Name: "English"},
	{Code: "ar", Name: "Arabic", RTL: true},
	{Code: "ti", Name: "Tigrinya"},
	{Code: "fa", Name: "Farsi", RTL: true},
	{Code: "prs", Name: "Dari", RTL: true},
	{Code: "ps", Name: "Pashto", RTL: true},
	{Code: "so", Name: "Somali"},
	{Code: "tr", Name: "Turkish"},
	{Code: "kmr", Name: "Kurmanji"},
	{Code: "ckb", Name: "Sorani", RTL: true},
	{Code: "uk", Name: "Ukrainian"},
	{Code: "fr", Name: "French"},
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
	for _, want := range append(preferred, "nl", "en") {
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
