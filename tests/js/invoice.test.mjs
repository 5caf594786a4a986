// previewInvoice through the package: the shared vectors (tests/vectors/invoice.json, each
// case with its source), and generated subscriptions giving byte-identical invoices in wasm
// and natively (examples/preview_invoice.rs, run with cargo); a Subscription read once
// giving the invoices previewInvoice gives.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { previewInvoice, Subscription } from 'billkit';
import { seededRandom } from '../../tools/random.mjs';

const { cases } = JSON.parse(readFileSync(new URL('../vectors/invoice.json', import.meta.url)));

/** Asserts that `got` has every field of `expected` (objects by key, arrays element-wise). */
function assertSubset(got, expected, path = 'invoice') {
  if (Array.isArray(expected)) {
    assert.equal(got.length, expected.length, `length of ${path}`);
    expected.forEach((item, index) => assertSubset(got[index], item, `${path}[${index}]`));
  } else if (expected !== null && typeof expected === 'object') {
    for (const [key, value] of Object.entries(expected)) assertSubset(got[key], value, `${path}.${key}`);
  } else {
    assert.equal(got, expected, path);
  }
}

for (const vector of cases) {
  test(`previewInvoice: ${vector.name}`, () => {
    if (vector.error) {
      assert.throws(() => previewInvoice(vector.input), (error) => error.name === 'BillkitError' &&
        error.code === vector.error.code && error.field === vector.error.field && error.message.length > 10);
    } else {
      assertSubset(previewInvoice(vector.input), vector.expect);
    }
  });
}

/** A random subscription: fixed and usage prices of several models and names, a plan change,
 * a quantity change and adjustments, in a random zone and currency. */
function randomInput(next) {
  const pick = (items) => items[Math.floor(next() * items.length)];
  const money = (max) => (Math.floor(next() * max * 100) / 100).toFixed(2);
  const day = (offset) => new Date(Date.UTC(2021, 0, 1) + offset * 864e5).toISOString().slice(0, 10);
  const start = Math.floor(next() * 1500);
  const change = start + 1 + Math.floor(next() * 70);
  const models = [
    { model_type: 'unit', unit_config: { unit_amount: money(5) } },
    { model_type: 'package', package_config: { package_amount: money(20), package_size: 1 + Math.floor(next() * 50) } },
    { model_type: 'tiered', tiered_config: { tiers: [{ first_unit: 0, last_unit: 100, unit_amount: money(1) }, { first_unit: 100, last_unit: null, unit_amount: '0.0125' }] } },
    { model_type: 'bulk', bulk_config: { tiers: [{ maximum_units: 50, unit_amount: money(2) }, { maximum_units: null, unit_amount: money(1) }] } },
    { model_type: 'bps', bps_config: { bps: 1 + Math.floor(next() * 300), per_unit_maximum: null } },
  ];
  // Names outside ASCII, some outside the BMP: the invoice's strings cross in two texts.
  const name = () => pick([undefined, 'Platform', 'Café plan', 'Plan 📞 Pro', 'Zürich — Growth', '日本語']);
  const usagePrice = (id) => ({ id, name: name(), price_type: 'usage_price', cadence: 'monthly', ...pick(models) });
  const fixedPrice = (id, amount) => ({ id, name: name(), price_type: 'fixed_price', cadence: pick(['monthly', 'monthly', 'quarterly']), model_type: 'unit', unit_config: { unit_amount: amount }, fixed_price_quantity: 1 + Math.floor(next() * 3) });
  const adjustment = () => {
    const kind = pick(['usage_discount', 'amount_discount', 'percentage_discount', 'minimum', 'maximum']);
    const value = { usage_discount: Math.floor(next() * 200), amount_discount: money(50), percentage_discount: Number((next()).toFixed(2)), minimum: money(200), maximum: money(200) }[kind];
    const field = { minimum: 'minimum_amount', maximum: 'maximum_amount' }[kind] ?? kind;
    return { start_date: day(start + Math.floor(next() * 40)), adjustment: { adjustment_type: kind, [field]: value, is_invoice_level: next() < 0.3, applies_to_price_ids: [pick(['base', 'calls', 'storage'])] } };
  };
  return {
    subscription: {
      start_date: day(start),
      customer: { timezone: pick(['UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Kathmandu', 'Australia/Lord_Howe']), balance: money(100) },
      plan: { currency: pick(['USD', 'EUR', 'JPY', 'KWD']), net_terms: pick([0, 15, 30]) },
      billing_cycle_anchor_configuration: { day: 1 + Math.floor(next() * 31), month: null, year: null },
      price_intervals: [
        { id: 'old', start_date: day(start), end_date: day(change), price: fixedPrice('base', money(100)) },
        { id: 'new', start_date: day(change), price: { ...fixedPrice('base', money(300)), cadence: 'monthly' },
          fixed_fee_quantity_transitions: [{ effective_date: day(change + 10), quantity: 1 + Math.floor(next() * 9) }] },
        { id: 'calls', start_date: day(start), price: usagePrice('calls') },
        { id: 'storage', start_date: day(start), price: usagePrice('storage') },
      ],
      adjustment_intervals: Array.from({ length: Math.floor(next() * 4) }, adjustment),
    },
    usage: { calls: Math.floor(next() * 5000), storage: `${Math.floor(next() * 1e6)}.${Math.floor(next() * 100)}` },
    period_index: Math.floor(next() * 5),
    rounding: pick(['half_up', 'half_even', 'floor']),
  };
}

test('generated subscriptions give byte-identical invoices natively and through the package', () => {
  const next = seededRandom(2026);
  const inputs = Array.from({ length: 300 }, () => randomInput(next));
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const native = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--locked', '--example', 'preview_invoice'],
    { cwd: root, input: JSON.stringify(inputs), encoding: 'utf8', maxBuffer: 64 << 20 }));
  let invoices = 0;
  inputs.forEach((input, index) => {
    let outcome;
    try {
      outcome = { invoice: previewInvoice(input) };
      invoices += 1;
    } catch (error) {
      outcome = { error: { code: error.code, field: error.field } };
    }
    assert.equal(JSON.stringify(outcome), JSON.stringify(native[index]), `input ${index}`);
  });
  // The generator makes valid subscriptions: nearly all of them must produce an invoice.
  assert.ok(invoices >= 290, `${invoices} of 300 produced an invoice`);
});

test("the README's invoice is the plan-change vector", () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const vector = cases.find((item) => item.name === 'orb_mid_month_upgrade_invoice');
  const invoice = previewInvoice(vector.input);
  for (const line of invoice.lines) {
    assert.ok(readme.includes(`| ${line.explanation} | ${line.amount} |`), line.explanation);
  }
  assert.ok(readme.includes(`| **total** | | **${invoice.total}** |`));
});

/** What previewInvoice gives for `input`: the invoice, or the error's code and field. */
function outcomeOf(preview) {
  try {
    return { invoice: preview() };
  } catch (error) {
    return { error: { name: error.name, code: error.code, field: error.field } };
  }
}

/** `input` without its subscription: a Subscription's previewInvoice request. */
const requestOf = ({ subscription, ...request }) => request;

test('a Subscription previews what previewInvoice does, for every vector', () => {
  let invoices = 0;
  for (const { name, input } of cases) {
    const expected = outcomeOf(() => previewInvoice(input));
    let subscription;
    const got = outcomeOf(() => {
      subscription = new Subscription(input.subscription);
      return subscription.previewInvoice(requestOf(input));
    });
    assert.deepEqual(got, expected, name);
    subscription?.free();
    invoices += 'invoice' in got ? 1 : 0;
  }
  assert.ok(invoices >= 10, `${invoices} vectors produced an invoice`);
});

test('one Subscription previews every period and usage of generated subscriptions', () => {
  const next = seededRandom(77);
  let compared = 0;
  for (let generated = 0; generated < 40; generated += 1) {
    const input = randomInput(next);
    const subscription = outcomeOf(() => new Subscription(input.subscription));
    if (subscription.error) {
      assert.deepEqual(subscription, outcomeOf(() => previewInvoice(input)));
      continue;
    }
    for (let index = 0; index < 6; index += 1) {
      const request = { ...requestOf(input), period_index: index, usage: { calls: Math.floor(next() * 9000), storage: '12.5' } };
      assert.deepEqual(outcomeOf(() => subscription.invoice.previewInvoice(request)),
        outcomeOf(() => previewInvoice({ subscription: input.subscription, ...request })), `${generated}, period ${index}`);
      compared += 1;
    }
  }
  assert.ok(compared >= 200, `${compared} previews compared`);
});

test("a Subscription's refusals name the subscription's fields, and a freed one throws", () => {
  const refusal = (make) => {
    const { error } = outcomeOf(make);
    return error && `${error.name} ${error.code} ${error.field}`;
  };
  const { input } = cases.find((item) => item.name === 'orb_mid_month_upgrade_invoice');
  assert.equal(refusal(() => new Subscription(undefined)), 'BillkitError invalid_input subscription');
  assert.equal(refusal(() => new Subscription({ ...input.subscription, price_intervals: 'none' })),
    'BillkitError invalid_input subscription.price_intervals');
  assert.equal(refusal(() => new Subscription({ ...input.subscription, customer: { timezone: 'Mars/Olympus' } })),
    'BillkitError invalid_timezone subscription.customer.timezone');
  const subscription = new Subscription(input.subscription);
  assert.equal(refusal(() => subscription.previewInvoice({ period_index: -1 })), 'BillkitError out_of_range period_index');
  assert.equal(refusal(() => subscription.previewInvoice({ ...requestOf(input), usage: { calls: true } })),
    'BillkitError invalid_amount usage.calls');
  subscription.free();
  assert.throws(() => subscription.previewInvoice(requestOf(input)));
  assert.equal(new Subscription(input.subscription).previewInvoice(requestOf(input)).total, previewInvoice(input).total);
});

test('a request read from its packed cells gives what the reader of other inputs gives', () => {
  // An unknown field makes preview_request.js decline the request (serde ignores it), so
  // each request below is read both ways.
  const { input } = cases.find((item) => item.name === 'orb_mid_month_upgrade_invoice');
  const subscription = new Subscription(input.subscription);
  const next = seededRandom(9);
  const quantities = [0, 7, -0, 150000, '12.5', '0.001', ' 5', '1e3', '', 'ümlaut', -3, 2 ** 53 - 1, 2 ** 53, 1.5, '💸'];
  const pick = (items) => items[Math.floor(next() * items.length)];
  const requests = [requestOf(input), {}, { period_index: 0 }, { period_index: null, at: '2024-08-01' }];
  for (let made = 0; made < 300; made += 1) {
    // Half of them valid, half with something wrong somewhere.
    const junk = made % 2 === 1;
    const choose = (valid, wrong) => pick(junk && next() < 0.3 ? wrong : valid);
    requests.push({
      usage: {
        [pick(['calls', 'Zürich', '', 'x'.repeat(40), '📞'])]: choose(quantities.slice(0, 7), quantities),
        storage: choose([7, '1.25', [{ dimension_values: [pick(['eu', null, 'ñ'])], quantity: 3 }], []], quantities),
      },
      period_index: choose([1, 2, undefined], [0, -1, 10_000, '1', 1.5, null]),
      at: undefined,
      currency: choose([undefined, null, 'USD', 'JPY'], ['usd', 'XXX1']),
      rounding: choose([undefined, null, 'half_even', 'floor'], ['bankers']),
      unit: choose([undefined, 'day', 'second'], ['hour', null]),
    });
  }
  let invoices = 0;
  for (const request of requests) {
    const packed = outcomeOf(() => subscription.previewInvoice(request));
    assert.deepEqual(packed, outcomeOf(() => subscription.previewInvoice({ ...request, declined: true })), JSON.stringify(request));
    invoices += 'invoice' in packed ? 1 : 0;
  }
  assert.ok(invoices >= 100, `${invoices} requests produced an invoice`);
});
