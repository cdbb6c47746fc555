// Command benchtable reads the output of `go test -bench` for jeugdstem's benchmarks (castVote,
// youthLogin, the reports) from standard input and prints one table: each figure, its baseline
// from the same run, their ratio, and the goal of issue 17 with whether it was met. `make bench`
// runs the benchmarks and pipes them through it. Lines it does not know are ignored; a benchmark
// that did not run leaves its rows out.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"
)

func main() {
	results, err := parse(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchtable:", err)
		os.Exit(1)
	}
	rows := table(results)
	if len(rows) == 0 {
		fmt.Fprintln(os.Stderr, "benchtable: no known benchmark in the input")
		os.Exit(1)
	}
	write(os.Stdout, rows)
}

// result is one benchmark line: its name without the CPU suffix and its metrics by unit.
type result struct {
	name    string
	metrics map[string]float64
}

var cpuSuffix = regexp.MustCompile(`-\d+$`)

// parse reads the benchmark lines: "BenchmarkX/sub-2  N  value unit  value unit ...".
func parse(r io.Reader) ([]result, error) {
	var out []result
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") || len(f)%2 != 0 {
			continue
		}
		if _, err := strconv.Atoi(f[1]); err != nil {
			continue
		}
		res := result{name: cpuSuffix.ReplaceAllString(f[0], ""), metrics: map[string]float64{}}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				return nil, fmt.Errorf("%s: %q is not a number", f[0], f[i])
			}
			res.metrics[f[i+1]] = v
		}
		out = append(out, res)
	}
	return out, sc.Err()
}

// row is one line of the table.
type row struct {
	figure             string
	value, base, ratio float64
	unit, baseName     string
	goal               string
	met                *bool // nil: no goal to check here
}

func check(ok bool) *bool { return &ok }

// table turns the results into the rows of the table, in a fixed order.
func table(results []result) []row {
	var rows []row
	find := func(name string) map[string]float64 {
		for _, r := range results {
			if r.name == name {
				return r.metrics
			}
		}
		return nil
	}
	for _, clients := range []string{"16", "64"} {
		m := find("BenchmarkCastVote/clients=" + clients)
		if m == nil {
			continue
		}
		c := clients + " clients"
		rows = append(rows,
			row{figure: "castVote votes/s, " + c, value: m["full_votes/s"], base: m["bare_votes/s"], ratio: m["ratio_votes/s"],
				unit: "votes/s", baseName: "bare handler", goal: "≥ 0.8× bare", met: check(m["ratio_votes/s"] >= 0.8)},
			row{figure: "castVote p50, " + c, value: m["full_p50_ms"], base: m["bare_p50_ms"], ratio: m["full_p50_ms"] / m["bare_p50_ms"],
				unit: "ms", baseName: "bare handler"},
			row{figure: "castVote p99, " + c, value: m["full_p99_ms"], base: m["bare_p99_ms"], ratio: m["ratio_p99"],
				unit: "ms", baseName: "bare handler", goal: "≤ 1.5× bare", met: check(m["ratio_p99"] <= 1.5)},
			row{figure: "castVote votes/s, " + c, value: m["full_votes/s"], base: m["raw_votes/s"], ratio: m["ratio_raw"],
				unit: "votes/s", baseName: "raw vote tx in-process", goal: "≥ 0.3× raw", met: check(m["ratio_raw"] >= 0.3)},
			row{figure: "bare handler votes/s, " + c, value: m["bare_votes/s"], base: m["raw_votes/s"], ratio: m["bare_votes/s"] / m["raw_votes/s"],
				unit: "votes/s", baseName: "raw vote tx in-process"},
		)
	}
	hmac, argon := find("BenchmarkYouthLogin/hmac"), find("BenchmarkYouthLogin/argon2id")
	if hmac != nil && argon != nil {
		rows = append(rows,
			row{figure: "youthLogin p50, keyed PIN hash", value: hmac["p50-ms"], base: argon["p50-ms"], ratio: hmac["p50-ms"] / argon["p50-ms"],
				unit: "ms", baseName: "argon2id PIN hash (before)"},
			row{figure: "youthLogin p99, keyed PIN hash", value: hmac["p99-ms"], base: argon["p99-ms"], ratio: hmac["p99-ms"] / argon["p99-ms"],
				unit: "ms", baseName: "argon2id PIN hash (before)", goal: "< 300 ms (idle here; under load: cmd/loadgen)", met: check(hmac["p99-ms"] < 300)},
		)
	}
	for _, report := range []struct {
		name, bench string
		limit       float64 // ms, for the year
	}{{"nationalReport", "BenchmarkNationalReport", 1000}, {"locationReport", "BenchmarkLocationReport", 50},
		{"nationalMonitor", "BenchmarkNationalMonitor", 1000}} {
		for _, backend := range []string{"sqlite", "postgres"} {
			for _, period := range []string{"quarter", "year"} {
				m := find(report.bench + "/" + backend + "/" + period)
				if m == nil {
					continue
				}
				r := row{figure: fmt.Sprintf("%s, %s, %s", report.name, period, backend), value: m["report-ms/op"], base: m["sql-ms/op"],
					ratio: m["x-sql"], unit: "ms", baseName: "hand-written SQL", goal: "≤ 1× SQL", met: check(m["x-sql"] <= 1)}
				if period == "year" {
					r.goal = fmt.Sprintf("< %.0f ms and ≤ 1× SQL", report.limit)
					r.met = check(m["report-ms/op"] < report.limit && m["x-sql"] <= 1)
				}
				rows = append(rows, r)
			}
		}
	}
	return rows
}

func write(w io.Writer, rows []row) {
	fmt.Fprintf(w, "%-40s %12s %12s %7s  %-28s %s\n", "figure", "measured", "baseline", "ratio", "baseline is", "goal (issue 17)")
	for _, r := range rows {
		goal := r.goal
		switch {
		case r.met == nil:
		case *r.met:
			goal += "  met"
		default:
			goal += "  NOT MET"
		}
		fmt.Fprintf(w, "%-40s %12s %12s %6.2f×  %-28s %s\n", r.figure, num(r.value, r.unit), num(r.base, r.unit), r.ratio, r.baseName, goal)
	}
}

func num(v float64, unit string) string {
	if unit == "ms" {
		return strconv.FormatFloat(v, 'f', 1, 64) + " ms"
	}
	return strconv.FormatFloat(v, 'f', 0, 64) + " " + unit
}
