// The runtime examples of examples/js, each run as its README section tells a user to, in a
// scratch copy with the package installed in the example's node_modules as npm would: Node.js
// with CommonJS and with ES modules, Deno, Cloudflare's workerd (bundled by the example's own
// `npm run build`, serving POST /preview on 127.0.0.1 only) and a page bundled by esbuild,
// loaded in headless Chromium. Each must give exactly what the package gives here in Node.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { previewInvoice, validateTaxId } from 'billkit';
import { serve } from '../../tools/serve.mjs';

const examples = new URL('../../examples/js/', import.meta.url).pathname;
const tools = new URL('../../tools/js/node_modules/.bin/', import.meta.url).pathname;
const pkg = new URL('./node_modules/billkit/', import.meta.url).pathname;
const REQUEST = JSON.parse(readFileSync(join(examples, 'preview-request.json'), 'utf8'));
const INVOICE = previewInvoice(REQUEST);
const EXPECTED = {
  invoice: INVOICE,
  taxId: validateTaxId({ country: 'DE', type: 'eu_vat', value: 'de 136.695.976' }),
  refused: { name: 'BillkitError', code: 'invalid_date', field: 'at' },
};

/** A scratch copy of examples/js/`name` with the package and `bins` installed in its node_modules. */
function install(name, bins = []) {
  const root = mkdtempSync(join(tmpdir(), `billkit-${name}-`));
  cpSync(join(examples, 'preview-request.json'), join(root, 'preview-request.json'));
  const dir = join(root, name);
  cpSync(join(examples, name), dir, { recursive: true });
  cpSync(pkg, join(dir, 'node_modules', 'billkit'), { recursive: true, dereference: true });
  mkdirSync(join(dir, 'node_modules', '.bin'));
  for (const bin of bins) symlinkSync(join(tools, bin), join(dir, 'node_modules', '.bin', bin));
  return dir;
}

function run(command, args, options) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000, ...options });
  assert.equal(result.status, 0, `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

test('Node.js, CommonJS: examples/js/node-cjs', () => {
  const dir = install('node-cjs');
  assert.deepEqual(JSON.parse(run(process.execPath, ['preview.cjs'], { cwd: dir })), EXPECTED);
});

test('Node.js, ES modules: examples/js/node-esm', () => {
  const dir = install('node-esm');
  assert.deepEqual(JSON.parse(run(process.execPath, ['preview.mjs'], { cwd: dir })), EXPECTED);
});

test('Deno: examples/js/deno', () => {
  const dir = install('deno');
  const out = run(join(tools, 'deno'), ['run', '--allow-read', '--no-prompt', 'preview.js'], {
    cwd: dir, env: { ...process.env, DENO_DIR: join(dir, '.deno'), DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
  });
  assert.deepEqual(JSON.parse(out), EXPECTED);
});

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Polls until the server answers, for at most `waitMs`. */
async function firstAnswer(url, init, waitMs) {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      return await fetch(url, init);
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`no answer at ${url} within ${waitMs} ms: ${error.message}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

test('Cloudflare workerd: examples/js/workerd answers POST /preview', async (t) => {
  const dir = install('workerd', ['esbuild', 'workerd']);
  run('npm', ['run', '--silent', 'build'], { cwd: dir });
  const port = await freePort();
  const server = spawn(join(dir, 'node_modules/.bin/workerd'),
    ['serve', 'config.capnp', '--socket-addr', `http=127.0.0.1:${port}`], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (chunk) => { stderr += chunk; });
  t.after(() => server.kill('SIGKILL'));

  const url = `http://127.0.0.1:${port}/preview`;
  const post = (body) => ({ method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) });
  const response = await firstAnswer(url, post(REQUEST), 20_000);
  assert.equal(response.status, 200, stderr);
  assert.deepEqual(await response.json(), INVOICE);

  const refused = await fetch(url, post({ ...REQUEST, usage: { pi_api_calls: 'lots' } }));
  assert.equal(refused.status, 400);
  const error = await refused.json();
  assert.deepEqual({ code: error.code, field: error.field }, { code: 'invalid_amount', field: 'usage.pi_api_calls' });
  assert.match(error.message, /pi_api_calls/);
  assert.equal((await fetch(url, post('{"subscription": '))).status, 400);
  assert.equal((await fetch(url)).status, 405);
  assert.equal((await fetch(`http://127.0.0.1:${port}/other`, post(REQUEST))).status, 404);
});

test('esbuild: examples/js/esbuild-page bundles a page that previews in Chromium', async (t) => {
  const dir = install('esbuild-page', ['esbuild']);
  run('npm', ['run', '--silent', 'build'], { cwd: dir });
  const server = await serve(dir, 0);
  t.after(() => server.close());
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'] });
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
