package policies_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bypass is what passes the privacy rules without policies.System (split so this file is no hit).
const bypass = "Decision" + "Context("

// bypasses walks the Go files under root (ent's generated code aside, policies/system.go itself
// aside) and returns every line that bypasses the privacy rules, and how many files it read.
func bypasses(root string) ([]string, int, error) {
	var hits []string
	files := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			if rel == "frontend" || rel == ".git" {
				return fs.SkipDir
			}
			return nil
		}
		generated := strings.HasPrefix(rel, "ent"+string(filepath.Separator)) && !strings.HasPrefix(rel, filepath.Join("ent", "schema"))
		if !strings.HasSuffix(path, ".go") || generated || rel == filepath.Join("policies", "system.go") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		files++
		for i, line := range strings.Split(string(b), "\n") {
			if strings.Contains(line, bypass) {
				hits = append(hits, fmt.Sprintf("%s:%d: %s", rel, i+1, strings.TrimSpace(line)))
			}
		}
		return nil
	})
	return hits, files, err
}

// Every way past the privacy rules goes through policies.System, so a reader finds every bypass
// with one grep.
func TestOnlySystemBypassesThePolicies(t *testing.T) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	hits, files, err := bypasses(root)
	if err != nil {
		t.Fatal(err)
	}
	if files < 50 {
		t.Fatalf("read only %d files under %s", files, root)
	}
	for _, h := range hits {
		t.Errorf("bypasses the privacy rules without policies.System: %s", h)
	}

	// Negative control: a module with one stray bypass is caught.
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "stray.go"), []byte("package x\n\nvar _ = privacy."+bypass+"ctx, privacy.Allow)\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if hits, _, err := bypasses(dir); err != nil || len(hits) != 1 {
		t.Errorf("a stray bypass gives %v, %v", hits, err)
	}
}
