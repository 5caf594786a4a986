import { billingPeriods } from './pkg/index.js';

const form = document.getElementById('inputs');
const errorBox = document.getElementById('error');
const rows = document.querySelector('#periods tbody');

for (const zone of Intl.supportedValuesOf?.('timeZone') ?? []) {
  document.getElementById('zones').append(new Option(zone));
}

/** The billingPeriods input the form describes. */
export function readInput() {
  const field = (name) => form.elements[name].value.trim();
  return {
    start: field('start'),
    timezone: field('timezone'),
    cadence: field('cadence'),
    anchor: field('anchor') === '' ? null : { day: Number(field('anchor')) },
    count: Number(field('count')),
  };
}

const day = (instant) => instant.slice(0, 10);
const days = (start, end) => Math.round((Date.parse(end) - Date.parse(start)) / 864e5);

function render() {
  rows.replaceChildren();
  try {
    const periods = billingPeriods(readInput());
    errorBox.hidden = true;
    periods.forEach((period, index) => {
      const row = rows.insertRow();
      row.className = period.partial ? 'partial' : '';
      row.dataset.start = period.start;
      row.dataset.end = period.end;
      const cycle = `${day(period.cycle_start)} → ${day(period.cycle_end)}`;
      for (const text of [index + 1, period.start, period.end, cycle, days(period.start, period.end)]) {
        row.insertCell().textContent = String(text);
      }
    });
  } catch (error) {
    errorBox.hidden = false;
    errorBox.dataset.code = error.code ?? '';
    errorBox.dataset.field = error.field ?? '';
    errorBox.textContent = error.field ? `${error.field}: ${error.message}` : error.message;
  }
}

form.addEventListener('input', render);
render();
document.body.dataset.ready = 'true';
