// The one package, unchanged, in the other runtimes it promises: Deno (resolving `billkit`
// from node_modules through the `deno` condition), Cloudflare's workerd (bundled by esbuild
// with the `workerd` condition, as wrangler does, serving on 127.0.0.1 only) and a browser
// bundle made by esbuild. Each must give exactly what the package gives in Node.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { billingPeriods } from 'billkit';

const tools = new URL('../../tools/js/node_modules/.bin/', import.meta.url).pathname;
const pkg = new URL('./node_modules/billkit/', import.meta.url).pathname;
const INPUT = { start: '2018-10-04', timezone: 'America/Sao_Paulo', cadence: 'monthly', anchor: { day: 4 }, count: 3 };
const EXPECTED = billingPeriods(INPUT);

/** A scratch project with the package installed in node_modules, as npm would. */
function project() {
  const dir = mkdtempSync(join(tmpdir(), 'billkit-runtime-'));
  cpSync(pkg, join(dir, 'node_modules', 'billkit'), { recursive: true, dereference: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', dependencies: { billkit: '*' } }));
  return dir;
}

function run(command, args, options) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000, ...options });
  assert.equal(result.status, 0, `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function deno(dir, script) {
  return run(join(tools, 'deno'), ['run', '--allow-read', '--no-prompt', script], {
    cwd: dir, env: { ...process.env, DENO_DIR: join(dir, '.deno'), DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
  });
}

const SCRIPT = `
import { billingPeriods } from 'billkit';
const periods = billingPeriods(${JSON.stringify(INPUT)});
let code;
try { billingPeriods({ start: '2024-01-01', timezone: 'Bad/Zone', cadence: 'monthly', count: 1 }); }
catch (error) { code = error.name + ':' + error.code + ':' + error.field; }
console.log(JSON.stringify({ periods, code }));
`;

test('Deno imports the package from node_modules', () => {
  const dir = project();
  writeFileSync(join(dir, 'main.js'), SCRIPT);
  const out = JSON.parse(deno(dir, 'main.js'));
  assert.deepEqual(out, { periods: EXPECTED, code: 'BillkitError:invalid_timezone:timezone' });
});

test('an esbuild browser bundle runs (here in Deno, a browser-like ES module runtime)', () => {
  const dir = project();
  writeFileSync(join(dir, 'main.js'), SCRIPT);
  run(join(tools, 'esbuild'), ['main.js', '--bundle', '--format=esm', '--platform=browser',
    '--outfile=dist/app.js', '--log-level=warning'], { cwd: dir });
  // esbuild leaves `new URL('billkit_bg.wasm', import.meta.url)` alone: the .wasm is copied
  // beside the bundle, as the README says.
  copyFileSync(join(dir, 'node_modules/billkit/billkit_bg.wasm'), join(dir, 'dist/billkit_bg.wasm'));
  const out = JSON.parse(deno(dir, 'dist/app.js'));
  assert.deepEqual(out.periods, EXPECTED);
});

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, deadline) {
  while (Date.now() < deadline) {
    try {
      return await fetch(url, { method: 'POST', body: JSON.stringify(INPUT) });
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`workerd did not answer at ${url}`);
}

test('workerd serves periods from a worker bundled with the workerd condition', async (t) => {
  const dir = project();
  writeFileSync(join(dir, 'worker.js'), `
import { billingPeriods } from 'billkit';
export default {
  async fetch(request) {
    try {
      return Response.json(billingPeriods(await request.json()));
    } catch (error) {
      return Response.json({ code: error.code, field: error.field, message: error.message }, { status: 400 });
    }
  },
};
`);
  run(join(tools, 'esbuild'), ['worker.js', '--bundle', '--format=esm', '--conditions=workerd,worker,browser',
    '--external:*.wasm', '--outfile=dist/worker.js', '--log-level=warning'], { cwd: dir });
  copyFileSync(join(dir, 'node_modules/billkit/billkit_bg.wasm'), join(dir, 'dist/billkit_bg.wasm'));
  const port = await freePort();
  writeFileSync(join(dir, 'config.capnp'), `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .worker) ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ] );
const worker :Workerd.Worker = (
  modules = [ (name = "worker.js", esModule = embed "dist/worker.js"),
              (name = "billkit_bg.wasm", wasm = embed "dist/billkit_bg.wasm") ],
  compatibilityDate = "2025-01-01" );
`);
  const server = spawn(join(tools, 'workerd'), ['serve', 'config.capnp'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (chunk) => { stderr += chunk; });
  t.after(() => server.kill('SIGKILL'));

  const response = await waitForServer(`http://127.0.0.1:${port}/`, Date.now() + 15_000);
  assert.equal(response.status, 200, stderr);
  assert.deepEqual(await response.json(), EXPECTED);
  const refused = await fetch(`http://127.0.0.1:${port}/`, {
    method: 'POST', body: JSON.stringify({ ...INPUT, anchor: { day: 32 } }),
  });
  assert.equal(refused.status, 400);
  assert.deepEqual(await refused.json().then(({ code, field }) => ({ code, field })),
    { code: 'out_of_range', field: 'anchor.day' });
});
