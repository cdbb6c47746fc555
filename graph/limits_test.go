package graph

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
	"github.com/vektah/gqlparser/v2/validator"

	"github.com/jeugdstem/jeugdstem/graph/generated"
)

// operation parses and validates query against schema, as gqlgen does before the limits run.
func operation(t *testing.T, schema *ast.Schema, query string) *graphql.OperationContext {
	t.Helper()
	doc, err := parser.ParseQuery(&ast.Source{Input: query})
	if err != nil {
		t.Fatal(err)
	}
	if errs := validator.Validate(schema, doc); len(errs) > 0 {
		t.Fatalf("invalid query: %v", errs)
	}
	return &graphql.OperationContext{Doc: doc, Operation: doc.Operations[0], Variables: map[string]any{}}
}

func realSchema() *ast.Schema { return generated.NewExecutableSchema(generated.Config{}).Schema() }

// chain spreads each fragment's successor `width` times, n fragments deep.
func chain(n, width int) string {
	var b strings.Builder
	b.WriteString("query{...F0}")
	for i := range n {
		fmt.Fprintf(&b, " fragment F%d on Query{%s}", i, strings.Repeat(fmt.Sprintf("...F%d ", i+1), width))
	}
	fmt.Fprintf(&b, " fragment F%d on Query{__typename}", n)
	return b.String()
}

// walk runs the cost walk over query and returns its error and the steps it took.
func walk(t *testing.T, ctx context.Context, limits Limits, schema *ast.Schema, query string) (*gqlerror.Error, int) {
	t.Helper()
	oc := operation(t, schema, query)
	w := newWalker(ctx, limits, oc.Variables, false)
	return w.check(oc.Operation.SelectionSet), w.steps
}

// The walk is linear in the document: a chain whose expansion has 2^n (or 3^n) spreads takes a
// few steps per spread written, whether it passes or is refused.
func TestCostWalkIsLinear(t *testing.T) {
	schema := realSchema()
	wide := DefaultLimits
	wide.MaxDepth = 100 // let the chain be refused by its cost, not its depth
	for _, tc := range []struct {
		name   string
		limits Limits
		query  string
		want   string // "" when it passes
	}{
		{"within the limits", DefaultLimits, chain(10, 2), ""},
		{"deep chain (finding 1)", DefaultLimits, chain(29, 2), "nested deeper"},
		{"costly chain", wide, chain(40, 3), "too complex"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err, steps := walk(t, context.Background(), tc.limits, schema, tc.query)
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("refused: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Message, tc.want) || err.Extensions["code"] != "LIMIT_EXCEEDED"):
				t.Fatalf("error = %v, want LIMIT_EXCEEDED %q", err, tc.want)
			}
			spreads := strings.Count(tc.query, "...")
			if steps > 2*spreads+2 {
				t.Errorf("%d steps for %d spreads written: the walk expands fragments", steps, spreads)
			}
		})
	}
}

// Spreads count as a level: a chain of single spreads is as deep as the fields it nests.
func TestSpreadsCountForDepth(t *testing.T) {
	schema := realSchema()
	if err, _ := walk(t, context.Background(), DefaultLimits, schema, chain(DefaultLimits.MaxDepth-2, 1)); err != nil {
		t.Errorf("a chain within the depth limit was refused: %v", err)
	}
	if err, _ := walk(t, context.Background(), DefaultLimits, schema, chain(DefaultLimits.MaxDepth, 1)); err == nil {
		t.Error("a chain of spreads deeper than the limit passed")
	}
	// A fragment walked once near the top is still checked where it is spread deeper down.
	q := `query { ...Deep me { __typename } ...Mid }
fragment Mid on Query { ...A }
fragment A on Query { ...B } fragment B on Query { ...C } fragment C on Query { ...D } fragment D on Query { ...E }
fragment E on Query { ...G } fragment G on Query { ...H } fragment H on Query { ...I } fragment I on Query { ...J }
fragment J on Query { ...Deep }
fragment Deep on Query { __typename me { __typename } }`
	if err, _ := walk(t, context.Background(), DefaultLimits, schema, q); err == nil || !strings.Contains(err.Message, "deeper") {
		t.Errorf("a remembered fragment spread too deep passed: %v", err)
	}
}

// Aliases inside a fragment count once per spread, without walking it again.
func TestAliasesCountedPerSpread(t *testing.T) {
	schema := realSchema()
	aliases := "a: __typename b: __typename c: __typename d: __typename e: __typename f: __typename g: __typename h: __typename i: __typename j: __typename"
	q := "query { ...F0 } fragment F0 on Query { ...F1 ...F1 } fragment F1 on Query { ...F2 ...F2 } fragment F2 on Query { ...F3 ...F3 } fragment F3 on Query { ...F4 ...F4 } fragment F4 on Query { " + aliases + " }"
	err, _ := walk(t, context.Background(), DefaultLimits, schema, q) // 16 spreads × 10 aliases
	if err == nil || !strings.Contains(err.Message, "aliases") {
		t.Errorf("160 aliases through fragments passed: %v", err)
	}
	q = "query { ...F3 } fragment F3 on Query { ...F4 ...F4 } fragment F4 on Query { " + aliases + " }" // 2 spreads × 10 aliases
	if err, _ := walk(t, context.Background(), DefaultLimits, schema, q); err != nil {
		t.Errorf("20 aliases through fragments refused: %v", err)
	}
}

// A request whose client has gone stops the walk.
func TestCostWalkStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	q := "{ " + strings.Repeat("__typename ", 600) + "}"
	err, steps := walk(t, ctx, DefaultLimits, realSchema(), q)
	if err == nil || !strings.Contains(err.Message, "cancelled") {
		t.Fatalf("error = %v, want cancelled", err)
	}
	if steps > 256 {
		t.Errorf("%d steps after the client left", steps)
	}
	if err, _ := walk(t, context.Background(), DefaultLimits, realSchema(), q); err != nil {
		t.Errorf("the same query with its client still there: %v", err)
	}
}

// Input limits, on a schema with a recursive input (as filters have), independent of the app's.
func TestInputLimits(t *testing.T) {
	schema := gqlparser.MustLoadSchema(&ast.Source{Input: `
input F { not: F, and: [F!], s: String }
type Query { x(f: F): Int, y(ids: [ID!]): Int }`})
	ext := limitExtension{limits: DefaultLimits}
	deep := func(n int) string { return strings.Repeat("{not: ", n) + "{s: \"x\"}" + strings.Repeat("}", n) }

	t.Run("literal too deep", func(t *testing.T) {
		oc := operation(t, schema, "{ x(f: "+deep(40)+") }")
		err := ext.MutateOperationContext(context.Background(), oc)
		if err == nil || err.Extensions["code"] != "LIMIT_EXCEEDED" || err.Extensions["field"] != "f"+strings.Repeat(".not", DefaultLimits.MaxInputDepth) {
			t.Fatalf("error = %v %v", err, err.Extensions)
		}
	})
	t.Run("literal within the limit", func(t *testing.T) {
		oc := operation(t, schema, "{ x(f: "+deep(DefaultLimits.MaxInputDepth-1)+") }")
		if err := ext.MutateOperationContext(context.Background(), oc); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("literal in a fragment, too deep", func(t *testing.T) {
		oc := operation(t, schema, "{ ...X } fragment X on Query { x(f: "+deep(40)+") }")
		if err := ext.MutateOperationContext(context.Background(), oc); err == nil {
			t.Fatal("passed")
		}
	})
	t.Run("literal too large", func(t *testing.T) {
		ids := strings.Repeat(`"a" `, DefaultLimits.MaxInputValues+1)
		oc := operation(t, schema, "{ y(ids: ["+ids+"]) }")
		if err := ext.MutateOperationContext(context.Background(), oc); err == nil || err.Extensions["code"] != "LIMIT_EXCEEDED" {
			t.Fatalf("error = %v", err)
		}
	})
	t.Run("variables", func(t *testing.T) {
		nested := map[string]any{"s": "x"}
		for range 50 {
			nested = map[string]any{"not": nested}
		}
		err := ext.MutateOperationParameters(context.Background(), &graphql.RawParams{Variables: map[string]any{"f": nested}})
		if err == nil || err.Extensions["field"] != "variables.f"+strings.Repeat(".not", DefaultLimits.MaxInputDepth) {
			t.Fatalf("error = %v", err)
		}
		list := make([]any, DefaultLimits.MaxInputValues)
		if err := ext.MutateOperationParameters(context.Background(), &graphql.RawParams{Variables: map[string]any{"ids": list}}); err == nil {
			t.Fatal("too many values passed")
		}
		if err := ext.MutateOperationParameters(context.Background(), &graphql.RawParams{Variables: map[string]any{"ids": list[:10], "f": map[string]any{"and": []any{map[string]any{"s": "x"}}}}}); err != nil {
			t.Fatal(err)
		}
	})
}

// Every operation the app sends passes the limits (with the largest page sizes its variables
// could ask for), so tightening a limit cannot silently break a screen.
func TestAppOperationsWithinLimits(t *testing.T) {
	src, err := os.ReadFile("../frontend/src/gql/graphql.ts")
	if err != nil {
		t.Fatal(err)
	}
	// A fragment's own document ends "`, {fragmentName: …})"; the operations that use it carry
	// its text, so they are checked with it.
	docs := regexp.MustCompile("(?s)new TypedDocumentString\\(`(.*?)`(?:\\)|, )").FindAllStringSubmatch(string(src), -1)
	if len(docs) < 10 {
		t.Fatalf("found %d operations of the app", len(docs))
	}
	schema := realSchema()
	for _, d := range docs {
		if strings.HasPrefix(strings.TrimSpace(d[1]), "fragment ") {
			continue
		}
		oc := operation(t, schema, d[1])
		vars := map[string]any{}
		for _, v := range oc.Operation.VariableDefinitions {
			if v.Variable == "first" || v.Variable == "last" {
				vars[v.Variable] = DefaultLimits.MaxPageSize
			}
		}
		w := newWalker(context.Background(), DefaultLimits, vars, false)
		if err := w.check(oc.Operation.SelectionSet); err != nil {
			t.Errorf("%s: %v", oc.Operation.Name, err)
		}
		in := inputChecker{limits: DefaultLimits}
		if err := in.literals(oc.Doc); err != nil {
			t.Errorf("%s: %v", oc.Operation.Name, err)
		}
	}
}
