// Seeds the fuzz corpora (fuzz/corpus/<target>/) with the determinism corpus's real inputs:
// each call's arguments as JSON text behind the harness's "text" mode byte (0). Files are
// named by content, so seeding twice adds nothing.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { corpus } from '../tests/js/support/corpus.mjs';

const TARGETS = {
  billingPeriods: 'billing_periods', billingPeriodAt: 'billing_period_at', billingPeriodsBetween: 'billing_periods_between',
  prorate: 'prorate', prorateChange: 'prorate_change', allocate: 'allocate', phaseSchedule: 'phase_schedule',
  subscriptionTimeline: 'subscription_timeline', previewInvoice: 'preview_invoice', validateTaxId: 'validate_tax_id',
};

let written = 0;
for (const { call, args } of corpus()) {
  const target = TARGETS[call];
  if (!target) continue;
  const bytes = Buffer.concat([Buffer.from([0]), Buffer.from(JSON.stringify(args))]);
  const dir = new URL(`../fuzz/corpus/${target}/`, import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL(createHash('sha1').update(bytes).digest('hex'), dir), bytes);
  written += 1;
}
console.log(`fuzz-seeds: ${written} seeds over ${Object.keys(TARGETS).length} targets`);
