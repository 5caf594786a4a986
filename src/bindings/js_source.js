// How src/bindings/js_source.rs looks at a JS value: what it is in one call rather than one
// per question (null? a boolean? a number? ...), and every property read behind a try, so
// that a getter or a proxy that throws reads as `undefined` instead of throwing through wasm.

/** What `value` is, as the number js_source.rs matches on. */
export function shapeOf(value) {
  switch (typeof value) {
    case 'undefined': return 0;
    case 'boolean': return 1;
    case 'number': return 2;
    case 'string': return 3;
    case 'object': return value === null ? 0 : isArray(value) ? 4 : 5;
    case 'function': return 6;
    case 'symbol': return 7;
    default: return 8;
  }
}

function isArray(value) {
  try {
    return Array.isArray(value);
  } catch {
    // A revoked proxy.
    return false;
  }
}

/** A number's shortest digits, as JS writes them (`1e-7`): no float formatting in wasm. */
export function digitsOf(number) {
  return typeof number === 'number' ? String(number) : '';
}

/** The length of a list, 0 if it cannot be read. */
export function lengthOf(list) {
  try {
    return list.length >>> 0;
  } catch {
    return 0;
  }
}

/** `list[index]`, `undefined` if reading it throws. */
export function itemOf(list, index) {
  try {
    return list[index];
  } catch {
    return undefined;
  }
}

/** `value[key]`, `undefined` if reading it throws. */
export function propertyOf(value, key) {
  try {
    return value[key];
  } catch {
    return undefined;
  }
}

/** `Object.entries(object)`, empty if they cannot be read. */
export function entriesOf(object) {
  try {
    return Object.entries(object);
  } catch {
    return [];
  }
}
