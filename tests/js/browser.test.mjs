// The demo page in headless Chromium (Debian's, driven by playwright-core), served from
// 127.0.0.1: the package loads as an ES module in a real browser; the timeline and the invoice
// the page shows equal what the package computes in Node for the same input (built by the
// page's own www/subscription.js, which is plain JS); the default scenario's invoice matches
// figures worked by hand; bad input shows its message inline. Saves artifacts/demo.png and
// artifacts/demo-phone.png.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { previewInvoice, subscriptionTimeline } from 'billkit';
import { serve } from '../../tools/serve.mjs';
import { launchChromium } from './support/runtimes.mjs';
import { DEFAULTS, invoiceIndex, previewInput, timelineInput } from '../../www/subscription.js';

/** What the package computes in Node for the form `values`: the timeline and the invoice shown. */
function computed(values) {
  const timeline = subscriptionTimeline(timelineInput(values));
  const billing = timeline.filter((period) => !period.trial);
  const index = invoiceIndex(values, billing);
  return { timeline, invoice: previewInvoice(previewInput(values, billing[0].start.slice(0, 10), index)) };
}

/** What the page shows. */
function shown(page) {
  return page.evaluate(() => ({
    periods: [...document.querySelectorAll('#periods tbody tr')].map((row) => [row.dataset.start, row.dataset.end]),
    drawn: [...document.querySelectorAll('svg.timeline g.period')].map((box) => [box.dataset.start, box.dataset.end]),
    invoiced: document.querySelector('svg.timeline g.period.invoiced')?.dataset.start ?? null,
    lines: [...document.querySelectorAll('#lines tbody tr')].map((row) => row.querySelector('td.amount').textContent),
    total: document.getElementById('total').textContent,
    due: document.getElementById('amount-due').textContent,
    issued: document.getElementById('issued').textContent,
  }));
}

/** The same facts from the package's own output. */
function expected({ timeline, invoice }) {
  return {
    periods: timeline.map((period) => [period.start, period.end]),
    drawn: timeline.map((period) => [period.start, period.end]),
    invoiced: invoice.period.start,
    lines: invoice.lines.flatMap((line) => [line.subtotal, ...line.adjustments.map((adjustment) => adjustment.amount)]),
    total: `${invoice.total} ${invoice.currency}`,
    due: `${invoice.amount_due} ${invoice.currency}`,
  };
}

async function fill(page, values) {
  for (const [name, value] of Object.entries(values)) {
    const selector = `#inputs [name=${name}]`;
    if (!await page.isVisible(selector)) {
      // A field the chosen change hides, as a person would have left it.
      await page.$eval(selector, (input, text) => { input.value = text; }, value);
    } else if (await page.$eval(selector, (input) => input.tagName) === 'SELECT') {
      await page.selectOption(selector, value);
    } else {
      await page.fill(selector, value);
    }
  }
}

test('the demo page previews an invoice in Chromium', async (t) => {
  const server = await serve(new URL('../../www/', import.meta.url).pathname, 0);
  t.after(() => server.close());
  const browser = await launchChromium();
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 10_000 });

  // The default: 49.00 a month after a 14-day trial from March 1 in New York, anchored on the
  // 1st, upgraded to 99.00 on April 20, 150,000 API calls over tiers of 1,000 free, 0.002 to
  // 100,000, 0.001 above, 10% off calls, a 20.00 minimum on them, net 30. The invoice of May 1
  // bills May's 99.00 in advance, April's calls (1000 × 0 + 99000 × 0.002 + 50000 × 0.001 =
  // 248.00, less 10% = 223.20; above the minimum), and the upgrade: 11 of April's 30 days
  // credited at 49.00 (-17.97) and charged at 99.00 (36.30). 99.00 + 223.20 - 17.97 + 36.30.
  const page1 = await shown(page);
  const { issued: _issued, ...withoutDate } = page1;
  assert.deepEqual(withoutDate, expected(computed(DEFAULTS)));
  assert.deepEqual(page1.lines, ['99.00', '248.00', '-24.80', '-17.97', '36.30']);
  assert.equal(page1.total, '340.53 USD');
  assert.equal(page1.issued, 'May 1, 2024');
  assert.equal(await page.textContent('#due'), 'May 31, 2024 (net 30)');
  assert.equal(page1.periods[0][1], '2024-03-15T00:00:00-04:00', 'the trial ends on March 15, in EDT');
  assert.equal(page1.invoiced, '2024-05-01T00:00:00-04:00');
  assert.equal(await page.textContent('svg.timeline g.change text'), 'upgrade Apr 20');
  assert.equal(await page.locator('svg.timeline g.phase.trial').count(), 1);
  assert.match(await page.textContent('#lines tbody'), /Unused time: 11\/30 days of 1 × 49\.00/);

  // The tax ID field checks as it is typed.
  assert.equal(await page.getAttribute('#tax-result', 'data-valid'), 'true');
  assert.match(await page.textContent('#tax-result'), /DE136695976/);
  await page.fill('#tax [name=value]', 'DE 136 695 977');
  assert.equal(await page.getAttribute('#tax-result', 'data-reason'), 'invalid_checksum');
  assert.match(await page.textContent('#tax-result'), /check digit/);
  await page.selectOption('#tax [name=type]', 'BR:br_cnpj');
  await page.fill('#tax [name=value]', '11.222.333/0001-81');
  assert.equal(await page.getAttribute('#tax-result', 'data-valid'), 'true');
  assert.match(await page.textContent('#bill-to'), /br_cnpj 11222333000181/);
  await page.fill('#tax [name=value]', '11.222.333/0001-8x');
  assert.equal(await page.getAttribute('#tax-result', 'data-reason'), 'invalid_format');

  await page.fill('#tax [name=value]', 'DE 136 695 976');
  await page.selectOption('#tax [name=type]', 'DE:eu_vat');
  await page.screenshot({ path: artifact('demo.png'), fullPage: true });

  // Other inputs: seats instead of an upgrade, quarterly, a zone with a skipped day, no trial,
  // anchored on the 31st; each time the page equals the package.
  const scenarios = [
    { change: 'quantity_change', seats: '2', new_seats: '5', change_at: '2024-05-10' },
    { cadence: 'quarterly', anchor: '31', trial: '0', invoice: '2' },
    { timezone: 'Pacific/Apia', start: '2011-11-30', change_at: '2011-12-30', anchor: '', trial: '7', invoice: 'auto',
      cadence: 'monthly', currency: 'EUR', usage: '999', minimum: '5.00' },
  ];
  let values = { ...DEFAULTS };
  for (const scenario of scenarios) {
    await fill(page, scenario);
    values = { ...values, ...scenario };
    assert.equal(await page.isHidden('#error'), true, await page.textContent('#error'));
    const { issued, ...facts } = await shown(page);
    assert.deepEqual(facts, expected(computed(values)), JSON.stringify(scenario));
    assert.match(issued, /^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
  }

  // Bad input: its message and field inline, the input marked, the rest of the page intact.
  await fill(page, { start: '2024-02-30' });
  assert.equal(await page.getAttribute('#error', 'data-code'), 'invalid_date');
  assert.match(await page.textContent('#error'), /^start: .*does not exist/);
  assert.equal(await page.getAttribute('#inputs [name=start]', 'aria-invalid'), 'true');
  assert.equal(await page.textContent('#total'), '');
  await fill(page, { start: '2024-02-29', change_at: '2024-04-20', usage: '12.5.0' });
  assert.equal(await page.getAttribute('#error', 'data-code'), 'invalid_amount');
  assert.match(await page.textContent('#error'), /^usage\.pi_api_calls: /);
  assert.equal(await page.getAttribute('#inputs [name=usage]', 'aria-invalid'), 'true');
  assert.equal(await page.getAttribute('#inputs [name=start]', 'aria-invalid'), null);
  await fill(page, { usage: '1000', timezone: 'Bad/Zone' });
  assert.equal(await page.getAttribute('#error', 'data-code'), 'invalid_timezone');
  await fill(page, { timezone: 'UTC' });
  assert.equal(await page.isHidden('#error'), true);
  assert.deepEqual(pageErrors, []);

  await page.setViewportSize({ width: 390, height: 844 });
  await fill(page, DEFAULTS);
  assert.equal((await shown(page)).total, '340.53 USD');
  await page.screenshot({ path: artifact('demo-phone.png'), fullPage: true });
});

function artifact(name) {
  const dir = new URL('../../artifacts/', import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  return `${dir}${name}`;
}
