/**
 * Cached items: what each group of reports gave the merge (its item with the evidence it was
 * dated by, and the diagnostics about it), kept across builds in one pack per input folder
 * (capture-pack.ts), beside the captures' pack. A rebuild after one new capture then dates,
 * diffs and describes only the groups that capture joined or made, as draad serve does from
 * memory (src/archive/item-memo.ts); grouping, linking, relating and the site are done again
 * over everything, so the archive is the one a clean build makes.
 *  - A group's key is an HMAC (store.ts) over its kind, the place table and its members in
 *    order, each member named by the key of the capture it came from (the capture cache's: its
 *    bytes, name, --captured-at and the place table) and its place among that capture's
 *    reports. A report whose capture has no such key (its reading depended on the clock) makes
 *    its group uncacheable: that group is made, never looked up.
 *  - itemOfGroup is pure in its group and place table, and the entry is stored when it is made,
 *    before the later stages of the merge write on it (linking, redating, related items); an
 *    entry read back is a new object, theirs to write on.
 */
import type { ContentCache } from "./store.js";
import { inputFolderPack, type CapturePack } from "./capture-pack.js";
import type { ArchiveDiagnostic, PlaceAliases } from "../archive/index.js";
import type { GroupItemStore, ItemWithEvidence } from "../archive/items.js";
import type { ReportGroup } from "../archive/merge.js";
import type { Report } from "../archive/reports.js";
import type { ArchiveItem } from "../archive/types.js";
import { keyedValue } from "../site/pages/shared-values.js";

export const ITEMS_KIND = "items";

interface StoredItem {
  entry: ItemWithEvidence;
  diagnostics: ArchiveDiagnostic[];
}

function isStoredItem(value: unknown): value is StoredItem {
  if (typeof value !== "object" || value === null) return false;
  const stored = value as Partial<StoredItem>;
  const entry = stored.entry as Partial<ItemWithEvidence> | undefined;
  return (
    Array.isArray(stored.diagnostics) &&
    typeof entry === "object" &&
    entry !== null &&
    typeof entry.item === "object" &&
    entry.item !== null &&
    typeof entry.interval === "object" &&
    typeof entry.leadComparison === "string" &&
    typeof entry.placeKey === "string" &&
    entry.titles instanceof Set &&
    Array.isArray(entry.placeSpellings)
  );
}

export class ItemCache implements GroupItemStore {
  /** Each report's name in keys: its capture's key and its place among that capture's reports. */
  private readonly reportKeys = new WeakMap<Report, string>();
  private readonly pack: CapturePack;
  private readonly aliases: string;

  constructor(
    private readonly cache: ContentCache,
    input: string,
    placeAliases: PlaceAliases,
  ) {
    this.aliases = JSON.stringify(placeAliases);
    this.pack = inputFolderPack(cache, ITEMS_KIND, input);
  }

  /** The reports of a capture whose contribution is stored under `captureKey` (capture-cache.ts). */
  nameReports(captureKey: string, reports: readonly Report[]): void {
    reports.forEach((report, index) => this.reportKeys.set(report, `${captureKey}:${index}`));
  }

  private keyOf(group: ReportGroup): string | null {
    const parts: string[] = [group.kind, this.aliases];
    for (const member of group.members) {
      const name = this.reportKeys.get(member);
      if (name === undefined) return null;
      parts.push(name);
    }
    return this.cache.key("item", ...parts);
  }

  get(group: ReportGroup): StoredItem | null {
    const key = this.keyOf(group);
    const stored = key === null ? null : this.pack.get(key, isStoredItem);
    if (stored !== null) keyTexts(stored.entry.item, key!);
    return stored;
  }

  put(group: ReportGroup, entry: ItemWithEvidence, diagnostics: readonly ArchiveDiagnostic[]): void {
    const key = this.keyOf(group);
    if (key === null) return;
    // Serialised now: the later stages of the merge write on the entry.
    this.pack.put(key, { entry, diagnostics: [...diagnostics] } satisfies StoredItem);
    keyTexts(entry.item, key);
  }

  /** Write the pack: the items this build used and made. */
  save(): void {
    this.pack.save();
  }
}

/**
 * The parts of an item that itemOfGroup alone makes and the later stages only read (its texts,
 * sightings and versions, src/archive/item-memo.ts), marked as known by its group's key and the
 * field's name: a page key (src/cache/page-cache.ts) then holds that name instead of the texts
 * written out and hashed again in every rebuild (with the linked sightings keyed by what they
 * are made of, src/site/pages/items.ts: 72 -> 44 MB of JSON, render 0.95 -> 0.73 s at 10,000).
 */
const KEYED_FIELDS = ["paragraphs", "crossheads", "captions", "sourceUrls", "sightings", "versions"] as const;

function keyTexts(item: ArchiveItem, groupKey: string): void {
  for (const field of KEYED_FIELDS) keyedValue(item[field], `${groupKey}:${field}`);
}

