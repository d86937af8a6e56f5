# CSO Web Academy — developer entry points. A newcomer needs two: `make run`, `make test`.
SHELL := /bin/bash
CARGO ?= cargo
ACADEMY := $(or $(CARGO_TARGET_DIR),target)/debug/academy
export ACADEMY_TEST_PG_URL ?= postgres://postgres@127.0.0.1:5432/postgres

.PHONY: run build test lint deny unit-test browser-test screenshots l10n-check l10n-report fuzz api-fuzz \
	fmt clean help bench bench-quick bench-scale bench-build

help:
	@echo "make run    build, migrate, import the curriculum, serve on http://127.0.0.1:8080"
	@echo "make test   formatting, lints and every test (SQLite and PostgreSQL)"

build:
	$(CARGO) build --bin academy

## Build, migrate, import course-content/, and serve (SQLite in ./data by default).
run: build
	$(ACADEMY) migrate
	$(ACADEMY) content import
	$(ACADEMY) serve

## Everything CI checks (`make api-fuzz` runs after it in .ci/run).
test: lint deny l10n-check unit-test browser-test

## Mozilla's compare-locales over locales/ (ru is the reference); the Rust completeness
## tests run with the rest of the suite.
l10n-check:
	L10N_SKIP_CARGO=1 tools/l10n/check.sh

## Translation coverage: locale × (interface, course texts, lessons, quizzes).
l10n-report: build
	$(ACADEMY) l10n report

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

## Dependency policy (deny.toml): licences, banned and duplicate crates, sources.
## Advisories need the RustSec database from GitHub, which make test must not fetch:
## run `cargo deny check advisories` online (docs/security.md).
deny:
	@tools/ensure-cargo-deny.sh
	$(CARGO) deny check --hide-inclusion-graph licenses bans sources

unit-test:
	@tools/ensure-postgres.sh
	@tools/ensure-test-tools.sh
	$(CARGO) test --workspace --no-fail-fast

## Fuzz the content loader, the GIFT parser, the Markdown renderer and the sync batch
## decoder, each for FUZZ_SECONDS (cargo-fuzz is installed on first use; libFuzzer
## needs RUSTC_BOOTSTRAP). fuzz/seeds/<target> holds committed starting inputs.
FUZZ_SECONDS ?= 60
fuzz:
	@command -v cargo-fuzz >/dev/null || $(CARGO) install --locked cargo-fuzz
	cd fuzz && for target in $$(RUSTC_BOOTSTRAP=1 cargo fuzz list); do \
		echo "== $$target ($(FUZZ_SECONDS) s)"; \
		mkdir -p corpus/$$target; \
		seeds=$$( [ -d seeds/$$target ] && echo seeds/$$target ); \
		RUSTC_BOOTSTRAP=1 cargo fuzz run $$target corpus/$$target $$seeds -- -max_total_time=$(FUZZ_SECONDS) || exit 1; \
	done

## schemathesis against a real `academy serve` (temporary SQLite database, a seeded
## learner and a bearer token): no 5xx, every response as /api/v1/openapi.json says.
api-fuzz: build
	tools/api-fuzz.sh "$(abspath $(ACADEMY))"

## Headless Chromium over the real server: axe-core (WCAG 2.2 A/AA) on every page type
## in all eight languages, keyboard-only quiz, offline learning, the downloaded module.
browser-test: build
	@tools/ensure-browser.sh
	cd tests/browser && ACADEMY_BIN="$(abspath $(ACADEMY))" node run.mjs

## The main pages at 360 px and 1280 px into docs/screenshots/.
screenshots: build
	@tools/ensure-browser.sh --screenshots
	cd tests/browser && ACADEMY_BIN="$(abspath $(ACADEMY))" node screenshots.mjs

## Benchmark (docs/benchmarks.md; not part of `make test`): release build, demo academy
## seeded at the issue's scale on SQLite and PostgreSQL, every scenario driven by wrk,
## results written into docs/benchmarks.md. About 20 minutes.
bench: bench-build
	@tools/bench/ensure-wrk.sh
	@tools/ensure-postgres.sh
	python3 tools/bench/bench.py --mode full --write-docs

## Under two minutes, SQLite, 10,000 learners: run before and after a change (the second
## run prints the difference).
bench-quick: bench-build
	@tools/bench/ensure-wrk.sh
	python3 tools/bench/bench.py --mode quick

## The 1,000,000-learner point of the scaling curve (lesson page and reports, SQLite).
bench-scale: bench-build
	@tools/bench/ensure-wrk.sh
	python3 tools/bench/bench.py --mode scale --write-docs

bench-build:
	$(CARGO) build --release --bin academy

fmt:
	$(CARGO) fmt --all

clean:
	$(CARGO) clean
