// Tax IDs through the package: every vector number and its mutations give the same result in
// wasm as natively (examples/validate_tax_ids.rs, run with cargo), one by one and in a batch;
// junk of every kind is a result, never an exception; taxIdTypes lists what is validated.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { taxIdTypes, validateTaxId, validateTaxIds } from 'billkit';
import { seededRandom } from '../../tools/random.mjs';

const VECTORS = new URL('../vectors/tax_id/', import.meta.url);
const entries = readdirSync(VECTORS).filter((name) => name.endsWith('.json') && name !== 'types.json')
  .flatMap((name) => JSON.parse(readFileSync(new URL(name, VECTORS))).types);
const REASONS = ['unsupported_type', 'country_mismatch', 'invalid_format', 'invalid_length',
  'invalid_component', 'invalid_checksum'];

/** Every vector number, and for each a few seeded mutations, as validateTaxId inputs. */
function inputs() {
  const next = seededRandom(7);
  const out = [];
  for (const entry of entries) {
    const values = [...entry.valid, ...entry.invalid].map((c) => c.value);
    for (const value of values) {
      out.push({ country: entry.country, type: entry.type, value });
      for (let i = 0; i < 3; i += 1) {
        const at = Math.floor(next() * value.length);
        const digit = String(Math.floor(next() * 10));
        out.push({ country: entry.country, type: entry.type, value: value.slice(0, at) + digit + value.slice(at + 1) });
      }
      out.push({ type: entry.type, value });
    }
  }
  return out;
}

function native(rows) {
  const binary = ['run', '--quiet', '--locked', '--example', 'validate_tax_ids'];
  return JSON.parse(execFileSync('cargo', binary, {
    input: JSON.stringify(rows), encoding: 'utf8', maxBuffer: 1 << 28,
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
  }));
}

test('wasm gives the native result for every vector number and its mutations', () => {
  const rows = inputs();
  assert.ok(rows.length > 1000, `${rows.length} inputs`);
  const expected = native(rows);
  const one = rows.map(validateTaxId);
  assert.deepEqual(one, expected);
  assert.deepEqual(validateTaxIds(rows), expected);
  assert.ok(one.some((r) => r.valid) && one.some((r) => r.reason === 'invalid_checksum'));
});

test('taxIdTypes: every pair once, with its example valid', () => {
  const types = taxIdTypes();
  const pairs = new Set(types.map((t) => `${t.type}:${t.country}`));
  assert.equal(pairs.size, types.length);
  assert.equal(types.filter((t) => t.type === 'eu_vat').length, 28);
  for (const t of types) {
    assert.match(t.country, /^[A-Z]{2}$/);
    assert.ok(t.description && t.rule && t.source && typeof t.checksum === 'boolean', t.type);
    const result = validateTaxId({ country: t.country, type: t.type, value: t.example });
    assert.equal(result.valid, true, `${t.type} ${t.country} ${t.example}: ${result.reason}`);
  }
});

test('junk is a result with a reason, never an exception', () => {
  const junk = [undefined, null, true, 0, 136695976, NaN, 10n, '', ' ', '\u0000', '\u202e123', '💸💸',
    'x'.repeat(100_000), '1'.repeat(100_000), [], {}, { toString: () => 'DE136695976' }, Symbol('s')];
  const base = { country: 'DE', type: 'eu_vat', value: 'DE136695976' };
  const rows = [];
  for (const field of ['country', 'type', 'value']) {
    for (const value of junk) rows.push({ ...base, [field]: value });
  }
  rows.push(null, undefined, 42, 'DE136695976', []);
  for (const row of rows) {
    const result = validateTaxId(row);
    assert.equal(typeof result.valid, 'boolean');
    if (!result.valid) assert.ok(REASONS.includes(result.reason), `${String(row?.value)}: ${result.reason}`);
  }
  const plain = rows.filter((row) => !Object.values(row ?? {}).some((v) => typeof v === 'bigint'));
  const batch = validateTaxIds(plain);
  assert.equal(batch.length, plain.length);
  assert.ok(batch.every((r) => typeof r.valid === 'boolean'));
  assert.throws(() => validateTaxIds([{ ...base, value: 10n }]), (error) => error.code === 'invalid_input');
  assert.equal(validateTaxId(base).valid, true, 'the module still works');
});

// validateTaxIds reads a batch of plain rows of string fields itself, and any other batch
// (one odd row is enough) through JSON.stringify. A field holding an object sends every row
// down the second path; one row at a time, each takes the first wherever it can; a field
// holding a number does not change the path: all must agree.
test('validateTaxIds gives the same results whichever way it reads the rows', () => {
  const base = { country: 'DE', type: 'eu_vat', value: 'DE136695976' };
  const odd = ['', ' ', 'a"b', 'a\\b', '\n136695976', '136695976\t', '\u0001', '\ud800', 'x\udc00y',
    '\ufffd', '💸', 'Ｄ Ｅ１３６６９５９７６', 'ä', '١٢٣', '\u00a0DE136695976', 'é'.repeat(300),
    '"'.repeat(300), '1'.repeat(300), 'de', ' el ', 'xi', 'eu_vat ', 'EU_VAT'];
  const rows = inputs();
  for (const field of ['country', 'type', 'value']) {
    for (const text of odd) rows.push({ ...base, [field]: text });
  }
  rows.push({ type: 'eu_vat', value: 'EL094259216' }, { country: null, type: 'eu_vat', value: 'DE136695976' },
    { country: undefined, type: 'br_cnpj', value: '11.222.333/0001-81' }, { type: 'eu_vat', value: '€136695976' });
  const direct = validateTaxIds(rows);
  const throughJson = validateTaxIds(rows.map((row) => ({ ...row, note: {} })));
  assert.deepEqual(direct, throughJson);
  assert.deepEqual(validateTaxIds(rows.map((row) => ({ id: 1, ...row, note: null }))), direct);
  assert.deepEqual(rows.map((row) => validateTaxIds([{ id: 'x', ...row }])[0]), direct);
  const oneByOne = rows.map((row) => validateTaxIds([row])[0]);
  assert.deepEqual(oneByOne, direct);
});

test('validateTaxIds refuses only what is not an array of plain data', () => {
  assert.throws(() => validateTaxIds({}), (error) => error.name === 'BillkitError' && error.code === 'invalid_input');
  assert.deepEqual(validateTaxIds([]), []);
});

test("the README's examples", () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  assert.deepEqual(validateTaxId({ country: 'DE', type: 'eu_vat', value: 'de 136.695.976' }),
    { valid: true, country: 'DE', type: 'eu_vat', compact: 'DE136695976', formatted: 'DE136695976', reason: null });
  assert.equal(validateTaxId({ country: 'GR', type: 'eu_vat', value: '094259216' }).compact, 'EL094259216');
  assert.equal(validateTaxId({ type: 'br_cnpj', value: '11.222.333/0001-82' }).reason, 'invalid_checksum');
  for (const shown of ["value: 'de 136.695.976'", "'094259216' }).compact;   // 'EL094259216'",
    "'11.222.333/0001-82' }).reason;         // 'invalid_checksum'"]) {
    assert.ok(readme.includes(shown), `README no longer shows ${shown}`);
  }
});
