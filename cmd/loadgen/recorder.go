package main

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"sync"
	"time"
)

// recorder keeps every latency per operation (a 10-minute run is a few hundred thousand
// samples: exact percentiles are affordable) and error counts per code.
type recorder struct {
	mu       sync.Mutex
	started  time.Time
	running  bool
	samples  map[string][]time.Duration
	errors   map[string]map[string]int
	measured time.Duration
}

func newRecorder() *recorder {
	return &recorder{samples: map[string][]time.Duration{}, errors: map[string]map[string]int{}}
}

// start begins the measured window: set-up traffic is not counted.
func (r *recorder) start() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.started, r.running = time.Now(), true
	r.samples = map[string][]time.Duration{}
	r.errors = map[string]map[string]int{}
}

func (r *recorder) stop() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.measured, r.running = time.Since(r.started), false
}

func (r *recorder) observe(op string, d time.Duration, code string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.running {
		return
	}
	if code != "" {
		if r.errors[op] == nil {
			r.errors[op] = map[string]int{}
		}
		r.errors[op][code]++
		return
	}
	r.samples[op] = append(r.samples[op], d)
}

func (r *recorder) write(w io.Writer) {
	r.mu.Lock()
	defer r.mu.Unlock()
	secs := r.measured.Seconds()
	fmt.Fprintf(w, "measured for %s\n", r.measured.Round(time.Second))
	fmt.Fprintf(w, "%-16s %9s %9s %9s %9s %9s  %s\n", "operation", "ok", "per s", "p50 ms", "p99 ms", "max ms", "errors")
	var ops []string
	for op := range r.samples {
		ops = append(ops, op)
	}
	for op := range r.errors {
		if _, ok := r.samples[op]; !ok {
			ops = append(ops, op)
		}
	}
	sort.Strings(ops)
	for _, op := range ops {
		s := r.samples[op]
		slices.Sort(s)
		fmt.Fprintf(w, "%-16s %9d %9.1f %9.1f %9.1f %9.1f  %v\n", op, len(s), float64(len(s))/secs,
			ms(pct(s, 0.50)), ms(pct(s, 0.99)), ms(pct(s, 1)), r.errors[op])
	}
}

func pct(s []time.Duration, p float64) time.Duration {
	if len(s) == 0 {
		return 0
	}
	i := int(p*float64(len(s))+0.5) - 1
	return s[min(max(i, 0), len(s)-1)]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// percentiles returns an operation's p50 and p99 and how many succeeded.
func (r *recorder) percentiles(op string) (p50, p99 time.Duration, n int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := slices.Clone(r.samples[op])
	slices.Sort(s)
	return pct(s, 0.50), pct(s, 0.99), len(s)
}

// errorsByCode sums the errors of every operation per code.
func (r *recorder) errorsByCode() map[string]int {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := map[string]int{}
	for _, codes := range r.errors {
		for code, n := range codes {
			out[code] += n
		}
	}
	return out
}
