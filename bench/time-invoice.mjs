// Times previewInvoice on the invoice workload in a process of its own.
// Prints {"micros": median per preview, "lines": lines per invoice}.
import { previewInvoice } from 'billkit';
import { invoiceWorkload } from './invoice-workload.mjs';
import { time } from './time-calendar.mjs';

const inputs = invoiceWorkload();
const lines = previewInvoice(inputs[0]).lines.length;
console.log(JSON.stringify({ micros: time(inputs, previewInvoice, 7), lines }));
