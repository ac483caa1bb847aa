/**
 * Whether two values are sure to give the same JSON, without writing it: the same object, or
 * plain objects and arrays with the same keys in the same order and values that are the same
 * (strings, finite numbers, booleans, null) or again sure to give the same JSON. Anything else
 * (a class instance, a Date, NaN, a function) is "not sure", and the caller hashes the JSON as
 * before. draad serve keeps the last build's page entries and their keys (src/build/memory.ts):
 * an entry that is the same gets the same key without being written out and hashed again, and
 * since most of it is the very same objects (the report summaries of the last build, kept when
 * they did not change) the walk is short.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return typeof a !== "number" || Number.isFinite(a);
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const arrayA = Array.isArray(a);
  if (arrayA !== Array.isArray(b)) return false;
  if (arrayA) {
    const x = a as unknown[];
    const y = b as unknown[];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!sameJson(x[i], y[i])) return false;
    return true;
  }
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  for (let i = 0; i < keysA.length; i++) {
    const key = keysA[i]!;
    if (key !== keysB[i]) return false;
    const x = (a as Record<string, unknown>)[key];
    const y = (b as Record<string, unknown>)[key];
    if (x === undefined || y === undefined || typeof x === "function" || typeof y === "function") {
      if (x !== y) return false;
      continue;
    }
    if (!sameJson(x, y)) return false;
  }
  return true;
}
