package reports

import "testing"

// Every way a spreadsheet could start a formula is guarded; ordinary texts pass untouched.
func TestFormulaGuard(t *testing.T) {
	for _, s := range []string{
		"=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1",
		"＝HYPERLINK(\"http://x\")", // full-width equals sign
		"＋1", "－1", "＠SUM(A1)",     // full-width plus, minus, at
		"﹦1", "﹢1", "﹣1", // small forms
		"\u200b=1+1", "\ufeff＝1", // hidden behind invisible format characters
	} {
		if got := formula(s); got != "'"+s {
			t.Errorf("formula(%q) = %q, want it guarded", s, got)
		}
	}
	for _, s := range []string{"", "Pizza", "1-2", "ja = nee", "مرحبا", "ሰላም", "\u200b", "− minus sign"} {
		if got := formula(s); got != s {
			t.Errorf("formula(%q) = %q, want it untouched", s, got)
		}
	}
}
