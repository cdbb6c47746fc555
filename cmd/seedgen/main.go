// Command seedgen fills an empty database with the made-up national dataset that the report
// benchmarks measure (internal/reports/seed): by default 300 locations, 20,000 members, 2,000
// polls, 1,000,000 votes and 200,000 posts, in the 52 weeks before Monday 29 June 2026.
//
//	go run ./cmd/seedgen --db sqlite://./bench.db
//	go run ./cmd/seedgen --db postgres://… --divide 10
//
// It is a development tool, not part of the jeugdstem binary.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"

	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/reports/seed"
)

func main() {
	dsn := flag.String("db", "", "database to fill: sqlite://PATH or postgres://… (must be empty)")
	divide := flag.Int("divide", 1, "generate 1/N of the full scale")
	flag.Parse()
	if err := run(*dsn, *divide); err != nil {
		fmt.Fprintln(os.Stderr, "seedgen:", err)
		os.Exit(1)
	}
}

func run(dsn string, divide int) error {
	if dsn == "" || divide < 1 {
		return fmt.Errorf("usage: seedgen --db DSN [--divide N]")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	db, err := database.Open(ctx, dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		return err
	}
	var n int
	if err := db.Reader.QueryRowContext(ctx, "SELECT COUNT(*) FROM locations").Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return fmt.Errorf("the database already has %d locations; seedgen fills an empty one", n)
	}
	scale := seed.Of(divide)
	sum, err := seed.Generate(ctx, db, scale)
	if err != nil {
		return err
	}
	fmt.Printf("Generated %+v: %d participations, %d counters in %s.\n", scale, sum.Participations, sum.Tally, sum.Took.Round(1e8))
	return nil
}
