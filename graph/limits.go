package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/jeugdstem/jeugdstem/internal/apierror"
)

// Limits bound what one request may ask for. The input limits are checked before the query is
// parsed (variables) or before any resolver runs (literals); the others after parsing and
// validation, before any resolver runs. Every check is linear in the size of the request.
type Limits struct {
	MaxDepth      int // nesting of fields and fragment spreads
	MaxAliases    int // aliased fields in the whole operation, fragments counted where spread
	MaxComplexity int // estimated result size, see walker.selectionCost
	MaxPageSize   int // the largest first/last a connection accepts; also its default
	ListEstimate  int // assumed length of a plain list field
	ParserTokens  int // tokens the parser reads before giving up

	// MaxInputDepth bounds the nesting of lists and objects in one variable or argument value;
	// MaxInputValues the number of values (scalars, lists and objects) in all variables together
	// and in all argument literals together.
	MaxInputDepth  int
	MaxInputValues int
}

// DefaultLimits fit every screen of the app with room to spare (the deepest input the app sends,
// a poll with translated options, nests 5 levels).
var DefaultLimits = Limits{
	MaxDepth:       12,
	MaxAliases:     100,
	MaxComplexity:  50000,
	MaxPageSize:    100,
	ListEstimate:   10,
	ParserTokens:   5000,
	MaxInputDepth:  10,
	MaxInputValues: 5000,
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
	_ graphql.HandlerExtension          = limitExtension{}
	_ graphql.OperationParameterMutator = limitExtension{}
	_ graphql.OperationContextMutator   = limitExtension{}
)

func (limitExtension) ExtensionName() string                   { return "Limits" }
func (limitExtension) Validate(graphql.ExecutableSchema) error { return nil }

func limitError(format string, args ...any) *gqlerror.Error {
	return &gqlerror.Error{Message: fmt.Sprintf(format, args...), Extensions: map[string]any{"code": string(apierror.LimitExceeded)}}
}

// inputLimitError names the place in the input that is too deep or too large, as "variables.w.not.0".
func inputLimitError(path, format string, args ...any) *gqlerror.Error {
	e := limitError(format, args...)
	e.Extensions["field"] = path
	return e
}

// MutateOperationParameters checks the variables as they came off the wire, before gqlgen parses
// the query and coerces them: coercing a deeply nested input (a filter with 9,000 nested nots)
// into Go values costs far more memory than its JSON.
func (e limitExtension) MutateOperationParameters(_ context.Context, p *graphql.RawParams) *gqlerror.Error {
	c := inputChecker{limits: e.limits}
	for name, v := range p.Variables {
		if err := c.json("variables."+name, v, 0); err != nil {
			return err
		}
	}
	return nil
}

// MutateOperationContext checks the parsed, validated operation before any resolver runs.
func (e limitExtension) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	in := inputChecker{limits: e.limits}
	if err := in.literals(oc.Doc); err != nil {
		return err
	}
	w := newWalker(ctx, e.limits, oc.Variables, e.allowIntrospection)
	return w.check(oc.Operation.SelectionSet)
}

// inputChecker counts and measures input values without building anything from them.
type inputChecker struct {
	limits Limits
	values int
}

// json walks a decoded JSON value (maps, slices, scalars) depth-first; depth is how many lists
// and objects enclose v within its variable, so at most MaxInputDepth of them nest.
func (c *inputChecker) json(path string, v any, depth int) *gqlerror.Error {
	c.values++
	if c.values > c.limits.MaxInputValues {
		return inputLimitError(path, "the variables hold more than %d values", c.limits.MaxInputValues)
	}
	switch v := v.(type) {
	case map[string]any:
		if depth >= c.limits.MaxInputDepth {
			return inputLimitError(path, "the input is nested deeper than %d levels", c.limits.MaxInputDepth)
		}
		for k, x := range v {
			if err := c.json(path+"."+k, x, depth+1); err != nil {
				return err
			}
		}
	case []any:
		if depth >= c.limits.MaxInputDepth {
			return inputLimitError(path, "the input is nested deeper than %d levels", c.limits.MaxInputDepth)
		}
		for i, x := range v {
			if err := c.json(path+"."+strconv.Itoa(i), x, depth+1); err != nil {
				return err
			}
		}
	}
	return nil
}

// literals checks every argument value written in the document (operations, fragments, variable
// defaults, directives), each once: the parser's token limit bounds their size already, this
// bounds their nesting.
func (c *inputChecker) literals(doc *ast.QueryDocument) *gqlerror.Error {
	var set func(ss ast.SelectionSet) *gqlerror.Error
	args := func(list ast.ArgumentList) *gqlerror.Error {
		for _, a := range list {
			if err := c.literal(a.Name, a.Value, 0); err != nil {
				return err
			}
		}
		return nil
	}
	dirs := func(list ast.DirectiveList) *gqlerror.Error {
		for _, d := range list {
			if err := args(d.Arguments); err != nil {
				return err
			}
		}
		return nil
	}
	set = func(ss ast.SelectionSet) *gqlerror.Error {
		for _, sel := range ss {
			var err *gqlerror.Error
			switch s := sel.(type) {
			case *ast.Field:
				if err = args(s.Arguments); err == nil {
					if err = dirs(s.Directives); err == nil {
						err = set(s.SelectionSet)
					}
				}
			case *ast.InlineFragment:
				if err = dirs(s.Directives); err == nil {
					err = set(s.SelectionSet)
				}
			case *ast.FragmentSpread:
				err = dirs(s.Directives)
			}
			if err != nil {
				return err
			}
		}
		return nil
	}
	for _, op := range doc.Operations {
		for _, v := range op.VariableDefinitions {
			if v.DefaultValue != nil {
				if err := c.literal(v.Variable, v.DefaultValue, 0); err != nil {
					return err
				}
			}
		}
		if err := dirs(op.Directives); err != nil {
			return err
		}
		if err := set(op.SelectionSet); err != nil {
			return err
		}
	}
	for _, f := range doc.Fragments {
		if err := dirs(f.Directives); err != nil {
			return err
		}
		if err := set(f.SelectionSet); err != nil {
			return err
		}
	}
	return nil
}

func (c *inputChecker) literal(path string, v *ast.Value, depth int) *gqlerror.Error {
	if v == nil {
		return nil
	}
	c.values++
	if c.values > c.limits.MaxInputValues {
		return inputLimitError(path, "the query's arguments hold more than %d values", c.limits.MaxInputValues)
	}
	if v.Kind != ast.ListValue && v.Kind != ast.ObjectValue {
		return nil
	}
	if depth >= c.limits.MaxInputDepth {
		return inputLimitError(path, "the input is nested deeper than %d levels", c.limits.MaxInputDepth)
	}
	for i, child := range v.Children {
		name := child.Name
		if v.Kind == ast.ListValue {
			name = strconv.Itoa(i)
		}
		if err := c.literal(path+"."+name, child.Value, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// walker estimates the cost of an operation in time linear in the document: every fragment is
// walked once and its figures (cost, height, aliases) are remembered for every further spread, the
// walk stops at the first limit exceeded, and it gives up when the request is cancelled.
type walker struct {
	ctx    context.Context
	limits Limits
	vars   map[string]any
	// introspection says whether __schema and __type may be asked for.
	introspection bool

	aliases   int
	err       *gqlerror.Error
	fragments map[string]*fragmentCost
	// steps counts selections visited: a test measures the work, not the clock.
	steps int
}

// fragmentCost is what a fragment's selection set adds wherever it is spread.
type fragmentCost struct {
	cost, height, aliases int
	walking               bool // on the current path (validation forbids cycles; belt and braces)
}

func newWalker(ctx context.Context, limits Limits, vars map[string]any, introspection bool) *walker {
	return &walker{ctx: ctx, limits: limits, vars: vars, introspection: introspection, fragments: map[string]*fragmentCost{}}
}

// check walks the operation and reports the first limit it exceeds.
func (w *walker) check(set ast.SelectionSet) *gqlerror.Error {
	cost, _ := w.selectionCost(set, 1)
	switch {
	case w.err != nil:
		return w.err
	case w.aliases > w.limits.MaxAliases:
		return limitError("the query uses more than %d aliases", w.limits.MaxAliases)
	case cost > w.limits.MaxComplexity:
		return limitError("the query is too complex; at most %d is allowed", w.limits.MaxComplexity)
	}
	return nil
}

// selectionCost estimates how many values a selection set produces: a field costs 1, plus its
// children times how many objects it returns (first/last of a connection, an estimate for lists).
// depth is the level of the set's fields (1 for the operation's); height is how many levels the
// set spans: a field with a selection and a fragment spread each add one.
// Costs saturate just above MaxComplexity, so nothing overflows and the first excess ends the walk.
func (w *walker) selectionCost(set ast.SelectionSet, depth int) (cost, height int) {
	if w.err != nil {
		return 0, 0
	}
	if depth > w.limits.MaxDepth {
		w.fail(limitError("the query is nested deeper than %d levels", w.limits.MaxDepth))
		return 0, 0
	}
	for _, sel := range set {
		w.steps++
		if w.steps%256 == 0 && w.ctx.Err() != nil {
			w.fail(limitError("the request was cancelled"))
		}
		if w.err != nil {
			return 0, 0
		}
		switch s := sel.(type) {
		case *ast.Field:
			if s.Alias != "" && s.Alias != s.Name {
				w.addAliases(1)
			}
			if !w.introspection && (s.Name == "__schema" || s.Name == "__type") {
				w.fail(&gqlerror.Error{Message: "introspection is disabled", Extensions: map[string]any{"code": string(apierror.Forbidden)}})
				return 0, 0
			}
			c, h := 1, 1
			if len(s.SelectionSet) > 0 {
				sub, subHeight := w.selectionCost(s.SelectionSet, depth+1)
				c, h = w.add(1, w.times(max(w.multiplier(s), 1), sub)), 1+subHeight
			}
			cost, height = w.add(cost, c), max(height, h)
		case *ast.InlineFragment:
			c, h := w.selectionCost(s.SelectionSet, depth)
			cost, height = w.add(cost, c), max(height, h)
		case *ast.FragmentSpread:
			f := w.fragment(s, depth)
			if f == nil {
				continue
			}
			w.addAliases(f.aliases)
			cost, height = w.add(cost, f.cost), max(height, 1+f.height)
		}
		if cost > w.limits.MaxComplexity {
			w.fail(limitError("the query is too complex; at most %d is allowed", w.limits.MaxComplexity))
		}
	}
	return cost, height
}

// fragment returns the figures of the spread fragment, walking it the first time. A spread is a
// level of its own, so a chain of spreads meets the depth limit like nested fields do.
func (w *walker) fragment(s *ast.FragmentSpread, depth int) *fragmentCost {
	if s.Definition == nil {
		return nil
	}
	if f, ok := w.fragments[s.Name]; ok {
		if f.walking {
			return nil
		}
		if depth+f.height > w.limits.MaxDepth {
			w.fail(limitError("the query is nested deeper than %d levels", w.limits.MaxDepth))
			return nil
		}
		return f
	}
	f := &fragmentCost{walking: true}
	w.fragments[s.Name] = f
	outer := w.aliases
	w.aliases = 0
	f.cost, f.height = w.selectionCost(s.Definition.SelectionSet, depth+1)
	f.aliases, w.aliases = w.aliases, outer
	f.walking = false
	return f
}

func (w *walker) fail(err *gqlerror.Error) {
	if w.err == nil {
		w.err = err
	}
}

func (w *walker) addAliases(n int) {
	w.aliases = min(w.aliases+n, w.limits.MaxAliases+1)
	if w.aliases > w.limits.MaxAliases {
		w.fail(limitError("the query uses more than %d aliases", w.limits.MaxAliases))
	}
}

// add and times saturate at MaxComplexity+1.
func (w *walker) add(a, b int) int { return min(a+b, w.limits.MaxComplexity+1) }

func (w *walker) times(a, b int) int {
	if a != 0 && b > (w.limits.MaxComplexity+1)/a {
		return w.limits.MaxComplexity + 1
	}
	return min(a*b, w.limits.MaxComplexity+1)
}

// multiplier is how many objects a field returns at most.
func (w *walker) multiplier(f *ast.Field) int {
	args := f.ArgumentMap(w.vars)
	n := 0
	for _, name := range []string{"first", "last"} {
		if v, ok := args[name]; ok && v != nil {
			k, ok := toInt(v)
			if !ok || k < 0 || k > w.limits.MaxPageSize {
				w.fail(limitError("%s on %s must be between 0 and %d", name, f.Name, w.limits.MaxPageSize))
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
	case json.Number:
		i, err := n.Int64()
		return int(i), err == nil
	}
	return 0, false
}
