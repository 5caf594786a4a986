// The demo page in headless Chromium (Debian's, driven by playwright-core), served from
// 127.0.0.1: the package loads as an ES module in a real browser, the periods the page shows
// equal what the package computes in Node for the same input, and bad input shows its
// message inline. Saves artifacts/demo-periods.png.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { billingPeriodAt, billingPeriods, prorateChange } from 'billkit';
import { serve } from '../../tools/serve.mjs';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

test('the demo page computes billing periods in Chromium', async (t) => {
  const server = await serve(new URL('../../www/', import.meta.url).pathname, 0);
  t.after(() => server.close());
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 10_000 });

  const shown = () => page.$$eval('#periods tbody tr', (rows) =>
    rows.map((row) => ({ start: row.dataset.start, end: row.dataset.end })));
  const computed = (input) => billingPeriods(input).map(({ start, end }) => ({ start, end }));

  const initial = { start: '2024-01-15', timezone: 'America/New_York', cadence: 'monthly', anchor: { day: 31 }, count: 12 };
  assert.deepEqual(await shown(), computed(initial));
  assert.equal((await shown())[2].end, '2024-03-31T00:00:00-04:00');

  // The change panel: 100.00 to 50.00 on March 16, in the period Feb 29 to Mar 31 (31 days).
  const lines = () => page.$$eval('#lines tbody tr', (rows) => rows.map((row) => row.dataset.amount));
  const period = billingPeriodAt(initial, '2024-03-16');
  const expected = prorateChange({ period_start: period.cycle_start, period_end: period.cycle_end, at: '2024-03-16',
    timezone: initial.timezone, unit: 'day', currency: 'USD',
    change: { type: 'plan_change', old_amount: '100.00', new_amount: '50.00' } });
  assert.deepEqual(await lines(), expected.map((line) => line.amount));
  assert.deepEqual(await lines(), ['-48.39', '24.19']);
  assert.equal(await page.textContent('#net'), '-24.20');
  assert.match(await page.textContent('#lines tbody'), /Unused time on the old plan: 15\/31 days of 100\.00/);
  await page.selectOption('select[name=type]', 'cancellation');
  assert.deepEqual(await lines(), ['-48.39']);
  await page.fill('input[name=old]', '100,00');
  assert.equal(await page.getAttribute('#change-error', 'data-code'), 'invalid_amount');
  assert.match(await page.textContent('#change-error'), /^change\.amount: /);
  await page.fill('input[name=old]', '100.00');
  await page.fill('input[name=currency]', 'XYZ');
  assert.equal(await page.getAttribute('#change-error', 'data-code'), 'invalid_currency');
  await page.fill('input[name=currency]', 'USD');
  await page.selectOption('select[name=type]', 'plan_change');
  await page.screenshot({ path: screenshotPath('demo-change.png'), fullPage: true });

  await page.fill('input[name=timezone]', 'Pacific/Apia');
  await page.fill('input[name=start]', '2011-11-30');
  await page.fill('input[name=anchor]', '30');
  const samoa = { start: '2011-11-30', timezone: 'Pacific/Apia', cadence: 'monthly', anchor: { day: 30 }, count: 12 };
  assert.deepEqual(await shown(), computed(samoa));
  await page.screenshot({ path: screenshotPath('demo-periods.png'), fullPage: true });

  await page.fill('input[name=timezone]', 'Bad/Zone');
  assert.equal(await page.getAttribute('#error', 'data-code'), 'invalid_timezone');
  assert.match(await page.textContent('#error'), /^timezone: .*Bad\/Zone/);
  assert.equal((await shown()).length, 0);

  await page.fill('input[name=timezone]', 'UTC');
  await page.fill('input[name=start]', '2024-02-30');
  assert.equal(await page.getAttribute('#error', 'data-code'), 'invalid_date');
  assert.match(await page.textContent('#error'), /^start: .*does not exist/);

  await page.fill('input[name=start]', '2024-02-29');
  assert.equal(await page.isHidden('#error'), true);
  assert.equal((await shown())[0].end, '2024-03-30T00:00:00+00:00');
  assert.deepEqual(pageErrors, []);
});

function screenshotPath(name) {
  const dir = new URL('../../artifacts/', import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  return `${dir}${name}`;
}
