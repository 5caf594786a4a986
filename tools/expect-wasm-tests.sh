#!/usr/bin/env bash
# Passes wasm-pack test output through and fails unless the wasm-bindgen suite itself ran
# and passed in the named runtime: wasm-pack exits 0 when it skips a suite.
set -uo pipefail
runtime=$1
output=$(tee /dev/stderr)
ran=$(grep -cE '^test [a-z_]+ \.\.\. ok$' <<<"$output")
if grep -qE 'skipping|FAILED|panicked' <<<"$output" || [ "$ran" -lt 1 ]; then
  echo "expect-wasm-tests: the wasm-bindgen suite did not pass in $runtime ($ran tests ran)" >&2
  exit 1
fi
echo "expect-wasm-tests: $ran wasm-bindgen tests passed in $runtime"
