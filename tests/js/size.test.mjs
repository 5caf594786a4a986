// The built module's size against a ceiling: issue 9's budget (200 KB gzipped, `make size`)
// is not met yet, so `make test` guards what has been won instead. The ceiling is the full
// package's size when one reader of input (in place of serde-wasm-bindgen's and
// serde_path_to_error) and numbers read by their JS digits brought it to 297 KB, plus 5% for
// toolchain drift; raise it only with a reason in the commit, lower it as the module shrinks.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const CEILING = 312_000;
const BUDGET = 200_000;

test(`the full module stays under ${CEILING / 1000} KB gzipped (issue 9's budget: ${BUDGET / 1000} KB)`, (t) => {
  const wasm = createRequire(import.meta.url).resolve('billkit/billkit_bg.wasm');
  // gzip -9, as tools/build-pkg.sh and tools/check-size.mjs measure it (node's zlib differs).
  const gzipped = execFileSync('gzip', ['-9', '-c', wasm], { maxBuffer: 1 << 26 }).length;
  assert.ok(gzipped <= CEILING, `${gzipped} bytes gzipped, over the ${CEILING}-byte ceiling`);
  t.diagnostic(`billkit_bg.wasm: ${(gzipped / 1000).toFixed(1)} KB gzipped, ${((gzipped - BUDGET) / 1000).toFixed(1)} KB over the budget`);
});
