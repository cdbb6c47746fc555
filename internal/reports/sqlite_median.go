package reports

import (
	"database/sql/driver"
	"encoding/json"
	"errors"
	"slices"

	"modernc.org/sqlite"
)

// SQLite has neither a median aggregate nor GROUPING SETS, and the pure-Go SQLite sorts slowly, so
// reports register two aggregates with the driver:
//
//   - jeugdstem_median(x): the median of the non-NULL numbers of the group (the mean of the two
//     middle values of an even count), NULL for none; PostgreSQL's percentile_cont(0.5).
//   - jeugdstem_medians(x, key1, key2, …): in one pass and without sorting the rows, for every
//     distinct value of every key argument (NULL keys are skipped): how many rows carry it, how
//     many non-NULL x they have, and their median; as JSON {"key": [rows, values, median]}. It is
//     GROUP BY GROUPING SETS ((key1), (key2), …) with COUNT(*), COUNT(x) and a median, so keys
//     of different sets must not collide: prefix them ("T:SAFETY", "L:loc_…").
//
// They are registered when the program starts, before any connection opens (connections see the
// functions registered before they were opened).
func init() {
	sqlite.MustRegisterFunction("jeugdstem_median", &sqlite.FunctionImpl{
		NArgs:         1,
		Deterministic: true,
		MakeAggregate: func(sqlite.FunctionContext) (sqlite.AggregateFunction, error) { return &medianAggregate{}, nil },
	})
	sqlite.MustRegisterFunction("jeugdstem_medians", &sqlite.FunctionImpl{
		NArgs:         -1,
		Deterministic: true,
		MakeAggregate: func(sqlite.FunctionContext) (sqlite.AggregateFunction, error) {
			return &groupedMedians{groups: map[string]*medianGroup{}}, nil
		},
	})
}

var errNotWindow = errors.New("reports: a median is an aggregate, not a window function")

func number(v driver.Value) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case int64:
		return float64(x), true
	}
	return 0, false
}

func medianOf(values []float64) float64 {
	slices.Sort(values)
	n := len(values)
	return (values[(n-1)/2] + values[n/2]) / 2
}

type medianAggregate struct{ values []float64 }

func (m *medianAggregate) Step(_ *sqlite.FunctionContext, args []driver.Value) error {
	if v, ok := number(args[0]); ok {
		m.values = append(m.values, v)
	}
	return nil
}

func (m *medianAggregate) WindowInverse(*sqlite.FunctionContext, []driver.Value) error {
	return errNotWindow
}

func (m *medianAggregate) WindowValue(*sqlite.FunctionContext) (driver.Value, error) {
	if len(m.values) == 0 {
		return nil, nil
	}
	return medianOf(m.values), nil
}

func (m *medianAggregate) Final(*sqlite.FunctionContext) {}

type medianGroup struct {
	rows   int
	values []float64
}

type groupedMedians struct{ groups map[string]*medianGroup }

func (g *groupedMedians) Step(_ *sqlite.FunctionContext, args []driver.Value) error {
	if len(args) < 2 {
		return errors.New("jeugdstem_medians(x, key, …) needs a key")
	}
	v, ok := number(args[0])
	for _, k := range args[1:] {
		var key string
		switch x := k.(type) {
		case string:
			key = x
		case []byte:
			key = string(x)
		default:
			continue
		}
		grp := g.groups[key]
		if grp == nil {
			grp = &medianGroup{}
			g.groups[key] = grp
		}
		grp.rows++
		if ok {
			grp.values = append(grp.values, v)
		}
	}
	return nil
}

func (g *groupedMedians) WindowInverse(*sqlite.FunctionContext, []driver.Value) error {
	return errNotWindow
}

func (g *groupedMedians) WindowValue(*sqlite.FunctionContext) (driver.Value, error) {
	out := make(map[string][3]any, len(g.groups))
	for k, grp := range g.groups {
		var med any
		if len(grp.values) > 0 {
			med = medianOf(grp.values)
		}
		out[k] = [3]any{grp.rows, len(grp.values), med}
	}
	b, err := json.Marshal(out)
	return string(b), err
}

func (g *groupedMedians) Final(*sqlite.FunctionContext) {}
