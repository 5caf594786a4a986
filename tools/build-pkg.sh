#!/usr/bin/env bash
# Builds the npm package into pkg/: the release wasm (optimized by npm's binaryen, never
# Debian's), wasm-pack's web and nodejs glue around that one module, joined by
# tools/assemble-pkg.mjs. Prints the module's size raw and gzipped.
#
# `tools/build-pkg.sh slim` builds the slim package into pkg-slim/ instead: the same API with
# only the time zones whose IANA names match the regex BILLKIT_ZONES (default: the business
# zones below), plus UTC and GMT, which are always kept, and each kept zone's aliases (links
# of the tz database, such as US/Eastern for America/New_York). Any other name is refused as
# `invalid_timezone`, as a misspelt one is. The regex is matched anywhere in the name, so
# anchor it.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/js/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# The slim package's default zones: where most subscription businesses bill.
DEFAULT_ZONES=(
  America/New_York America/Chicago America/Denver America/Phoenix America/Los_Angeles
  America/Anchorage Pacific/Honolulu America/Toronto America/Vancouver America/Mexico_City
  America/Sao_Paulo Europe/London Europe/Dublin Europe/Paris Europe/Berlin Europe/Amsterdam
  Europe/Madrid Europe/Rome Europe/Zurich Europe/Stockholm Asia/Dubai Asia/Kolkata
  Asia/Singapore Asia/Hong_Kong Asia/Tokyo Australia/Sydney Pacific/Auckland
)

case "${1:-full}" in
  full) out=pkg built=target/wasm-pack cargo_args=() ;;
  slim)
    out=pkg-slim built=target/wasm-pack-slim cargo_args=(--features tz-filter)
    # build.rs reads the regex and rebuilds the zone table when it changes.
    export BILLKIT_ZONES=${BILLKIT_ZONES:-^($(IFS='|'; echo "${DEFAULT_ZONES[*]}"))\$}
    echo "build-pkg: slim package, zones matching $BILLKIT_ZONES"
    ;;
  *) echo "usage: tools/build-pkg.sh [full|slim]" >&2; exit 2 ;;
esac

# wasm-pack takes the first wasm-opt on PATH without checking it; Debian's (108) writes
# modules that fail at run time, and with --mode no-install a missing one is skipped silently.
case "$(wasm-opt --version 2>/dev/null)" in
  "wasm-opt version 132 "*) ;;
  *) echo "build-pkg: expected npm's wasm-opt 132 first on PATH, got $(command -v wasm-opt || echo none)" >&2; exit 1 ;;
esac

for target in web nodejs; do
  wasm-pack --quiet build --release --mode no-install --no-pack \
    --target "$target" --out-dir "$built/$target" --out-name billkit -- "${cargo_args[@]}"
done
node tools/assemble-pkg.mjs "$built" "$out"

raw=$(wc -c < "$out/billkit_bg.wasm")
gzipped=$(gzip -9 -c "$out/billkit_bg.wasm" | wc -c)
echo "$out/billkit_bg.wasm: $raw bytes raw, $gzipped bytes gzipped"
