#!/usr/bin/env bash
# Builds the npm package into pkg/: the release wasm (optimized by npm's binaryen, never
# Debian's), wasm-pack's web and nodejs glue around that one module, joined by
# tools/assemble-pkg.mjs. Prints the module's size raw and gzipped.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/js/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# wasm-pack takes the first wasm-opt on PATH without checking it; Debian's (108) writes
# modules that fail at run time, and with --mode no-install a missing one is skipped silently.
case "$(wasm-opt --version 2>/dev/null)" in
  "wasm-opt version 132 "*) ;;
  *) echo "build-pkg: expected npm's wasm-opt 132 first on PATH, got $(command -v wasm-opt || echo none)" >&2; exit 1 ;;
esac

for target in web nodejs; do
  wasm-pack --quiet build --release --mode no-install --no-pack \
    --target "$target" --out-dir "target/wasm-pack/$target" --out-name billkit
done
node tools/assemble-pkg.mjs target/wasm-pack pkg

raw=$(wc -c < pkg/billkit_bg.wasm)
gzipped=$(gzip -9 -c pkg/billkit_bg.wasm | wc -c)
echo "pkg/billkit_bg.wasm: $raw bytes raw, $gzipped bytes gzipped"
