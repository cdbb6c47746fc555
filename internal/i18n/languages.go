// Package i18n knows the languages jeugdstem speaks: their codes, direction, and the one rule
// for picking the best of several translations for a reader (Chain).
package i18n

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
