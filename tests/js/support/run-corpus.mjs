// Runs a corpus of package calls and writes the outcomes as one JSON text: the same function
// in Node, Deno, Chromium and workerd, so their texts can be compared byte for byte with each
// other and with examples/call.rs natively.

/** `corpus`: `[{ call, args }]`; returns `[{ ok: result } | { error: { name, code, field, message } }]` as JSON. */
export function runCorpus(billkit, corpus) {
  return JSON.stringify(corpus.map(({ call, args }) => {
    try {
      return { ok: billkit[call](...args) };
    } catch (error) {
      return { error: { name: error.name, code: error.code, field: error.field, message: error.message } };
    }
  }));
}
