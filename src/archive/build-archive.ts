/**
 * The archive stage: parsed captures -> one deduplicated, dated, linked record set.
 *   reports (flatten every capture) -> merge (group copies) -> items (text, id, dating)
 *   -> link (brief to article) -> relate (related items, story lines) -> places, sections, agencies
 * Pure: the same records give the same archive, in any order.
 */
import type { CaptureRecord } from "../wire/index.js";
import { fileDiagnostic } from "../wire/diagnostics.js";
import { AGENCY_NAMES, isKnownAgency } from "../wire/vocabulary.js";
import { reportsOfCapture, type Report } from "./reports.js";
import { compareReports, groupReports } from "./merge.js";
import { compareText, storedOrMadeItem, type GroupItemStore, type ItemWithEvidence } from "./items.js";
import type { ItemMemo } from "./item-memo.js";
import { linkBriefsToArticles } from "./link.js";
import { findStories, relateItems } from "./relate.js";
import { chooseDisplayName, placeResolver, type PlaceResolver } from "./places.js";
import { folderSafeId, shortHash } from "./identity.js";
import { ownStrings } from "../wire/own-strings.js";
import type { Archive, ArchiveAgency, ArchiveDiagnostic, ArchivePlace, ArchiveSection, PlaceAliases } from "./types.js";

/** One capture's share of the archive (ArchiveBuilder.contributionOf). */
export interface CaptureContribution {
  /** An error and nothing read: the file counts as rejected. */
  rejected: boolean;
  /** The capture time the parser accepted (epoch ms); null when unknown. */
  capturedAtMs: number | null;
  diagnostics: ArchiveDiagnostic[];
  reports: Report[];
}

export interface ArchiveOptions {
  placeAliases?: PlaceAliases;
  /** Diagnostics found before the archive (reading the alias table, finding files). */
  diagnostics?: ArchiveDiagnostic[];
  /** Items of the last merge, reused for groups of the same reports (draad serve). */
  itemMemo?: ItemMemo;
  /** Items of earlier builds, kept on disk (src/cache/item-cache.ts): looked up before a group is dated, and stored when made. */
  itemStore?: GroupItemStore;
}


export function buildArchive(records: readonly CaptureRecord[], options: ArchiveOptions = {}): Archive {
  const builder = new ArchiveBuilder(options);
  for (const record of records) builder.add(record);
  return builder.finish();
}

/**
 * The archive built one capture at a time: `add` keeps only the capture's reports and
 * diagnostics, so the parsed records need not all be in memory at once (100,000 captures).
 * `finish` gives the same archive whatever order the captures were added in.
 */
export class ArchiveBuilder {
  private readonly places: PlaceResolver;
  private readonly diagnostics: ArchiveDiagnostic[];
  private readonly itemMemo: ItemMemo | null;
  private readonly itemStore: GroupItemStore | null;
  private readonly reports: Report[] = [];
  /** Each contribution's list of reports (the same arrays from merge to merge for an unchanged capture in draad serve). */
  private readonly reportLists: (readonly Report[])[] = [];
  private captures = 0;
  private rejected = 0;

  constructor(options: ArchiveOptions = {}) {
    this.places = placeResolver(options.placeAliases);
    this.diagnostics = [...(options.diagnostics ?? [])];
    this.itemMemo = options.itemMemo ?? null;
    this.itemStore = options.itemStore ?? null;
    this.itemMemo?.startMerge(options.placeAliases);
  }

  add(record: CaptureRecord): void {
    this.addContribution(this.contributionOf(record));
  }

  /**
   * What one capture gives the archive: its reports and diagnostics. Plain data, the same for
   * the same record and place aliases, so it can be cached and added again later.
   */
  contributionOf(record: CaptureRecord): CaptureContribution {
    // What the archive keeps must not hold the capture's whole text (src/archive/own-strings.ts).
    return ownStrings({
      rejected: record.diagnostics.some((d) => d.severity === "error") && !record.article && !record.related?.items.length,
      capturedAtMs: record.capturedAt === null ? null : Date.parse(record.capturedAt),
      diagnostics: record.diagnostics.map((d) => ({ file: record.source, line: d.line, column: d.column, code: d.code, severity: d.severity, message: d.message })),
      reports: reportsOfCapture(record, this.places),
    });
  }

  addContribution(contribution: CaptureContribution): void {
    this.captures++;
    if (contribution.rejected) this.rejected++;
    for (const d of contribution.diagnostics) this.diagnostics.push(d);
    for (const report of contribution.reports) this.reports.push(report);
    this.reportLists.push(contribution.reports);
  }

  /** A diagnostic from outside the captures (a file that could not be read). */
  addDiagnostic(diagnostic: ArchiveDiagnostic): void {
    this.diagnostics.push(diagnostic);
  }

  finish(): Archive {
    const { places, diagnostics } = this;
    // Reports in a fixed order (capture name, position), so nothing below depends on the order captures were added.
    const reports = this.reports.sort(compareReports);
    const memo = this.itemMemo;
    const groups = memo ? memo.grouping.group(reports, this.reportLists) : groupReports(reports);
    this.reports.length = 0;
    this.reportLists.length = 0;
    const store = this.itemStore;
    const entries = groups.map((group) => (memo ? memo.itemOf(group, places, diagnostics, store) : storedOrMadeItem(group, places, diagnostics, store)));
    disambiguateIds(entries, diagnostics);
    entries.sort(compareEntries);

    linkBriefsToArticles(entries, memo?.leadKeys);
    entries.sort(compareEntries);
    // Stories first: story-mates are related items too.
    const stories = findStories(entries, memo?.leadWords);
    relateItems(entries, memo?.relateWords);

    const items = entries.map((e) => e.item);
    return {
      items,
      places: placesOf(entries, places),
      sections: sectionsOf(items),
      agencies: agenciesOf(items),
      stories,
      diagnostics: diagnostics.sort(
        (a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.code, b.code) || compareText(a.message, b.message),
      ),
      summary: {
        captures: this.captures,
        rejectedCaptures: this.rejected,
        articles: items.filter((i) => i.kind === "article").length,
        briefs: items.filter((i) => i.kind === "brief").length,
        reposted: items.filter((i) => i.reposted).length,
        stories: stories.length,
      },
    };
  }
}

/** Newest first by publication (upper bound), undated last, then by id. */
function compareEntries(a: ItemWithEvidence, b: ItemWithEvidence): number {
  const ta = Number.isFinite(a.interval.to) ? a.interval.to : -Infinity;
  const tb = Number.isFinite(b.interval.to) ? b.interval.to : -Infinity;
  if (ta !== tb) return tb - ta;
  return compareText(a.item.id, b.item.id);
}

/** Two different items with one hash (50 bits: practically never) get longer ids, reported. */
function disambiguateIds(entries: ItemWithEvidence[], diagnostics: ArchiveDiagnostic[]): void {
  const byId = new Map<string, ItemWithEvidence[]>();
  for (const e of entries) {
    const list = byId.get(e.item.id);
    if (list) list.push(e);
    else byId.set(e.item.id, [e]);
  }
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    for (const e of list) {
      const longer = `${id}${shortHash(`${e.item.headline}\n${e.leadComparison}`, 4)}`;
      e.item.url = e.item.url.replace(`-${id}/`, `-${longer}/`);
      e.item.id = longer;
    }
    const first = list[0]!.item.sightings[0]!;
    diagnostics.push(fileDiagnostic(first.capture, "id-collision", `two items hashed to the id ${id}; both got a longer id`, first));
  }
}

function placesOf(entries: ItemWithEvidence[], resolver: ReturnType<typeof placeResolver>): ArchivePlace[] {
  const byId = new Map<string, { canonical: string | null; spellings: Map<string, number>; items: number }>();
  for (const { item, placeSpellings } of entries) {
    for (const id of item.places) {
      let entry = byId.get(id);
      if (!entry) byId.set(id, (entry = { canonical: null, spellings: new Map(), items: 0 }));
      entry.items++;
    }
    for (const spelling of placeSpellings) {
      for (const place of resolver.resolve(spelling)) {
        const entry = byId.get(place.id);
        if (!entry) continue;
        entry.canonical = place.canonical;
        entry.spellings.set(place.display, (entry.spellings.get(place.display) ?? 0) + 1);
      }
    }
  }
  return [...byId.entries()]
    .map(([id, e]) => ({ id, name: chooseDisplayName(e.canonical, e.spellings), variants: [...e.spellings.keys()].sort(compareText), items: e.items }))
    .sort((a, b) => compareText(a.id, b.id));
}

function sectionsOf(items: Archive["items"]): ArchiveSection[] {
  const byId = new Map<string, ArchiveSection>();
  for (const item of items) {
    if (!item.sectionId || !item.section) continue;
    const entry = byId.get(item.sectionId);
    if (entry) entry.items++;
    else byId.set(item.sectionId, { id: item.sectionId, name: item.section, items: 1 });
  }
  return [...byId.values()].sort((a, b) => compareText(a.id, b.id));
}

function agenciesOf(items: Archive["items"]): ArchiveAgency[] {
  const byCode = new Map<string, number>();
  for (const item of items) for (const code of new Set(item.agencies)) byCode.set(code, (byCode.get(code) ?? 0) + 1);
  return [...byCode.entries()]
    .map(([code, count]) => ({
      id: agencyId(code),
      code,
      name: isKnownAgency(code) ? AGENCY_NAMES[code]! : null,
      known: isKnownAgency(code),
      items: count,
    }))
    .sort((a, b) => compareText(a.id, b.id));
}

/**
 * URL id of an agency code: `RTR` -> `rtr`. A code with anything but letters and digits gets a
 * hash as well, so that two codes never share an id (`MEER UIT` and `MEER-UIT` would).
 */
export function agencyId(code: string): string {
  if (/^[A-Za-z0-9]+$/.test(code)) return folderSafeId(code.toLowerCase());
  const folded = code.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40);
  return `${folded || "bureau"}-${shortHash(code, 6)}`;
}
