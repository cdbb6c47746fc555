package moderation

import (
	"bufio"
	"embed"
	"fmt"
	"path"
	"strings"
	"sync"

	"github.com/jeugdstem/jeugdstem/ent/moderationdecision"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/i18n"
)

// What a child reads when a post of theirs was not shown: one kind text per reject reason, per
// language, kept as data in reasons/<code>.txt so translators can work on them without Go.

//go:embed reasons/*.txt
var reasonFiles embed.FS

var (
	reasonsOnce sync.Once
	reasonTexts map[moderationdecision.ReasonCode][]schematype.Translation
	reasonsErr  error
)

// ReasonCodes are the reasons a moderator may give for not showing a post.
var ReasonCodes = []moderationdecision.ReasonCode{
	moderationdecision.ReasonCodePERSONAL_INFO, moderationdecision.ReasonCodeHURTFUL,
	moderationdecision.ReasonCodeOFF_TOPIC, moderationdecision.ReasonCodeDUPLICATE, moderationdecision.ReasonCodeOTHER,
}

// loadReasons reads every language's file; each must hold a text for every reason code.
func loadReasons() (map[moderationdecision.ReasonCode][]schematype.Translation, error) {
	out := map[moderationdecision.ReasonCode][]schematype.Translation{}
	for _, l := range i18n.Languages {
		name := path.Join("reasons", l.Code+".txt")
		b, err := reasonFiles.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("reject reasons for %s: %w", l.Code, err)
		}
		seen := map[moderationdecision.ReasonCode]bool{}
		sc := bufio.NewScanner(strings.NewReader(string(b)))
		for n := 1; sc.Scan(); n++ {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			code, text, ok := strings.Cut(line, "=")
			rc := moderationdecision.ReasonCode(strings.TrimSpace(code))
			text = strings.TrimSpace(text)
			if !ok || moderationdecision.ReasonCodeValidator(rc) != nil || text == "" {
				return nil, fmt.Errorf("%s line %d: want CODE = text with a reject reason code", name, n)
			}
			if seen[rc] {
				return nil, fmt.Errorf("%s line %d: %s twice", name, n, rc)
			}
			seen[rc] = true
			out[rc] = append(out[rc], schematype.Translation{Lang: l.Code, Text: text})
		}
		for _, rc := range ReasonCodes {
			if !seen[rc] {
				return nil, fmt.Errorf("%s has no text for %s", name, rc)
			}
		}
	}
	return out, nil
}

// ReasonText is the kind text for a reject reason in the first of languages that has one (then
// Dutch, then English), and the language it is in.
func ReasonText(code moderationdecision.ReasonCode, languages ...string) (text, lang string) {
	reasonsOnce.Do(func() { reasonTexts, reasonsErr = loadReasons() })
	if reasonsErr != nil {
		panic(reasonsErr) // embedded and checked by the tests
	}
	text, lang, _ = i18n.Pick(reasonTexts[code], languages...)
	return text, lang
}
