/**
 * One group of reports -> one archive item: the text of its best copy, its stable id and URL,
 * its section, and its dating (postings from the intervals of its sightings).
 */
import { fileDiagnostic } from "../wire/diagnostics.js";
import { detectLanguage } from "../wire/language.js";
import { formatAmsterdamIso } from "../wire/amsterdam-time.js";
import { comparisonText, headlineFromText, slugify, slugTextFromText } from "./normalise.js";
import { EMPTY_SLUG, folderSafeId, itemUrl, shortHash } from "./identity.js";
import { isEmpty, postingsOf, UNBOUNDED, type Interval } from "./interval.js";
import { articleKey, briefKey, type ReportGroup } from "./merge.js";
import { versionsOf } from "./versions.js";
import type { Report } from "./reports.js";
import type { ArchiveDiagnostic, ArchiveItem, Sighting } from "./types.js";
import type { PlaceResolver } from "./places.js";

export interface ItemWithEvidence {
  item: ArchiveItem;
  /** The first posting's interval, for linking and stories. */
  interval: Interval;
  /** Comparison form of the lead (first paragraph or brief text). */
  leadComparison: string;
  placeKey: string;
  /** Titles seen, in comparison form. */
  titles: Set<string>;
  /** Every dateline place as written in the item's copies. */
  placeSpellings: string[];
}

const byCaptureTime = (a: Report, b: Report) =>
  (a.capturedAtMs ?? Infinity) - (b.capturedAtMs ?? Infinity) || compareText(a.capture, b.capture) || a.line - b.line || a.column - b.column;

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Where items made by earlier builds are kept, by group. `get` hands out an entry of its own
 * (the later stages write on it); `put` takes the entry as itemOfGroup made it, before they do.
 */
export interface GroupItemStore {
  get(group: ReportGroup): { entry: ItemWithEvidence; diagnostics: ArchiveDiagnostic[] } | null;
  put(group: ReportGroup, entry: ItemWithEvidence, diagnostics: readonly ArchiveDiagnostic[]): void;
}

/** The item of a group: from the store when it holds the group, else made (and stored). */
export function storedOrMadeItem(group: ReportGroup, places: PlaceResolver, diagnostics: ArchiveDiagnostic[], store: GroupItemStore | null): ItemWithEvidence {
  const stored = store?.get(group);
  if (stored) {
    for (const d of stored.diagnostics) diagnostics.push(d);
    return stored.entry;
  }
  const own: ArchiveDiagnostic[] = [];
  const entry = itemOfGroup(group, places, own);
  for (const d of own) diagnostics.push(d);
  store?.put(group, entry, own);
  return entry;
}

export function itemOfGroup(group: ReportGroup, places: PlaceResolver, diagnostics: ArchiveDiagnostic[]): ItemWithEvidence {
  const members = [...group.members].sort(byCaptureTime);
  const copies = members.filter((m) => m.kind !== "ticker");
  const keyOf = group.kind === "article" ? articleKey : briefKey;
  // Identity: the earliest copy's key, so adding later captures never changes it.
  const identity = copies[0]!;
  const id = shortHash(`${group.kind}\n${keyOf(identity)}`);
  // Text: the newest version when the copies differ in substance; else the fullest copy, for
  // articles the latest snapshot (it may add sentences).
  const { versions, newest } = versionsOf(copies);
  const best =
    newest ??
    (group.kind === "article"
      ? copies.reduce((a, b) => ((b.capturedAtMs ?? -Infinity) > (a.capturedAtMs ?? -Infinity) || ((b.capturedAtMs ?? -Infinity) === (a.capturedAtMs ?? -Infinity) && b.text.length > a.text.length) ? b : a))
      : copies.reduce((a, b) => (b.text.length > a.text.length ? b : a)));

  const titleCounts = new Map<string, number>();
  for (const m of members) if (m.title) titleCounts.set(m.title, (titleCounts.get(m.title) ?? 0) + 1);
  const title = [...titleCounts.entries()].sort(([a, ca], [b, cb]) => cb - ca || compareText(a, b))[0]?.[0] ?? null;
  const headline = group.kind === "article" ? (best.title ?? headlineFromText(best.text)) : (title ?? headlineFromText(best.text));
  const headlineSource = group.kind === "article" && best.title ? "headline" : title ? "title" : "first-sentence";
  // Slug from what the id is made of, so it is as stable as the id.
  const slug = slugify(group.kind === "article" && identity.title ? identity.title : slugTextFromText(identity.text)) || EMPTY_SLUG;

  // Dating: the fewest postings that explain every sighting.
  const postings = postingsOf(
    members.map((m) => (m.dated || !m.relative ? { frame: null, interval: m.evidence } : { frame: m.capture, interval: m.relative })),
  );
  const postingOf = new Map<Report, number>();
  postings.forEach((p, index) => p.members.forEach((m) => postingOf.set(members[m]!, index)));
  const first = postings[0]?.interval ?? UNBOUNDED;

  const sightings: Sighting[] = members.map((m) => ({
    capture: m.capture,
    capturedAt: m.capturedAt,
    role: m.role,
    section: m.section,
    age: m.ageRaw,
    publishedFrom: bound(m.evidence.from),
    publishedTo: upperBound(m.evidence),
    posting: postingOf.get(m) ?? 0,
    line: m.line,
    column: m.column,
    variant: m.kind !== "ticker" && m.text !== best.text,
  }));

  const sectionCounts = new Map<string, number>();
  for (const m of members) if (m.section && m.kind !== "ticker") sectionCounts.set(m.section, (sectionCounts.get(m.section) ?? 0) + 1);
  const section = [...sectionCounts.entries()].sort(([a, ca], [b, cb]) => cb - ca || compareText(a, b))[0]?.[0] ?? null;

  const reposted = postings.length > 1;
  if (reposted) {
    for (const posting of postings.slice(1)) {
      const at = members[posting.members[0]!]!;
      diagnostics.push(
        fileDiagnostic(at.capture, "reposted-report", `the same ${group.kind === "article" ? "article" : "brief"} was posted again${at.ageRaw ? ` (seen here as "${at.ageRaw}")` : ""}: its sightings cannot all be one posting. It is dated by its first posting and marked reposted (item ${id}).`, at),
      );
    }
  }
  for (const m of members) {
    if (m.conflict) {
      diagnostics.push(fileDiagnostic(m.capture, "conflicting-dates", `${m.conflict} contradicts the other dating evidence of this capture and was not used; check the front matter.`, m));
    }
  }

  // The latest update a copy states (by its end, then its start; the earliest capture on a tie).
  let updated: Interval | null = null;
  for (const m of copies) if (m.updated && (!updated || m.updated.to > updated.to || (m.updated.to === updated.to && m.updated.from > updated.from))) updated = m.updated;

  const sourceUrls = [...new Set(copies.map((m) => m.sourceUrl).filter((u): u is string => !!u && group.kind === "article"))].sort(compareText);
  const placeIds = places.resolve(best.dateline?.placeRaw ?? null).map((p) => p.id);
  const item: ArchiveItem = {
    kind: group.kind,
    id,
    slug,
    url: itemUrl(group.kind, slug, id),
    headline,
    headlineSource,
    dateline: best.dateline,
    places: placeIds,
    paragraphs: best.paragraphs,
    crossheads: best.crossheads,
    section,
    sectionId: section ? folderSafeId(slugify(section) || `rubriek-${shortHash(section)}`) : null,
    language: best.language ?? detectLanguage(best.text),
    agencies: best.agencies,
    byline: best.byline,
    captions: best.captions,
    sourceUrls,
    publishedFrom: bound(first.from),
    publishedTo: upperBound(first),
    updatedFrom: updated ? bound(updated.from) : null,
    updatedTo: updated ? upperBound(updated) : null,
    sortTime: upperBound(first),
    reposted,
    postings: postings.map((p) => ({ publishedFrom: bound(p.interval.from), publishedTo: upperBound(p.interval), sightings: p.members.length })),
    sightings,
    linkedSightings: [],
    articleId: null,
    briefIds: [],
    related: [],
    versions,
    storyId: null,
  };
  const titles = new Set([...titleCounts.keys()].map(comparisonText));
  const placeSpellings = copies.map((m) => m.dateline?.placeRaw).filter((p): p is string => !!p);
  return { item, interval: first, leadComparison: best.leadComparison, placeKey: best.placeKey, titles, placeSpellings };
}

export function bound(epochMs: number): string | null {
  return Number.isFinite(epochMs) ? formatAmsterdamIso(epochMs) : null;
}

/**
 * An interval's upper bound as printed, inclusive (src/archive/types.ts): an open end is the
 * last second before it. A clock label `09:40` is the minute [09:40, 09:41), printed 09:40:00 to
 * 09:40:59, so the site says 09:40 as the page did, not 09:41; a date alone is printed up to
 * 23:59:59 of that day, so the item is filed under its own day, not the next.
 */
export function upperBound(interval: Interval): string | null {
  return Number.isFinite(interval.to) ? formatAmsterdamIso(interval.toOpen ? interval.to - 1000 : interval.to) : null;
}

/** Re-date an item after linking (an article and its lead brief are one posting). */
export function redate(entry: ItemWithEvidence, interval: Interval): void {
  if (isEmpty(interval)) return;
  entry.interval = interval;
  entry.item.publishedFrom = bound(interval.from);
  entry.item.publishedTo = upperBound(interval);
  entry.item.sortTime = upperBound(interval);
  const first = entry.item.postings[0];
  if (first) {
    first.publishedFrom = entry.item.publishedFrom;
    first.publishedTo = entry.item.publishedTo;
  }
}
