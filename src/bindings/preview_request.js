// A Subscription's preview request into wasm as one text and a list of lengths, for the
// requests pages make: plain objects of strings and safe integers. Read property by
// property, host calls each, such a request cost a fifth of a prepared preview (measured
// through serde-wasm-bindgen: 5 of 26 us). Anything else, and any request this declines,
// takes that path, whose results and errors are the contract.
//
// Cells, in order (NONE for an absent field; a string is its length in UTF-16 units, its
// text appended to the pending text): the text's length; `usage` as NONE or its entry
// count, each entry its key then QUANTITY and the quantity's digits, or GROUPS, the group
// count and for each group its value count, each value NONE or a string, and its quantity;
// `period_index` as digits; `at`, `currency`, `rounding`, `unit` as strings.

const NONE = 0xffffffff;
const QUANTITY = 0;
const GROUPS = 1;
const FIELDS = new Set(['usage', 'period_index', 'at', 'currency', 'rounding', 'unit']);
const encoder = new TextEncoder();

// The text packPreviewRequest made, until encodePreviewRequest writes it into wasm memory.
let pending = '';

/** The cells of `request`, its text left pending; undefined when this cannot vouch for it. */
export function packPreviewRequest(request) {
  try {
    return pack(request);
  } catch {
    // A getter or a proxy threw: the reader of other inputs reads it as undefined.
    return undefined;
  }
}

/** Writes the pending text into `bytes` (a view of wasm memory, 3 bytes a UTF-16 unit) as
 * UTF-8; returns the count of bytes written. */
export function encodePreviewRequest(bytes) {
  const { written } = encoder.encodeInto(pending, bytes);
  pending = '';
  return written;
}

const isPlainObject = (value) => typeof value === 'object' && value !== null
  && Object.getPrototypeOf(value) === Object.prototype;
const isAbsent = (value) => value === undefined || value === null;

function pack(request) {
  if (!isPlainObject(request) || Object.keys(request).some((key) => !FIELDS.has(key))) return undefined;
  const packer = new Packer();
  const { usage, period_index: periodIndex } = request;
  if (isAbsent(usage)) {
    packer.cells.push(NONE);
  } else if (isPlainObject(usage)) {
    const keys = Object.keys(usage);
    packer.cells.push(keys.length);
    for (const key of keys) {
      packer.string(key);
      if (!packer.usage(usage[key])) return undefined;
    }
  } else {
    return undefined;
  }
  if (isAbsent(periodIndex)) packer.cells.push(NONE);
  else if (Number.isSafeInteger(periodIndex)) packer.string(String(periodIndex));
  else return undefined;
  for (const field of ['at', 'currency', 'rounding', 'unit']) {
    if (!packer.optionalString(request[field])) return undefined;
  }
  packer.cells[0] = packer.text.length;
  pending = packer.text;
  return Uint32Array.from(packer.cells);
}

// A class rather than closures over `cells` and `text`, which closures would keep in a heap
// context (the same change made the invoice's reader a third faster).
class Packer {
  constructor() {
    this.cells = [0];
    this.text = '';
  }

  string(value) {
    this.cells.push(value.length);
    this.text += value;
  }

  /** Orb's numbers as the reader of other inputs hands them over: a safe integer's digits, or the text. */
  quantity(value) {
    if (typeof value === 'string') this.string(value);
    else if (Number.isSafeInteger(value)) this.string(String(value));
    else return false;
    return true;
  }

  optionalString(value) {
    if (isAbsent(value)) this.cells.push(NONE);
    else if (typeof value === 'string') this.string(value);
    else return false;
    return true;
  }

  usage(value) {
    if (!Array.isArray(value)) {
      this.cells.push(QUANTITY);
      return this.quantity(value);
    }
    this.cells.push(GROUPS, value.length);
    for (const group of value) {
      if (!isPlainObject(group) || Object.keys(group).some((key) => key !== 'dimension_values' && key !== 'quantity')
        || !Array.isArray(group.dimension_values)) {
        return false;
      }
      this.cells.push(group.dimension_values.length);
      for (const dimension of group.dimension_values) {
        if (dimension === null) this.cells.push(NONE);
        else if (typeof dimension === 'string') this.string(dimension);
        else return false;
      }
      if (!this.quantity(group.quantity)) return false;
    }
    return true;
  }
}
