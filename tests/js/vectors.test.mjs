// The shared vectors (tests/vectors/billing_periods.json, each with its source) through the
// package: the same input gives the same output natively and in JS.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { billingPeriodAt, billingPeriods, billingPeriodsBetween } from 'billkit';

const vectors = (name) => JSON.parse(readFileSync(new URL(`../vectors/${name}`, import.meta.url)));
const { cases } = vectors('billing_periods.json');
const lookups = vectors('billing_period_lookups.json');

/** Asserts `compute` returns `expected`, or throws the BillkitError `error` names. */
function check(compute, expected, error) {
  if (error) {
    assert.throws(compute, (thrown) => thrown.name === 'BillkitError' && thrown.code === error.code &&
      thrown.field === error.field && thrown.message.length > 10);
  } else {
    assert.deepEqual(compute(), expected);
  }
}

for (const vector of cases) {
  test(vector.name, () => check(() => billingPeriods(vector.input), vector.periods, vector.error));
}

for (const vector of [...lookups.at, ...lookups.between, ...lookups.errors]) {
  test(`lookup: ${vector.name}`, () => {
    const compute = 'at' in vector
      ? () => billingPeriodAt(vector.subscription, vector.at)
      : () => billingPeriodsBetween(vector.subscription, vector.from, vector.to);
    check(compute, 'at' in vector ? vector.period : vector.periods, vector.error);
  });
}

test('positional arguments that are not strings are refused with the argument named', () => {
  const subscription = { start: '2024-01-15', cadence: 'monthly' };
  for (const [compute, field] of [[() => billingPeriodAt(subscription, 20240115), 'at'],
    [() => billingPeriodAt(subscription), 'at'],
    [() => billingPeriodsBetween(subscription, '2024-01-01', null), 'to']]) {
    assert.throws(compute, (error) => error.code === 'invalid_input' && error.field === field);
  }
});

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
