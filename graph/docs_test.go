package graph_test

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/jeugdstem/jeugdstem/graph/generated"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
)

// docs/api.md lists every operation of the schema and every error code, and nothing else: a new
// operation or code without its line there, or a line left for one that is gone, fails here.
func TestAPIDocumentationMatchesTheSchema(t *testing.T) {
	raw, err := os.ReadFile("../docs/api.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(raw)
	row := regexp.MustCompile("(?m)^\\| `([A-Za-z_]+)` \\|")
	var documented []string
	for _, m := range row.FindAllStringSubmatch(doc, -1) {
		documented = append(documented, m[1])
	}

	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	var want []string
	for _, root := range []string{"Query", "Mutation", "Subscription"} {
		for _, f := range schema.Types[root].Fields {
			if !strings.HasPrefix(f.Name, "__") {
				want = append(want, f.Name)
			}
		}
	}
	for _, c := range apierror.Codes() {
		want = append(want, string(c))
	}
	for _, name := range want {
		if !slices.Contains(documented, name) {
			t.Errorf("docs/api.md has no line for %s", name)
		}
	}
	for _, name := range documented {
		if !slices.Contains(want, name) {
			t.Errorf("docs/api.md lists %s, which the API does not have", name)
		}
	}
}
