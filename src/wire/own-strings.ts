/**
 * Strings of their own for what the archive keeps. The parser's records hold slices of the
 * capture's text (a headline, an age label, a file name), and V8 keeps a slice of 13 characters
 * or more as a view on the string it was cut from: a report that kept its age label "13 uur
 * geleden" kept the whole capture file with it. At 10,000 captures 68 MB of a 151 MB heap were
 * capture files held that way (a heap snapshot), at 100,000 about ten times as much.
 *
 * `ownStrings` gives every string in a value a copy of its own, in place: a string is a value,
 * so putting an equal string in its place changes nothing anyone can see. Linear in the value's
 * size; cycles and shared objects are walked once, and equal strings share one copy.
 */

/** Code units that latin1 keeps exactly. */
const LATIN1_ONLY = /^[\x00-\xff]*$/;

/**
 * An equal string that holds no other string, as one flat string. Shorter than 13 characters a
 * string is never a view, so it is kept (and stays shared when it is a constant). Latin-1 text
 * goes through a Buffer (3 µs per thousand characters here); other text through JSON, which
 * keeps every code unit, lone surrogates included. `(" " + s).slice(1)` would not do: it gives
 * a view again, on a copy, 32 bytes more per string.
 */
export function ownString(text: string): string {
  if (text.length < 13) return text;
  return LATIN1_ONLY.test(text) ? Buffer.from(text, "latin1").toString("latin1") : (JSON.parse(JSON.stringify(text)) as string);
}

export function ownStrings<T>(value: T): T {
  walk(value, new Set(), new Map());
  return value;
}

/** `copies`: equal strings of one value get one copy (a capture's name is in every report of it). */
function walk(value: unknown, seen: Set<object>, copies: Map<string, string>): void {
  if (typeof value !== "object" || value === null || seen.has(value) || Object.isFrozen(value)) return;
  seen.add(value);
  const own = (text: string) => {
    if (text.length < 13) return text;
    let copy = copies.get(text);
    if (copy === undefined) copies.set(text, (copy = ownString(text)));
    return copy;
  };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const element: unknown = value[i];
      if (typeof element === "string") value[i] = own(element);
      else walk(element, seen, copies);
    }
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const field = record[key];
    if (typeof field === "string") record[key] = own(field);
    else walk(field, seen, copies);
  }
}
