// validateTaxIds' rows into wasm and results out, done in JS where JS is cheaper than the
// boundary. Rows go in as one string of their values and the distinct (country, type) pairs,
// written straight into wasm memory, with their lengths in a Uint32Array: a fraction of
// JSON.stringify's cost, and wasm then looks each pair up once rather than on every row.
// Results come out as a code per row and one string of compact and formatted forms: one
// JSON.parse of a hundred thousand objects costs several times more than creating them here
// (measured: 0.63 vs 0.12 us a row).

const REASONS = [null, 'unsupported_type', 'country_mismatch', 'invalid_format', 'invalid_length',
  'invalid_component', 'invalid_checksum'];
const UNRESOLVED = 0xffff;
const VALID_AS_COMPACT = REASONS.length;
const NO_COUNTRY = 0xffffffff;
// The fields of a row the JSON path reads (json_rows.rs); it ignores later ones.
const MAX_JSON_FIELDS = 8;
const encoder = new TextEncoder();

// The text packTaxIdRows made, until encodeTaxIdRows writes it into wasm memory.
let pending = '';

/**
 * `inputs` packed for wasm, or undefined when a row is not a plain object of string fields
 * and plain data
 * (then wasm reads the rows through JSON.stringify, whose answer for such rows, an exception
 * or a field it leaves out, is the contract). The returned numbers are: the length of the
 * pending text in UTF-16 units; the count of pairs; for each pair the length of its country
 * (NO_COUNTRY when none is given) and of its type; for each row its pair and the length of its
 * value. The text is the pairs' countries and types, then the rows' values, in that order.
 */
export function packTaxIdRows(inputs) {
  try {
    return pack(inputs);
  } catch {
    // A getter or a proxy threw: JSON.stringify will meet it too, and its error is the
    // contract.
    return undefined;
  }
}

function pack(inputs) {
  // Rows read their fields through Object.prototype when they lack them; JSON.stringify
  // does not, and calls toJSON.
  const shared = Object.prototype;
  if (inputs.toJSON !== undefined || shared.country !== undefined || shared.type !== undefined
    || shared.value !== undefined) {
    return undefined;
  }
  const count = inputs.length;
  const rows = new Uint32Array(2 * count);
  const pairs = new Map();
  const pairLengths = [];
  let pairText = '';
  let values = '';
  for (let row = 0; row < count; row += 1) {
    const input = inputs[row];
    if (typeof input !== 'object' || input === null || Object.getPrototypeOf(input) !== Object.prototype
      || input.toJSON !== undefined) {
      return undefined;
    }
    // JSON.stringify reads own enumerable fields only: a row with one of these hidden takes
    // the JSON path. So does a row with another field that is an object or a BigInt (which
    // can make JSON.stringify throw), or with more fields than the JSON path reads.
    let seen = 0;
    let fields = 0;
    for (const key in input) {
      fields += 1;
      if (fields > MAX_JSON_FIELDS) return undefined;
      if (key === 'country') {
        seen |= 1;
      } else if (key === 'type') {
        seen |= 2;
      } else if (key === 'value') {
        seen |= 4;
      } else {
        const other = input[key];
        if ((typeof other === 'object' && other !== null) || typeof other === 'bigint') return undefined;
      }
    }
    let { country } = input;
    const { type, value } = input;
    if ((seen & 6) !== 6 || typeof type !== 'string' || typeof value !== 'string') return undefined;
    if (country === null) {
      country = undefined;
    } else if (country !== undefined && (typeof country !== 'string' || (seen & 1) === 0)) {
      return undefined;
    }
    let byCountry = pairs.get(type);
    if (byCountry === undefined) {
      byCountry = new Map();
      pairs.set(type, byCountry);
    }
    let pair = byCountry.get(country);
    if (pair === undefined) {
      pair = pairLengths.length / 2;
      byCountry.set(country, pair);
      if (country === undefined) {
        pairLengths.push(NO_COUNTRY, type.length);
      } else {
        pairLengths.push(country.length, type.length);
        pairText += country;
      }
      pairText += type;
    }
    rows[2 * row] = pair;
    rows[2 * row + 1] = value.length;
    values += value;
  }
  pending = pairText + values;
  const numbers = new Uint32Array(2 + pairLengths.length + rows.length);
  numbers[0] = pending.length;
  numbers[1] = pairLengths.length / 2;
  numbers.set(pairLengths, 2);
  numbers.set(rows, 2 + pairLengths.length);
  return numbers;
}

/** Writes the pending text into `bytes` (a view of wasm memory, 3 bytes a UTF-16 unit) as
 * UTF-8; returns the count of bytes written. */
export function encodeTaxIdRows(bytes) {
  const { written } = encoder.encodeInto(pending, bytes);
  pending = '';
  return written;
}

/**
 * `codes[i]`: 0 when row i is valid, VALID_AS_COMPACT when it is and its formatted form is its
 * compact one, else 1 + the index of its reason in REASONS' order.
 * `entries[i]`: the row's index in `names` (`[country, type]` of each taxIdTypes entry), or
 * UNRESOLVED, when `text` carries the row's country and type. `text`: newline-terminated
 * fields, in row order: country and type of unresolved rows, compact and (unless it is the
 * same) formatted of valid ones (no field holds a newline).
 */
export function taxIdResults(codes, entries, text, names) {
  const fields = text.split('\n');
  let next = 0;
  const results = new Array(codes.length);
  for (let row = 0; row < codes.length; row += 1) {
    let country;
    let type;
    if (entries[row] === UNRESOLVED) {
      country = fields[next++];
      type = fields[next++];
    } else {
      [country, type] = names[entries[row]];
    }
    const code = codes[row];
    if (code === 0) {
      results[row] = { valid: true, country, type, compact: fields[next++], formatted: fields[next++], reason: null };
    } else if (code === VALID_AS_COMPACT) {
      const compact = fields[next++];
      results[row] = { valid: true, country, type, compact, formatted: compact, reason: null };
    } else {
      results[row] = { valid: false, country, type, compact: null, formatted: null, reason: REASONS[code] };
    }
  }
  return results;
}
