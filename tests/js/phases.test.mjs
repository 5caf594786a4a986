// phaseSchedule through the package: the shared vectors (tests/vectors/phases.json, each case
// with its source), the same input giving the same output natively and in JS.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { phaseSchedule } from 'billkit';

const { cases } = JSON.parse(readFileSync(new URL('../vectors/phases.json', import.meta.url)));

for (const vector of cases) {
  test(`phaseSchedule: ${vector.name}`, () => {
    if (vector.error) {
      assert.throws(() => phaseSchedule(vector.input), (error) => error.name === 'BillkitError' &&
        error.code === vector.error.code && error.field === vector.error.field && error.message.length > 10);
    } else {
      assert.deepEqual(phaseSchedule(vector.input), vector.phases);
    }
  });
}

test('a phase order that is not a whole number is refused with the field named', () => {
  assert.throws(() => phaseSchedule({ start: '2024-01-15', phases: [{ order: 1.5 }] }),
    (error) => error.code === 'invalid_input' && error.field === 'phases[0].order');
});
