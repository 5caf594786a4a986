// Node.js, ES modules: node preview.mjs [request.json]
// Prints the invoice previewInvoice computes for an Orb subscription, then how a bad input fails.
import { readFileSync } from 'node:fs';
import { previewInvoice, validateTaxId } from 'billkit';

const request = JSON.parse(readFileSync(process.argv[2] ?? new URL('../preview-request.json', import.meta.url), 'utf8'));
const invoice = previewInvoice(request);
const taxId = validateTaxId({ country: 'DE', type: 'eu_vat', value: 'de 136.695.976' });

let refused;
try {
  previewInvoice({ ...request, at: '2024-02-30' });
} catch (error) {
  refused = { name: error.name, code: error.code, field: error.field }; // BillkitError, invalid_date, at
}
console.log(JSON.stringify({ invoice, taxId, refused }));
