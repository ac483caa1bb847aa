/**
 * Related items and story lines, both found through indexes rather than by comparing all pairs:
 *  - related: an inverted index of rare words; each item looks only at the items sharing its
 *    rarest words, scores shared rarity, place and closeness in time, and keeps the best five.
 *  - story lines: items of one place, sorted in time; each is compared only with the items of
 *    the next 48 hours, and joined when their leads are highly similar (the same report updated:
 *    a death toll rising from 55 to 90).
 */
import { contentWords } from "./normalise.js";
import { shortHash } from "./identity.js";
import { compareText, type ItemWithEvidence } from "./items.js";
import type { ArchiveStory } from "./types.js";

const RELATED_MAX = 5;
/** Rarest words per item that are looked up. */
const RELATED_QUERY_WORDS = 8;
/** Words shared by more items than this say little and cost much: not looked up. */
const RELATED_MAX_POSTINGS = 60;
const RELATED_MIN_SCORE = 4;
const HOUR_MS = 3_600_000;
const STORY_WINDOW_MS = 48 * HOUR_MS;
/** Jaccard similarity of lead words from which two reports are one story. */
const STORY_MIN_SIMILARITY = 0.5;
/** Fewer lead words than this are too little to call two reports one story. */
const STORY_MIN_WORDS = 6;

function timeOf(entry: ItemWithEvidence): number | null {
  const { from, to } = entry.interval;
  if (Number.isFinite(to)) return to;
  if (Number.isFinite(from)) return from;
  return null;
}

export function relateItems(entries: ItemWithEvidence[]): void {
  // The headline and the opening of the text carry what a report is about.
  const wordsOf = entries.map((e) => new Set(contentWords(`${e.item.headline} ${(e.item.paragraphs[0] ?? "").slice(0, 600)} ${(e.item.paragraphs[1] ?? "").slice(0, 400)}`)));
  const postings = new Map<string, number[]>();
  wordsOf.forEach((words, index) => {
    for (const word of words) {
      const list = postings.get(word);
      if (list) list.push(index);
      else postings.set(word, [index]);
    }
  });
  const total = entries.length;
  const idf = (word: string) => Math.log((total + 1) / (postings.get(word)?.length ?? 1));
  const linked = (a: ItemWithEvidence, b: ItemWithEvidence) =>
    a.item.articleId === b.item.id || b.item.articleId === a.item.id || (a.item.articleId !== null && a.item.articleId === b.item.articleId);

  // Scores in one reused array, reset through the list of touched items: no map per item.
  const scores = new Float64Array(total);
  const times = entries.map(timeOf);
  const firstPlace = entries.map((e) => e.item.places);
  entries.forEach((entry, index) => {
    // The item's rarest words (each looked up once, then sorted by how many items share it).
    const candidates: { word: string; list: number[] }[] = [];
    for (const word of wordsOf[index]!) {
      const list = postings.get(word)!;
      if (list.length > 1 && list.length <= RELATED_MAX_POSTINGS) candidates.push({ word, list });
    }
    candidates.sort((a, b) => a.list.length - b.list.length || compareText(a.word, b.word));
    const query = candidates.slice(0, RELATED_QUERY_WORDS);
    const touched: number[] = [];
    for (const { word, list } of query) {
      const weight = idf(word);
      for (const other of list) {
        if (other === index) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other]! += weight;
      }
    }
    const time = times[index]!;
    const places = firstPlace[index]!;
    const ranked: { other: number; score: number }[] = [];
    for (const other of touched) {
      let score = scores[other]!;
      scores[other] = 0;
      const candidate = entries[other]!;
      if (linked(entry, candidate)) continue;
      if (places.length && places.some((p) => firstPlace[other]!.includes(p))) score += 2;
      const otherTime = times[other]!;
      if (time !== null && otherTime !== null) {
        const days = Math.abs(time - otherTime) / (24 * HOUR_MS);
        score += days <= 2 ? 1.5 : days <= 14 ? 0.5 : 0;
      }
      if (score >= RELATED_MIN_SCORE) ranked.push({ other, score });
    }
    ranked.sort((a, b) => b.score - a.score || compareText(entries[a.other]!.item.id, entries[b.other]!.item.id));
    entry.item.related = ranked.slice(0, RELATED_MAX).map((r) => entries[r.other]!.item.id);
  });
}

export function findStories(entries: ItemWithEvidence[]): ArchiveStory[] {
  const parent = entries.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const leadWords = entries.map((e) => new Set(contentWords(e.leadComparison)));
  const byPlace = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    if (!entry.placeKey || timeOf(entry) === null || leadWords[index]!.size < STORY_MIN_WORDS) return;
    const list = byPlace.get(entry.placeKey);
    if (list) list.push(index);
    else byPlace.set(entry.placeKey, [index]);
  });
  for (const indices of byPlace.values()) {
    indices.sort((a, b) => timeOf(entries[a]!)! - timeOf(entries[b]!)! || compareText(entries[a]!.item.id, entries[b]!.item.id));
    for (let i = 0; i < indices.length; i++) {
      const a = indices[i]!;
      const timeA = timeOf(entries[a]!)!;
      for (let j = i + 1; j < indices.length; j++) {
        const b = indices[j]!;
        if (timeOf(entries[b]!)! - timeA > STORY_WINDOW_MS) break;
        if (jaccard(leadWords[a]!, leadWords[b]!) >= STORY_MIN_SIMILARITY) union(a, b);
      }
    }
  }
  const components = new Map<number, number[]>();
  entries.forEach((_, index) => {
    const root = find(index);
    const list = components.get(root);
    if (list) list.push(index);
    else components.set(root, [index]);
  });
  const stories: { story: ArchiveStory; start: number }[] = [];
  for (const members of components.values()) {
    // An article and its own lead brief are one report, not a story: count reports, not items.
    const reports = new Set(members.map((m) => entries[m]!.item.articleId ?? entries[m]!.item.id));
    if (reports.size < 2) continue;
    members.sort((a, b) => timeOf(entries[a]!)! - timeOf(entries[b]!)! || compareText(entries[a]!.item.id, entries[b]!.item.id));
    const items = members.map((m) => entries[m]!.item);
    const id = shortHash(`story\n${items[0]!.id}`);
    for (const item of items) item.storyId = id;
    const latest = items[items.length - 1]!;
    stories.push({ start: timeOf(entries[members[0]!]!)!, story: {
      id,
      headline: latest.headline,
      places: [...new Set(items.flatMap((i) => i.places))].sort(compareText),
      itemIds: items.map((i) => i.id),
      from: items[0]!.sortTime,
      to: latest.sortTime,
    } });
  }
  return stories.sort((a, b) => a.start - b.start || compareText(a.story.id, b.story.id)).map((s) => s.story);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}
