// The subscription timeline as an SVG: a lane of phases (the trial, the plan before and after
// the change), a lane of billing periods with the invoiced one marked, the change as a flag,
// and every boundary labelled with its local date. Positions are real instants, so a DST
// day or a short February shows as it is.

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 960;
const MARGIN = 28;
const PHASE_Y = 30;
const PERIOD_Y = 64;
const LANE_HEIGHT = 28;
const TICK_Y = PERIOD_Y + LANE_HEIGHT + 6;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mar 15" for the local date of an RFC 3339 instant (its own offset, the customer's zone). */
export function shortDate(instant) {
  return `${MONTHS[Number(instant.slice(5, 7)) - 1]} ${Number(instant.slice(8, 10))}`;
}

/** "Mar 15, 2024". */
export function longDate(instant) {
  return `${shortDate(instant)}, ${instant.slice(0, 4)}`;
}

/**
 * The picture of `periods` (subscriptionTimeline's output). `phases` are `{ start, end, label,
 * short?, kind }` spans (`short` shown when `label` does not fit); `change` is `{ at, label }` or null; `invoiced` is the index, in `periods`,
 * of the period whose invoice is shown (its previous period is what it bills in arrears).
 */
export function timelineSvg({ periods, phases, change, invoiced }) {
  const first = Date.parse(periods[0].start);
  const last = Date.parse(periods[periods.length - 1].end);
  const x = (instant) => MARGIN + ((Date.parse(instant) - first) / (last - first)) * (WIDTH - 2 * MARGIN);
  const svg = element('svg', { viewBox: `0 0 ${WIDTH} 150`, role: 'img', class: 'timeline' });
  svg.append(element('title', {}, 'The subscription timeline: phases, billing periods and the change'));

  for (const phase of phases) {
    const span = element('g', { class: `phase ${phase.kind}` });
    span.append(element('title', {}, `${phase.label}: ${longDate(phase.start)} to ${longDate(phase.end)}`));
    span.append(element('rect', { x: x(phase.start), y: PHASE_Y, width: x(phase.end) - x(phase.start), height: LANE_HEIGHT, rx: 4 }));
    span.append(label((x(phase.start) + x(phase.end)) / 2, PHASE_Y + 18, [phase.label, phase.short], x(phase.end) - x(phase.start)));
    svg.append(span);
  }
  periods.forEach((period, index) => svg.append(periodBox(period, index, invoiced, x)));
  svg.append(...boundaryLabels(periods, x));
  if (change) svg.append(changeFlag(change, x));
  return svg;
}

function periodBox(period, index, invoiced, x) {
  const kinds = ['period'];
  if (period.trial) kinds.push('trial');
  if (period.partial) kinds.push('partial');
  if (index === invoiced) kinds.push('invoiced');
  if (index === invoiced - 1) kinds.push('arrears');
  const box = element('g', { class: kinds.join(' '), 'data-start': period.start, 'data-end': period.end });
  const width = x(period.end) - x(period.start);
  box.append(element('rect', { x: x(period.start) + 1, y: PERIOD_Y, width: Math.max(width - 2, 1), height: LANE_HEIGHT, rx: 3 }));
  const billed = period.in_advance.map((line) => line.amount).join(' + ');
  const text = period.trial ? 'trial' : index === invoiced ? `invoice ${billed}` : billed;
  box.append(element('title', {}, `${longDate(period.start)} to ${longDate(period.end)}${billed ? `: ${billed} in advance` : ''}`));
  box.append(label(x(period.start) + width / 2, PERIOD_Y + 18, [text], width));
  return box;
}

/** A tick and a date under every boundary, with the year where it changes. */
function boundaryLabels(periods, x) {
  const instants = [periods[0].start, ...periods.map((period) => period.end)];
  let year = '';
  return instants.map((instant) => {
    const tick = element('g', { class: 'tick' });
    tick.append(element('line', { x1: x(instant), x2: x(instant), y1: PERIOD_Y - 4, y2: TICK_Y }));
    tick.append(element('text', { x: x(instant), y: TICK_Y + 13 }, shortDate(instant)));
    if (instant.slice(0, 4) !== year) {
      year = instant.slice(0, 4);
      tick.append(element('text', { x: x(instant), y: TICK_Y + 27, class: 'year' }, year));
    }
    return tick;
  });
}

function changeFlag(change, x) {
  const flag = element('g', { class: 'change' });
  flag.append(element('line', { x1: x(change.at), x2: x(change.at), y1: 14, y2: PERIOD_Y + LANE_HEIGHT + 2 }));
  flag.append(element('text', { x: x(change.at) + 4, y: 22 }, change.label));
  return flag;
}

/** Centered text: the first of `texts` that fits its span, or none. */
function label(centerX, y, texts, span) {
  const fitting = texts.find((text) => text && text.length * 6.6 < span - 6) ?? '';
  return element('text', { x: centerX, y, class: 'inside' }, fitting);
}

function element(name, attributes, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}
