// Times one implementation of the tax ID workload in a process of its own. Prints
// {"micros": median per number, "pairs": (type, country) pairs in the workload}.
// Usage: node bench/time-tax-ids.mjs batch|one|stdnum
import { validateTaxId, validateTaxIds } from 'billkit';
import { stdnum } from 'stdnum';
import { taxIdWorkload } from './tax-id-workload.mjs';
import { time } from './time-calendar.mjs';

const { rows, pairs } = taxIdWorkload(stdnum);
const inputs = rows.map(({ country, type, value }) => ({ country, type, value }));
const validators = rows.map(({ validator }) => {
  const [country, name] = validator.split('.');
  return stdnum[country][name];
});
const values = rows.map((row) => row.value);

const runs = {
  batch: () => time([inputs], validateTaxIds, 7) / inputs.length,
  one: () => time(inputs, validateTaxId, 5),
  stdnum: () => time([values], (all) => all.map((value, i) => validators[i].validate(value)), 5) / values.length,
};
console.log(JSON.stringify({ micros: runs[process.argv[2]](), pairs }));
