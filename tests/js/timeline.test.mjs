// subscriptionTimeline through the package: the shared vectors (tests/vectors/timeline.json,
// each case with its source), the same input giving the same output natively and in JS.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { subscriptionTimeline } from 'billkit';

const { cases } = JSON.parse(readFileSync(new URL('../vectors/timeline.json', import.meta.url)));

for (const vector of cases) {
  test(`subscriptionTimeline: ${vector.name}`, () => {
    if (vector.error) {
      assert.throws(() => subscriptionTimeline(vector.input), (error) => error.name === 'BillkitError' &&
        error.code === vector.error.code && error.field === vector.error.field && error.message.length > 10);
    } else {
      assert.deepEqual(subscriptionTimeline(vector.input), vector.periods);
    }
  });
}

test('the README example is the first vector', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const [example] = cases;
  for (const period of example.periods.slice(1)) {
    for (const line of [...period.in_advance, ...period.changes]) {
      assert.ok(readme.includes(`| ${line.explanation} | ${line.amount} |`), line.explanation);
    }
  }
});
