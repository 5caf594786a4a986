// What the runtime tests share: scratch installs of the package as npm lays it out, headless
// Chromium as the machine allows it, and workerd started on a free 127.0.0.1 port with a
// bounded wait.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const tools = new URL('../../../tools/js/node_modules/.bin/', import.meta.url).pathname;
const pkg = new URL('../node_modules/billkit/', import.meta.url).pathname;

/**
 * A scratch folder with `files` (`{ name: path }`) copied in, and the package and the tools
 * `bins` installed in the node_modules of its subfolder `project` (the folder itself by
 * default), as `npm install` there would. Returns the scratch folder.
 */
export function install(files, { bins = [], project = '' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'billkit-'));
  for (const [name, path] of Object.entries(files)) cpSync(path, join(dir, name), { recursive: true });
  const modules = join(dir, project, 'node_modules');
  cpSync(pkg, join(modules, 'billkit'), { recursive: true, dereference: true });
  mkdirSync(join(modules, '.bin'));
  for (const bin of bins) symlinkSync(join(tools, bin), join(modules, '.bin', bin));
  return dir;
}

/** Runs a command to completion (60 s at most), failing the test on a non-zero exit. */
export function run(command, args, options) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000, maxBuffer: 256 << 20, ...options });
  assert.equal(result.status, 0, `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Runs `script` with npm's Deno in `dir`, reading files only. */
export function deno(dir, script, options = {}) {
  return run(join(tools, 'deno'), ['run', '--allow-read', '--no-prompt', script], {
    cwd: dir, env: { ...process.env, DENO_DIR: join(dir, '.deno'), DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' }, ...options,
  });
}

/** Debian's Chromium, headless, without the background traffic this machine's network refuses. */
export function launchChromium() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'] });
}

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Serves `config.capnp` of `dir` with workerd, its `http` socket on a free 127.0.0.1 port;
 * stopped when the test ends. Resolves to `{ origin, stderr() }` once it answers `probe`
 * (a path), or rejects after `waitMs`.
 */
export async function startWorkerd(t, dir, probe = '/', waitMs = 20_000) {
  const port = await freePort();
  const server = spawn(join(tools, 'workerd'), ['serve', 'config.capnp', '--socket-addr', `http=127.0.0.1:${port}`],
    { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (chunk) => { stderr += chunk; });
  t.after(() => server.kill('SIGKILL'));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      await fetch(`${origin}${probe}`);
      return { origin, stderr: () => stderr };
    } catch (error) {
      if (Date.now() > deadline || server.exitCode !== null) {
        throw new Error(`workerd did not answer at ${origin} within ${waitMs} ms: ${error.message}\n${stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
