// The calendar workload of issue 3: 10,000 subscriptions with random starts 2000-2030,
// random anchor days and zones, 24 monthly periods each. Seeded, so every run and every
// implementation sees the same inputs.
import { seededRandom } from '../tools/random.mjs';

export const SUBSCRIPTIONS = 10_000;
export const PERIODS = 24;

export function calendarWorkload(zones) {
  const next = seededRandom(42);
  const inputs = [];
  for (let i = 0; i < SUBSCRIPTIONS; i += 1) {
    const days = Math.floor(next() * 365.25 * 31);
    const start = new Date(Date.UTC(2000, 0, 1) + days * 864e5).toISOString().slice(0, 10);
    inputs.push({
      start, timezone: zones[Math.floor(next() * zones.length)], cadence: 'monthly',
      anchor: { day: 1 + Math.floor(next() * 31) }, count: PERIODS,
    });
  }
  return inputs;
}
