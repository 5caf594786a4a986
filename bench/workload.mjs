// The calendar workload of issue 3: 10,000 subscriptions with random starts 2000-2030,
// random anchor days and zones, 24 monthly periods each. Seeded, so every run and every
// implementation sees the same inputs.
export const SUBSCRIPTIONS = 10_000;
export const PERIODS = 24;

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function calendarWorkload(zones) {
  const next = mulberry32(42);
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
