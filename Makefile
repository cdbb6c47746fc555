# jeugdstem: the two commands a newcomer needs are `make run` and `make test`.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
GO ?= go

.PHONY: run test generate migration check-generated test-go test-frontend frontend-deps vet bench build

## run: serve the product with a demo on the embedded SQLite database at http://127.0.0.1:8080
run:
	$(GO) run ./cmd/jeugdstem serve --dev --demo

## test: everything CI checks: generated code fresh, formatting, vet, Go tests (SQLite, and
## PostgreSQL when JEUGDSTEM_TEST_POSTGRES is set), the frontend's tests and a fresh build of it.
test: check-generated vet test-frontend test-go

## build: the binary, with the committed frontend embedded
build:
	$(GO) build -o bin/jeugdstem ./cmd/jeugdstem

## generate: ent, entgql's schema and gqlgen's code, then the frontend's typed operations and build
generate: frontend-deps
	$(GO) generate ./...
	cd frontend && npm run codegen && npm run build

frontend-deps:
	cd frontend && { [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund; }

# The .br/.gz variants of the web app are compared by content, not bytes: zlib's output may differ
# between machines for the same input, so TestEveryCompressibleFileHasVariants (frontend/) checks
# that each one decodes to its file instead.
COMPRESSED_VARIANTS := ':(exclude,glob)frontend/dist/**/*.br' ':(exclude,glob)frontend/dist/**/*.gz'

## migration: the next schema migration for SQLite and PostgreSQL, after a change to ent/schema and
## go generate: make migration name=add_something (see docs/architecture.md, "Adding things")
migration:
	@if [ -z "$(name)" ]; then echo "usage: make migration name=add_something"; exit 1; fi
	$(GO) run ./internal/database/migrations/gen -name $(name)

## check-generated: regenerating must not change any tracked file (only what generation itself
## changes counts, so uncommitted edits elsewhere do not fail it)
check-generated: frontend-deps
	@before=$$(git stash create); before=$${before:-HEAD}; \
	$(GO) generate ./... && (cd frontend && npm run codegen >/dev/null && npm run build >/dev/null) && \
	if ! git diff --exit-code --stat $$before -- ent graph frontend/src/gql frontend/src/i18n/languages.gen.ts frontend/dist $(COMPRESSED_VARIANTS); then \
		echo "Generated code is stale: run 'make generate' and commit the result."; exit 1; fi
	@unformatted=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$unformatted" ]; then \
		echo "Not gofmt-formatted:"; echo "$$unformatted"; exit 1; fi

vet:
	$(GO) vet ./...

test-go:
	$(GO) test -count=1 -timeout 20m ./...

test-frontend: frontend-deps
	cd frontend && npm test

## bench: one table of the figures of issue 17, each beside its baseline from the same run, the
## ratio and the goal (cmd/benchtable): castVote full stack vs the bare handler vs the raw vote
## transaction, youthLogin, the reports and the national monitor (issue 16) on the generated 1,000,000-vote dataset (made once into
## the user's cache directory, a few minutes; PostgreSQL too when JEUGDSTEM_TEST_POSTGRES is set).
## The raw output is kept in bench.out.
bench:
	@: > bench.out; \
	{ $(GO) test -run '^$$' -bench 'BenchmarkCastVote$$' -benchtime 1x -timeout 20m ./internal/voting/ && \
	  $(GO) test -run '^$$' -bench 'BenchmarkYouthLogin$$' -benchtime 200x -timeout 10m ./internal/auth/ && \
	  $(GO) test -run '^$$' -bench 'Benchmark(National|Location)Report$$|BenchmarkNationalMonitor$$' -benchtime 3x -timeout 60m ./internal/reports/; \
	} >> bench.out 2>&1 || { tail -n 50 bench.out; exit 1; }
	@$(GO) run ./cmd/benchtable < bench.out
