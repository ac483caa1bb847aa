/**
 * Stable ids and URLs. An item's id is a hash of its kind and identity key (place and text in
 * comparison form), so it depends on the item alone: not on file order, not on which other
 * captures exist. The URL is `/<kind path>/<slug>-<id>/`: the id makes it unique even when two
 * headlines fold to the same slug, and the slug makes it readable.
 */
import { createHash } from "node:crypto";

const BASE32 = "0123456789abcdefghjkmnpqrstvwxyz";

/** `bits`-bit hash of a text in lower-case Crockford base32 (10 characters = 50 bits). */
export function shortHash(text: string, characters = 10): string {
  const digest = createHash("sha256").update(text).digest();
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of digest) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < characters) {
      out += BASE32[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
    if (out.length >= characters) break;
    buffer &= (1 << bits) - 1;
  }
  return out;
}

export const ITEM_PATHS = { article: "artikel", brief: "kort" } as const;

export function itemUrl(kind: keyof typeof ITEM_PATHS, slug: string, id: string): string {
  return `/${ITEM_PATHS[kind]}/${slug}-${id}/`;
}

/** Fallback slug word when a headline folds to nothing (emoji, right-to-left script). */
export const EMPTY_SLUG = "bericht";

/**
 * File names Windows reserves for devices, with or without an extension: a folder `con/` or
 * `nul/` cannot be checked out or copied there. Report URLs never are one (`<slug>-<id>`);
 * place, agency, section and story folders could be (`CON (ANP) - ...`, an agency `NUL`).
 */
export const WINDOWS_RESERVED_NAMES: ReadonlySet<string> = new Set([
  "con", "prn", "aux", "nul",
  ...Array.from({ length: 9 }, (_, i) => `com${i + 1}`),
  ...Array.from({ length: 9 }, (_, i) => `lpt${i + 1}`),
]);

/**
 * A URL folder name that every file system takes: a reserved name gets the suffix `_`, which
 * slugs never hold, so it cannot collide with another name (`con` -> `con_`).
 */
export function folderSafeId(id: string): string {
  return WINDOWS_RESERVED_NAMES.has(id.split(".", 1)[0]!.toLowerCase()) ? `${id}_` : id;
}
