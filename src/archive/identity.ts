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
