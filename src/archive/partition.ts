/**
 * Partitioned archives: one part per publication year, for archives too large for one process.
 *  - A year's part reads the captures made in that year (Europe/Amsterdam) and, as context,
 *    those of the last PART_CONTEXT_DAYS days before and the first PART_CONTEXT_DAYS days after
 *    it: a brief seen on 31 December and 2 January is merged and dated with both sightings.
 *  - The part keeps the items whose day (the day lists show them under, from `sortTime`) falls
 *    in its year. Two neighbouring parts see the same captures around New Year, so they agree on
 *    which one an item belongs to, and every dated item is in exactly one part.
 *  - Links to items of another part (a related item, a lead brief dated in the old year) are
 *    dropped from the part, never left broken.
 * Pure: `archivePart` filters an archive built from the part's captures.
 */
import { amsterdamLocalToEpoch, amsterdamParts, parseTimestamp } from "../wire/amsterdam-time.js";
import type { Archive, ArchiveItem } from "./types.js";

export const PART_CONTEXT_DAYS = 7;
const DAY_MS = 86_400_000;
/** Years a part may name. */
export const PART_YEARS = { min: 1990, max: 2200 } as const;

/** The capture times a year's part reads: [1 Jan 00:00 - context, next 1 Jan 00:00 + context), Amsterdam time. */
export function partWindow(year: number): { fromMs: number; toMs: number; yearFromMs: number; yearToMs: number } {
  const yearFromMs = amsterdamLocalToEpoch(year, 1, 1);
  const yearToMs = amsterdamLocalToEpoch(year + 1, 1, 1);
  return { fromMs: yearFromMs - PART_CONTEXT_DAYS * DAY_MS, toMs: yearToMs + PART_CONTEXT_DAYS * DAY_MS, yearFromMs, yearToMs };
}

/** The year (Amsterdam) an item belongs to: the year of the day it is listed under; null when undated. */
export function partYearOfItem(item: Pick<ArchiveItem, "sortTime">): number | null {
  if (item.sortTime === null) return null;
  const parsed = parseTimestamp(item.sortTime);
  return parsed ? amsterdamParts(parsed.epochMs).year : null;
}

/** Items of the merged captures that belong to other years' parts: year -> count (seen through the context days). */
export function itemsOfOtherYears(archive: Archive, year: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (const item of archive.items) {
    const y = partYearOfItem(item);
    if (y !== null && y !== year) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return new Map([...counts.entries()].sort((a, b) => a[0] - b[0]));
}

/**
 * The part of `archive` for `year`: its items, and places, sections, agencies and story lines
 * counted over those items only. Diagnostics of the context captures are left to the
 * neighbouring parts, whose own captures they are.
 */
export function archivePart(archive: Archive, part: { year: number; home: ReadonlySet<string>; context: ReadonlySet<string>; rejected: number }): Archive {
  const { year } = part;
  const items = archive.items.filter((item) => partYearOfItem(item) === year);
  const kept = new Set(items.map((i) => i.id));
  const partItems: ArchiveItem[] = items.map((item) => ({
    ...item,
    related: item.related.filter((id) => kept.has(id)),
    articleId: item.articleId !== null && kept.has(item.articleId) ? item.articleId : null,
    briefIds: item.briefIds.filter((id) => kept.has(id)),
  }));

  const stories = archive.stories
    .map((story) => ({ ...story, itemIds: story.itemIds.filter((id) => kept.has(id)) }))
    .filter((story) => story.itemIds.length >= 2);
  const inStory = new Set(stories.map((s) => s.id));
  for (const item of partItems) if (item.storyId !== null && !inStory.has(item.storyId)) item.storyId = null;

  const count = <T extends { id: string }>(list: T[], idsOf: (item: ArchiveItem) => string[]): (T & { items: number })[] => {
    const counts = new Map<string, number>();
    for (const item of partItems) for (const id of new Set(idsOf(item))) counts.set(id, (counts.get(id) ?? 0) + 1);
    return list.filter((entry) => counts.has(entry.id)).map((entry) => ({ ...entry, items: counts.get(entry.id)! }));
  };
  const agencyIds = new Map(archive.agencies.map((a) => [a.code, a.id]));

  const diagnostics = archive.diagnostics.filter((d) => !part.context.has(d.file));
  return {
    items: partItems,
    places: count(archive.places, (i) => i.places),
    sections: count(archive.sections, (i) => (i.sectionId ? [i.sectionId] : [])),
    agencies: count(archive.agencies, (i) => i.agencies.map((code) => agencyIds.get(code) ?? code)),
    stories,
    diagnostics,
    summary: {
      captures: part.home.size,
      rejectedCaptures: part.rejected,
      articles: partItems.filter((i) => i.kind === "article").length,
      briefs: partItems.filter((i) => i.kind === "brief").length,
      reposted: partItems.filter((i) => i.reposted).length,
      stories: stories.length,
    },
  };
}
