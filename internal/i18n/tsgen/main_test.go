package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/jeugdstem/jeugdstem/internal/i18n"
)

// The committed TypeScript list is what the Go list generates: a language added, removed or
// turned right-to-left in Go without go generate fails here (and in make check-generated).
func TestTypeScriptListIsFresh(t *testing.T) {
	path := filepath.Join("..", "..", "..", "frontend", "src", "i18n", "languages.gen.ts")
	committed, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := render(i18n.Languages, i18n.Default); !bytes.Equal(committed, want) {
		t.Errorf("%s is stale: run go generate ./internal/i18n\n--- committed\n%s\n--- generated\n%s", path, committed, want)
	}
}

func TestRender(t *testing.T) {
	got := string(render([]i18n.Language{
		{Code: "nl", Speech: []string{"nl"}},
		{Code: "ar", RTL: true, Speech: []string{"ar", "ar-sa"}},
	}, "nl"))
	for _, want := range []string{
		"export const languageCodes = ['nl', 'ar'] as const;\n",
		"export const defaultLanguage: LanguageCode = 'nl';\n",
		"export const rightToLeftCodes: readonly LanguageCode[] = ['ar'];\n",
		"  ar: ['ar', 'ar-sa'],\n",
	} {
		if !bytes.Contains([]byte(got), []byte(want)) {
			t.Errorf("render lacks %q:\n%s", want, got)
		}
	}
}
