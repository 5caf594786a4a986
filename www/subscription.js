// The demo's one subscription, described by the form, as the two inputs billkit takes: a
// `subscriptionTimeline` input (the picture) and an Orb Subscription object for
// `previewInvoice` (the invoice), built the way Orb's API returns one. Pure: no DOM, no
// package, so the browser test can build the same inputs in Node and compare.

/** How many billing periods the timeline draws after the trial. */
export const PERIODS_SHOWN = 6;

/** The demo's starting point: a plan with a fee, seats and tiered API calls, upgraded mid-period. */
export const DEFAULTS = Object.freeze({
  currency: 'USD', fee: '49.00', seats: '1', cadence: 'monthly',
  tier1_to: '1000', tier1_price: '0.00', tier2_to: '100000', tier2_price: '0.002', tier3_price: '0.001',
  start: '2024-03-01', timezone: 'America/New_York', anchor: '1', trial: '14', net_terms: '30',
  change: 'plan_change', change_at: '2024-04-20', new_fee: '99.00', new_seats: '3',
  usage: '150000', discount: '10', minimum: '20.00', invoice: 'auto',
});

const FEE = { id: 'base', name: 'Platform fee' };
const NEW_FEE = { id: 'pro_base', name: 'Platform fee (upgraded)' };
const CALLS = { id: 'api_calls', name: 'API calls', interval: 'pi_api_calls' };

/** The `subscriptionTimeline` input: the fee alone, with the trial and the change. */
export function timelineInput(form) {
  const input = {
    start: form.start, timezone: form.timezone, cadence: form.cadence, currency: form.currency,
    plan: { id: 'starter', prices: [{ id: FEE.id, amount: form.fee, billing: 'in_advance', quantity: whole(form.seats) }] },
    count: PERIODS_SHOWN,
  };
  if (form.anchor !== '') input.anchor = { day: whole(form.anchor) };
  if (form.trial !== '' && form.trial !== '0') input.trial = { days: whole(form.trial) };
  if (form.change === 'plan_change') {
    input.events = [{ type: 'plan_change', at: form.change_at, plan: { id: 'upgraded', prices: [
      { id: FEE.id, amount: form.new_fee, billing: 'in_advance', quantity: whole(form.seats) }] } }];
  } else if (form.change === 'quantity_change') {
    input.events = [{ type: 'quantity_change', at: form.change_at, price_id: FEE.id, quantity: whole(form.new_seats) }];
  }
  return input;
}

/**
 * The Orb Subscription object billing from `billingStart` (a `YYYY-MM-DD` local date: where the
 * timeline's trial ends, since Orb's invoices begin with the first paid period).
 */
export function orbSubscription(form, billingStart) {
  const anchorDay = form.anchor === '' ? Number(billingStart.slice(8, 10)) : whole(form.anchor);
  const changeAt = form.change === 'none' ? null : form.change_at;
  const intervals = [fixedFeeInterval(form, 'pi_base', FEE, form.fee, billingStart,
    form.change === 'plan_change' ? changeAt : null)];
  if (form.change === 'plan_change') {
    intervals.push(fixedFeeInterval(form, 'pi_pro_base', NEW_FEE, form.new_fee, changeAt, null));
  }
  intervals.push({
    id: CALLS.interval, start_date: billingStart, end_date: null,
    price: { id: CALLS.id, name: CALLS.name, model_type: 'tiered', price_type: 'usage_price',
      cadence: form.cadence, currency: form.currency, tiered_config: { tiers: tiers(form) } },
    fixed_fee_quantity_transitions: [],
  });
  return {
    id: 'sub_demo', status: 'active', start_date: billingStart, end_date: null,
    customer: { id: 'cus_demo', timezone: form.timezone, currency: form.currency, balance: '0.00' },
    plan: { id: 'plan_demo', currency: form.currency, net_terms: whole(form.net_terms), prices: [], plan_phases: null },
    billing_cycle_anchor_configuration: { day: anchorDay, month: null, year: null },
    net_terms: whole(form.net_terms),
    price_intervals: intervals,
    adjustment_intervals: adjustments(form, billingStart),
    metadata: {},
  };
}

/** The `previewInvoice` input for the invoice that opens billing period `periodIndex`. */
export function previewInput(form, billingStart, periodIndex) {
  return { subscription: orbSubscription(form, billingStart), usage: { [CALLS.interval]: form.usage }, period_index: periodIndex };
}

/**
 * The invoice to show first: the chosen one, or else the first that bills the change (the one
 * opening the first period that starts after it), or else the first with usage on it.
 */
export function invoiceIndex(form, billingPeriods) {
  if (form.invoice !== 'auto') return Number(form.invoice);
  const afterChange = billingPeriods.findIndex((period) => period.start.slice(0, 10) > form.change_at);
  if (form.change !== 'none' && afterChange >= 0) return afterChange;
  return Math.min(1, billingPeriods.length - 1);
}

function fixedFeeInterval(form, id, price, amount, start, end) {
  const transitions = form.change === 'quantity_change'
    ? [{ effective_date: form.change_at, quantity: whole(form.new_seats) }]
    : [];
  return {
    id, start_date: start, end_date: end,
    price: { id: price.id, name: price.name, model_type: 'unit', price_type: 'fixed_price', cadence: form.cadence,
      currency: form.currency, fixed_price_quantity: whole(form.seats), unit_config: { unit_amount: amount } },
    fixed_fee_quantity_transitions: transitions,
  };
}

/** Orb's graduated tiers from the form's three rows; an empty "up to" ends the list. */
function tiers(form) {
  const rows = [[form.tier1_to, form.tier1_price], [form.tier2_to, form.tier2_price], ['', form.tier3_price]];
  const result = [];
  let firstUnit = '0';
  for (const [upTo, price] of rows) {
    result.push({ first_unit: firstUnit, last_unit: upTo === '' ? null : upTo, unit_amount: price });
    if (upTo === '') break;
    firstUnit = upTo;
  }
  return result;
}

/** A percentage discount and a minimum on the API calls, each left out when blank. */
function adjustments(form, start) {
  const interval = (id, adjustment) => ({
    id: `ai_${id}`, start_date: start, end_date: null, applies_to_price_interval_ids: [],
    adjustment: { id, applies_to_price_ids: [CALLS.id], is_invoice_level: false, reason: null,
      plan_phase_order: null, ...adjustment },
  });
  const result = [];
  if (form.discount !== '') {
    result.push(interval('discount', { adjustment_type: 'percentage_discount', percentage_discount: percentToFraction(form.discount) }));
  }
  if (form.minimum !== '') {
    result.push(interval('minimum', { adjustment_type: 'minimum', minimum_amount: form.minimum }));
  }
  return result;
}

/**
 * "12.5" (percent) as Orb's fraction "0.125", by moving the decimal point in the text: no
 * float. Text that is not a plain decimal is passed on for billkit to refuse, with its field.
 */
export function percentToFraction(percent) {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(percent);
  if (!match) return percent;
  const digits = (match[1] + (match[2] ?? '')).replace(/^0+(?=\d)/, '');
  const scale = (match[2] ?? '').length + 2;
  const padded = digits.padStart(scale + 1, '0');
  return `${padded.slice(0, -scale)}.${padded.slice(-scale)}`;
}

/** A whole number typed as digits, as a JS number; anything else as typed, for billkit to refuse. */
function whole(text) {
  return /^\d{1,9}$/.test(text) ? Number(text) : text;
}
