// An ES module consumer of the package's declarations, compiled with tsc --strict.
import ready, { allocate, prorateBatch, type ProrateBatchOutput, billingPeriodAt, billingPeriods, billingPeriodsBetween, prorate, prorateChange,
  type Proration, type ProrationLine, type BillingPeriodsInput, type BillkitError, type ErrorCode, type Period,
  Subscription, type Invoice } from 'billkit';

await ready();

const input: BillingPeriodsInput = {
  start: '2024-01-15', timezone: 'America/New_York', cadence: 'monthly',
  anchor: { day: 31 }, end: null, count: 12,
};
const periods: Period[] = billingPeriods(input);
const firstStart: string | undefined = periods[0]?.start;
const partial: boolean | undefined = periods[0]?.partial;

const current: Period | null = billingPeriodAt(input, '2024-06-15T12:00:00Z');
const overlapping: Period[] = billingPeriodsBetween(input, '2024-03-01', '2024-05-01');
console.log(current?.cycle_end, overlapping.length);

const custom: BillingPeriodsInput = { start: '2024-01-01', cadence: { unit: 'month', count: 2 }, count: 2 };
try {
  billingPeriods(custom);
} catch (caught) {
  const error = caught as BillkitError;
  const code: ErrorCode = error.code;
  const field: string = error.field;
  const name: 'BillkitError' = error.name;
  console.log(code, field, name);
}

const proration: Proration = prorate({ amount: '100.00', period_start: '2024-03-01', period_end: '2024-04-01',
  from: '2024-03-16', to: '2024-04-01', timezone: 'America/Los_Angeles', unit: 'second', currency: 'USD' });
const lines: ProrationLine[] = prorateChange({ period_start: '2024-04-01', period_end: '2024-05-01', at: '2024-04-16',
  currency: { code: 'credits', scale: 4 }, rounding: 'half_even',
  change: { type: 'quantity_change', unit_amount: '10.00', old_quantity: 3, new_quantity: '5' } });
const pieces: string[] = allocate({ amount: '100.00', weights: [1, '2.5'], currency: 'USD' });
const kind: 'credit' | 'charge' | undefined = lines[0]?.kind;
const batch: ProrateBatchOutput = prorateBatch({ amounts: ['1.00'], period_starts: ['2024-01-01'], period_ends: ['2024-02-01'],
  froms: ['2024-01-05'], tos: ['2024-02-01'], currency: 'USD' });
const firstShare: string | undefined = batch.amounts[0];
console.log(firstShare, batch.used[0]);
console.log(proration.amount, proration.used, pieces, kind);

// Each of these must stay a type error: if the declarations loosen (say to `any`), tsc
// reports the unused @ts-expect-error and the test fails.
// @ts-expect-error an unknown cadence name
billingPeriods({ start: '2024-01-01', cadence: 'fortnightly', count: 1 });
// @ts-expect-error a date is a string, not a number
billingPeriods({ start: 20240101, cadence: 'monthly', count: 1 });
// @ts-expect-error a custom cadence has a unit from a closed list
billingPeriods({ start: '2024-01-01', cadence: { unit: 'hour', count: 1 }, count: 1 });
// @ts-expect-error the period at an instant may be null
const notNull: Period = billingPeriodAt(input, '2024-06-15');
// @ts-expect-error the instant is a string
billingPeriodsBetween(input, new Date(), '2024-05-01');
console.log(notNull);
// @ts-expect-error money is a decimal string, never a JS number
prorate({ amount: 100, period_start: '2024-03-01', period_end: '2024-04-01', from: '2024-03-16', to: '2024-04-01' });
// @ts-expect-error rounding modes are a closed list
allocate({ amount: '1.00', weights: [1], currency: 'USD', rounding: 'bankers' });
// @ts-expect-error a change has a known type
prorateChange({ period_start: '2024-04-01', period_end: '2024-05-01', at: '2024-04-16', change: { type: 'pause' } });
// @ts-expect-error the result is an array of periods, not a string
const wrong: string = billingPeriods(input);

const subscription = new Subscription({ start_date: '2024-01-01', plan: { currency: 'USD' }, price_intervals: [{
  start_date: '2024-01-01',
  price: { id: 'seats', model_type: 'unit', price_type: 'fixed_price', cadence: 'monthly', unit_config: { unit_amount: '10.00' } },
}] });
try {
  const invoice: Invoice = subscription.previewInvoice({ period_index: 1, usage: { calls: 10 } });
  // @ts-expect-error a Subscription's request has no subscription
  subscription.previewInvoice({ subscription: {}, period_index: 1 });
  console.log(invoice.total);
} finally {
  subscription.free();
}

console.log(firstStart, partial, wrong);
