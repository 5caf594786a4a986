// Seeds the fuzz corpora (fuzz/corpus/<target>/) with the determinism corpus's real inputs:
// each call's arguments as JSON text behind the harness's "text" mode byte (0). Files are
// named by content, so seeding twice adds nothing.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { corpus } from '../tests/js/support/corpus.mjs';

/** The fuzz target of a package function, by the targets' naming: `billingPeriodAt` → `billing_period_at`. */
const targetOf = (call) => call.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
const hasTarget = (target) => existsSync(new URL(`../fuzz/fuzz_targets/${target}.rs`, import.meta.url));

let written = 0;
for (const { call, args } of corpus()) {
  const target = targetOf(call);
  if (!hasTarget(target)) continue;
  const bytes = Buffer.concat([Buffer.from([0]), Buffer.from(JSON.stringify(args))]);
  const dir = new URL(`../fuzz/corpus/${target}/`, import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL(createHash('sha1').update(bytes).digest('hex'), dir), bytes);
  written += 1;
}
console.log(`fuzz-seeds: ${written} seeds`);
