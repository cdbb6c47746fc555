// Command jeugdstem is the participation platform for children in asylum reception: one binary
// that serves the GraphQL API and the web app, and the operator's commands around it.
//
//	jeugdstem serve   [--addr 127.0.0.1:8080] [--db DSN] [--dev] [--demo]
//	jeugdstem migrate --db DSN
//	jeugdstem admin create --db DSN --email E --password P --role NATIONAL_ADMIN
//	jeugdstem backup  --db DSN --out FILE
//	jeugdstem export  --db DSN --location ID --format csv|xlsx --out FILE
//	jeugdstem restore --db DSN --in FILE
//
// Every flag can also be set as an environment variable JEUGDSTEM_<FLAG> (JEUGDSTEM_DB,
// JEUGDSTEM_ADDR, …); a flag on the command line wins.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		fmt.Fprintln(os.Stderr, "jeugdstem:", err)
		os.Exit(1)
	}
}

const usage = `jeugdstem — youth participation platform

Usage:
  jeugdstem serve   [--addr 127.0.0.1:8080] [--db DSN] [--dev] [--demo]
                    [--session-keys K1,K2 | --key-file jeugdstem.keys]
  jeugdstem migrate [--db DSN]
  jeugdstem admin create [--db DSN] --email E --password P [--role NATIONAL_ADMIN] [--name N]
  jeugdstem backup  [--db DSN] --out FILE
  jeugdstem restore [--db DSN] --in FILE     (with the server stopped)
  jeugdstem retention [--db DSN] [--dry-run] [--retention-after-leaving 4320h] [--retention-inactive 8760h]
  jeugdstem export  [--db DSN] --location ID [--format csv|xlsx] --out FILE [--from DATE] [--to DATE]

DSN: sqlite://PATH (default sqlite://./jeugdstem.db) or postgres://…
Every flag also reads JEUGDSTEM_<FLAG>, e.g. JEUGDSTEM_DB, JEUGDSTEM_ADDR.
`

// run dispatches a subcommand; it is main without the process around it, for tests.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return flag.ErrHelp
	}
	switch cmd, rest := args[0], args[1:]; cmd {
	case "serve":
		return serveCmd(ctx, rest, stdout, stderr)
	case "migrate":
		return migrateCmd(ctx, rest, stdout, stderr)
	case "admin":
		if len(rest) == 0 || rest[0] != "create" {
			fmt.Fprint(stderr, usage)
			return flag.ErrHelp
		}
		return adminCreateCmd(ctx, rest[1:], stdout, stderr)
	case "backup":
		return backupCmd(ctx, rest, stdout, stderr)
	case "export":
		return exportCmd(ctx, rest, stdout, stderr)
	case "restore":
		return restoreCmd(ctx, rest, stdout, stderr)
	case "retention":
		return retentionCmd(ctx, rest, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprintf(stderr, "unknown command %q\n\n%s", cmd, usage)
		return flag.ErrHelp
	}
}

// newFlagSet returns a flag set whose parse also reads JEUGDSTEM_<FLAG> for every flag not given
// on the command line.
func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	var err error
	fs.VisitAll(func(f *flag.Flag) {
		if given[f.Name] || err != nil {
			return
		}
		env := "JEUGDSTEM_" + strings.ToUpper(strings.ReplaceAll(f.Name, "-", "_"))
		if v, ok := os.LookupEnv(env); ok {
			if serr := fs.Set(f.Name, v); serr != nil {
				err = fmt.Errorf("%s: %w", env, serr)
			}
		}
	})
	return err
}

func newLogger(w io.Writer, dev bool) *slog.Logger {
	if dev {
		return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: slog.LevelInfo}))
}
