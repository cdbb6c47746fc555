package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

var (
	axeOnce   sync.Once
	axeSource string
	axeErr    error
)

func loadAxe() (string, error) {
	axeOnce.Do(func() {
		b, err := os.ReadFile(filepath.Join(repoRoot, "frontend", "node_modules", "axe-core", "axe.min.js"))
		if err != nil {
			axeErr = fmt.Errorf("axe-core not installed (run npm ci in frontend/): %w", err)
			return
		}
		axeSource = string(b)
	})
	return axeSource, axeErr
}

type axeViolation struct {
	ID      string `json:"id"`
	Impact  string `json:"impact"`
	Help    string `json:"help"`
	HelpURL string `json:"helpUrl"`
	Nodes   []struct {
		Target  []any  `json:"target"`
		Summary string `json:"failureSummary"`
	} `json:"nodes"`
}

// audit runs axe-core (WCAG 2.0–2.2 A and AA rules, plus best practices) on the current
// screen and fails the test on serious or critical violations; lesser ones are logged.
func (w *window) audit(screen string) {
	w.t.Helper()
	src, err := loadAxe()
	if err != nil {
		if strict() {
			w.t.Fatal(err)
		}
		w.t.Logf("accessibility audit of %q skipped: %v", screen, err)
		return
	}
	var loaded bool
	w.eval(`typeof window.axe === 'object'`, &loaded)
	if !loaded {
		w.eval(src+"\n;true", nil)
	}
	var violations []axeViolation
	w.eval(`axe.run(document, {
		runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},
		resultTypes: ['violations'],
	}).then(r => r.violations)`, &violations)
	var serious []string
	for _, v := range violations {
		targets := make([]string, 0, len(v.Nodes))
		for _, n := range v.Nodes {
			b, _ := json.Marshal(n.Target)
			targets = append(targets, string(b))
		}
		line := fmt.Sprintf("%s [%s] %s: %s", v.ID, v.Impact, v.Help, strings.Join(targets, ", "))
		if v.Impact == "serious" || v.Impact == "critical" {
			serious = append(serious, line)
		} else {
			w.t.Logf("axe on %q (%s, not failing): %s", screen, w.name, line)
		}
	}
	if len(serious) > 0 {
		path := w.screenshot("axe-" + sanitize(w.t.Name()+"-"+screen))
		w.t.Errorf("axe on %q (%s): %d serious or critical violations (screenshot %s):\n  %s",
			screen, w.name, len(serious), path, strings.Join(serious, "\n  "))
	}
}
