/**
 * Reports: every article, sidebar brief, list brief and ticker line of every capture, flattened
 * into one shape with its evidence (publication interval) and its comparison keys. The merge
 * stage groups reports into items; nothing here looks at other captures.
 */
import type { ArticleRecord, BriefRecord, CaptureRecord, Crosshead, StatedTime } from "../wire/index.js";
import { parseTimestamp } from "../wire/amsterdam-time.js";
import { ownString } from "../wire/own-strings.js";
import { isKnownSection, KNOWN_SECTIONS } from "../wire/vocabulary.js";
import { comparisonText } from "./normalise.js";
import { intersect, intervalAt, intervalFromAge, intervalOfMinute, intervalUpTo, isEmpty, UNBOUNDED, type Interval } from "./interval.js";
import type { PlaceResolver } from "./places.js";
import type { ItemDateline } from "./types.js";

export interface Report {
  kind: "article" | "brief" | "ticker";
  role: "page" | "sidebar" | "list" | "ticker";
  capture: string;
  capturedAtMs: number | null;
  capturedAt: string | null;
  section: string | null;
  /** Article headline, brief title or ticker headline. */
  title: string | null;
  dateline: ItemDateline | null;
  /** Joined fold key of the dateline's places (`kyiv`, `teheran/jeruzalem`); "" without place. */
  placeKey: string;
  paragraphs: string[];
  crossheads: Crosshead[];
  /** The text as copied: paragraphs joined by a blank line. */
  text: string;
  /** A brief's `text` in comparison form ("" for articles, which are compared by their opening). */
  comparison: string;
  /** Comparison form of the first paragraph (articles) or the whole text (briefs). */
  leadComparison: string;
  evidence: Interval;
  /** True when some evidence bounds the time (a capture time, an age, a date). */
  dated: boolean;
  /** For a capture without capture time: the age as an interval counted from that capture's unknown instant (0). */
  relative: Interval | null;
  ageRaw: string | null;
  line: number;
  column: number;
  sourceUrl: string | null;
  language: string | null;
  byline: string | null;
  captions: string[];
  /**
   * Upper-case agency codes of the text: the dateline's, else those a byline, a source credit
   * (`Bron: ANP`) or a sign-off (`(ANP)`) names. Photo credits name the photo's agency, not the text's.
   */
  agencies: string[];
  /** Evidence that contradicts itself within this one report (front matter against age). */
  conflict: string | null;
  /**
   * When the captured page says the article was last updated (`Aangepast vandaag om 08:47`,
   * `Laatste update: 14:32`, a byline's `update: ...`): that minute, or that whole day. Null for
   * briefs and tickers, and when the page does not say.
   */
  updated: Interval | null;
}

const SECTION_SPELLING = new Map(KNOWN_SECTIONS.map((s) => [s.toLowerCase(), s]));

/** `buitenland` -> `Buitenland`; unknown sections are kept as written. */
export function canonicalSection(name: string | null): string | null {
  const trimmed = name?.replace(/\s+/g, " ").trim();
  if (!trimmed) return null;
  return isKnownSection(trimmed) ? SECTION_SPELLING.get(trimmed.toLowerCase())! : trimmed;
}

export function reportsOfCapture(record: CaptureRecord, places: PlaceResolver): Report[] {
  const capturedAtMs = record.capturedAt ? (parseTimestamp(record.capturedAt)?.epochMs ?? null) : null;
  const upTo = capturedAtMs === null ? UNBOUNDED : intervalUpTo(capturedAtMs);
  const base = { capture: record.source, capturedAtMs, capturedAt: record.capturedAt, sourceUrl: record.sourceUrl };
  const reports: Report[] = [];
  const pageSection = canonicalSection(record.article?.section ?? record.related?.section ?? null);

  for (const article of record.article ? [record.article, ...(record.moreArticles ?? [])] : (record.moreArticles ?? [])) {
    if (article.paragraphs.length === 0 && !article.headline) continue;
    let evidence = upTo;
    let conflict: string | null = null;
    const add = (next: Interval, what: string) => {
      const meet = intersect(evidence, next);
      if (meet.from > meet.to || (meet.from === meet.to && (meet.fromOpen || meet.toOpen))) conflict = what;
      else evidence = meet;
    };
    if (article.age && capturedAtMs !== null) {
      const fromAge = intervalFromAge(article.age.raw, capturedAtMs);
      if (fromAge) add(fromAge, `the age "${article.age.raw}"`);
    }
    const bylineTime = article.byline?.published ? parseTimestamp(article.byline.published) : null;
    if (bylineTime) add(intervalOfMinute(bylineTime.epochMs), `the byline time ${article.byline!.published}`);
    // A date line (`Donderdag 27 april 2017 09:11`): that minute, or that whole day.
    const stated = article.published ? statedInterval(article.published) : null;
    if (stated && article.published!.source === "date-line") add(stated, `the date line "${article.published!.raw}"`);
    // Posted no later than its last update.
    const updated = article.updated ? statedInterval(article.updated) : null;
    if (updated) add({ from: -Infinity, fromOpen: true, to: updated.to, toOpen: true }, `the update time "${article.updated!.raw}"`);
    const published = record.published ? parseTimestamp(record.published) : null;
    if (published) add(intervalAt(published.epochMs), `front matter published: ${record.published}`);
    const text = article.paragraphs.join("\n\n");
    reports.push({
      capture: base.capture,
      capturedAtMs: base.capturedAtMs,
      capturedAt: base.capturedAt,
      sourceUrl: base.sourceUrl,
      kind: "article",
      role: "page",
      section: pageSection,
      title: article.headline || null,
      dateline: datelineOf(article.dateline),
      placeKey: placeKeyOf(article.dateline?.placeRaw ?? null, places),
      paragraphs: article.paragraphs,
      crossheads: article.crossheads,
      text,
      // Articles are compared by place, headline and opening (leadComparison), never by whole text.
      comparison: "",
      leadComparison: comparisonText(article.paragraphs[0] ?? ""),
      evidence,
      dated: evidence !== UNBOUNDED,
      relative: capturedAtMs === null && article.age ? intervalFromAge(article.age.raw, 0) : null,
      ageRaw: article.age?.raw ?? null,
      line: article.span.line,
      column: article.span.column,
      language: article.language,
      byline: article.byline?.raw ?? null,
      captions: article.captions,
      agencies: textAgencies(article),
      conflict,
      updated,
    });
  }

  const sidebarSection = canonicalSection(record.related?.section ?? null);
  for (const brief of record.related?.items ?? []) {
    const role = record.pageKind === "section-index" || record.pageKind === "brief-list" ? "list" : "sidebar";
    reports.push(briefReport(brief, role, sidebarSection, base, capturedAtMs, upTo, places));
  }

  for (const entry of record.ticker) {
    const at = entry.publishedFrom ? parseTimestamp(entry.publishedFrom) : null;
    reports.push({
      capture: base.capture,
      capturedAtMs: base.capturedAtMs,
      capturedAt: base.capturedAt,
      sourceUrl: base.sourceUrl,
      kind: "ticker",
      role: "ticker",
      section: canonicalSection(entry.section),
      title: entry.headline,
      dateline: null,
      placeKey: "",
      paragraphs: [],
      crossheads: [],
      text: "",
      comparison: "",
      leadComparison: "",
      evidence: at ? intervalOfMinute(at.epochMs) : upTo,
      dated: at !== null || capturedAtMs !== null,
      relative: null,
      ageRaw: entry.clock,
      line: entry.span.line,
      column: entry.span.column,
      language: null,
      byline: null,
      captions: [],
      agencies: [],
      conflict: null,
      updated: null,
    });
  }
  return reports;
}

// Reports are built field by field, never with `...base` into a large literal: V8 makes such
// objects slow (four times slower to build here), and there is one report per sighting.
function briefReport(
  brief: BriefRecord,
  role: "sidebar" | "list",
  section: string | null,
  base: Pick<Report, "capture" | "capturedAtMs" | "capturedAt" | "sourceUrl">,
  capturedAtMs: number | null,
  upTo: Interval,
  places: PlaceResolver,
): Report {
  const fromAge = brief.age && capturedAtMs !== null ? intervalFromAge(brief.age.raw, capturedAtMs) : null;
  let evidence = fromAge ? intersect(upTo, fromAge) : upTo;
  // A list item's own date line (a month archive's `02-03-2026`): that day, or that minute.
  let conflict: string | null = null;
  const stated = brief.published ? statedInterval(brief.published) : null;
  if (stated) {
    const meet = intersect(evidence, stated);
    if (isEmpty(meet)) conflict = `the date line "${brief.published!.raw}"`;
    else evidence = meet;
  }
  const comparison = briefComparison(brief.text);
  return {
    capture: base.capture,
    capturedAtMs: base.capturedAtMs,
    capturedAt: base.capturedAt,
    sourceUrl: base.sourceUrl,
    kind: "brief",
    role,
    section,
    title: brief.title,
    dateline: datelineOf(brief.dateline),
    placeKey: placeKeyOf(brief.dateline?.placeRaw ?? null, places),
    paragraphs: brief.text ? [brief.text] : [],
    crossheads: [],
    text: brief.text,
    comparison,
    leadComparison: comparison,
    evidence,
    dated: evidence !== UNBOUNDED,
    relative: capturedAtMs === null && brief.age ? intervalFromAge(brief.age.raw, 0) : null,
    ageRaw: brief.age?.raw ?? null,
    line: brief.span.line,
    column: brief.span.column,
    language: null,
    byline: null,
    captions: [],
    agencies: brief.dateline?.agencies.map((a) => a.toUpperCase()) ?? [],
    conflict,
    updated: null,
  };
}

/**
 * A brief's text recurs in many captures (the same sidebar, minutes apart): its comparison form
 * is computed once per distinct text. The cache is cleared when it grows large, so memory stays
 * bounded on any archive.
 */
const comparisonCache = new Map<string, string>();
function briefComparison(text: string): string {
  let value = comparisonCache.get(text);
  if (value === undefined) {
    if (comparisonCache.size > 50_000) comparisonCache.clear();
    value = comparisonText(text);
    // The key copied: the text is a view on the capture's text, which it would keep (src/wire/own-strings.ts).
    comparisonCache.set(ownString(text), value);
  }
  return value;
}

function datelineOf(dateline: Omit<import("../wire/index.js").Dateline, "raw"> | null): ItemDateline | null {
  if (!dateline) return null;
  return {
    place: dateline.place,
    placeRaw: dateline.placeRaw,
    agencies: dateline.agencies.map((a) => a.toUpperCase()),
    clock: dateline.clock,
    date: dateline.date,
  };
}

function placeKeyOf(placeRaw: string | null, places: PlaceResolver): string {
  return places
    .resolve(placeRaw)
    .map((p) => p.id)
    .join("/");
}

/** A stated time as an interval: [from, to), a day or a minute. */
function statedInterval(stated: StatedTime): Interval | null {
  const from = parseTimestamp(stated.from);
  const to = parseTimestamp(stated.to);
  if (!from || !to) return null;
  return { from: from.epochMs, fromOpen: false, to: to.epochMs, toOpen: true };
}

/** See `Report.agencies`. */
function textAgencies(article: ArticleRecord): string[] {
  const fromDateline = article.dateline?.agencies.map((a) => a.toUpperCase()) ?? [];
  if (fromDateline.length > 0) return fromDateline;
  const named = (article.agencies ?? []).filter((m) => m.source === "byline" || m.source === "source-credit" || m.source === "sign-off").map((m) => m.code.toUpperCase());
  return [...new Set(named)];
}
