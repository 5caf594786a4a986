// The runtime examples of examples/js, each run as its README section tells a user to, in a
// scratch copy with the package installed in the example's node_modules as npm would: Node.js
// with CommonJS and with ES modules, Deno, Cloudflare's workerd (bundled by the example's own
// `npm run build`, serving POST /preview on 127.0.0.1 only) and a page bundled by esbuild,
// loaded in headless Chromium. Each must give exactly what the package gives here in Node.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { previewInvoice, validateTaxId } from 'billkit';
import { serve } from '../../tools/serve.mjs';
import { deno, install, launchChromium, run, startWorkerd } from './support/runtimes.mjs';

const examples = new URL('../../examples/js/', import.meta.url).pathname;
const REQUEST = JSON.parse(readFileSync(join(examples, 'preview-request.json'), 'utf8'));
const INVOICE = previewInvoice(REQUEST);
const EXPECTED = {
  invoice: INVOICE,
  taxId: validateTaxId({ country: 'DE', type: 'eu_vat', value: 'de 136.695.976' }),
  refused: { name: 'BillkitError', code: 'invalid_date', field: 'at' },
};

/** examples/js/`name` in a scratch folder beside the request, installed as npm would; returns its folder. */
function example(name, bins) {
  const files = { 'preview-request.json': join(examples, 'preview-request.json'), [name]: join(examples, name) };
  return join(install(files, { bins, project: name }), name);
}

test('Node.js, CommonJS: examples/js/node-cjs', () => {
  const dir = example('node-cjs');
  assert.deepEqual(JSON.parse(run(process.execPath, ['preview.cjs'], { cwd: dir })), EXPECTED);
});

test('Node.js, ES modules: examples/js/node-esm', () => {
  const dir = example('node-esm');
  assert.deepEqual(JSON.parse(run(process.execPath, ['preview.mjs'], { cwd: dir })), EXPECTED);
});

test('Deno: examples/js/deno', () => {
  const dir = example('deno');
  assert.deepEqual(JSON.parse(deno(dir, 'preview.js')), EXPECTED);
});

test('Cloudflare workerd: examples/js/workerd answers POST /preview', async (t) => {
  const dir = example('workerd', ['esbuild']);
  run('npm', ['run', '--silent', 'build'], { cwd: dir });
  const { origin, stderr } = await startWorkerd(t, dir);
  const url = `${origin}/preview`;
  const post = (body) => ({ method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) });

  const response = await fetch(url, post(REQUEST));
  assert.equal(response.status, 200, stderr());
  assert.deepEqual(await response.json(), INVOICE);
  const refused = await fetch(url, post({ ...REQUEST, usage: { pi_api_calls: 'lots' } }));
  assert.equal(refused.status, 400);
  const error = await refused.json();
  assert.deepEqual({ code: error.code, field: error.field }, { code: 'invalid_amount', field: 'usage.pi_api_calls' });
  assert.match(error.message, /pi_api_calls/);
  assert.equal((await fetch(url, post('{"subscription": '))).status, 400);
  assert.equal((await fetch(url)).status, 405);
  assert.equal((await fetch(`${origin}/other`, post(REQUEST))).status, 404);
});

test('esbuild: examples/js/esbuild-page bundles a page that previews in Chromium', async (t) => {
  const dir = example('esbuild-page', ['esbuild']);
  run('npm', ['run', '--silent', 'build'], { cwd: dir });
  const server = await serve(dir, 0);
  t.after(() => server.close());
  const browser = await launchChromium();
  t.after(() => browser.close());
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => document.getElementById('total').textContent !== '', null, { timeout: 10_000 });
  assert.equal(await page.textContent('#total'), `${INVOICE.total} ${INVOICE.currency}`);
  assert.deepEqual(await page.$$eval('#lines li', (items) => items.map((item) => item.textContent)),
    INVOICE.lines.map((line) => `${line.name}: ${line.amount} (${line.explanation})`));
  assert.deepEqual(pageErrors, []);
});
