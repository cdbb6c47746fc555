package reports

import (
	"database/sql"
	"database/sql/driver"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"

	"modernc.org/sqlite"

	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
)

// SQLite has neither a median aggregate nor GROUPING SETS, and the pure-Go SQLite sorts slowly, so
// reports register two aggregates with the driver:
//
//   - jeugdstem_median(x): the median of the non-NULL numbers of the group (the mean of the two
//     middle values of an even count), NULL for none; PostgreSQL's percentile_cont(0.5).
//   - jeugdstem_times(x, location, theme): per distinct (location, theme), how many rows and their
//     non-NULL numbers, as a blob (encodeTimes) that Go groups further (medians.go). A row costs
//     its number and two short texts crossing into Go, no keys built in SQL.
//
// They are registered when the program starts, before any connection opens (connections see the
// functions registered before they were opened). The aggregate the reports' medians used before
// jeugdstem_times, jeugdstem_medians, is registered by the test that keeps it as the reference
// (sqlite_median_reference_test.go).
func init() {
	sqlite.MustRegisterFunction("jeugdstem_median", &sqlite.FunctionImpl{
		NArgs:         1,
		Deterministic: true,
		MakeAggregate: func(sqlite.FunctionContext) (sqlite.AggregateFunction, error) { return &medianAggregate{}, nil },
	})
	sqlite.MustRegisterFunction("jeugdstem_times", &sqlite.FunctionImpl{
		NArgs:         3,
		Deterministic: true,
		MakeAggregate: func(sqlite.FunctionContext) (sqlite.AggregateFunction, error) {
			return &timesAggregate{}, nil
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

// timeGroup is the rows of one location and theme: how many, and their hours (NULLs left out).
type timeGroup struct {
	loc, theme string
	rows       int
	hours      []float64
}

type timesAggregate struct{ timeGroups }

func textArg(v driver.Value) (string, bool) {
	switch x := v.(type) {
	case string:
		return x, true
	case []byte:
		return string(x), true
	}
	return "", false
}

func (a *timesAggregate) Step(_ *sqlite.FunctionContext, args []driver.Value) error {
	loc, ok1 := textArg(args[1])
	theme, ok2 := textArg(args[2])
	if !ok1 || !ok2 {
		return nil // as jeugdstem_medians skips a NULL key
	}
	var hours sql.NullFloat64
	hours.Float64, hours.Valid = number(args[0])
	a.add(threadKey{loc, schematype.Theme(theme)}, hours)
	return nil
}

func (a *timesAggregate) WindowInverse(*sqlite.FunctionContext, []driver.Value) error {
	return errNotWindow
}

func (a *timesAggregate) WindowValue(*sqlite.FunctionContext) (driver.Value, error) {
	return encodeTimes(a.groups), nil
}

func (a *timesAggregate) Final(*sqlite.FunctionContext) {}

// encodeTimes writes groups as, for each: the lengths and bytes of location and theme, the rows,
// the number of hours, and each hour as the 8 bytes of its float64, exactly.
func encodeTimes(groups []timeGroup) []byte {
	size := 0
	for _, g := range groups {
		size += 4*binary.MaxVarintLen32 + len(g.loc) + len(g.theme) + 8*len(g.hours)
	}
	b := make([]byte, 0, size)
	for _, g := range groups {
		b = binary.AppendUvarint(b, uint64(len(g.loc)))
		b = append(b, g.loc...)
		b = binary.AppendUvarint(b, uint64(len(g.theme)))
		b = append(b, g.theme...)
		b = binary.AppendUvarint(b, uint64(g.rows))
		b = binary.AppendUvarint(b, uint64(len(g.hours)))
		for _, h := range g.hours {
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(h))
		}
	}
	return b
}

var errTimes = errors.New("reports: jeugdstem_times returned a malformed blob")

// decodeTimes reads what encodeTimes wrote (nothing for no rows: the aggregate's NULL).
func decodeTimes(b []byte) ([]timeGroup, error) {
	var out []timeGroup
	num := func() (int, error) {
		v, n := binary.Uvarint(b)
		if n <= 0 || v > math.MaxInt32 {
			return 0, errTimes
		}
		b = b[n:]
		return int(v), nil
	}
	str := func() (string, error) {
		n, err := num()
		if err != nil || n > len(b) {
			return "", errTimes
		}
		s := string(b[:n])
		b = b[n:]
		return s, nil
	}
	for len(b) > 0 {
		var g timeGroup
		var err error
		if g.loc, err = str(); err != nil {
			return nil, err
		}
		if g.theme, err = str(); err != nil {
			return nil, err
		}
		if g.rows, err = num(); err != nil {
			return nil, err
		}
		n, err := num()
		if err != nil || n*8 > len(b) {
			return nil, fmt.Errorf("%w (%d hours)", errTimes, n)
		}
		g.hours = make([]float64, n)
		for i := range g.hours {
			g.hours[i] = math.Float64frombits(binary.LittleEndian.Uint64(b[8*i:]))
		}
		b = b[8*n:]
		out = append(out, g)
	}
	return out, nil
}
