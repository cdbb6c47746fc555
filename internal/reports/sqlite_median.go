package reports

import (
	"database/sql/driver"
	"errors"
	"slices"

	"modernc.org/sqlite"
)

// SQLite has no median aggregate, so reports register one with the driver: jeugdstem_median(x)
// collects the non-NULL numbers of its group and returns their median (the mean of the two middle
// values of an even count), NULL for none. Sorting a group in Go is much cheaper than ranking
// every row of every group with window functions inside the pure-Go SQLite. It is registered when
// the program starts, before any connection opens; connections see the functions registered
// before they were opened.
func init() {
	sqlite.MustRegisterFunction("jeugdstem_median", &sqlite.FunctionImpl{
		NArgs:         1,
		Deterministic: true,
		MakeAggregate: func(sqlite.FunctionContext) (sqlite.AggregateFunction, error) { return &medianAggregate{}, nil },
	})
}

type medianAggregate struct{ values []float64 }

func (m *medianAggregate) Step(_ *sqlite.FunctionContext, args []driver.Value) error {
	switch v := args[0].(type) {
	case float64:
		m.values = append(m.values, v)
	case int64:
		m.values = append(m.values, float64(v))
	}
	return nil
}

// WindowInverse refuses: the median is an aggregate, not a sliding window function.
func (m *medianAggregate) WindowInverse(*sqlite.FunctionContext, []driver.Value) error {
	return errors.New("jeugdstem_median is not a window function")
}

func (m *medianAggregate) WindowValue(*sqlite.FunctionContext) (driver.Value, error) {
	n := len(m.values)
	if n == 0 {
		return nil, nil
	}
	slices.Sort(m.values)
	return (m.values[(n-1)/2] + m.values[n/2]) / 2, nil
}

func (m *medianAggregate) Final(*sqlite.FunctionContext) {}
