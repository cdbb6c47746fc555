// Command loadgen drives realistic traffic at running jeugdstem instances. It sets up its own
// locations, staff, children and tablets through the API (as a national admin), then either
//
//   - runs a national check-in round (--round): every location's wellbeing check-in is asked at
//     once, and every child comes to one of the location's tablets, signs in with their
//     picture-PIN, answers the check-in and taps "done", the children of each tablet spread over
//     --round-within; report readers (national and location) and moderators work beside it; or
//   - drives a day of council meetings for --duration: children voting in every open poll, new
//     polls opening, readers and moderators.
//
// It prints throughput and latency per operation, then a table: how many children answered and
// how long the round took, youthLogin and castVote p50/p99 against the goal (p99 < 300 ms),
// errors by code, and each instance's resident memory at the end and at its peak (from its
// /metrics, --metrics). Each tablet and adult has an address of its own, named in the forwarding
// header as a reverse proxy would, so the servers must trust loadgen's address:
//
//	jeugdstem admin create --db DSN --email load@test --password 'load test password'
//	jeugdstem serve --dev --db DSN --addr 127.0.0.1:8080 --metrics-addr 127.0.0.1:9090 --trusted-proxies 127.0.0.1/32 &
//	go run ./cmd/loadgen --url http://127.0.0.1:8080 --metrics http://127.0.0.1:9090 \
//	  --admin-email load@test --admin-password 'load test password' --round --locations 300
//
// Several --url values (comma-separated) are used round-robin, request by request, as a load
// balancer would: sessions must then work on every instance. Servers run with --dev (plain HTTP
// on loopback), since the cookie jar sends Secure cookies over HTTPS only.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
)

func main() {
	cfg := config{}
	flag.StringVar(&cfg.urls, "url", "http://127.0.0.1:8080", "base URL(s) of the instances, comma-separated")
	flag.StringVar(&cfg.adminEmail, "admin-email", "", "a national admin's e-mail (jeugdstem admin create)")
	flag.StringVar(&cfg.adminPassword, "admin-password", "", "that admin's password")
	flag.IntVar(&cfg.locations, "locations", 4, "locations to create")
	flag.IntVar(&cfg.tabletsPerLocation, "tablets", 3, "tablets per location")
	flag.IntVar(&cfg.membersPerLocation, "members", 40, "children per location")
	flag.IntVar(&cfg.initialPolls, "polls", 5, "open polls per location at the start")
	flag.DurationVar(&cfg.newPollEvery, "new-poll-every", 20*time.Second, "how often each location opens another poll")
	flag.IntVar(&cfg.readers, "readers", 2, "managers reading reports in a loop")
	flag.IntVar(&cfg.moderators, "moderators", 1, "moderators working the queue in a loop")
	flag.DurationVar(&cfg.duration, "duration", time.Minute, "how long to run (a round: at most; default --round-within + 5m)")
	flag.StringVar(&cfg.forwardedHeader, "forwarded-header", "X-Forwarded-For", "the header naming each browser's own address (X-Forwarded-For or Forwarded; the servers' --forwarded-header); empty: none, every browser comes from loadgen's address")
	metrics := flag.String("metrics", "", "each instance's metrics listener (its --metrics-addr), e.g. http://127.0.0.1:9090, comma-separated: memory at the end and at the peak")
	flag.BoolVar(&cfg.round, "round", false, "a national check-in round: every child answers the location's check-in once, then the run ends")
	flag.DurationVar(&cfg.roundWithin, "round-within", 10*time.Minute, "a round: the time over which each tablet's children come")
	flag.IntVar(&cfg.setupWorkers, "setup-workers", 4, "locations set up at once")
	flag.Parse()
	if *metrics != "" {
		cfg.metrics = strings.Split(*metrics, ",")
	}
	durationSet := false
	flag.Visit(func(f *flag.Flag) { durationSet = durationSet || f.Name == "duration" })
	if cfg.round && !durationSet {
		cfg.duration = cfg.roundWithin + 5*time.Minute
	}
	if cfg.adminEmail == "" || cfg.adminPassword == "" {
		fmt.Fprintln(os.Stderr, "loadgen: --admin-email and --admin-password are required")
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	r := newRunner(cfg, strings.Split(cfg.urls, ","))
	start := time.Now()
	if err := r.setUp(ctx); err != nil {
		log.Fatalf("set-up: %v", err)
	}
	log.Printf("set-up done in %s: %d locations, %d tablets, %d children", time.Since(start).Round(time.Millisecond),
		cfg.locations, cfg.locations*cfg.tabletsPerLocation, cfg.locations*cfg.membersPerLocation)
	if err := r.run(ctx); err != nil {
		log.Fatalf("run: %v", err)
	}
	r.report(os.Stdout)
}
