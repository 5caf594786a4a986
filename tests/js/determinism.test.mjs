// The same inputs give byte-identical outputs natively (examples/call.rs, through
// billkit::json), in Node, in Deno, in headless Chromium and in workerd: a shared corpus of
// 2,000 calls (support/corpus.mjs: every vector input, every tax ID vector, seeded calendar
// and proration inputs in zones with DST, half-hour and skipped days) run by one function
// (support/run-corpus.mjs) and compared as text, results and errors alike.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as billkit from 'billkit';
import { serve } from '../../tools/serve.mjs';
import { corpus } from './support/corpus.mjs';
import { runCorpus } from './support/run-corpus.mjs';
import { deno, install, launchChromium, run, startWorkerd } from './support/runtimes.mjs';

const CALLS = corpus();
const RUNNER = fileURLToPath(new URL('./support/run-corpus.mjs', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));
const NATIVE = execFileSync('cargo', ['run', '--quiet', '--locked', '--example', 'call'],
  { cwd: root, input: JSON.stringify(CALLS), encoding: 'utf8', maxBuffer: 256 << 20 });

/** Fails at the first call whose outcome differs, naming it, rather than with two 900 KB texts. */
function assertSameBytes(text, runtime) {
  if (text === NATIVE) return;
  const got = JSON.parse(text);
  const expected = JSON.parse(NATIVE);
  const index = expected.findIndex((outcome, i) => JSON.stringify(outcome) !== JSON.stringify(got[i]));
  assert.fail(`${runtime} differs from native at call ${index} (${JSON.stringify(CALLS[index]).slice(0, 300)}):\n`
    + `${runtime}: ${JSON.stringify(got[index]).slice(0, 500)}\nnative: ${JSON.stringify(expected[index]).slice(0, 500)}`);
}

test('the corpus covers every function, with results and errors', () => {
  const outcomes = JSON.parse(NATIVE);
  assert.equal(outcomes.length, CALLS.length);
  assert.ok(CALLS.length > 2000, `${CALLS.length} calls`);
  const calls = new Set(CALLS.map(({ call }) => call));
  for (const name of ['billingPeriods', 'billingPeriodAt', 'billingPeriodsBetween', 'prorate', 'prorateChange', 'allocate',
    'phaseSchedule', 'subscriptionTimeline', 'previewInvoice', 'validateTaxId', 'taxIdTypes']) {
    assert.ok(calls.has(name), name);
  }
  const errors = outcomes.filter((outcome) => outcome.error).length;
  assert.ok(errors >= 20 && errors < outcomes.length / 4, `${errors} errors`);
});

test('Node.js gives the native bytes', () => {
  assertSameBytes(runCorpus(billkit, CALLS), 'Node.js');
});

test('Deno gives the native bytes', () => {
  const dir = install({ 'run-corpus.mjs': RUNNER });
  writeFileSync(join(dir, 'corpus.json'), JSON.stringify(CALLS));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
  writeFileSync(join(dir, 'main.js'), `import * as billkit from 'billkit';
import { runCorpus } from './run-corpus.mjs';
const text = runCorpus(billkit, JSON.parse(await Deno.readTextFile('corpus.json')));
await Deno.stdout.write(new TextEncoder().encode(text));
`);
  assertSameBytes(deno(dir, 'main.js'), 'Deno');
});

test('Chromium gives the native bytes', async (t) => {
  const dir = install({ 'run-corpus.mjs': RUNNER });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>corpus</title>');
  const server = await serve(dir, 0);
  t.after(() => server.close());
  const browser = await launchChromium();
  t.after(() => browser.close());
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const text = await page.evaluate(async (calls) => {
    const [billkit, { runCorpus }] = await Promise.all([import('./node_modules/billkit/index.js'), import('./run-corpus.mjs')]);
    return runCorpus(billkit, calls);
  }, CALLS);
  assertSameBytes(text, 'Chromium');
});

test('workerd gives the native bytes', async (t) => {
  // The runtime example's config and build, with a worker that runs the corpus.
  const workerd = new URL('../../examples/js/workerd/', import.meta.url).pathname;
  const dir = install({ 'run-corpus.mjs': RUNNER, 'config.capnp': join(workerd, 'config.capnp'),
    'package.json': join(workerd, 'package.json') }, { bins: ['esbuild'] });
  writeFileSync(join(dir, 'worker.js'), `import * as billkit from 'billkit';
import { runCorpus } from './run-corpus.mjs';
export default { async fetch(request) { return new Response(runCorpus(billkit, await request.json())); } };
`);
  run('npm', ['run', '--silent', 'build'], { cwd: dir });
  const { origin, stderr } = await startWorkerd(t, dir);
  const response = await fetch(origin, { method: 'POST', body: JSON.stringify(CALLS) });
  assert.equal(response.status, 200, stderr());
  assertSameBytes(await response.text(), 'workerd');
});
