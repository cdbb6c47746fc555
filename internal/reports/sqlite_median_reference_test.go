package reports

import (
	"database/sql/driver"
	"encoding/json"
	"errors"

	"modernc.org/sqlite"
)

// jeugdstem_medians(x, key1, key2, …) is the aggregate the reports' medians used until
// jeugdstem_times; TestMediansMatchReference keeps the query that used it as the reference, so it
// lives in the test binary only. In one pass and without sorting the rows, for every distinct value
// of every key argument (NULL keys are skipped): how many rows carry it, how many non-NULL x they
// have, and their median; as JSON {"key": [rows, values, median]}. It is GROUP BY GROUPING SETS
// ((key1), (key2), …) with COUNT(*), COUNT(x) and a median, so keys of different sets must not
// collide: prefix them ("T:SAFETY", "L:loc_…").
func init() {
	sqlite.MustRegisterFunction("jeugdstem_medians", &sqlite.FunctionImpl{
		NArgs:         -1,
		Deterministic: true,
		MakeAggregate: func(sqlite.FunctionContext) (sqlite.AggregateFunction, error) {
			return &groupedMedians{groups: map[string]*medianGroup{}}, nil
		},
	})
}

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
