// The package's TypeScript declarations, checked with `tsc --strict` against hand-written
// consumers (types/) and against the real inputs and outputs of every shared vector, written
// as typed object literals: TypeScript's excess-property and missing-property checks then
// fail if the declarations and what the Rust code actually reads or returns drift apart.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { billingPeriods, previewInvoice } from 'billkit';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const { cases } = JSON.parse(readFileSync(new URL('../vectors/billing_periods.json', import.meta.url)));

/** Runs tsc on the project in `dir`; returns its exit status and what it printed. */
function typecheck(dir) {
  const { status, stdout } = spawnSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
  return { status, stdout };
}

function literalsFromVectors() {
  const lines = ["import type { AllocateInput, BillingPeriodsInput, Invoice, Period, Phase, PhaseScheduleInput, ProrateChangeInput, ProrateInput, Proration, ProrationLine, PreviewInvoiceInput, PreviewRequest, TimelineInput, TimelinePeriod } from 'billkit';", ''];
  const money = JSON.parse(readFileSync(new URL('../vectors/money.json', import.meta.url))).cases;
  const types = { prorate: ['ProrateInput', 'Proration'], prorate_change: ['ProrateChangeInput', 'ProrationLine[]'], allocate: ['AllocateInput', 'string[]'] };
  const timeline = JSON.parse(readFileSync(new URL('../vectors/timeline.json', import.meta.url))).cases;
  timeline.filter((vector) => !vector.error).forEach((vector, index) => {
    lines.push(`export const timeline_input${index}: TimelineInput = ${JSON.stringify(vector.input)};`);
    lines.push(`export const timeline_output${index}: TimelinePeriod[] = ${JSON.stringify(vector.periods)};`);
  });
  const invoices = JSON.parse(readFileSync(new URL('../vectors/invoice.json', import.meta.url))).cases;
  invoices.filter((vector) => !vector.error).forEach((vector, index) => {
    lines.push(`export const invoice_input${index}: PreviewInvoiceInput = ${JSON.stringify(vector.input)};`);
    lines.push(`export const invoice_output${index}: Invoice = ${JSON.stringify(previewInvoice(vector.input))};`);
    const { subscription: _, ...request } = vector.input;
    lines.push(`export const invoice_request${index}: PreviewRequest = ${JSON.stringify(request)};`);
  });
  const phases = JSON.parse(readFileSync(new URL('../vectors/phases.json', import.meta.url))).cases;
  phases.filter((vector) => !vector.error).forEach((vector, index) => {
    lines.push(`export const phase_input${index}: PhaseScheduleInput = ${JSON.stringify(vector.input)};`);
    lines.push(`export const phase_output${index}: Phase[] = ${JSON.stringify(vector.phases)};`);
  });
  money.filter((vector) => !vector.error).forEach((vector, index) => {
    const [input, output] = types[vector.function];
    lines.push(`export const money_input${index}: ${input} = ${JSON.stringify(vector.input)};`);
    lines.push(`export const money_output${index}: ${output} = ${JSON.stringify(vector.output)};`);
  });
  // Error vectors are left out: some are deliberately not type-valid (an unknown cadence).
  cases.filter((vector) => !vector.error).forEach((vector, index) => {
    lines.push(`export const input${index}: BillingPeriodsInput = ${JSON.stringify(vector.input)};`);
    lines.push(`export const output${index}: Period[] = ${JSON.stringify(billingPeriods(vector.input))};`);
  });
  return `${lines.join('\n')}\n`;
}

test('the declarations type every input and output exactly under tsc --strict', () => {
  const dir = mkdtempSync(join(tmpdir(), 'billkit-types-'));
  cpSync(new URL('./types/', import.meta.url), dir, { recursive: true });
  cpSync(new URL('./node_modules/billkit/', import.meta.url), join(dir, 'node_modules', 'billkit'),
    { recursive: true, dereference: true });
  writeFileSync(join(dir, 'vectors.mts'), literalsFromVectors());
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      strict: true, noEmit: true, target: 'es2022', module: 'nodenext',
      moduleResolution: 'nodenext', lib: ['es2022', 'dom'], types: [], skipLibCheck: false,
    },
    include: ['*.mts', '*.cts'],
  }));
  assert.deepEqual(typecheck(dir), { status: 0, stdout: '' });
});

test('a declaration that does not match the real output is caught', () => {
  const dir = mkdtempSync(join(tmpdir(), 'billkit-types-'));
  cpSync(new URL('./node_modules/billkit/', import.meta.url), join(dir, 'node_modules', 'billkit'),
    { recursive: true, dereference: true });
  const declarations = join(dir, 'node_modules', 'billkit', 'billkit.d.ts');
  const withoutCycleEnd = readFileSync(declarations, 'utf8')
    .replace(/(export interface Period \{[^}]*?)cycle_end: string;/, '$1');
  writeFileSync(declarations, withoutCycleEnd);
  writeFileSync(join(dir, 'vectors.mts'), literalsFromVectors());
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', types: [] },
    include: ['*.mts'],
  }));
  const { status, stdout } = typecheck(dir);
  assert.notEqual(status, 0);
  assert.match(stdout, /'"cycle_end"' does not exist in type 'Period'/);
});
