// Bad input of every kind, in every field of every entry point: each call returns a result
// or throws a BillkitError with a documented code and a field, never anything else (a
// TypeError from the glue, a wasm trap), and the module keeps working afterwards.
import test from 'node:test';
import assert from 'node:assert/strict';
import { allocate, billingPeriodAt, billingPeriods, billingPeriodsBetween, phaseSchedule, previewInvoice, subscriptionTimeline } from 'billkit';

const CODES = new Set(['invalid_input', 'invalid_timezone', 'invalid_date', 'out_of_range']);
const JUNK = [undefined, null, true, 0, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 53, -(2 ** 63), 10n,
  '', ' ', 'monthly', '2024-01-15', '2024-02-30', '0000-01-01', '9999-12-31', '2024-01-15T25:00:00Z',
  '\u0000', '\u202e2024', '💸', 'x'.repeat(10_000), [], [1, 2], {}, { unit: 'month' },
  { unit: 'month', count: 1.5 }, { day: 31 }, { day: -5 }, () => 1, Symbol('s'), new Date(0)];
const BASE = { start: '2024-01-15', timezone: 'America/New_York', cadence: 'monthly', anchor: { day: 31 }, end: null, count: 3 };

function expectResultOrBillkitError(call, label) {
  try {
    call();
  } catch (error) {
    assert.equal(error?.name, 'BillkitError', `${label}: ${error}`);
    assert.ok(CODES.has(error.code), `${label}: code ${error.code}`);
    assert.equal(typeof error.field, 'string', label);
    assert.ok(error.message.length > 0 && error.message.length < 400, label);
  }
}

test('junk in every field of billingPeriods', () => {
  for (const field of [...Object.keys(BASE), 'anchor.day', 'anchor.month', 'anchor.year']) {
    for (const value of JUNK) {
      const input = structuredCloneable(BASE);
      const [outer, inner] = field.split('.');
      if (inner) input[outer] = { day: 31, [inner]: value }; else input[outer] = value;
      expectResultOrBillkitError(() => billingPeriods(input), `${field} = ${String(value).slice(0, 20)}`);
    }
  }
  for (const value of JUNK) expectResultOrBillkitError(() => billingPeriods(value), `input = ${String(value).slice(0, 20)}`);
});

test('junk in the positional arguments of the lookups', () => {
  for (const value of JUNK) {
    expectResultOrBillkitError(() => billingPeriodAt(BASE, value), 'at');
    expectResultOrBillkitError(() => billingPeriodAt(value, '2024-02-01'), 'subscription');
    expectResultOrBillkitError(() => billingPeriodsBetween(BASE, value, '2024-06-01'), 'from');
    expectResultOrBillkitError(() => billingPeriodsBetween(BASE, '2024-02-01', value), 'to');
  }
});

test('the module still computes after all that', () => {
  assert.equal(billingPeriods(BASE)[1].end, '2024-02-29T00:00:00-05:00');
});

function structuredCloneable(value) {
  return JSON.parse(JSON.stringify(value));
}

test('a list past its bound is refused from its length, as out_of_range at the list', () => {
  const plan = { id: 'p', prices: [{ id: 'seat', amount: '1.00', billing: 'in_advance' }] };
  const cases = [
    [allocate, { amount: '100.00', weights: Array(10_000_000).fill('1'), currency: 'USD' }, 'weights'],
    [phaseSchedule, { start: '2024-01-01', phases: Array(101).fill({ order: 1, duration: 1, duration_unit: 'monthly' }) }, 'phases'],
    [subscriptionTimeline, { start: '2024-01-01', cadence: 'monthly', currency: 'USD', count: 1, plan,
      events: Array(1_001).fill({ type: 'cancellation', at: '2024-02-01' }) }, 'events'],
    [subscriptionTimeline, { start: '2024-01-01', cadence: 'monthly', currency: 'USD', count: 1,
      plan: { id: 'p', prices: Array(101).fill(plan.prices[0]) } }, 'plan.prices'],
    [previewInvoice, { subscription: { start_date: '2024-01-01', price_intervals: Array(1_001).fill(null) } }, 'subscription.price_intervals'],
  ];
  for (const [call, input, field] of cases) {
    assert.throws(() => call(input), (error) => error.name === 'BillkitError' && error.code === 'out_of_range'
      && error.field === field && /more than \d+ items/.test(error.message), field);
  }
});
