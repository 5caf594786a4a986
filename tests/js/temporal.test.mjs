// Differential check against Temporal (temporal-polyfill, on Node's ICU time zone data).
// The reference below restates API.md's rules in Temporal, independently of billkit:
// month cadences start on the anchor day (clamped) of months congruent to the anchor month,
// day cadences every `step` days from the start (weekly: from the anchor weekday); each
// boundary is that local day's start. Thousands of random cases over every zone both know.
import test from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import { billingPeriodAt, billingPeriods } from 'billkit';
import { seededRandom } from '../../tools/random.mjs';

const text = (zoned) => zoned.toString({ timeZoneName: 'never' });
const MONTHS = { monthly: 1, quarterly: 3, semi_annual: 6, annual: 12 };

/** Boundary dates of the cadence as `{ date(k), first }`: first is the cycle holding the start. */
function rule(cadence, anchor, startDay) {
  const custom = typeof cadence === 'object';
  const months = custom ? { month: cadence.count, year: 12 * cadence.count }[cadence.unit] : MONTHS[cadence];
  if (months) {
    const day = anchor?.day ?? startDay.day;
    const origin = (anchor?.year ?? startDay.year) * 12 + (anchor?.month ?? startDay.month) - 1;
    const date = (k) => {
      const index = origin + k * months;
      const month = Temporal.PlainYearMonth.from({ year: Math.floor(index / 12), month: (index % 12) + 1 });
      return month.toPlainDate({ day: Math.min(day, month.daysInMonth) });
    };
    let first = Math.floor((startDay.year * 12 + startDay.month - 1 - origin) / months);
    if (Temporal.PlainDate.compare(date(first), startDay) > 0) first -= 1;
    return { date, first };
  }
  const weekly = cadence === 'weekly' || cadence.unit === 'week';
  const step = (custom ? cadence.count : 1) * (weekly ? 7 : 1);
  const back = weekly ? (startDay.dayOfWeek - (anchor?.day ?? startDay.dayOfWeek) + 7) % 7 : 0;
  const origin = startDay.subtract({ days: back });
  return { date: (k) => origin.add({ days: k * step }), first: 0 };
}

function referencePeriods({ start, timezone, cadence, anchor, count, end }) {
  const startDay = Temporal.PlainDate.from(start);
  const { date, first } = rule(cadence, anchor, startDay);
  const boundary = (k) => date(k).toZonedDateTime({ timeZone: timezone });
  const startInstant = startDay.toZonedDateTime({ timeZone: timezone });
  const endInstant = end ? Temporal.PlainDate.from(end).toZonedDateTime({ timeZone: timezone }) : null;
  const periods = [];
  for (let k = first; periods.length < count; k += 1) {
    const cycleStart = boundary(k);
    const cycleEnd = boundary(k + 1);
    const periodStart = k === first ? startInstant : cycleStart;
    let periodEnd = cycleEnd;
    if (endInstant && Temporal.ZonedDateTime.compare(endInstant, cycleEnd) < 0) periodEnd = endInstant;
    if (Temporal.ZonedDateTime.compare(periodStart, periodEnd) < 0) {
      periods.push({ start: text(periodStart), end: text(periodEnd),
        partial: !periodStart.equals(cycleStart) || !periodEnd.equals(cycleEnd),
        cycle_start: text(cycleStart), cycle_end: text(cycleEnd) });
    }
    if (endInstant && Temporal.ZonedDateTime.compare(endInstant, cycleEnd) <= 0) break;
  }
  return periods;
}

const CADENCES = ['daily', 'weekly', 'monthly', 'quarterly', 'semi_annual', 'annual',
  { unit: 'day', count: 9 }, { unit: 'week', count: 2 }, { unit: 'month', count: 2 },
  { unit: 'month', count: 5 }, { unit: 'year', count: 2 }];

function randomInput(next, timezone) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const cadence = pick(CADENCES);
  const weekly = cadence === 'weekly' || cadence.unit === 'week';
  const start = Temporal.PlainDate.from('1975-01-01').add({ days: Math.floor(next() * 365.25 * 100) });
  const anchor = next() < 0.2 ? null : {
    day: 1 + Math.floor(next() * (weekly ? 7 : 31)),
    month: next() < 0.5 ? 1 + Math.floor(next() * 12) : null,
    year: next() < 0.3 ? 1975 + Math.floor(next() * 100) : null,
  };
  const end = next() < 0.4 ? start.add({ days: 1 + Math.floor(next() * 900) }).toString() : null;
  return { start: start.toString(), timezone, cadence, anchor, end, count: 1 + Math.floor(next() * 12) };
}

test('periods of every cadence agree with Temporal in every zone', () => {
  const zones = Intl.supportedValuesOf('timeZone');
  assert.ok(zones.length > 300, `${zones.length} zones`);
  const next = seededRandom(20241115);
  let compared = 0;
  for (const timezone of zones) {
    for (let trial = 0; trial < 8; trial += 1) {
      const input = randomInput(next, timezone);
      const expected = referencePeriods(input);
      assert.deepEqual(billingPeriods(input), expected, JSON.stringify(input));
      const period = expected[Math.floor(next() * expected.length)];
      const startNs = Temporal.Instant.from(period.start).epochNanoseconds;
      const endNs = Temporal.Instant.from(period.end).epochNanoseconds;
      const inside = Temporal.Instant.fromEpochNanoseconds(startNs + ((endNs - startNs) * BigInt(Math.floor(next() * 1000))) / 1000n);
      assert.deepEqual(billingPeriodAt(input, inside.toString()), period, `${JSON.stringify(input)} at ${inside}`);
      compared += 1;
    }
  }
  assert.ok(compared > 2400);
});

test('the skipped and doubled midnights agree with Temporal', () => {
  for (const [start, timezone] of [['2018-10-04', 'America/Sao_Paulo'], ['2023-02-26', 'Asia/Beirut'],
    ['2011-11-30', 'Pacific/Apia'], ['2023-10-05', 'America/Havana'], ['2011-12-25', 'Pacific/Apia']]) {
    for (const cadence of ['daily', 'monthly']) {
      const input = { start, timezone, cadence, count: 10 };
      assert.deepEqual(billingPeriods(input), referencePeriods(input), `${timezone} ${start} ${cadence}`);
    }
  }
});
