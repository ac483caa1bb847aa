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
    out.push(item.title ?? "", item.titleLabel ?? "", item.text, item.age?.raw ?? "", item.published?.raw ?? "");
    if (item.dateline) out.push(item.dateline.placeRaw ?? "", ...item.dateline.agencies, item.dateline.clock ?? "", item.dateline.date ?? "");
  }
  for (const entry of record.ticker) out.push(entry.section, entry.clock, entry.headline);
  for (const skipped of record.skipped) out.push(skipped.text);
  for (const diagnostic of record.diagnostics) out.push(diagnostic.message);
  return out;
}

/**
 * Words of `bodyText` that are in no field of the record. A word broken at a line end with OCR's
 * `¬` (`agger¬` / `kleide`, also across a blank line) is one word where the parser joined the
 * lines and two where it did not (it joins block by block: a block that goes on in lower case):
 * the two halves count as covered when the record holds the joined word.
 */
export function lostWords(bodyText: string, record: CaptureRecord): string[] {
  const covered = new Set(recordTexts(record).flatMap(words));
  if (bodyText.includes("¬")) {
    for (const match of bodyText.matchAll(/([\p{L}\p{N}]*)¬\s*\n\s*([\p{L}\p{N}]*)/gu)) {
      const [, before = "", after = ""] = match;
      if (words(before + after).every((w) => covered.has(w))) for (const w of [...words(before), ...words(after)]) covered.add(w);
    }
  }
  return [...new Set(words(bodyText))].filter((word) => !covered.has(word));
}
