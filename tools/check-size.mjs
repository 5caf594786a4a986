// Checks the packages' .wasm against issue 9's size budgets, gzipped (gzip -9, as
// tools/build-pkg.sh prints it; 1 KB = 1000 bytes): the full package (every tz database
// zone) at most 200 KB, the slim one (`make pkg-slim`) under 80 KB. Also checks that the slim
// package computes in one of its zones and refuses a zone it left out as `invalid_timezone`.
// Prints each size against its budget and exits 1 when any is over.
// Usage: node tools/check-size.mjs [full package dir] [slim package dir]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const [full = 'pkg', slim = 'pkg-slim'] = process.argv.slice(2);
const BUDGETS = [
  { dir: full, name: 'full', budget: 200_000, within: (bytes, budget) => bytes <= budget },
  { dir: slim, name: 'slim', budget: 80_000, within: (bytes, budget) => bytes < budget },
];

let failed = false;
for (const { dir, name, budget, within } of BUDGETS) {
  const wasm = readFileSync(resolve(dir, 'billkit_bg.wasm'));
  const gzipped = execFileSync('gzip', ['-9', '-c', resolve(dir, 'billkit_bg.wasm')], { maxBuffer: 1 << 26 }).length;
  const ok = within(gzipped, budget);
  failed ||= !ok;
  const over = ok ? '' : `, ${((gzipped - budget) / 1000).toFixed(1)} KB over`;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name} ${dir}/billkit_bg.wasm: ${(gzipped / 1000).toFixed(1)} KB gzipped `
    + `(${(wasm.length / 1000).toFixed(1)} KB raw), budget ${budget / 1000} KB${over}`);
}

// The slim package's zones: one it keeps works, one it left out is refused like a misspelt one.
const { billingPeriods } = createRequire(import.meta.url)(resolve(slim, 'node.cjs'));
const [period] = billingPeriods({ start: '2024-03-01', timezone: 'America/New_York', cadence: 'monthly', count: 1 });
if (period.start !== '2024-03-01T00:00:00-05:00') {
  console.log(`FAIL slim: America/New_York's first period starts ${period.start}`);
  failed = true;
}
try {
  billingPeriods({ start: '2024-03-01', timezone: 'Africa/Abidjan', cadence: 'monthly', count: 1 });
  console.log('FAIL slim: Africa/Abidjan, a zone it leaves out, was accepted');
  failed = true;
} catch (error) {
  if (error.code !== 'invalid_timezone' || error.field !== 'timezone') {
    console.log(`FAIL slim: Africa/Abidjan refused with ${error.code} at ${error.field}, not invalid_timezone`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
