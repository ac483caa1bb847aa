/**
 * Links between items: a brief that is the lead of an article (same place, the brief's text
 * opens the article's first paragraph, or the brief's title is the article's headline and their
 * datings agree) points to
 * the article, and the article knows its briefs. They are one posting, so their intervals are
 * intersected and both dated by the result.
 */
import { intersect, isEmpty } from "./interval.js";
import { leadingWords, withoutEllipsis } from "./normalise.js";
import { compareText, redate, type ItemWithEvidence } from "./items.js";
import type { LinkedSighting } from "./types.js";

const LEAD_KEY_WORDS = 5;

/**
 * The lead keys linkBriefsToArticles looks items up by, kept by draad serve like the words of
 * relate.ts: by the item's place spellings, for as long as its place key and lead are the same.
 */
export type LeadKeysMemo = WeakMap<readonly string[], { placeKey: string; lead: string; key: string | null }>;

export function linkBriefsToArticles(entries: ItemWithEvidence[], memo?: LeadKeysMemo): void {
  // An article's key: place and first words; a brief's: place and first words of its text
  // without a closing ellipsis (null when nothing is left).
  const leadKeyOf = (entry: ItemWithEvidence): string | null => {
    const kept = memo?.get(entry.placeSpellings);
    if (kept && kept.lead === entry.leadComparison && kept.placeKey === entry.placeKey) return kept.key;
    const lead = entry.item.kind === "article" ? entry.leadComparison : withoutEllipsis(entry.leadComparison);
    const key = lead ? `${entry.placeKey}|${leadingWords(lead, LEAD_KEY_WORDS)}` : entry.item.kind === "article" ? `${entry.placeKey}|` : null;
    memo?.set(entry.placeSpellings, { placeKey: entry.placeKey, lead: entry.leadComparison, key });
    return key;
  };
  const articlesByLead = new Map<string, ItemWithEvidence[]>();
  const articlesByTitle = new Map<string, ItemWithEvidence[]>();
  const push = (map: Map<string, ItemWithEvidence[]>, key: string, entry: ItemWithEvidence) => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  for (const entry of entries) {
    if (entry.item.kind !== "article") continue;
    push(articlesByLead, leadKeyOf(entry)!, entry);
    for (const title of entry.titles) push(articlesByTitle, `${entry.placeKey}|${title}`, entry);
  }
  const briefsOf = new Map<ItemWithEvidence, ItemWithEvidence[]>();
  for (const brief of entries) {
    if (brief.item.kind !== "brief") continue;
    const key = leadKeyOf(brief);
    if (key === null) continue;
    const lead = withoutEllipsis(brief.leadComparison);
    const candidates = new Set<ItemWithEvidence>();
    for (const article of articlesByLead.get(key) ?? []) {
      if (article.leadComparison.startsWith(lead)) candidates.add(article);
    }
    // A title alone is weaker evidence than the lead's words: a brief whose title is an
    // article's headline is its lead only when their datings agree (the same headline over
    // another text weeks later is another report).
    for (const title of brief.titles) {
      for (const article of articlesByTitle.get(`${brief.placeKey}|${title}`) ?? []) if (!isEmpty(intersect(article.interval, brief.interval))) candidates.add(article);
    }
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
