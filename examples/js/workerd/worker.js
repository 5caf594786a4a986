// A Cloudflare Worker: POST /preview with a previewInvoice request as JSON answers the invoice;
// bad input answers 400 with the error's code, field and message.
import { previewInvoice } from 'billkit';

export default {
  async fetch(request) {
    const { pathname } = new URL(request.url);
    if (pathname !== '/preview') return Response.json({ code: 'not_found' }, { status: 404 });
    if (request.method !== 'POST') return Response.json({ code: 'method_not_allowed' }, { status: 405 });
    let body;
    try {
      body = await request.json();
    } catch {
      return Response.json({ code: 'invalid_json', field: null, message: 'the body is not JSON' }, { status: 400 });
    }
    try {
      return Response.json(previewInvoice(body));
    } catch (error) {
      if (error.name !== 'BillkitError') throw error;
      return Response.json({ code: error.code, field: error.field, message: error.message }, { status: 400 });
    }
  },
};
