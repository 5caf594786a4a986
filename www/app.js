import { billingPeriods, previewInvoice, subscriptionTimeline, taxIdTypes, validateTaxId } from './pkg/index.js';
import { DEFAULTS, invoiceIndex, previewInput, timelineInput } from './subscription.js';
import { longDate, shortDate, timelineSvg } from './timeline.js';

const form = document.getElementById('inputs');
const errorBox = document.getElementById('error');
const taxForm = document.getElementById('tax');

const CADENCE_NAMES = { monthly: 'month', quarterly: 'quarter', semi_annual: 'half-year', annual: 'year' };
const LINE_KINDS = { in_advance: 'in advance', in_arrears: 'in arrears', usage: 'usage', credit: 'credit', charge: 'charge', one_time: 'one-time' };
const TAX_REASONS = {
  unsupported_type: 'billkit does not know this type for this country',
  country_mismatch: 'the number belongs to another country',
  invalid_format: 'a character that has no place in this number',
  invalid_length: 'too short or too long for this type',
  invalid_component: 'a part of it (a date, a region, an office code) does not exist',
  invalid_checksum: 'the check digit does not match: a typo?',
};

/** Which form input an error's `field` points at, for the fields the demo builds. */
const FIELD_INPUTS = [
  [/^(start|subscription\.start_date)$/, 'start'],
  [/timezone$/, 'timezone'],
  [/^anchor|billing_cycle_anchor/, 'anchor'],
  [/^trial/, 'trial'],
  [/cadence$/, 'cadence'],
  [/currency$/, 'currency'],
  [/^events\[0\]\.at$|effective_date$|price_intervals\[1\]\.start_date$/, 'change_at'],
  [/^events\[0\]\.plan|price_intervals\[1\]\.price\.unit_config/, 'new_fee'],
  [/^events\[0\]\.quantity|fixed_fee_quantity_transitions\[0\]\.quantity/, 'new_seats'],
  [/^plan\.prices\[0\]\.amount|price_intervals\[0\]\.price\.unit_config/, 'fee'],
  [/quantity$/, 'seats'],
  [/tiers\[(\d)\]\.last_unit$/, (match) => `tier${Number(match[1]) + 1}_to`],
  [/tiers\[(\d)\]\.(first_unit|unit_amount)$/, (match) => `tier${Number(match[1]) + 1}_price`],
  [/percentage_discount$/, 'discount'],
  [/minimum_amount$/, 'minimum'],
  [/net_terms$/, 'net_terms'],
  [/^usage/, 'usage'],
];

function setUp() {
  for (const [name, value] of Object.entries(DEFAULTS)) form.elements[name].value = value;
  for (const zone of Intl.supportedValuesOf?.('timeZone') ?? []) document.getElementById('zones').append(new Option(zone));
  const types = taxIdTypes().sort((a, b) => a.country.localeCompare(b.country) || a.type.localeCompare(b.type));
  for (const { country, type, description } of types) {
    taxForm.elements.type.append(new Option(`${country} · ${type} · ${description}`, `${country}:${type}`));
  }
  taxForm.elements.type.value = 'DE:eu_vat';
}

function readForm() {
  return Object.fromEntries([...form.elements].filter((input) => input.name).map((input) => [input.name, input.value.trim()]));
}

function render() {
  const values = readForm();
  document.querySelectorAll('[data-when]').forEach((label) => { label.hidden = label.dataset.when !== values.change; });
  clearOutputs();
  try {
    const timeline = subscriptionTimeline(timelineInput(values));
    const billing = timeline.filter((period) => !period.trial);
    offerInvoices(values, billing);
    const index = invoiceIndex(values, billing);
    drawTimeline(values, timeline, timeline.length - billing.length + index);
    showInvoice(previewInvoice(previewInput(values, billing[0].start.slice(0, 10), index)), values);
    errorBox.hidden = true;
  } catch (error) {
    showError(error);
  }
  renderTaxId();
}

function clearOutputs() {
  form.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
  for (const id of ['timeline', 'issued', 'due', 'subtotal', 'total', 'amount-due']) document.getElementById(id).replaceChildren();
  document.querySelector('#periods tbody').replaceChildren();
  document.querySelector('#lines tbody').replaceChildren();
}

/** The invoice picker: one entry per billing period, keeping the choice while it exists. */
function offerInvoices(values, billing) {
  const picker = form.elements.invoice;
  const options = billing.map((period, index) => new Option(`${longDate(period.start)} (period ${index + 1})`, String(index)));
  picker.replaceChildren(new Option(values.change === 'none' ? 'the first with usage' : 'the one after the change', 'auto'), ...options);
  picker.value = options.some((option) => option.value === values.invoice) ? values.invoice : 'auto';
}

function drawTimeline(values, timeline, invoiced) {
  const trial = timeline.filter((period) => period.trial);
  const billingStart = timeline[trial.length].start;
  const end = timeline[timeline.length - 1].end;
  const change = changePoint(values, billingStart, end);
  const phases = [];
  if (trial.length) {
    phases.push({ start: trial[0].start, end: billingStart, label: `${values.trial}-day trial`, short: 'trial', kind: 'trial' });
  }
  const cadence = CADENCE_NAMES[values.cadence];
  const seats = (count) => `${count} seat${count === '1' ? '' : 's'} × ${values.fee}`;
  const before = values.change === 'quantity_change' ? seats(values.seats) : `${values.fee} ${values.currency} a ${cadence}`;
  const after = values.change === 'quantity_change' ? seats(values.new_seats) : `${values.new_fee} ${values.currency} a ${cadence}`;
  phases.push({ start: billingStart, end: change?.at ?? end, label: before, kind: 'plan' });
  if (change) phases.push({ start: change.at, end, label: after, kind: 'changed' });
  document.getElementById('timeline').append(timelineSvg({ periods: timeline, phases, change, invoiced }));
  listPeriods(timeline);
}

/** Where the change falls, as the instant of its local midnight, if it falls in the picture. */
function changePoint(values, from, to) {
  if (values.change === 'none') return null;
  const [day] = billingPeriods({ start: values.change_at, timezone: values.timezone, cadence: 'daily', count: 1 });
  if (day.start <= from || Date.parse(day.start) >= Date.parse(to)) return null;
  const label = values.change === 'plan_change' ? 'upgrade' : 'seats';
  return { at: day.start, label: `${label} ${shortDate(day.start)}` };
}

function listPeriods(timeline) {
  const rows = document.querySelector('#periods tbody');
  timeline.forEach((period, index) => {
    const row = rows.insertRow();
    row.dataset.start = period.start;
    row.dataset.end = period.end;
    if (period.trial) row.className = 'trial';
    const billed = period.in_advance.map((line) => line.amount).join(' + ') || '–';
    for (const text of [index + 1, longDate(period.start), longDate(period.end), period.trial ? 'trial' : period.plan, billed]) {
      row.insertCell().textContent = String(text);
    }
    row.cells[4].className = 'amount';
  });
}

function showInvoice(invoice, values) {
  document.getElementById('issued').textContent = longDate(invoice.invoice_date);
  document.getElementById('due').textContent = `${longDate(invoice.due_date)} (net ${values.net_terms})`;
  const body = document.querySelector('#lines tbody');
  for (const line of invoice.lines) {
    const row = body.insertRow();
    row.className = `line ${line.kind}`;
    row.dataset.kind = line.kind;
    row.dataset.amount = line.amount;
    const name = row.insertCell();
    name.append(badge(LINE_KINDS[line.kind] ?? line.kind), ` ${line.name ?? line.price_id}`);
    const explanation = document.createElement('small');
    explanation.textContent = line.explanation;
    name.append(explanation);
    row.insertCell().textContent = line.start && line.end ? `${shortDate(line.start)} – ${longDate(line.end)}` : '';
    amountCell(row, line.subtotal);
    for (const adjustment of line.adjustments) {
      const sub = body.insertRow();
      sub.className = 'adjustment';
      sub.dataset.amount = adjustment.amount;
      const cell = sub.insertCell();
      cell.colSpan = 2;
      cell.textContent = adjustmentName(adjustment, values);
      amountCell(sub, adjustment.amount);
    }
  }
  const money = (amount) => `${amount} ${invoice.currency}`;
  document.getElementById('subtotal').textContent = money(invoice.subtotal);
  document.getElementById('total').textContent = money(invoice.total);
  document.getElementById('amount-due').textContent = money(invoice.amount_due);
}

function adjustmentName(adjustment, values) {
  if (adjustment.adjustment_id === 'discount') return `${values.discount}% off API calls`;
  if (adjustment.adjustment_id === 'minimum') return `Minimum of ${values.minimum} on API calls, prorated to the period`;
  return adjustment.adjustment_type;
}

function badge(text) {
  const node = document.createElement('span');
  node.className = 'badge';
  node.textContent = text;
  return node;
}

function amountCell(row, amount) {
  const cell = row.insertCell();
  cell.className = 'amount';
  cell.textContent = amount;
}

/** The error's message and field inline, the form input it names marked. */
function showError(error) {
  errorBox.hidden = false;
  errorBox.dataset.code = error.code ?? '';
  errorBox.dataset.field = error.field ?? '';
  errorBox.textContent = error.field ? `${error.field}: ${error.message}` : error.message;
  const input = inputFor(error.field ?? '');
  if (input) input.setAttribute('aria-invalid', 'true');
}

function inputFor(field) {
  for (const [pattern, name] of FIELD_INPUTS) {
    const match = pattern.exec(field);
    if (match) return form.elements[typeof name === 'function' ? name(match) : name];
  }
  return null;
}

function renderTaxId() {
  const [country, type] = taxForm.elements.type.value.split(':');
  const value = taxForm.elements.value.value;
  const box = document.getElementById('tax-result');
  const billTo = document.getElementById('bill-to');
  billTo.textContent = 'Bill to: Acme GmbH';
  if (value.trim() === '') {
    Object.assign(box.dataset, { valid: '', reason: '' });
    box.className = '';
    box.textContent = 'Type the customer\'s number: it is checked as you type.';
    return;
  }
  const result = validateTaxId({ country, type, value });
  box.dataset.valid = String(result.valid);
  box.dataset.reason = result.reason ?? '';
  box.className = result.valid ? 'valid' : 'invalid';
  if (result.valid) {
    box.textContent = `✓ Valid ${result.type}: ${result.compact}` + (result.formatted !== result.compact ? ` (printed ${result.formatted})` : '');
    billTo.textContent = `Bill to: Acme GmbH · ${result.type} ${result.compact}`;
  } else {
    box.textContent = `✗ Not valid (${result.reason}): ${TAX_REASONS[result.reason] ?? result.reason}`;
  }
}

setUp();
form.addEventListener('input', render);
taxForm.addEventListener('input', renderTaxId);
render();
document.body.dataset.ready = 'true';
