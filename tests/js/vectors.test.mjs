// The shared vectors (tests/vectors/billing_periods.json, each with its source) through the
// package: the same input gives the same output natively and in JS.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { billingPeriods } from 'billkit';

const { cases } = JSON.parse(readFileSync(new URL('../vectors/billing_periods.json', import.meta.url)));

for (const vector of cases) {
  test(vector.name, () => {
    if (vector.error) {
      assert.throws(() => billingPeriods(vector.input), (error) =>
        error.name === 'BillkitError' && error.code === vector.error.code &&
        error.field === vector.error.field && error.message.length > 10);
    } else {
      assert.deepEqual(billingPeriods(vector.input), vector.periods);
    }
  });
}

const refusals = [
  ['a number where a string belongs', { start: 20240115, cadence: 'monthly', count: 1 }, 'start'],
  ['a string where a number belongs', { start: '2024-01-15', cadence: 'monthly', count: '3' }, 'count'],
  ['a fractional anchor day', { start: '2024-01-15', cadence: 'monthly', anchor: { day: 1.5 }, count: 1 }, 'anchor.day'],
  ['a cadence of the wrong shape', { start: '2024-01-15', cadence: { unit: 'month' }, count: 1 }, 'cadence'],
  ['no input at all', undefined, ''],
];
for (const [name, input, field] of refusals) {
  test(`wrong types are refused with invalid_input: ${name}`, () => {
    assert.throws(() => billingPeriods(input), (error) =>
      error.name === 'BillkitError' && error.code === 'invalid_input' && error.field === field);
  });
}

test('a 100 KB string is refused quickly with a short message, and the module keeps working', () => {
  const huge = 'x'.repeat(100_000);
  for (const input of [{ start: huge, cadence: 'monthly', count: 1 },
    { start: '2024-01-15', timezone: huge, cadence: 'monthly', count: 1 }]) {
    assert.throws(() => billingPeriods(input), (error) => error.message.length < 300);
  }
  assert.equal(billingPeriods({ start: '2024-01-15', cadence: 'monthly', count: 1 }).length, 1);
});
