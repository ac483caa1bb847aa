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

/**
 * While `hashing` is set (asJsonForKey), JSON.stringify writes a shared value as `{"\u0000shared": hash}`:
 * through a `toJSON` of its own, which JSON.stringify looks up natively, instead of a replacer
 * function it would call for every value of every entry (that made keying a rebuild's 10,000
 * pages about twice as slow). Unset, `toJSON` gives the value itself, written as ever.
 */
let hashing: ((json: string) => string) | null = null;
const sharedHashes = new WeakMap<object, string>();

function toJSON(this: object): unknown {
  const hashOf = hashing;
  if (hashOf === null) return this;
  let hash = sharedHashes.get(this);
  if (hash === undefined) {
    hashing = null;
    try {
      hash = hashOf(JSON.stringify(this));
    } finally {
      hashing = hashOf;
    }
    sharedHashes.set(this, hash);
  }
  return { "\u0000shared": hash };
}

const valueKeys = new WeakMap<object, string>();

/**
 * Mark `value` as known in page keys by `key`: a key that names its content exactly, such as an
 * item's texts by the key of the group of reports they were made from (src/cache/item-cache.ts;
 * itemOfGroup is pure in its group and place table). The value must never be written on after
 * (the texts an item shares with the last merge are not, src/archive/item-memo.ts). A value
 * already marked keeps its first key.
 */
export function keyedValue<T extends object>(value: T, key: string): T {
  if (!valueKeys.has(value)) valueKeys.set(value, key);
  return value;
}

/**
 * What a page key (InputValues, src/site/pages/inputs.ts) holds for `value`: for a value marked
 * by keyedValue, `{"\u0000keyed": key}` (an object with a key no entry has, as for shared values
 * below), else the value itself.
 */
export function forKey(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const key = valueKeys.get(value);
  return key === undefined ? value : { "\u0000keyed": key };
}

/** `value`, frozen through and through and marked as shared. */
export function sharedValue<T extends object>(value: T): T {
  // Not enumerable: Object.keys, spreads and templates do not see it.
  if (!Object.isFrozen(value)) Object.defineProperty(value, "toJSON", { value: toJSON, enumerable: false, writable: false, configurable: false });
  deepFreeze(value);
  SHARED.add(value);
  return value;
}

/**
 * `value` as JSON with each shared value in it written as the hash (`hash`, taken once per
 * value and process) of its own JSON: an object with a key no entry has (entries hold no
 * objects from captures, only the planner's), so no text of a capture can pass for one.
 */
export function asJsonForKey(value: unknown, hash: (json: string) => string): string {
  hashing = hash;
  try {
    return JSON.stringify(value);
  } finally {
    hashing = null;
  }
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
