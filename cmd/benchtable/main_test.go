package main

import (
	"bytes"
	"strings"
	"testing"
)

const sample = `goos: linux
2026/12/03 14:15:31 INFO request method=POST path=/graphql status=200 duration=1.879615ms
BenchmarkCastVote/clients=16-2   1   4010082 ns/op   14.41 bare_p50_ms   133.6 bare_p99_ms   683.9 bare_votes/s   22.92 full_p50_ms   173.9 full_p99_ms   468.6 full_votes/s   1.302 ratio_p99   0.1939 ratio_raw   0.6852 ratio_votes/s   53.57 raw_p99_ms   2416 raw_votes/s
BenchmarkYouthLogin/argon2id-2   100   47064733 ns/op   45.03 p50-ms   76.14 p99-ms
BenchmarkYouthLogin/hmac-2   100   2174881 ns/op   1.987 p50-ms   5.772 p99-ms
BenchmarkNationalReport/sqlite/year-2   3   1 ns/op   900 report-ms/op   1000 sql-ms/op   0.9 x-sql
BenchmarkNationalMonitor/sqlite/year-2   3   1 ns/op   300 report-ms/op   250 sql-ms/op   1.2 x-sql
PASS
`

// The table holds each figure beside its baseline and ratio, and says which goals were met.
func TestTable(t *testing.T) {
	results, err := parse(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	write(&out, table(results))
	got := out.String()
	for _, want := range []string{
		"castVote votes/s, 16 clients              469 votes/s  684 votes/s   0.69×  bare handler                 ≥ 0.8× bare  NOT MET",
		"castVote p99, 16 clients                     173.9 ms     133.6 ms   1.30×  bare handler                 ≤ 1.5× bare  met",
		"castVote votes/s, 16 clients              469 votes/s 2416 votes/s   0.19×  raw vote tx in-process       ≥ 0.3× raw  NOT MET",
		"youthLogin p99, keyed PIN hash                 5.8 ms      76.1 ms   0.08×",
		"nationalReport, year, sqlite                 900.0 ms    1000.0 ms   0.90×  hand-written SQL             < 1000 ms and ≤ 1× SQL  met",
		"nationalMonitor, year, sqlite                300.0 ms     250.0 ms   1.20×  hand-written SQL             < 1000 ms and ≤ 1× SQL  NOT MET",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if strings.Contains(got, "64 clients") || strings.Contains(got, "locationReport") {
		t.Errorf("rows of benchmarks that did not run:\n%s", got)
	}
}
