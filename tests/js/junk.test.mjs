// Bad input of every kind, in every field of every entry point: each call returns a result
// or throws a BillkitError with a documented code and a field, never anything else (a
// TypeError from the glue, a wasm trap), and the module keeps working afterwards.
import test from 'node:test';
import assert from 'node:assert/strict';
import { allocate, billingPeriodAt, billingPeriods, billingPeriodsBetween, phaseSchedule, previewInvoice, Subscription, subscriptionTimeline } from 'billkit';

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

const ORB = {
  start_date: '2024-01-01', customer: { timezone: 'Europe/Berlin', balance: '5.00' }, plan: { currency: 'EUR', net_terms: 14 },
  billing_cycle_anchor_configuration: { day: 31, month: null, year: null },
  price_intervals: [{ id: 'base', start_date: '2024-01-01', price: { id: 'base', price_type: 'fixed_price', cadence: 'monthly',
    model_type: 'unit', unit_config: { unit_amount: '10.00' }, fixed_price_quantity: 1 } },
  { id: 'calls', start_date: '2024-01-01', price: { id: 'calls', price_type: 'usage_price', cadence: 'monthly',
    model_type: 'unit', unit_config: { unit_amount: '0.01' } } }],
  adjustment_intervals: [{ start_date: '2024-01-01', adjustment: { adjustment_type: 'minimum', minimum_amount: '5.00', applies_to_price_ids: ['calls'] } }],
};
const REQUEST = { usage: { calls: 1200 }, period_index: 1, rounding: 'half_even', unit: 'day', currency: 'EUR' };
const INVOICE_CODES = new Set([...CODES, 'invalid_amount', 'invalid_currency']);

/** `call`'s result, or nothing when it threw a BillkitError with an invoice's code and a field. */
function resultOrInvoiceError(call, label) {
  try {
    return call();
  } catch (error) {
    assert.equal(error?.name, 'BillkitError', `${label}: ${error}`);
    assert.ok(INVOICE_CODES.has(error.code), `${label}: code ${error.code}`);
    assert.ok(error.field === '' || error.field.length > 0, label);
    return undefined;
  }
}

test('junk in every field of a Subscription and of its previews', () => {
  const previewed = new Subscription(ORB);
  for (const value of JUNK) {
    const label = String(value).slice(0, 20);
    resultOrInvoiceError(() => new Subscription(value), `subscription = ${label}`);
    resultOrInvoiceError(() => previewed.previewInvoice(value), `request = ${label}`);
    for (const field of Object.keys(ORB)) {
      const subscription = resultOrInvoiceError(() => new Subscription({ ...ORB, [field]: value }), `${field} = ${label}`);
      resultOrInvoiceError(() => subscription?.previewInvoice(REQUEST), `${field} = ${label}, previewed`);
    }
    for (const field of [...Object.keys(REQUEST), 'usage.calls', 'at']) {
      const [outer, inner] = field.split('.');
      const request = inner ? { ...REQUEST, [outer]: { [inner]: value } } : { ...REQUEST, [outer]: value };
      resultOrInvoiceError(() => previewed.previewInvoice(request), `${field} = ${label}`);
    }
  }
  assert.equal(previewed.previewInvoice(REQUEST).total, previewInvoice({ subscription: ORB, ...REQUEST }).total);
});

test('a getter or a proxy that throws reads as undefined, never throwing through the module', () => {
  const boom = () => { throw new Error('boom'); };
  const throwingCount = Object.defineProperty({ ...BASE }, 'count', { get: boom, enumerable: true });
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  const noLength = new Proxy([1, 2], { get: boom });
  const noItems = new Proxy(['1', '2'], { get: (list, key) => (key === 'length' ? list.length : boom()) });
  const cases = [
    // `count` throwing reads as absent, like a missing `count` next to a null `end`.
    [() => billingPeriods(throwingCount), 'count'],
    [() => billingPeriods(revoked), ''],
    [() => billingPeriods({ ...BASE, anchor: revoked }), 'anchor'],
    // A length that throws reads as 0: an empty list, refused as such.
    [() => allocate({ amount: '1.00', currency: 'USD', weights: noLength }), 'weights'],
    [() => allocate({ amount: '1.00', currency: 'USD', weights: noItems }), 'weights[0]'],
    [() => previewInvoice({ subscription: { start_date: '2024-01-01', price_intervals: noItems } }), 'subscription.price_intervals[0]'],
  ];
  for (const [call, field] of cases) {
    assert.throws(call, (error) => error.name === 'BillkitError' && CODES.has(error.code) && error.field === field,
      `${field}: ${call}`);
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
