/**
 * Values that many page entries hold, such as a report's summary: every list, sidebar, story box
 * and related list that shows the report holds the one object (PlanContext.summary). They are
 * frozen, deeply, when made, so nothing can change one after a page's cache key was taken, and
 * marked: the page cache hashes each once per process and puts its hash in the JSON it keys a
 * page by, instead of the object written out again in every entry that holds it
 * (src/cache/page-cache.ts; at 10,000 captures the summaries were about two thirds of the
 * 167 MB of JSON a rebuild hashed).
 */
const SHARED = new WeakSet<object>();

/** `value`, frozen through and through and marked as shared. */
export function sharedValue<T extends object>(value: T): T {
  deepFreeze(value);
  SHARED.add(value);
  return value;
}

export function isSharedValue(value: unknown): value is object {
  return typeof value === "object" && value !== null && SHARED.has(value);
}

function deepFreeze(value: object): void {
  if (Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const key of Object.keys(value)) {
    const inner = (value as Record<string, unknown>)[key];
    if (typeof inner === "object" && inner !== null) deepFreeze(inner);
  }
}
