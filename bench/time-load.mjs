// Times loading one library in a fresh Node process: the dynamic import (for billkit: reading
// and compiling the .wasm and instantiating it) and the first call after it (cold code).
// Prints {"import_ms": ..., "first_call_ms": ...}. Usage: node bench/time-load.mjs <library>
const FIRST_CALLS = {
  billkit: [() => import('billkit'), (billkit) => billkit.billingPeriods({ start: '2024-01-31', timezone: 'America/New_York', cadence: 'monthly', count: 3 })],
  'temporal-polyfill': [() => import('temporal-polyfill'), ({ Temporal }) =>
    Temporal.PlainDate.from('2024-01-31').add({ months: 1 }).toZonedDateTime('America/New_York').toString()],
  'decimal.js': [() => import('decimal.js'), ({ default: Decimal }) => new Decimal('100.00').times(16).dividedBy(31).toFixed(2)],
  stdnum: [() => import('stdnum'), ({ stdnum }) => stdnum.DE.vat.validate('DE136695976').isValid],
};

const [load, call] = FIRST_CALLS[process.argv[2]];
const started = performance.now();
const library = await load();
const loaded = performance.now();
const result = call(library);
const called = performance.now();
if (result === undefined) throw new Error('the first call returned nothing');
console.log(JSON.stringify({ import_ms: loaded - started, first_call_ms: called - loaded }));
