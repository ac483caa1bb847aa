/**
 * Stage 3, recognise: one line -> what it is. Each recogniser is a small pure function that
 * returns a match or null (after chrono's `Parser`s); `recogniseLine` tries them in the order
 * documented there. Matching runs on the whitespace-folded line; positions inside a match are
 * indices into `SourceLine.text` and are mapped back to the raw text with `rawOffset`.
 */
import {
  DATELINE_DASH,
  AGE_LINE,
  AGE_PREFIX,
  BOILERPLATE_LINES,
  BYLINE,
  CAPTION_WITH_CREDIT,
  CREDIT_MARKERS,
  DATELINE,
  EDITION_LINE,
  HAS_LOWER_CASE,
  PAGE_DATE_LINE,
  PHOTO_CREDIT_LINE,
  SIDEBAR_HEADING,
  TICKER_LINE,
  UPPER_CASE_PLACE,
} from "./vocabulary.js";
import type { SourceLine } from "./types.js";

export interface DatelineMatch {
  /** The dateline as written, up to and including the dash and a following space. */
  raw: string;
  placeRaw: string;
  /** Agency codes as written (`Belga`), in order; empty when the dateline has none. */
  agenciesWritten: string[];
  clock: string | null;
  date: string | null;
  /** Index in the folded line where the dateline ends and the text begins. */
  end: number;
}

export interface AgeMatch {
  raw: string;
  /** Index in the folded line just past the label. */
  end: number;
}

export type LineToken =
  | { kind: "blank"; line: SourceLine }
  | { kind: "boilerplate"; line: SourceLine }
  | { kind: "edition"; line: SourceLine }
  | { kind: "page-date"; line: SourceLine }
  | { kind: "sidebar-heading"; line: SourceLine; section: string | null }
  | { kind: "byline"; line: SourceLine; author: string; day: number; month: number; year: number; clock: string }
  | { kind: "credit"; line: SourceLine }
  | { kind: "caption"; line: SourceLine }
  | { kind: "age"; line: SourceLine; age: AgeMatch }
  | { kind: "dateline"; line: SourceLine; age: AgeMatch | null; dateline: DatelineMatch; textStart: number }
  | { kind: "ticker"; line: SourceLine; section: string; clock: string; headline: string }
  | { kind: "text"; line: SourceLine };

/**
 * Where a line stands: before the article's dateline (`head`), where a dateline may lack agencies
 * and a clock before it belongs to the dateline (`16:29 TERNEUZEN - `); in the article body; or in
 * a sidebar or index list, where a dateline needs agencies and a leading clock is an age.
 */
export type LineContext = "head" | "body" | "list";

/** Is this the dateline at the start of `text`? Returns null for look-alikes (`Willem II - Heerenveen`). */
export function recogniseDateline(text: string, context: LineContext): DatelineMatch | null {
  // Every dateline has a dash; most text lines have none, and this test is far cheaper than DATELINE.
  if (!DATELINE_DASH.test(text)) return null;
  const m = DATELINE.exec(text);
  if (!m) return null;
  const [raw, clock, date, placeRaw, agencies] = m;
  if (!placeRaw || !UPPER_CASE_PLACE.test(placeRaw) || HAS_LOWER_CASE.test(placeRaw)) return null;
  if ((placeRaw.match(/\p{L}/gu)?.length ?? 0) < 2) return null;
  const agenciesWritten = agencies ? agencies.split("/") : [];
  // Without agencies a capitalised word and a dash is too weak outside the article's own dateline:
  // `PSV - Ajax eindigde in 2-2`.
  if (agenciesWritten.length === 0 && context !== "head") return null;
  if (clock && context === "list") return null;
  return { raw, placeRaw, agenciesWritten, clock: clock ?? null, date: date ?? null, end: raw.length };
}

/** An age label alone on the line: `13 uur geleden`, `Gisteren 22:56`. */
export function recogniseAgeLine(text: string): AgeMatch | null {
  return AGE_LINE.test(text) ? { raw: text, end: text.length } : null;
}

/**
 * An age label glued before a dateline: `32 minuten geledenHANOI (ANP/AFP) - ...`.
 * Only when a dateline really follows, so `22 jaar geleden begon ...` is body text.
 */
export function recogniseGluedAge(text: string, context: LineContext): { age: AgeMatch; dateline: DatelineMatch } | null {
  const m = AGE_PREFIX.exec(text);
  if (!m) return null;
  const afterAge = m[0].length;
  const gap = text[afterAge] === " " ? 1 : 0;
  const dateline = recogniseDateline(text.slice(afterAge + gap), context === "head" ? "list" : context);
  if (!dateline) return null;
  return { age: { raw: m[0], end: afterAge }, dateline: { ...dateline, end: afterAge + gap + dateline.end } };
}

export function recogniseSidebarHeading(text: string): { section: string | null } | null {
  const m = SIDEBAR_HEADING.exec(text);
  return m ? { section: m[1]?.trim() || null } : null;
}

export function recogniseTicker(text: string): { section: string; clock: string; headline: string } | null {
  const m = TICKER_LINE.exec(text);
  return m ? { section: m[1]!, clock: m[2]!, headline: m[3]! } : null;
}

export function recogniseByline(text: string): { author: string; day: number; month: number; year: number; clock: string } | null {
  const m = BYLINE.exec(text);
  if (!m) return null;
  return { author: m[1]!, day: Number(m[2]), month: Number(m[3]), year: Number(m[4]), clock: m[5]! };
}

/**
 * Classify one line. Order: blank, site chrome (boilerplate, edition, page date), `Meer uit`,
 * byline, photo credit, age alone, age glued to a dateline, dateline, ticker, caption, text.
 */
export function recogniseLine(line: SourceLine, context: LineContext): LineToken {
  const text = line.text;
  if (text === "") return { kind: "blank", line };
  if (BOILERPLATE_LINES.has(text)) return { kind: "boilerplate", line };
  if (EDITION_LINE.test(text)) return { kind: "edition", line };
  if (PAGE_DATE_LINE.test(text)) return { kind: "page-date", line };
  const heading = recogniseSidebarHeading(text);
  if (heading) return { kind: "sidebar-heading", line, section: heading.section };
  const byline = recogniseByline(text);
  if (byline) return { kind: "byline", line, ...byline };
  if (PHOTO_CREDIT_LINE.test(text)) return { kind: "credit", line };
  const age = recogniseAgeLine(text);
  if (age && !(context === "head" && /^\d/.test(text) && !/geleden$/i.test(text))) return { kind: "age", line, age };
  const glued = recogniseGluedAge(text, context);
  if (glued) return { kind: "dateline", line, age: glued.age, dateline: glued.dateline, textStart: glued.dateline.end };
  const dateline = recogniseDateline(text, context);
  if (dateline) return { kind: "dateline", line, age: null, dateline, textStart: dateline.end };
  if (context !== "body") {
    const ticker = recogniseTicker(text);
    if (ticker) return { kind: "ticker", line, ...ticker };
  }
  if (CREDIT_MARKERS.some((marker) => text.includes(marker)) && CAPTION_WITH_CREDIT.test(text)) return { kind: "caption", line };
  return { kind: "text", line };
}

/** Offset in the decoded text of index `foldedIndex` of `line.text` (folding only drops spaces). */
export function rawOffset(line: SourceLine, foldedIndex: number): number {
  const raw = line.raw;
  let r = 0;
  while (r < raw.length && raw[r] === " ") r++;
  let f = 0;
  while (f < foldedIndex && r < raw.length) {
    if (raw[r] === " ") {
      while (r + 1 < raw.length && raw[r + 1] === " ") r++;
    }
    r++;
    f++;
  }
  return line.start + r;
}
