// The shared corpus of the determinism test: every input of the shared vectors
// (tests/vectors/*.json, each case with its source), every tax ID vector and a mutation of
// it, seeded random calendar and proration inputs across zones, cadences and anchors, and
// vector inputs with one part swapped for a value of another type, and Orb usage quantities
// that are JS numbers of every magnitude.
import { readFileSync, readdirSync } from 'node:fs';
import { seededRandom } from '../../../tools/random.mjs';

const vectors = new URL('../../vectors/', import.meta.url);
const read = (name) => JSON.parse(readFileSync(new URL(name, vectors), 'utf8'));
const camel = (name) => name.replace(/_(\w)/g, (_, letter) => letter.toUpperCase());

const ZONES = ['UTC', 'America/New_York', 'America/Sao_Paulo', 'Europe/London', 'Europe/Berlin', 'Asia/Kolkata',
  'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Apia', 'Pacific/Chatham', 'America/St_Johns', 'Africa/Casablanca'];
const CADENCES = ['daily', 'weekly', 'monthly', 'quarterly', 'semi_annual', 'annual'];

function fromVectors() {
  const calls = [];
  for (const item of read('billing_periods.json').cases) calls.push({ call: 'billingPeriods', args: [item.input] });
  const lookups = read('billing_period_lookups.json');
  for (const item of lookups.at) calls.push({ call: 'billingPeriodAt', args: [item.subscription, item.at] });
  for (const item of [...lookups.between, ...lookups.errors]) {
    calls.push({ call: 'billingPeriodsBetween', args: [item.subscription, item.from, item.to] });
  }
  for (const item of read('money.json').cases) calls.push({ call: camel(item.function), args: [item.input] });
  for (const item of read('phases.json').cases) calls.push({ call: 'phaseSchedule', args: [item.input] });
  for (const item of read('timeline.json').cases) calls.push({ call: 'subscriptionTimeline', args: [item.input] });
  for (const item of read('invoice.json').cases) calls.push({ call: 'previewInvoice', args: [item.input] });
  calls.push({ call: 'previewInvoice', args: [JSON.parse(readFileSync(new URL('../../../examples/js/preview-request.json', import.meta.url), 'utf8'))] });
  return calls;
}

function taxIds() {
  const calls = [{ call: 'taxIdTypes', args: [] }];
  for (const file of readdirSync(new URL('tax_id/', vectors)).filter((name) => name.endsWith('.json') && name !== 'types.json')) {
    for (const entry of read(`tax_id/${file}`).types) {
      for (const { value } of [...entry.valid, ...entry.invalid]) {
        calls.push({ call: 'validateTaxId', args: [{ country: entry.country, type: entry.type, value }] });
      }
      const [{ value: first }] = entry.valid;
      const mutated = first.replace(/\d(?=\D*$)/, (digit) => String((Number(digit) + 1) % 10));
      calls.push({ call: 'validateTaxId', args: [{ type: entry.type, value: mutated }] });
    }
  }
  return calls;
}

function generated(count) {
  const next = seededRandom(20261122);
  const pick = (items) => items[Math.floor(next() * items.length)];
  const day = (offset) => new Date(Date.UTC(1990, 0, 1) + offset * 864e5).toISOString().slice(0, 10);
  const calls = [];
  for (let index = 0; index < count; index += 1) {
    const start = Math.floor(next() * 40000);
    const timezone = pick(ZONES);
    const subscription = { start: day(start), timezone, cadence: pick(CADENCES), anchor: { day: 1 + Math.floor(next() * 31) }, count: 1 + Math.floor(next() * 30) };
    calls.push({ call: 'billingPeriods', args: [subscription] });
    calls.push({ call: 'billingPeriodAt', args: [subscription, day(start + Math.floor(next() * 400))] });
    const length = 28 + Math.floor(next() * 65);
    calls.push({ call: 'prorate', args: [{
      amount: `${Math.floor(next() * 1e6)}.${String(Math.floor(next() * 1e4)).padStart(4, '0')}`,
      period_start: day(start), period_end: day(start + length), from: day(start + Math.floor(next() * length)), to: day(start + length),
      timezone, unit: pick(['day', 'second']), currency: pick(['USD', 'JPY', 'KWD', 'EUR']),
      rounding: pick(['half_up', 'half_even', 'half_down', 'up', 'down', 'ceiling', 'floor']),
    }] });
  }
  return calls;
}

/** Values of every JSON type and a JS number with a fraction, for a value that does not fit. */
const MISFITS = [42, 1.5, -3, 'x', '', null, true, [], [1, 'a'], {}, { a: 1 }];

/** Every path of a JSON value's parts, as lists of keys and indexes. */
function paths(value, path = []) {
  if (value === null || typeof value !== 'object') return [path];
  return [path, ...Object.entries(value).flatMap(([key, part]) => paths(part, [...path, Array.isArray(value) ? Number(key) : key]))];
}

/** `calls` with one part of their argument replaced by a value of another type, so that the
 * reader's refusals (the field's path, serde's words) are compared across runtimes too. */
function misfits(calls, count) {
  const next = seededRandom(20261123);
  const pick = (items) => items[Math.floor(next() * items.length)];
  const candidates = calls.filter(({ call, args }) => call !== 'validateTaxId' && args.length > 0 && typeof args[0] === 'object');
  return Array.from({ length: count }, () => {
    const { call, args: [argument, ...rest] } = pick(candidates);
    const copy = structuredClone(argument);
    const path = pick(paths(copy).slice(1));
    const parent = path.slice(0, -1).reduce((part, key) => part[key], copy);
    parent[path.at(-1)] = pick(MISFITS);
    return { call, args: [copy, ...rest] };
  });
}

/** Orb's tiered usage example billed for usage quantities that are JS numbers of every
 * magnitude, so that the digits JS writes for a number (`String(n)`, read by the package) and
 * the digits Rust writes for it (natively) are compared on each; the invoice line echoes them. */
function numberDigits(count) {
  const next = seededRandom(20261124);
  const { input } = read('invoice.json').cases.find(({ name }) => name === 'orb_example_1_tiered_usage');
  const bits = new DataView(new ArrayBuffer(8));
  return Array.from({ length: count }, (_, index) => {
    // A random mantissa at a random power of ten: from 1e-12 to 1e21 and past, fractions and whole.
    bits.setUint32(0, Math.floor(next() * 2 ** 20) | 0x3ff00000);
    bits.setUint32(4, Math.floor(next() * 2 ** 32));
    const quantity = bits.getFloat64(0) * 10 ** (Math.floor(next() * 36) - 13);
    const usage = { api_calls: index % 2 ? quantity : Math.round(quantity) };
    return { call: 'previewInvoice', args: [{ ...input, usage }] };
  });
}

/** The corpus: `[{ call, args }]`, the same on every run. */
export function corpus() {
  const vectors = fromVectors();
  return [...vectors, ...taxIds(), ...generated(300), ...misfits(vectors, 300), ...numberDigits(200)];
}
