// Monthly billing periods in temporal-polyfill, written to be fast: each boundary is
// computed once (clamped anchor day of month k, start of that local day) and formatted once.
// It follows the same rules as billkit and gives identical output (checked by make bench).
import { Temporal } from 'temporal-polyfill';

const FORMAT = { timeZoneName: 'never' };

export function temporalPeriods({ start, timezone, anchor, count }) {
  const startDay = Temporal.PlainDate.from(start);
  const anchorDay = anchor.day;
  const firstMonth = Temporal.PlainYearMonth.from(startDay);
  const boundary = (k) => {
    const month = k === 0 ? firstMonth : firstMonth.add({ months: k });
    return month.toPlainDate({ day: Math.min(anchorDay, month.daysInMonth) }).toZonedDateTime(timezone);
  };
  const startInstant = startDay.toZonedDateTime(timezone);
  let k = 0;
  let cycleStart = boundary(0);
  if (Temporal.ZonedDateTime.compare(cycleStart, startInstant) > 0) {
    k = -1;
    cycleStart = boundary(-1);
  }
  const periods = [];
  let periodStart = startInstant.toString(FORMAT);
  let cycleStartText = cycleStart.toString(FORMAT);
  while (periods.length < count) {
    k += 1;
    const cycleEnd = boundary(k).toString(FORMAT);
    periods.push({ start: periodStart, end: cycleEnd, partial: periodStart !== cycleStartText,
      cycle_start: cycleStartText, cycle_end: cycleEnd });
    periodStart = cycleEnd;
    cycleStartText = cycleEnd;
  }
  return periods;
}
