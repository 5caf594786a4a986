// The package through require(), as a CommonJS Node.js service loads it.
const test = require('node:test');
const assert = require('node:assert/strict');
const billkit = require('billkit');

test('billingPeriods works through require()', () => {
  const [first] = billkit.billingPeriods({
    start: '2024-01-15', timezone: 'America/New_York', cadence: 'monthly',
    anchor: { day: 31 }, end: null, count: 12,
  });
  // API.md's example period.
  assert.deepEqual(first, {
    start: '2024-01-15T00:00:00-05:00', end: '2024-01-31T00:00:00-05:00', partial: true,
    cycle_start: '2023-12-31T00:00:00-05:00', cycle_end: '2024-01-31T00:00:00-05:00',
  });
});

test('a bad time zone throws a BillkitError with code and field', () => {
  assert.throws(
    () => billkit.billingPeriods({ start: '2024-01-15', timezone: 'Bad/Zone', cadence: 'monthly', count: 1 }),
    (error) => error instanceof Error && error.name === 'BillkitError' &&
      error.code === 'invalid_timezone' && error.field === 'timezone' &&
      error.message.includes('Bad/Zone'),
  );
});
