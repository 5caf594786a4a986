# billkit: `make test` runs every test, `make demo` serves the demo page, `make pkg` builds
# the npm package (`make pkg-slim` the slim one, `make size` checks both against the size
# budgets). Each installs whatever it needs first (tools/setup.sh).
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
# npm's wasm-opt (binaryen 132) must come before any other: Debian's breaks the module.
export PATH := $(CURDIR)/tools/js/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
DEMO_PORT ?= 8080

.PHONY: setup pkg pkg-slim size test lint test-native test-tax-id test-wasm test-js demo bench fuzz

setup:
	@bash tools/setup.sh

pkg: setup
	@bash tools/build-pkg.sh

# The package with only the zones matching BILLKIT_ZONES (a regex; default in build-pkg.sh).
pkg-slim: setup
	@bash tools/build-pkg.sh slim

# Issue 9's budgets (full <= 200 KB, slim < 80 KB gzipped). Not part of `make test` while both
# packages are over them: see README.md, Size.
size: pkg pkg-slim
	node tools/check-size.mjs pkg pkg-slim

test: lint test-native test-tax-id test-wasm test-js

lint: setup
	cargo fmt --all -- --check
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked --all-targets --target wasm32-unknown-unknown -- -D warnings
	RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps --quiet

test-native: setup
	cargo test --locked

# billkit against python-stdnum on generated valid numbers and their mutations.
test-tax-id: setup
	cargo build --locked --quiet --example validate_tax_ids
	tools/py/.venv/bin/python tests/tax_id/differential.py target/debug/examples/validate_tax_ids

# The browser run configures run_in_browser through the feature; without it wasm-pack
# would skip the suite and still exit 0, so tools/expect-wasm-tests.sh counts what ran.
test-wasm: setup
	bash tools/expect-wasm-tests.sh node wasm-pack test --node --mode no-install --locked
	bash tools/expect-wasm-tests.sh chromium \
	  wasm-pack test --headless --chrome --mode no-install --locked --features browser-tests

# The JS tests resolve `billkit` through the package's own `exports`, like a user's code, and
# the pinned tools from tools/js.
JS_TEST_TOOLS := temporal-polyfill playwright-core typescript
test-js: pkg
	@mkdir -p tests/js/node_modules artifacts
	@ln -sfn ../../../pkg tests/js/node_modules/billkit
	@for tool in $(JS_TEST_TOOLS); do ln -sfn "../../../tools/js/node_modules/$$tool" tests/js/node_modules/; done
	node --test tests/js/

# Rewrites BENCHMARKS.md: the package against its peers (temporal-polyfill, decimal.js,
# stdnum-js) and natively, loading time and both builds' sizes, all in one run.
bench: pkg pkg-slim
	@mkdir -p bench/node_modules
	@ln -sfn ../../pkg bench/node_modules/billkit
	@for tool in temporal-polyfill decimal.js stdnum; do ln -sfn "../../tools/js/node_modules/$$tool" bench/node_modules/; done
	node bench/run.mjs

demo: pkg
	@echo "billkit demo: http://127.0.0.1:$(DEMO_PORT)/"
	node tools/serve.mjs www $(DEMO_PORT)

# Fuzzes every entry point for FUZZ_SECONDS each (nightly Rust, cargo-fuzz), seeded with the
# determinism corpus, then minimizes each corpus into fuzz/corpus, which `make test` replays.
# An input that breaks a promise is copied to fuzz/regressions/<target>/ and the run stops.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := $(basename $(notdir $(wildcard fuzz/fuzz_targets/*.rs)))
fuzz: setup
	rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	node tools/fuzz-seeds.mjs
	for target in $(FUZZ_TARGETS); do \
	  mkdir -p fuzz/artifacts/$$target; \
	  if ! cargo +nightly fuzz run -O $$target fuzz/corpus/$$target -- -max_total_time=$(FUZZ_SECONDS) \
	      -timeout=2 -rss_limit_mb=1024 -max_len=262144 -print_final_stats=1; then \
	    mkdir -p fuzz/regressions/$$target; cp fuzz/artifacts/$$target/* fuzz/regressions/$$target/; exit 1; \
	  fi; \
	  cargo +nightly fuzz cmin -O $$target fuzz/corpus/$$target; \
	done
