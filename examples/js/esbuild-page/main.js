// A page bundled by esbuild (npm run build): the invoice of the request beside it, in the browser.
import { previewInvoice } from 'billkit';
import request from '../preview-request.json';

const invoice = previewInvoice(request);
for (const line of invoice.lines) {
  const item = document.createElement('li');
  item.textContent = `${line.name}: ${line.amount} (${line.explanation})`;
  document.getElementById('lines').append(item);
}
document.getElementById('total').textContent = `${invoice.total} ${invoice.currency}`;
