// The invoice workload of issue 6: 1,000 ten-line invoices (seeded usage), each with tiered
// usage, a mid-period plan change (a credit and a charge prorated by days) and three
// adjustments (an invoice-level percentage discount, a minimum and a maximum).
import { seededRandom } from '../tools/random.mjs';

export const INVOICES = 1_000;

const usagePrice = (id, model, config) => ({ id, price_type: 'usage_price', cadence: 'monthly', model_type: model, [`${model}_config`]: config });
const fixedPrice = (id, amount) => ({ id, price_type: 'fixed_price', cadence: 'monthly', model_type: 'unit', unit_config: { unit_amount: amount }, fixed_price_quantity: 1 });

const subscription = {
  start_date: '2024-01-01',
  customer: { timezone: 'America/New_York', currency: 'USD', balance: '25.00' },
  plan: { currency: 'USD', net_terms: 30 },
  billing_cycle_anchor_configuration: { day: 1, month: null, year: null },
  price_intervals: [
    { id: 'starter', start_date: '2024-01-01', end_date: '2024-03-11', price: fixedPrice('platform', '49.00') },
    { id: 'growth', start_date: '2024-03-11', price: fixedPrice('platform', '199.00') },
    { id: 'support', start_date: '2024-01-01', price: fixedPrice('support', '25.00') },
    { id: 'calls', start_date: '2024-01-01', price: usagePrice('calls', 'tiered', { tiers: [
      { first_unit: 0, last_unit: 10000, unit_amount: '0.001' },
      { first_unit: 10000, last_unit: 100000, unit_amount: '0.0008' },
      { first_unit: 100000, last_unit: null, unit_amount: '0.0005' }] }) },
    { id: 'storage', start_date: '2024-01-01', price: usagePrice('storage', 'unit', { unit_amount: '0.023' }) },
    { id: 'jobs', start_date: '2024-01-01', price: usagePrice('jobs', 'package', { package_amount: '1.00', package_size: 100 }) },
    { id: 'seats', start_date: '2024-01-01', price: usagePrice('seats', 'bulk', { tiers: [{ maximum_units: 10, unit_amount: '8.00' }, { maximum_units: null, unit_amount: '6.00' }] }) },
    { id: 'compute', start_date: '2024-01-01', price: usagePrice('compute', 'matrix', { default_unit_amount: '0.12', dimensions: ['region'], matrix_values: [{ dimension_values: ['eu'], unit_amount: '0.10' }] }) },
    { id: 'payments', start_date: '2024-01-01', price: usagePrice('payments', 'bps', { bps: 30, per_unit_maximum: null }) },
  ],
  adjustment_intervals: [
    { start_date: '2024-01-01', adjustment: { adjustment_type: 'percentage_discount', percentage_discount: 0.1, is_invoice_level: true } },
    { start_date: '2024-01-01', adjustment: { adjustment_type: 'minimum', minimum_amount: '100.00', applies_to_price_ids: ['calls'] } },
    { start_date: '2024-01-01', adjustment: { adjustment_type: 'maximum', maximum_amount: '500.00', applies_to_price_ids: ['storage'] } },
  ],
};

export function invoiceWorkload() {
  const next = seededRandom(6);
  const units = (max) => Math.floor(next() * max);
  return Array.from({ length: INVOICES }, () => ({
    subscription,
    period_index: 3,
    usage: {
      calls: units(300_000), storage: `${units(50_000)}.${units(100)}`, jobs: units(5_000), seats: 1 + units(40),
      compute: [{ dimension_values: ['eu'], quantity: units(2_000) }, { dimension_values: ['us'], quantity: units(2_000) }],
      payments: `${units(1_000_000)}.00`,
    },
  }));
}
