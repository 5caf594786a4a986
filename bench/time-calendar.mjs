// Times one implementation of the calendar workload in a process of its own, so that no
// contender runs on a heap or JIT state another one left. Prints {"micros": median per item}.
// Usage: node bench/time-calendar.mjs billkit|temporal|temporal-boundaries
import { billingPeriods } from 'billkit';
import { Temporal } from 'temporal-polyfill';
import { calendarWorkload } from './workload.mjs';
import { temporalPeriods } from './temporal-periods.mjs';

/** Temporal computing only the boundary instants (no strings): a lower bound for Temporal. */
function temporalBoundariesOnly({ start, timezone, anchor, count }) {
  const first = Temporal.PlainYearMonth.from(Temporal.PlainDate.from(start));
  const instants = [];
  for (let k = -1; k <= count; k += 1) {
    const month = first.add({ months: k });
    instants.push(month.toPlainDate({ day: Math.min(anchor.day, month.daysInMonth) })
      .toZonedDateTime(timezone).epochNanoseconds);
  }
  return instants;
}

const IMPLEMENTATIONS = {
  billkit: [billingPeriods, 7],
  temporal: [temporalPeriods, 3],
  'temporal-boundaries': [temporalBoundariesOnly, 3],
};

/** Median microseconds per item of `passes` timed runs of `run` over `items`, after a warm-up. */
export function time(items, run, passes) {
  return timePasses(items, run, passes)[Math.floor(passes / 2)];
}

/** Microseconds per item of each of `passes` passes over `items` after a warm-up, fastest first. */
export function timePasses(items, run, passes) {
  for (const item of items) run(item);
  const results = [];
  for (let pass = 0; pass < passes; pass += 1) {
    const started = process.hrtime.bigint();
    for (const item of items) run(item);
    results.push(Number(process.hrtime.bigint() - started) / 1e3 / items.length);
  }
  return results.sort((a, b) => a - b);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [run, passes] = IMPLEMENTATIONS[process.argv[2]];
  const inputs = calendarWorkload(Intl.supportedValuesOf('timeZone'));
  console.log(JSON.stringify({ micros: time(inputs, run, passes) }));
}
