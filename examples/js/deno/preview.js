// Deno: deno run --allow-read preview.js [request.json]
// With billkit in node_modules (npm install billkit), Deno resolves it like Node does; without,
// import from 'npm:billkit' instead.
import { previewInvoice, validateTaxId } from 'billkit';

const path = Deno.args[0] ?? new URL('../preview-request.json', import.meta.url);
const request = JSON.parse(await Deno.readTextFile(path));
const invoice = previewInvoice(request);
const taxId = validateTaxId({ country: 'DE', type: 'eu_vat', value: 'de 136.695.976' });

let refused;
try {
  previewInvoice({ ...request, at: '2024-02-30' });
} catch (error) {
  refused = { name: error.name, code: error.code, field: error.field };
}
console.log(JSON.stringify({ invoice, taxId, refused }));
