// A CommonJS consumer: require() resolves the package's `node.d.cts` declarations.
import billkit = require('billkit');

const periods: billkit.Period[] = billkit.billingPeriods({ start: '2024-01-15', cadence: 'annual', count: 2 });
// @ts-expect-error `partial` is a boolean
const partial: number = periods[0]!.partial;
console.log(partial);
