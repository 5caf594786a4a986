// Money and proration through the package: the shared vectors (tests/vectors/money.json,
// each case with its source), the same input giving the same output natively and in JS.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { allocate, prorate, prorateChange } from 'billkit';

const { cases } = JSON.parse(readFileSync(new URL('../vectors/money.json', import.meta.url)));
const FUNCTIONS = { prorate, prorate_change: prorateChange, allocate };

for (const vector of cases) {
  test(`${vector.function}: ${vector.name}`, () => {
    const compute = () => FUNCTIONS[vector.function](vector.input);
    if (vector.error) {
      assert.throws(compute, (error) => error.name === 'BillkitError' && error.code === vector.error.code &&
        error.field === vector.error.field && error.message.length > 10);
    } else {
      assert.deepEqual(compute(), vector.output);
    }
  });
}

test('a JS number for money is refused with the reason', () => {
  assert.throws(() => prorate({ amount: 0.1, period_start: '2024-01-01', period_end: '2024-02-01',
    from: '2024-01-01', to: '2024-01-11', currency: 'USD' }),
  (error) => error.code === 'invalid_amount' && /binary floating point/.test(error.message));
});

test('allocated pieces always add up, in cents as integers', () => {
  for (let n = 1; n <= 40; n += 1) {
    const weights = Array.from({ length: n }, (_, i) => (i * 7919) % 13);
    weights[0] += 1;
    const pieces = allocate({ amount: '1000.01', weights, currency: 'USD' });
    const cents = pieces.reduce((sum, piece) => sum + BigInt(piece.replace('.', '')), 0n);
    assert.equal(cents, 100001n, `${n} pieces: ${pieces}`);
  }
});

test('prorateBatch gives what prorate gives, row by row, for every prorate vector', async () => {
  const { prorateBatch } = await import('billkit');
  const groups = new Map();
  for (const vector of cases.filter((c) => c.function === 'prorate' && !c.error)) {
    const { amount, period_start, period_end, from, to, ...settings } = vector.input;
    const key = JSON.stringify(settings);
    const group = groups.get(key) ?? { settings, rows: [] };
    group.rows.push({ amount, period_start, period_end, from, to, expected: vector.output });
    groups.set(key, group);
  }
  let compared = 0;
  for (const { settings, rows } of groups.values()) {
    const out = prorateBatch({ ...settings, amounts: rows.map((r) => r.amount), period_starts: rows.map((r) => r.period_start),
      period_ends: rows.map((r) => r.period_end), froms: rows.map((r) => r.from), tos: rows.map((r) => r.to) });
    rows.forEach((row, i) => {
      assert.deepEqual({ amount: out.amounts[i], used: out.used[i], total: out.total[i] }, row.expected);
      compared += 1;
    });
  }
  assert.ok(compared >= 10);
});

test('prorateBatch refuses a number among the amounts and names the cell', async () => {
  const { prorateBatch } = await import('billkit');
  const columns = { amounts: ['1.00', 2], period_starts: ['2024-01-01', '2024-01-01'], period_ends: ['2024-02-01', '2024-02-01'],
    froms: ['2024-01-01', '2024-01-01'], tos: ['2024-02-01', '2024-02-01'], currency: 'USD' };
  assert.throws(() => prorateBatch(columns), (error) => error.code === 'invalid_amount' && error.field === 'amounts[1]');
  assert.throws(() => prorateBatch({ ...columns, amounts: ['1.00'] }), (error) => error.code === 'invalid_input' && error.field === 'period_starts');
  assert.throws(() => prorateBatch({ ...columns, tos: 'nope' }), (error) => error.code === 'invalid_input' && error.field === 'tos');
  assert.throws(() => prorateBatch({ ...columns, amounts: ['1.00', '2.00'], froms: ['2024-01-01', '2024-13-01'] }),
    (error) => error.code === 'invalid_date' && error.field === 'froms[1]');
});
