package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Limits bound what one request may ask for. They are checked after parsing and validation and
// before any resolver runs.
type Limits struct {
	MaxDepth      int // nesting of fields
	MaxAliases    int // aliased fields in the whole operation
	MaxComplexity int // estimated result size, see complexity
	MaxPageSize   int // the largest first/last a connection accepts; also its default
	ListEstimate  int // assumed length of a plain list field
	ParserTokens  int // tokens the parser reads before giving up
}

// DefaultLimits fit every screen of the app with room to spare.
var DefaultLimits = Limits{
	MaxDepth:      12,
	MaxAliases:    100,
	MaxComplexity: 50000,
	MaxPageSize:   100,
	ListEstimate:  10,
	ParserTokens:  5000,
}

// limitExtension enforces Limits. gqlgen has a complexity extension but no depth limit, and its
// complexity does not see page sizes unless every connection field is given a function; one walk
// over the operation does both.
// In production it also refuses introspection here, before execution, rather than letting gqlgen
// fail the introspection fields one by one.
type limitExtension struct {
	limits             Limits
	allowIntrospection bool
}

var (
	_ graphql.HandlerExtension        = limitExtension{}
	_ graphql.OperationContextMutator = limitExtension{}
)

func (limitExtension) ExtensionName() string                   { return "Limits" }
func (limitExtension) Validate(graphql.ExecutableSchema) error { return nil }
func limitError(format string, args ...any) *gqlerror.Error {
	return &gqlerror.Error{Message: fmt.Sprintf(format, args...), Extensions: map[string]any{"code": "LIMIT_EXCEEDED"}}
}

func (e limitExtension) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	w := walker{limits: e.limits, vars: oc.Variables, visiting: map[string]bool{}, introspection: e.allowIntrospection}
	cost := w.selectionCost(oc.Operation.SelectionSet, 1)
	switch {
	case w.err != nil:
		return w.err
	case w.aliases > e.limits.MaxAliases:
		return limitError("the query uses %d aliases; at most %d are allowed", w.aliases, e.limits.MaxAliases)
	case cost > e.limits.MaxComplexity:
		return limitError("the query is too complex (%d); at most %d is allowed", cost, e.limits.MaxComplexity)
	}
	return nil
}

type walker struct {
	limits   Limits
	vars     map[string]any
	aliases  int
	err      *gqlerror.Error
	visiting map[string]bool // fragments on the current path (validation forbids cycles; belt and braces)
	// introspection says whether __schema and __type may be asked for.
	introspection bool
}

// selectionCost estimates how many values a selection set produces: a field costs 1, plus its
// children times how many objects it returns (first/last of a connection, an estimate for lists).
func (w *walker) selectionCost(set ast.SelectionSet, depth int) int {
	if w.err != nil {
		return 0
	}
	if depth > w.limits.MaxDepth {
		w.err = limitError("the query is nested deeper than %d levels", w.limits.MaxDepth)
		return 0
	}
	total := 0
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if s.Alias != "" && s.Alias != s.Name {
				w.aliases++
			}
			if !w.introspection && (s.Name == "__schema" || s.Name == "__type") {
				w.err = &gqlerror.Error{Message: "introspection is disabled", Extensions: map[string]any{"code": "FORBIDDEN"}}
				return 0
			}
			cost := 1
			if len(s.SelectionSet) > 0 {
				cost += w.multiplier(s) * w.selectionCost(s.SelectionSet, depth+1)
			}
			total += cost
		case *ast.InlineFragment:
			total += w.selectionCost(s.SelectionSet, depth)
		case *ast.FragmentSpread:
			if s.Definition == nil || w.visiting[s.Name] {
				continue
			}
			w.visiting[s.Name] = true
			total += w.selectionCost(s.Definition.SelectionSet, depth)
			delete(w.visiting, s.Name)
		}
	}
	return total
}

// multiplier is how many objects a field returns at most.
func (w *walker) multiplier(f *ast.Field) int {
	args := f.ArgumentMap(w.vars)
	n := 0
	for _, name := range []string{"first", "last"} {
		if v, ok := args[name]; ok && v != nil {
			k, ok := toInt(v)
			if !ok || k < 0 || k > w.limits.MaxPageSize {
				w.err = limitError("%s on %s must be between 0 and %d", name, f.Name, w.limits.MaxPageSize)
				return 0
			}
			n = max(n, k)
		}
	}
	if n > 0 {
		return n
	}
	if f.ObjectDefinition != nil && strings.HasSuffix(f.ObjectDefinition.Name, "Connection") {
		return 1 // edges and nodes of a connection are already counted by the connection's size
	}
	if f.Definition != nil && isConnection(f.Definition.Type) {
		return w.limits.MaxPageSize
	}
	if f.Definition != nil && f.Definition.Type.Elem != nil {
		return w.limits.ListEstimate
	}
	return 1
}

func isConnection(t *ast.Type) bool {
	return strings.HasSuffix(t.Name(), "Connection")
}

func toInt(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int64:
		return int(n), true
	case float64:
		return int(n), float64(int(n)) == n
	case interface{ Int64() (int64, error) }: // json.Number
		i, err := n.Int64()
		return int(i), err == nil
	}
	return 0, false
}
