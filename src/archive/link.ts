/**
 * Links between items: a brief that is the lead of an article (same place, the brief's text
 * opens the article's first paragraph, or the brief's title is the article's headline) points to
 * the article, and the article knows its briefs. They are one posting, so their intervals are
 * intersected and both dated by the result.
 */
import { intersect, isEmpty } from "./interval.js";
import { leadingWords, withoutEllipsis } from "./normalise.js";
import { compareText, redate, type ItemWithEvidence } from "./items.js";
import type { LinkedSighting } from "./types.js";

const LEAD_KEY_WORDS = 5;

export function linkBriefsToArticles(entries: ItemWithEvidence[]): void {
  const articlesByLead = new Map<string, ItemWithEvidence[]>();
  const articlesByTitle = new Map<string, ItemWithEvidence[]>();
  const push = (map: Map<string, ItemWithEvidence[]>, key: string, entry: ItemWithEvidence) => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  for (const entry of entries) {
    if (entry.item.kind !== "article") continue;
    push(articlesByLead, `${entry.placeKey}|${leadingWords(entry.leadComparison, LEAD_KEY_WORDS)}`, entry);
    for (const title of entry.titles) push(articlesByTitle, `${entry.placeKey}|${title}`, entry);
  }
  const briefsOf = new Map<ItemWithEvidence, ItemWithEvidence[]>();
  for (const brief of entries) {
    if (brief.item.kind !== "brief") continue;
    const lead = withoutEllipsis(brief.leadComparison);
    if (!lead) continue;
    const candidates = new Set<ItemWithEvidence>();
    for (const article of articlesByLead.get(`${brief.placeKey}|${leadingWords(lead, LEAD_KEY_WORDS)}`) ?? []) {
      if (article.leadComparison.startsWith(lead)) candidates.add(article);
    }
    for (const title of brief.titles) for (const article of articlesByTitle.get(`${brief.placeKey}|${title}`) ?? []) candidates.add(article);
    if (candidates.size === 0) continue;
    // Several articles open with these words: the one whose dating agrees, then the earliest.
    const ranked = [...candidates].sort(
      (a, b) =>
        Number(isEmpty(intersect(a.interval, brief.interval))) - Number(isEmpty(intersect(b.interval, brief.interval))) ||
        a.interval.to - b.interval.to ||
        compareText(a.item.id, b.item.id),
    );
    const article = ranked[0]!;
    brief.item.articleId = article.item.id;
    article.item.briefIds.push(brief.item.id);
    const list = briefsOf.get(article);
    if (list) list.push(brief);
    else briefsOf.set(article, [brief]);
  }
  for (const [article, briefs] of briefsOf) {
    article.item.briefIds.sort(compareText);
    const together = briefs.reduce((acc, b) => intersect(acc, b.interval), article.interval);
    if (isEmpty(together)) continue;
    const linked = [article, ...briefs];
    // What each one's first posting was made of, before any of them is re-dated.
    const ownEvidence = new Map(linked.map((entry) => [entry, firstPostingSightings(entry)]));
    for (const entry of linked) {
      redate(entry, together);
      entry.item.linkedSightings = linked.filter((other) => other !== entry).flatMap((other) => ownEvidence.get(other)!);
    }
  }
}

/** An item's own sightings of its first posting, as the items it is linked with carry them. */
function firstPostingSightings(entry: ItemWithEvidence): LinkedSighting[] {
  const { id, url } = entry.item;
  // Field by field, not `{ ...s, item, url }`: V8 gave each such spread object a shape of its
  // own (41,424 shapes for 41,431 objects at 10,000 captures, a heap snapshot).
  return entry.item.sightings
    .filter((s) => s.posting === 0)
    .map((s) => ({
      capture: s.capture,
      capturedAt: s.capturedAt,
      role: s.role,
      section: s.section,
      age: s.age,
      publishedFrom: s.publishedFrom,
      publishedTo: s.publishedTo,
      posting: s.posting,
      line: s.line,
      column: s.column,
      variant: s.variant,
      item: id,
      url,
    }));
}
