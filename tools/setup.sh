#!/usr/bin/env bash
# Installs whatever billkit's build and tests need and is missing; a no-op (well under a
# second) when everything is present. Assumes only rustup's Rust, node/npm, python3 and apt.
# Versions are pinned here and in tools/js/package-lock.json; the wasm-bindgen CLI follows
# the exact wasm-bindgen version pinned in Cargo.toml.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_PACK_VERSION=0.15.1
export PATH="$HOME/.cargo/bin:$PATH"

say() { echo "[setup] $*" >&2; }

install_browser() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  [ ${#missing[@]} -eq 0 ] && return
  say "apt: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

install_wasm_target() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown && return
  say "rustup: wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
}

install_wasm_pack() {
  [ "$(wasm-pack --version 2>/dev/null)" = "wasm-pack $WASM_PACK_VERSION" ] && return
  say "cargo install wasm-pack $WASM_PACK_VERSION"
  cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked
}

install_wasm_bindgen_cli() {
  local version
  version=$(sed -n 's/^wasm-bindgen = { version = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
  [ -n "$version" ] || { say "cannot read the wasm-bindgen pin from Cargo.toml"; exit 1; }
  [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $version" ] && return
  say "cargo install wasm-bindgen-cli $version"
  # The CLI's own lockfile names a webpki-roots the registry here does not serve, so
  # --locked fails; fall back to a fresh resolve of the same exact CLI version.
  cargo install wasm-bindgen-cli --version "$version" --locked ||
    cargo install wasm-bindgen-cli --version "$version"
}

install_js_tools() {
  local stamp=tools/js/node_modules/.package-lock.json
  if [ -f "$stamp" ] && [ ! tools/js/package-lock.json -nt "$stamp" ]; then return; fi
  say "npm install (tools/js)"
  # `npm ci` refuses the lockfile: the registry here serves only the linux variants of
  # deno and workerd, so their other platform packages are absent from it.
  (cd tools/js && npm install --no-audit --no-fund --loglevel=error)
}

install_python_tools() {
  local venv=tools/py/.venv stamp=tools/py/.venv/installed
  if [ -f "$stamp" ] && [ ! tools/py/requirements.txt -nt "$stamp" ]; then return; fi
  say "pip install (tools/py)"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --require-hashes -r tools/py/requirements.txt
  touch "$stamp"
}

install_browser
install_python_tools
install_wasm_target
install_wasm_pack
install_wasm_bindgen_cli
install_js_tools
