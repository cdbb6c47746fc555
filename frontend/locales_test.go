package frontend

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/jeugdstem/jeugdstem/internal/i18n"
)

// wantLanguages are the app's languages (internal/i18n.Languages, from which
// src/i18n/languages.gen.ts is generated), sorted: one locale file each, no more, no fewer.
func wantLanguages() []string {
	var codes []string
	for _, l := range i18n.Languages {
		codes = append(codes, l.Code)
	}
	sort.Strings(codes)
	return codes
}

// referenceLanguage is the file the others are compared with (and the TypeScript types
// are derived from, see src/i18n/messages.ts).
const referenceLanguage = "en"

var placeholder = regexp.MustCompile(`\{\w+\}`)

type locale struct {
	meta    map[string]any
	strings map[string]string // dotted key -> text, without _meta
	bad     []string          // keys whose value is not a string or an object
}

func readLocales(t *testing.T) map[string]locale {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("src", "locales", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	locales := map[string]locale{}
	for _, path := range paths {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var doc map[string]any
		if err := json.Unmarshal(raw, &doc); err != nil {
			t.Errorf("%s: not valid JSON: %v", path, err)
			continue
		}
		l := locale{strings: map[string]string{}}
		l.meta, _ = doc["_meta"].(map[string]any)
		delete(doc, "_meta")
		flatten("", doc, &l)
		locales[strings.TrimSuffix(filepath.Base(path), ".json")] = l
	}
	return locales
}

func flatten(prefix string, node map[string]any, into *locale) {
	for key, value := range node {
		full := key
		if prefix != "" {
			full = prefix + "." + key
		}
		switch v := value.(type) {
		case string:
			into.strings[full] = v
		case map[string]any:
			flatten(full, v, into)
		default:
			into.bad = append(into.bad, full)
		}
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func TestLocaleFilesAreExactlyTheAppLanguages(t *testing.T) {
	if got := sortedKeys(readLocales(t)); !slices.Equal(got, wantLanguages()) {
		t.Errorf("locale files %v, want %v", got, wantLanguages())
	}
}

func TestLocalesHaveTheSameNonEmptyKeys(t *testing.T) {
	locales := readLocales(t)
	reference, ok := locales[referenceLanguage]
	if !ok {
		t.Fatalf("no %s.json to compare with", referenceLanguage)
	}
	for _, code := range sortedKeys(locales) {
		l := locales[code]
		for _, key := range l.bad {
			t.Errorf("%s.json: %s is neither text nor a group of texts", code, key)
		}
		for _, key := range sortedKeys(reference.strings) {
			text, ok := l.strings[key]
			switch {
			case !ok:
				t.Errorf("%s.json: missing %s", code, key)
			case strings.TrimSpace(text) == "":
				t.Errorf("%s.json: %s is empty", code, key)
			}
		}
		for _, key := range sortedKeys(l.strings) {
			if _, ok := reference.strings[key]; !ok {
				t.Errorf("%s.json: extra key %s (not in %s.json)", code, key, referenceLanguage)
			}
		}
	}
}

func TestLocalesKeepPlaceholders(t *testing.T) {
	locales := readLocales(t)
	reference := locales[referenceLanguage]
	for _, code := range sortedKeys(locales) {
		for _, key := range sortedKeys(reference.strings) {
			text, ok := locales[code].strings[key]
			if !ok {
				continue // reported by TestLocalesHaveTheSameNonEmptyKeys
			}
			want := placeholder.FindAllString(reference.strings[key], -1)
			got := placeholder.FindAllString(text, -1)
			sort.Strings(want)
			sort.Strings(got)
			if !slices.Equal(got, want) {
				t.Errorf("%s.json: %s has placeholders %v, want %v", code, key, got, want)
			}
		}
	}
}

// Drafts must say they are drafts until a native speaker has checked them: children
// must not be shown wrong or unkind words as if they were checked.
func TestLocalesCarryTheirReviewState(t *testing.T) {
	locales := readLocales(t)
	for _, code := range sortedKeys(locales) {
		meta := locales[code].meta
		if meta == nil {
			t.Errorf("%s.json: no _meta object with machineDrafted and reviewedBy", code)
			continue
		}
		drafted, ok := meta["machineDrafted"].(bool)
		if !ok {
			t.Errorf("%s.json: _meta.machineDrafted must be true or false", code)
			continue
		}
		reviewer, present := meta["reviewedBy"]
		if !present {
			t.Errorf("%s.json: _meta.reviewedBy missing (null until a native speaker checks it)", code)
			continue
		}
		name, isName := reviewer.(string)
		if !drafted && (!isName || strings.TrimSpace(name) == "") {
			t.Errorf("%s.json: marked as not machine-drafted but reviewedBy names nobody", code)
		}
		if reviewer != nil && !isName {
			t.Errorf("%s.json: _meta.reviewedBy must be null or a name", code)
		}
	}
}
