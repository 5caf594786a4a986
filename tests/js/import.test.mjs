// The package through import, and the promise that import and require share one instance.
import test from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import ready, { billingPeriods } from 'billkit';

const require = createRequire(import.meta.url);

test('billingPeriods works through import', () => {
  const periods = billingPeriods({ start: '2024-01-31', cadence: 'monthly', count: 3 });
  // BILLING_RULES.md 1: anchor 31 gives Feb 29 (2024) then Mar 31.
  assert.deepEqual(periods.map((p) => p.start),
    ['2024-01-31T00:00:00+00:00', '2024-02-29T00:00:00+00:00', '2024-03-31T00:00:00+00:00']);
});

test('import and require give the same functions, so one module instance', () => {
  assert.equal(billingPeriods, require('billkit').billingPeriods);
});

test('the default export resolves for code written for `await init()`', async () => {
  assert.equal(await ready(), undefined);
});
