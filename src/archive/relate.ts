/**
 * Related items and story lines, both found through indexes rather than by comparing all pairs:
 *  - related: an inverted index of rare words; each item looks only at the items sharing its
 *    rarest words, scores shared rarity, place and closeness in time, and keeps the best five.
 *  - story lines: items of one place, sorted in time; each is compared only with the items of
 *    the next 48 hours, and joined when their leads are highly similar (the same report updated:
 *    a death toll rising from 55 to 90).
 */
import { contentWords } from "./normalise.js";
import { TOPIC_NEUTRAL_WORDS } from "../wire/vocabulary.js";
import { folderSafeId, shortHash } from "./identity.js";
import { compareText, type ItemWithEvidence } from "./items.js";
import type { ArchiveStory } from "./types.js";

const RELATED_MAX = 5;
/** Rarest words per item that are looked up. */
const RELATED_QUERY_WORDS = 8;
/** Words shared by more items than this say little and cost much: not looked up. */
const RELATED_MAX_POSTINGS = 60;
/**
 * Shared rare words (stems) two items need, and the rarity they must add up to, in words as rare
 * as can be: two such words, or three less rare ones (measured on the demo, 83% of what is shown
 * is right; at 1.75 it was 76%).
 */
const RELATED_MIN_SHARED = 2;
const RELATED_MIN_SCORE = 1.85;
/** Items of one story line come before anything else. */
const STORY_BONUS = 100;
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

/**
 * The words relateItems looks up for an item, kept by draad serve from merge to merge
 * (src/archive/item-memo.ts): an item taken from the memo shares its place spellings, headline
 * and paragraphs with the last merge's, and so its words. Not kept by a one-off build, which
 * makes each item once (at 100,000 captures the sets would hold about 90 MB to the end).
 */
export type RelateWordsMemo = WeakMap<readonly string[], { headline: string; paragraphs: readonly string[]; words: ReadonlySet<string> }>;

/**
 * Related items: reports about the same thing, best first, or none. An item is related when it is
 * in the same story line, or when they share at least RELATED_MIN_SHARED rare words of their
 * headline and opening (words as stems: `badeendjes` and `badeendje` are one) whose rarity adds up
 * to RELATED_MIN_SCORE; the words of the places in their datelines do not count, since a
 * shared place alone (a library and a coffee roaster in Zwolle) says nothing. Showing none is
 * better than showing noise (measured on the demo: tests/archive/related-truth.test.ts).
 */
export function relateItems(entries: ItemWithEvidence[], memo?: RelateWordsMemo): void {
  // The headline and the opening of the text carry what a report is about.
  const wordsOf = entries.map((e) => {
    const { headline, paragraphs } = e.item;
    const kept = memo?.get(e.placeSpellings);
    if (kept && kept.headline === headline && kept.paragraphs === paragraphs) return kept.words;
    const words = new Set(
      contentWords(`${headline} ${(paragraphs[0] ?? "").slice(0, 600)} ${(paragraphs[1] ?? "").slice(0, 400)}`)
        .filter((w) => !TOPIC_NEUTRAL_WORDS.has(w))
        .map(stemOf),
    );
    for (const p of e.placeSpellings) for (const w of contentWords(p)) words.delete(stemOf(w));
    memo?.set(e.placeSpellings, { headline, paragraphs, words });
    return words;
  });
  const postings = new Map<string, number[]>();
  wordsOf.forEach((words, index) => {
    for (const word of words) {
      const list = postings.get(word);
      if (list) list.push(index);
      else postings.set(word, [index]);
    }
  });
  const total = entries.length;
  // Rarity as a share of the rarest possible (a word of one item): 1 for a word two items of
  // thousands share, less for common ones, so the threshold means the same at any archive size.
  const rarest = Math.log(total + 1);
  // The words that are looked up (shared by more than one item and by at most
  // RELATED_MAX_POSTINGS), ranked once: rarest first, then in code-unit order. An item looks up
  // its RELATED_QUERY_WORDS best-ranked words (ranks and weights by number: no per-item sort of
  // words, no object per candidate; 0.15 s of a draad serve rebuild at 10,000 captures).
  const queryWords: { word: string; list: number[] }[] = [];
  for (const [word, list] of postings) if (list.length > 1 && list.length <= RELATED_MAX_POSTINGS) queryWords.push({ word, list });
  queryWords.sort((a, b) => a.list.length - b.list.length || compareText(a.word, b.word));
  const rankOf = new Map<string, number>();
  queryWords.forEach((q, rank) => rankOf.set(q.word, rank));
  const weightOfRank = queryWords.map((q) => Math.log((total + 1) / q.list.length) / rarest);
  // Ids, article links and stories by index: read in the inner loop a million times on 10,000 captures.
  const idOf = entries.map((e) => e.item.id);
  const articleOf = entries.map((e) => e.item.articleId);
  const storyOf = entries.map((e) => e.item.storyId);
  const linked = (a: number, b: number) => articleOf[a] === idOf[b] || articleOf[b] === idOf[a] || (articleOf[a] !== null && articleOf[a] === articleOf[b]);
  const storyMembers = new Map<string, number[]>();
  storyOf.forEach((story, index) => {
    if (story === null) return;
    const list = storyMembers.get(story);
    if (list) list.push(index);
    else storyMembers.set(story, [index]);
  });

  // Scores and shared-word counts in reused arrays, reset through the list of touched items.
  const scores = new Float64Array(total);
  const shared = new Uint16Array(total);
  const times = entries.map(timeOf);
  const ranks: number[] = [];
  const touched: number[] = [];
  entries.forEach((entry, index) => {
    // The item's best-ranked words, each looked up once.
    ranks.length = 0;
    for (const word of wordsOf[index]!) {
      const rank = rankOf.get(word);
      if (rank !== undefined) ranks.push(rank);
    }
    ranks.sort((a, b) => a - b);
    touched.length = 0;
    for (let q = 0; q < ranks.length && q < RELATED_QUERY_WORDS; q++) {
      const rank = ranks[q]!;
      const weight = weightOfRank[rank]!;
      for (const other of queryWords[rank]!.list) {
        if (other === index) continue;
        if (shared[other] === 0) touched.push(other);
        scores[other]! += weight;
        shared[other]!++;
      }
    }
    const story = storyOf[index];
    if (story !== null) for (const other of storyMembers.get(story!)!) if (other !== index && shared[other] === 0) touched.push(other), (shared[other] = 1);
    const time = times[index]!;
    // The best RELATED_MAX by score, then id: kept in a small sorted array rather than sorting
    // every candidate (an item has a hundred or more; a full sort per item took 1.5 s of 2 s).
    const best: { other: number; score: number }[] = [];
    const before = (score: number, other: number, than: { other: number; score: number }) =>
      score > than.score || (score === than.score && compareText(idOf[other]!, idOf[than.other]!) < 0);
    for (const other of touched) {
      let score = scores[other]!;
      const words = shared[other]!;
      scores[other] = 0;
      shared[other] = 0;
      if (linked(index, other)) continue;
      const sameStory = story !== null && storyOf[other] === story;
      if (!sameStory && (words < RELATED_MIN_SHARED || score < RELATED_MIN_SCORE)) continue;
      if (sameStory) score += STORY_BONUS;
      const otherTime = times[other]!;
      if (time !== null && otherTime !== null) {
        const days = Math.abs(time - otherTime) / (24 * HOUR_MS);
        score += days <= 2 ? 0.3 : days <= 14 ? 0.1 : 0;
      }
      if (best.length === RELATED_MAX && !before(score, other, best[RELATED_MAX - 1]!)) continue;
      let at = best.length < RELATED_MAX ? best.length : RELATED_MAX - 1;
      while (at > 0 && before(score, other, best[at - 1]!)) {
        best[at] = best[at - 1]!;
        at--;
      }
      best[at] = { other, score };
    }
    entry.item.related = best.map((r) => entries[r.other]!.item.id);
  });
}

/**
 * A word's stem for matching: the Dutch plural and diminutive endings off a word long enough to
 * keep its meaning (`badeendjes`, `badeendje` -> `badeend`; `bakkers` -> `bakker`).
 */
export function stemOf(word: string): string {
  if (word.length <= 5) return word;
  for (const ending of STEM_ENDINGS) if (word.endsWith(ending) && word.length - ending.length >= 4) return word.slice(0, -ending.length);
  return word;
}
/** Longest first: `tjes` before `jes` before `s`. */
const STEM_ENDINGS = ["tjes", "jes", "tje", "je", "en", "s", "e"];

/**
 * The lead words findStories compares, kept by draad serve like RelateWordsMemo: by the item's
 * place spellings, for as long as its lead is the same text.
 */
export type LeadWordsMemo = WeakMap<readonly string[], { lead: string; words: Set<string> }>;

export function findStories(entries: ItemWithEvidence[], memo?: LeadWordsMemo): ArchiveStory[] {
  const parent = entries.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const leadWords = entries.map((e) => {
    const kept = memo?.get(e.placeSpellings);
    if (kept && kept.lead === e.leadComparison) return kept.words;
    const words = new Set(contentWords(e.leadComparison));
    memo?.set(e.placeSpellings, { lead: e.leadComparison, words });
    return words;
  });
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
    const id = folderSafeId(shortHash(`story\n${items[0]!.id}`));
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
