// Times one implementation of the proration workload in a process of its own. Prints
// {"micros": median per proration}.
// Usage: node bench/time-proration.mjs prorate|batch|decimal|marshalling
import { prorate, prorateBatch } from 'billkit';
import { decimalProrate } from './decimal-prorate.mjs';
import { prorationWorkload } from './proration-workload.mjs';
import { time } from './time-calendar.mjs';

const COLUMNS = ['amounts', 'period_starts', 'period_ends', 'froms', 'tos'];
const FIELDS = ['amount', 'period_start', 'period_end', 'from', 'to'];

/** The workload as prorateBatch's columns. */
export function asColumns(inputs) {
  const columns = { timezone: 'UTC', unit: 'day', currency: 'USD', rounding: 'half_even' };
  COLUMNS.forEach((column, i) => { columns[column] = inputs.map((input) => input[FIELDS[i]]); });
  return columns;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const inputs = prorationWorkload();
  const columns = asColumns(inputs);
  const output = JSON.stringify(prorateBatch(columns));
  const per = (micros) => micros / inputs.length;
  const runs = {
    prorate: () => time(inputs, prorate, 5),
    decimal: () => time(inputs, decimalProrate, 5),
    batch: () => per(time([columns], prorateBatch, 5)),
    // What any batch returning JS strings pays outside wasm: the columns to one string each
    // and the result back to arrays.
    marshalling: () => per(time([columns], () => {
      for (const column of COLUMNS) new TextEncoder().encode(JSON.stringify(columns[column]));
      JSON.parse(output);
    }, 5)),
  };
  console.log(JSON.stringify({ micros: runs[process.argv[2]]() }));
}
