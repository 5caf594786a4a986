// Joins wasm-pack's `web` and `nodejs` outputs into the one npm package in pkg/.
//
// Both targets compile to the same .wasm, so the package ships it once, with an entry per
// runtime chosen by `exports` conditions:
//   node (require)  node.cjs    wasm-pack's nodejs glue: loads the module synchronously
//   node (import)   node.mjs    ESM facade over node.cjs, so Node has a single instance
//   workerd         workerd.js  imports the .wasm as a compiled module (no runtime compile)
//   deno, browsers, index.js    wasm-pack's web glue, instantiated by top-level await,
//   bundlers                    so every function is ready when the import resolves
// Usage: node tools/assemble-pkg.mjs <wasm-pack out root> <package dir>
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [built, out] = process.argv.slice(2);
const web = join(built, 'web');
const nodejs = join(built, 'nodejs');

function fail(message) {
  console.error(`assemble-pkg: ${message}`);
  process.exit(1);
}

const wasm = readFileSync(join(web, 'billkit_bg.wasm'));
if (!wasm.equals(readFileSync(join(nodejs, 'billkit_bg.wasm')))) {
  fail('the web and nodejs targets produced different .wasm files; one copy cannot serve both');
}

// The nodejs target's declarations are exactly the public API: no init functions, no
// InitOutput (whose wasm-internal signatures use `any`).
// wasm-bindgen declares `[Symbol.dispose]` on classes, which TypeScript knows only with
// lib esnext: declared, it fails every consumer on es2022 with skipLibCheck off. The glue
// still defines it where the runtime has Symbol.dispose; `free()` is the declared way.
const declarations = readFileSync(join(nodejs, 'billkit.d.ts'), 'utf8')
  .replace(/^\/\* (tslint|eslint)-disable \*\/\n/gm, '')
  .replace(/^ *\[Symbol\.dispose\]\(\): void;\n/gm, '');
if (/\bany\b/.test(declarations)) fail('the public declarations use `any`');
const functions = [...declarations.matchAll(/^export function (\w+)\(/gm)].map((m) => m[1]);
if (functions.length === 0) fail('found no exported functions in the declarations');
const classes = [...declarations.matchAll(/^export class (\w+) /gm)].map((m) => m[1]);
const names = [...functions, ...classes].join(', ');

const version = readFileSync('Cargo.toml', 'utf8').match(/^version = "([^"]+)"/m)?.[1];
if (!version) fail('no version in Cargo.toml');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const write = (name, text) => writeFileSync(join(out, name), text);

copyFileSync(join(web, 'billkit_bg.wasm'), join(out, 'billkit_bg.wasm'));
copyFileSync(join(web, 'billkit.js'), join(out, 'web.js'));
cpSync(join(web, 'snippets'), join(out, 'snippets'), { recursive: true });
write('node.cjs', commonJsSnippets(readFileSync(join(nodejs, 'billkit.js'), 'utf8')));
write('billkit.d.ts', declarations);

/**
 * The nodejs glue `require`s the JS snippets of `src/bindings/`, which are ES modules (the
 * package is `"type": "module"`): each gets a `.cjs` twin, its `export function`s listed in
 * `module.exports`, and the glue requires the twin, so `require('billkit')` needs no
 * require(esm) support from Node.
 */
function commonJsSnippets(glue) {
  return glue.replace(/require\(String\.raw`\.\/(snippets\/[^`]+)\.js`\)/g, (_, path) => {
    const source = readFileSync(join(nodejs, `${path}.js`), 'utf8');
    const names = [...source.matchAll(/^export function (\w+)/gm)].map((m) => m[1]);
    if (names.length === 0 || /^(import|export (?!function))/m.test(source)) {
      fail(`${path}.js: snippets may only export functions`);
    }
    mkdirSync(join(out, dirname(path)), { recursive: true });
    write(`${path}.cjs`, `${source.replace(/^export function /gm, 'function ')}\nmodule.exports = { ${names.join(', ')} };\n`);
    return `require('./${path}.cjs')`;
  });
}
write('node.d.cts', declarations);

const readyDoc = `/**
 * Resolves at once: the module is instantiated when the import resolves. Kept so that code
 * written for wasm-pack's web target (\`await init()\`) works unchanged.
 */`;
write('index.js', `import init, { ${names} } from './web.js';

await init();

export { ${names} };
${readyDoc}
export default async function ready() {}
`);
write('node.mjs', `import billkit from './node.cjs';

export const { ${names} } = billkit;
${readyDoc}
export default async function ready() {}
`);
write('workerd.js', `import { initSync, ${names} } from './web.js';
import module from './billkit_bg.wasm';

initSync({ module });

export { ${names} };
${readyDoc}
export default async function ready() {}
`);
write('index.d.ts', `export * from './billkit.js';
${readyDoc}
export default function ready(): Promise<void>;
`);

const esm = { types: './index.d.ts', default: './index.js' };
const manifest = {
  name: 'billkit',
  version,
  description: 'Subscription billing date and money arithmetic: periods, prorations, phases, invoices, tax IDs.',
  license: 'MIT OR Apache-2.0',
  type: 'module',
  main: './node.cjs',
  module: './index.js',
  types: './index.d.ts',
  exports: {
    '.': {
      workerd: { types: './index.d.ts', default: './workerd.js' },
      deno: esm,
      node: {
        import: { types: './index.d.ts', default: './node.mjs' },
        require: { types: './node.d.cts', default: './node.cjs' },
      },
      browser: esm,
      default: esm,
    },
    './billkit_bg.wasm': './billkit_bg.wasm',
    './package.json': './package.json',
  },
  files: ['*.js', '*.cjs', '*.mjs', '*.d.ts', '*.d.cts', 'snippets/', 'billkit_bg.wasm', 'README.md'],
  sideEffects: ['./index.js', './workerd.js'],
};
write('package.json', `${JSON.stringify(manifest, null, 2)}\n`);
copyFileSync('README.md', join(out, 'README.md'));
