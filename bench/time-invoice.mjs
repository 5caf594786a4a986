// Times previewInvoice on the invoice workload in a process of its own: once with the Orb
// subscription object in every call, once through a Subscription read once.
// Prints {"micros": median per preview, "prepared": the same through a Subscription,
// "preparedPasses": each pass of those, fastest first, "lines": lines per invoice}.
import assert from 'node:assert/strict';
import { previewInvoice, Subscription } from 'billkit';
import { invoiceWorkload } from './invoice-workload.mjs';
import { time, timePasses } from './time-calendar.mjs';

const inputs = invoiceWorkload();
const subscription = new Subscription(inputs[0].subscription);
const requests = inputs.map(({ subscription: _, ...request }) => request);
assert.deepEqual(subscription.previewInvoice(requests[0]), previewInvoice(inputs[0]));
const lines = previewInvoice(inputs[0]).lines.length;
const micros = time(inputs, previewInvoice, 7);
const preparedPasses = timePasses(requests, (request) => subscription.previewInvoice(request), 7);
const prepared = preparedPasses[Math.floor(preparedPasses.length / 2)];
console.log(JSON.stringify({ micros, prepared, preparedPasses, lines }));
