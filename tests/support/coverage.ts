/**
 * "Nothing lost": every word of a capture's body must appear in a field of its record, in the
 * skipped lines, or in a diagnostic message. Words split at case changes so glued text
 * (`geledenHANOI`, `UPDATEBrug`) compares with its separated parts.
 */
import type { CaptureRecord } from "../../src/wire/index.js";

export function words(text: string): string[] {
  return text
    .replace(/(?<=\p{Ll})(?=\p{Lu})/gu, " ")
    .replace(/(?<=\p{Lu})(?=\p{Lu}\p{Ll})/gu, " ")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Every text a record carries. */
export function recordTexts(record: CaptureRecord): string[] {
  const out: string[] = [];
  for (const a of record.article ? [record.article, ...(record.moreArticles ?? [])] : (record.moreArticles ?? [])) {
    out.push(a.headline, a.headlineLabel ?? "", ...a.paragraphs, ...a.crossheads.map((c) => c.text), ...a.captions, a.byline?.raw ?? "", a.age?.raw ?? "");
    out.push(a.published?.raw ?? "", a.updated?.raw ?? "", ...(a.agencies ?? []).map((m) => m.raw));
    if (a.dateline) out.push(a.dateline.placeRaw ?? "", ...a.dateline.agencies, a.dateline.clock ?? "", a.dateline.date ?? "");
  }
  for (const item of record.related?.items ?? []) {
    out.push(item.title ?? "", item.titleLabel ?? "", item.text, item.age?.raw ?? "");
    if (item.dateline) out.push(item.dateline.placeRaw ?? "", ...item.dateline.agencies, item.dateline.clock ?? "", item.dateline.date ?? "");
  }
  for (const entry of record.ticker) out.push(entry.section, entry.clock, entry.headline);
  for (const skipped of record.skipped) out.push(skipped.text);
  for (const diagnostic of record.diagnostics) out.push(diagnostic.message);
  return out;
}

/**
 * Words of `bodyText` that are in no field of the record. A word broken at a line end with OCR's
 * `¬` (`agger¬` / `kleide`, also across a blank line) is one word when the parser joined the page's short lines, two when
 * it did not; it joins all of a page or none, so the reading that loses fewer words is the one.
 */
export function lostWords(bodyText: string, record: CaptureRecord): string[] {
  const covered = new Set(recordTexts(record).flatMap(words));
  const lost = (text: string) => [...new Set(words(text))].filter((word) => !covered.has(word));
  const asWritten = lost(bodyText);
  if (asWritten.length === 0 || !bodyText.includes("¬")) return asWritten;
  // The parser joins a block that goes on in lower case after a column break (a blank line) too.
  const joined = lost(bodyText.replace(/¬\s*\n\s*/g, ""));
  return joined.length < asWritten.length ? joined : asWritten;
}
