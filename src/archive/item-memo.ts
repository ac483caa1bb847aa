/**
 * What a long-running process (draad serve) keeps of one merge for the next: the item each
 * group of reports gave. A group whose members are the very same report objects as last time
 * (its captures did not change, src/build/memory.ts) gives the same item, so it is taken from
 * here instead of being dated, diffed and described again. The result is the archive a clean
 * build makes (tests/build/memory.test.ts compares them byte for byte).
 *
 * itemOfGroup is pure in its group and place table; what the later stages change in an item
 * (linking, dating of a lead brief and its article, related items, story ids, longer ids) is on
 * the copy handed out, never on the kept one: freshCopy copies exactly what they write.
 */
import { storedOrMadeItem, type GroupItemStore, type ItemWithEvidence } from "./items.js";
import { Regrouping, type GroupKeysMemo, type ReportGroup } from "./merge.js";
import type { PlaceResolver } from "./places.js";
import type { LeadWordsMemo, RelateWordsMemo } from "./relate.js";
import type { LeadKeysMemo } from "./link.js";
import type { Report } from "./reports.js";
import type { ArchiveDiagnostic, PlaceAliases } from "./types.js";

interface Kept {
  kind: ReportGroup["kind"];
  members: readonly Report[];
  entry: ItemWithEvidence;
  diagnostics: ArchiveDiagnostic[];
}

export class ItemMemo {
  private kept = new WeakMap<Report, Kept>();
  private aliasesKey: string | null = null;
  /** The words related items are found by, per item (src/archive/relate.ts). */
  readonly relateWords: RelateWordsMemo = new WeakMap();
  /** The lead words story lines are found by, and the lead keys briefs are linked to articles by. */
  readonly leadWords: LeadWordsMemo = new WeakMap();
  readonly leadKeys: LeadKeysMemo = new WeakMap();
  /** The keys each report is grouped by (src/archive/merge.ts). */
  readonly groupKeys: GroupKeysMemo = new WeakMap();
  /** The groups of the last merge: only what changed reports touch is grouped again (src/archive/merge.ts). */
  readonly grouping = new Regrouping(this.groupKeys);
  /** Items taken from the memo and items made, in the last merge. */
  readonly stats = { reused: 0, made: 0 };

  /** Call before a merge: a changed place table makes every kept item stale. */
  startMerge(aliases: PlaceAliases | undefined): void {
    const key = JSON.stringify(aliases ?? null);
    if (key !== this.aliasesKey) {
      this.kept = new WeakMap();
      this.grouping.reset();
    }
    this.aliasesKey = key;
    this.stats.reused = 0;
    this.stats.made = 0;
  }

  /** `store`: items of earlier builds kept on disk (src/cache/item-cache.ts), asked when this memo has none for the group. */
  itemOf(group: ReportGroup, places: PlaceResolver, diagnostics: ArchiveDiagnostic[], store: GroupItemStore | null = null): ItemWithEvidence {
    const first = group.members[0]!;
    const kept = this.kept.get(first);
    if (kept && kept.kind === group.kind && sameMembers(kept.members, group.members)) {
      this.stats.reused++;
      for (const d of kept.diagnostics) diagnostics.push(d);
      return freshCopy(kept.entry);
    }
    this.stats.made++;
    const own: ArchiveDiagnostic[] = [];
    const entry = storedOrMadeItem(group, places, own, store);
    for (const d of own) diagnostics.push(d);
    this.kept.set(first, { kind: group.kind, members: [...group.members], entry: freshCopy(entry), diagnostics: own });
    return entry;
  }
}

function sameMembers(a: readonly Report[], b: readonly Report[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A copy of an entry that the later stages may change: what linkBriefsToArticles, redate,
 * relateItems, findStories and disambiguateIds write (top-level item fields, briefIds, the first
 * posting, the interval). The rest (texts, sightings, versions) is shared and only read.
 */
function freshCopy(entry: ItemWithEvidence): ItemWithEvidence {
  const item = entry.item;
  return {
    ...entry,
    interval: { ...entry.interval },
    item: { ...item, briefIds: [...item.briefIds], related: [...item.related], postings: item.postings.map((p) => ({ ...p })) },
  };
}
