package moderation_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/jeugdstem/jeugdstem/graph/generated"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/feedback/feedbacktest"
)

// An escalated post must look to its author exactly like a post still waiting for a moderator:
// the author may be the child at risk, and the tablet is shared. The test asks, as the author,
// for every field of FeedbackPost that takes no argument (read from the schema, so a field added
// later is checked too) for a post still pending and one escalated, and compares them: the same
// values, and every time the same as or different from when the post was written.
func TestEscalatedPostLooksPendingToItsAuthor(t *testing.T) {
	fields := postFields(t)
	query := `query($id: ID!) { node(id: $id) { ... on FeedbackPost { ` + strings.Join(fields, " ") + ` } } }`
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := feedbacktest.New(t, s)
		thread, first := w.StartThread(t, w.Author, "Slapen", "Het is 's nachts heel lawaaiig")
		w.Moderate(t, first, "APPROVE", "")
		pending := w.Post(t, w.Author, thread, "Ik kan niet slapen")
		escalated := w.Post(t, w.Author, thread, "Iemand komt 's nachts in mijn kamer")
		// Both were written an hour ago; the moderator decides now.
		hourAgo := time.Now().Add(-time.Hour)
		q := `UPDATE feedback_posts SET created_at = ?, updated_at = ? WHERE id IN (?, ?)`
		if s.DB.Dialect == dialect.Postgres {
			q = `UPDATE feedback_posts SET created_at = $1, updated_at = $2 WHERE id IN ($3, $4)`
		}
		for _, at := range []struct {
			when time.Time
			a, b string
		}{{hourAgo.Add(-time.Hour), first, first}, {hourAgo, pending, escalated}} {
			if _, err := s.DB.Client.ExecContext(apitest.System(), q, at.when, at.when, at.a, at.b); err != nil {
				t.Fatal(err)
			}
		}
		w.Moderate(t, escalated, "ESCALATE", "")

		author := w.Child(t, w.Author)
		read := func(id string) map[string]any {
			var d struct{ Node map[string]any }
			author.Do(query, map[string]any{"id": id}).Must(t, &d)
			return d.Node
		}
		a, b := read(pending), read(escalated)
		for _, f := range fields {
			switch f {
			case "id", "body", "createdAt":
				continue
			}
			av, bv := relative(a[f], a["createdAt"]), relative(b[f], b["createdAt"])
			if av != bv {
				t.Errorf("%s tells an escalated post (%s) from a pending one (%s)", f, bv, av)
			}
		}
	})
}

// postFields are FeedbackPost's fields without arguments whose type is a scalar or an enum.
func postFields(t *testing.T) []string {
	t.Helper()
	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	var out []string
	for _, f := range schema.Types["FeedbackPost"].Fields {
		if len(f.Arguments) > 0 || strings.HasPrefix(f.Name, "__") {
			continue
		}
		if def := schema.Types[f.Type.Name()]; def != nil && (def.Kind == ast.Scalar || def.Kind == ast.Enum) {
			out = append(out, f.Name)
		}
	}
	if len(out) < 5 {
		t.Fatalf("found only %v on FeedbackPost", out)
	}
	return out
}

// relative renders a value for comparison: a time as whether it is the post's createdAt (within
// a second: the defaults of one insert are taken microseconds apart).
func relative(v, created any) string {
	if s, ok := v.(string); ok {
		at, err1 := time.Parse(time.RFC3339Nano, s)
		c, err2 := time.Parse(time.RFC3339Nano, fmt.Sprint(created))
		if err1 == nil && err2 == nil {
			if d := at.Sub(c); d > -time.Second && d < time.Second {
				return "at createdAt"
			}
			return "not at createdAt"
		}
	}
	b, _ := json.Marshal(v)
	return string(b)
}
