// Differential check against Temporal (temporal-polyfill, on Node's ICU time zone data):
// monthly periods for random starts, anchor days and every zone both know, derived in
// Temporal from API.md's rules: boundary k is the anchor day of month k clamped to the
// month's end, at the start of that local day.
import test from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import { billingPeriods } from 'billkit';

/** A small deterministic generator (mulberry32) so failures reproduce. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const text = (zoned) => zoned.toString({ timeZoneName: 'never' });

function expectedPeriods(start, timeZone, anchorDay, count) {
  const startDay = Temporal.PlainDate.from(start);
  const boundary = (k) => {
    const month = Temporal.PlainYearMonth.from(startDay).add({ months: k });
    const day = Math.min(anchorDay, month.daysInMonth);
    return month.toPlainDate({ day }).toZonedDateTime({ timeZone });
  };
  const startInstant = startDay.toZonedDateTime({ timeZone });
  let k = 0;
  while (Temporal.ZonedDateTime.compare(boundary(k), startInstant) > 0) k -= 1;
  const periods = [];
  let periodStart = startInstant;
  while (periods.length < count) {
    const cycleStart = boundary(k);
    const cycleEnd = boundary(k + 1);
    periods.push({
      start: text(periodStart), end: text(cycleEnd),
      partial: !periodStart.equals(cycleStart),
      cycle_start: text(cycleStart), cycle_end: text(cycleEnd),
    });
    periodStart = cycleEnd;
    k += 1;
  }
  return periods;
}

test('monthly periods agree with Temporal in every zone', () => {
  const zones = Intl.supportedValuesOf('timeZone');
  assert.ok(zones.length > 300, `${zones.length} zones`);
  const next = random(20241115);
  let compared = 0;
  for (const timeZone of zones) {
    for (let trial = 0; trial < 8; trial += 1) {
      const epochDay = Math.floor(next() * 365.25 * 120);
      const start = Temporal.PlainDate.from('1972-01-01').add({ days: epochDay }).toString();
      const anchorDay = 1 + Math.floor(next() * 31);
      const input = { start, timezone: timeZone, cadence: 'monthly', anchor: { day: anchorDay }, count: 6 };
      assert.deepEqual(billingPeriods(input), expectedPeriods(start, timeZone, anchorDay, 6),
        JSON.stringify(input));
      compared += 1;
    }
  }
  assert.ok(compared > 2400);
});

test('the skipped and doubled midnights agree with Temporal', () => {
  for (const [start, timeZone] of [['2018-10-04', 'America/Sao_Paulo'], ['2023-02-26', 'Asia/Beirut'],
    ['2011-11-30', 'Pacific/Apia'], ['2023-10-05', 'America/Havana']]) {
    const day = Number(start.slice(8));
    assert.deepEqual(billingPeriods({ start, timezone: timeZone, cadence: 'monthly', count: 4 }),
      expectedPeriods(start, timeZone, day, 4), `${timeZone} ${start}`);
  }
});
