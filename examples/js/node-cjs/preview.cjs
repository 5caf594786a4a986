// Node.js, CommonJS: node preview.cjs [request.json]
// Prints the invoice previewInvoice computes for an Orb subscription, then how a bad input fails.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { previewInvoice, validateTaxId } = require('billkit');

const request = JSON.parse(readFileSync(process.argv[2] ?? join(__dirname, '..', 'preview-request.json'), 'utf8'));
const invoice = previewInvoice(request);
const taxId = validateTaxId({ country: 'DE', type: 'eu_vat', value: 'de 136.695.976' });

let refused;
try {
  previewInvoice({ ...request, at: '2024-02-30' });
} catch (error) {
  refused = { name: error.name, code: error.code, field: error.field }; // BillkitError, invalid_date, at
}
console.log(JSON.stringify({ invoice, taxId, refused }));
