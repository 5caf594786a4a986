import { billingPeriodAt, billingPeriods, prorateChange } from './pkg/index.js';

const form = document.getElementById('inputs');
const errorBox = document.getElementById('error');
const rows = document.querySelector('#periods tbody');
const changeForm = document.getElementById('change');
const changeError = document.getElementById('change-error');
const lineRows = document.querySelector('#lines tbody');

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

/** The prorateChange input the change form describes, for the period holding its date. */
export function readChange(subscription) {
  const field = (name) => changeForm.elements[name].value.trim();
  const at = field('at');
  const period = billingPeriodAt(subscription, at);
  if (!period) {
    throw Object.assign(new Error('the change falls outside the subscription\'s periods'), { field: 'at' });
  }
  const change = field('type') === 'plan_change'
    ? { type: 'plan_change', old_amount: field('old'), new_amount: field('new') }
    : { type: 'cancellation', amount: field('old') };
  return {
    period_start: period.cycle_start, period_end: period.cycle_end, at,
    timezone: subscription.timezone, unit: field('unit'), currency: field('currency'), change,
  };
}

/** The sum of decimal strings of one scale, exactly, through whole minor units. */
function sum(amounts) {
  const scale = (amounts[0] ?? '').split('.')[1]?.length ?? 0;
  const units = amounts.reduce((total, amount) => total + BigInt(amount.replace('.', '')), 0n);
  const sign = units < 0n ? '-' : '';
  const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
  return scale ? `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}` : `${sign}${digits}`;
}

function showError(box, error) {
  box.hidden = false;
  box.dataset.code = error.code ?? '';
  box.dataset.field = error.field ?? '';
  box.textContent = error.field ? `${error.field}: ${error.message}` : error.message;
}

function renderChange() {
  lineRows.replaceChildren();
  document.getElementById('net').textContent = '';
  try {
    const lines = prorateChange(readChange(readInput()));
    changeError.hidden = true;
    for (const line of lines) {
      const row = lineRows.insertRow();
      row.className = line.kind;
      row.dataset.amount = line.amount;
      row.insertCell().textContent = line.explanation;
      const amount = row.insertCell();
      amount.className = 'amount';
      amount.textContent = line.amount;
    }
    document.getElementById('net').textContent = sum(lines.map((line) => line.amount));
  } catch (error) {
    showError(changeError, error);
  }
}

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
    showError(errorBox, error);
  }
  renderChange();
}

form.addEventListener('input', render);
changeForm.addEventListener('input', renderChange);
render();
document.body.dataset.ready = 'true';
