// Money and proration through the package: the shared vectors (tests/vectors/money.json,
// each case with its source), the same input giving the same output natively and in JS.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { allocate, prorate, prorateChange } from 'billkit';

const { cases } = JSON.parse(readFileSync(new URL('../vectors/money.json', import.meta.url)));
const FUNCTIONS = { prorate, prorate_change: prorateChange, allocate };

for (const vector of cases) {
  test(`${vector.function}: ${vector.name}`, () => {
    const compute = () => FUNCTIONS[vector.function](vector.input);
    if (vector.error) {
      assert.throws(compute, (error) => error.name === 'BillkitError' && error.code === vector.error.code &&
        error.field === vector.error.field && error.message.length > 10);
    } else {
      assert.deepEqual(compute(), vector.output);
    }
  });
}

test('a JS number for money is refused with the reason', () => {
  assert.throws(() => prorate({ amount: 0.1, period_start: '2024-01-01', period_end: '2024-02-01',
    from: '2024-01-01', to: '2024-01-11', currency: 'USD' }),
  (error) => error.code === 'invalid_amount' && /binary floating point/.test(error.message));
});

test('allocated pieces always add up, in cents as integers', () => {
  for (let n = 1; n <= 40; n += 1) {
    const weights = Array.from({ length: n }, (_, i) => (i * 7919) % 13);
    weights[0] += 1;
    const pieces = allocate({ amount: '1000.01', weights, currency: 'USD' });
    const cents = pieces.reduce((sum, piece) => sum + BigInt(piece.replace('.', '')), 0n);
    assert.equal(cents, 100001n, `${n} pieces: ${pieces}`);
  }
});
