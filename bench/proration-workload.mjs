// The proration workload of issue 4: 100,000 prorations of amounts with 2 to 4 decimals over
// random periods (28 to 92 days, 2000-2030) and random change instants, by day in UTC,
// rounded half-even to 2 places. Seeded, so every implementation sees the same inputs.
import { seededRandom } from '../tools/random.mjs';

export const PRORATIONS = 100_000;

const day = (days) => new Date(Date.UTC(2000, 0, 1) + days * 864e5).toISOString().slice(0, 10);

export function prorationWorkload() {
  const next = seededRandom(7);
  const inputs = [];
  for (let i = 0; i < PRORATIONS; i += 1) {
    const decimals = 2 + Math.floor(next() * 3);
    const units = Math.floor(next() * 10 ** (4 + decimals));
    const amount = (units / 10 ** decimals).toFixed(decimals);
    const start = Math.floor(next() * 365 * 30);
    const length = 28 + Math.floor(next() * 65);
    const change = start + Math.floor(next() * (length + 1));
    inputs.push({
      amount, period_start: day(start), period_end: day(start + length), from: day(change),
      to: day(start + length), timezone: 'UTC', unit: 'day', currency: 'USD', rounding: 'half_even',
    });
  }
  return inputs;
}
