// Command loadgen drives realistic traffic at running jeugdstem instances: tablets on which
// children sign in with their picture-PIN and vote in every open poll, now and then starting a
// feedback thread; managers reading reports; moderators working through the queue; and new polls
// opening as the day goes on. It sets up its own locations, staff, children, tablets and polls
// through the API (as a national admin), then runs for a fixed time and prints throughput and
// latency per operation, errors by code, and each instance's resident memory.
//
//	jeugdstem admin create --db DSN --email load@test --password 'load test password'
//	jeugdstem serve --dev --db DSN --addr 127.0.0.1:8080 &
//	go run ./cmd/loadgen --url http://127.0.0.1:8080 --admin-email load@test --admin-password 'load test password' --duration 10m
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
	flag.DurationVar(&cfg.duration, "duration", time.Minute, "how long to run")
	flag.Parse()
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
	r.run(ctx)
	r.report(os.Stdout)
}
