#!/usr/bin/env bash
# Usage: expect-wasm-tests.sh <runtime> <wasm-pack test command...>
# Runs the command and fails unless the wasm-bindgen suite itself ran and passed: wasm-pack
# exits 0 when it skips a suite (a browser run without run_in_browser). The command's output
# is captured and then printed, never re-opened through /dev/stderr, which would truncate a
# log file that stderr points to.
set -uo pipefail
runtime=$1
shift
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
"$@" >"$log" 2>&1 || status=$?
cat "$log"
ran=$(grep -cE '^test [a-z_]+ \.\.\. ok$' "$log")
if [ "$status" -ne 0 ] || grep -qE 'skipping|FAILED|panicked' "$log" || [ "$ran" -lt 1 ]; then
  echo "expect-wasm-tests: the wasm-bindgen suite did not pass in $runtime ($ran tests ran, exit $status)" >&2
  exit 1
fi
echo "expect-wasm-tests: $ran wasm-bindgen tests passed in $runtime"
