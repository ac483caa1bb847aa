/**
 * Deduplication: reports that are one report become one group.
 *  - Articles: same place and headline and opening words, or the same source page and place
 *    (two snapshots of one page, even when the text grew between them).
 *  - Briefs: same place and text in comparison form; a cut-off copy (`...`) joins the full one.
 *  - Ticker lines join the one group with that title in that section, or else the one brief of
 *    that section whose dating agrees and whose text holds the ticker's words (found through a
 *    word index): dating evidence and the brief's title.
 * Keys are looked up in maps, never compared in pairs, so this is linear in the reports.
 */
import { contentWords, leadingWords, withoutEllipsis, comparisonText } from "./normalise.js";
import { intersects } from "./interval.js";
import type { Report } from "./reports.js";

/** Least length of a cut-off copy that may join a longer text. */
const MIN_TRUNCATED_CHARS = 40;
const ARTICLE_KEY_WORDS = 12;
const TRUNCATION_BUCKET_WORDS = 6;
/** Share of a ticker headline's content words a brief's text must hold to be that ticker line's report. */
const TICKER_MIN_SHARED_WORDS = 0.6;

/**
 * What grouping derives from one report (its keys, its title in comparison form), kept per
 * report object by a long-running process (draad serve, src/archive/item-memo.ts), which hands
 * the same report objects to every merge. Reports are plain data nothing changes after
 * reportsOfCapture. A one-off build keeps none: at 100,000 captures the keys would hold
 * hundreds of megabytes of text.
 */
export type GroupKeysMemo = WeakMap<Report, { article?: string; brief?: string; title?: string; words?: string[] }>;

export interface ReportGroup {
  kind: "article" | "brief";
  members: Report[];
}

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** The identity key of an article report: place, headline, opening words. */
export function articleKey(report: Report): string {
  return `${report.placeKey}|${comparisonText(report.title ?? "")}|${leadingWords(report.leadComparison, ARTICLE_KEY_WORDS)}`;
}

/** The identity key of a brief report: place and text. */
export function briefKey(report: Report): string {
  return `${report.placeKey}|${withoutEllipsis(report.comparison)}`;
}

export function groupReports(reports: Report[], memo?: GroupKeysMemo): ReportGroup[] {
  const derived = (r: Report) => {
    let d = memo!.get(r);
    if (!d) memo!.set(r, (d = {}));
    return d;
  };
  const articleKeyOf = memo ? (r: Report) => (derived(r).article ??= articleKey(r)) : articleKey;
  const briefKeyOf = memo ? (r: Report) => (derived(r).brief ??= briefKey(r)) : briefKey;
  const titleOf = memo ? (r: Report) => (derived(r).title ??= comparisonText(r.title!)) : (r: Report) => comparisonText(r.title!);
  // Content words of a brief's text, or of a ticker line's title.
  const wordsOf = memo
    ? (r: Report) => (derived(r).words ??= contentWords(r.kind === "ticker" ? (r.title ?? "") : r.comparison))
    : (r: Report) => contentWords(r.kind === "ticker" ? (r.title ?? "") : r.comparison);
  const articles = reports.filter((r) => r.kind === "article");
  const briefs = reports.filter((r) => r.kind === "brief");
  const tickers = reports.filter((r) => r.kind === "ticker");

  const articleGroups = groupByKeys(articles, (r) => {
    const keys = [articleKeyOf(r)];
    if (r.sourceUrl) keys.push(`url|${r.sourceUrl}|${r.placeKey}`);
    return keys;
  });

  const briefUnion = new UnionFind(briefs.length);
  const byKey = new Map<string, number>();
  briefs.forEach((r, i) => {
    const key = briefKeyOf(r);
    const first = byKey.get(key);
    if (first === undefined) byKey.set(key, i);
    else briefUnion.union(first, i);
  });
  // Cut-off copies: within a bucket of same place and opening words, a text that is a prefix of a longer one joins it.
  const buckets = new Map<string, string[]>();
  for (const key of byKey.keys()) {
    const [place, text] = splitKey(key);
    const bucket = `${place}|${leadingWords(text, TRUNCATION_BUCKET_WORDS)}`;
    const list = buckets.get(bucket);
    if (list) list.push(key);
    else buckets.set(bucket, [key]);
  }
  for (const keys of buckets.values()) {
    if (keys.length < 2) continue;
    keys.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    // The texts that start with a text come right after it in code-unit order, as far as the
    // shared-prefix lengths of neighbours there reach: each copy meets only the texts that extend
    // it, not every longer text of its bucket (quadratic on a page of many briefs opening alike).
    const texts = keys.map((k) => splitKey(k)[1]);
    const order = keys.map((_, i) => i).sort((a, b) => (texts[a]! < texts[b]! ? -1 : 1));
    const rank = new Int32Array(keys.length);
    order.forEach((i, r) => (rank[i] = r));
    const shared = order.map((i, r) => (r === 0 ? 0 : sharedPrefixLength(texts[order[r - 1]!]!, texts[i]!)));
    for (let i = 1; i < keys.length; i++) {
      const short = texts[i]!;
      if (short.length < MIN_TRUNCATED_CHARS) continue;
      // Join only when every longer text that starts this way is one report already; else the cut copy is ambiguous.
      const roots = new Set<number>();
      for (let r = rank[i]! + 1; r < order.length && shared[r]! >= short.length; r++) roots.add(briefUnion.find(byKey.get(keys[order[r]!]!)!));
      if (roots.size === 1) briefUnion.union([...roots][0]!, byKey.get(keys[i]!)!);
    }
  }
  const briefGroups = collect(briefs, briefUnion);

  const groups: ReportGroup[] = [
    ...articleGroups.map((members) => ({ kind: "article" as const, members })),
    ...briefGroups.map((members) => ({ kind: "brief" as const, members })),
  ];

  // Ticker lines: join the one group whose title matches in the same section.
  const byTitle = new Map<string, ReportGroup[]>();
  const byTitleAdd = (title: string, group: ReportGroup) => {
    const list = byTitle.get(title);
    if (list) list.push(group);
    else byTitle.set(title, [group]);
  };
  for (const group of groups) {
    // Most groups are one report: no set of titles for it.
    if (group.members.length === 1) {
      if (group.members[0]!.title) byTitleAdd(titleOf(group.members[0]!), group);
      continue;
    }
    for (const title of new Set(group.members.filter((m) => !!m.title).map(titleOf))) byTitleAdd(title, group);
  }
  // Words of brief texts -> groups, to find the brief a ticker line announces without its title;
  // made when the first such ticker line comes, of the briefs only (not of tickers joined since),
  // and only for words some ticker line has (the only ones looked up).
  let groupsByWord: Map<string, Set<ReportGroup>> | null = null;
  const wordIndex = () => {
    if (groupsByWord) return groupsByWord;
    groupsByWord = new Map();
    const wanted = new Set<string>();
    for (const ticker of tickers) for (const word of wordsOf(ticker)) wanted.add(word);
    for (const group of groups) {
      if (group.kind !== "brief") continue;
      // Copies of one brief mostly share one text: index each distinct text once.
      const seen = new Set<string>();
      for (const member of group.members) {
        if (member.kind !== "brief" || seen.has(member.comparison)) continue;
        seen.add(member.comparison);
        for (const word of wordsOf(member)) {
          if (!wanted.has(word)) continue;
          const set = groupsByWord.get(word);
          if (set) set.add(group);
          else groupsByWord.set(word, new Set([group]));
        }
      }
    }
    return groupsByWord;
  };
  for (const ticker of tickers) {
    let candidates = (byTitle.get(ticker.title ? titleOf(ticker) : "") ?? []).filter(
      (g) => !ticker.section || g.members.some((m) => m.section === ticker.section),
    );
    if (candidates.length === 0) {
      // No titled copy: the one brief of that section whose every sighting agrees with the
      // ticker's clock and whose text holds most of the ticker's words.
      const words = [...new Set(wordsOf(ticker))];
      const index = wordIndex();
      const rarest = words.map((w) => index.get(w)).filter((s): s is Set<ReportGroup> => !!s).sort((a, b) => a.size - b.size)[0];
      candidates = [];
      for (const g of rarest ?? []) if (announces(ticker, words, g)) candidates.push(g);
    }
    if (candidates.length === 1) candidates[0]!.members.push(ticker);
  }
  return groups;
}

/**
 * Whether brief group `g` is the brief ticker line `ticker` announces: one of its copies is of
 * the ticker's section (when it has one), every copy's dating agrees with the ticker's clock, and
 * the first copy's text holds TICKER_MIN_SHARED_WORDS of the ticker's words. A loop over the
 * members, not filtered copies: tried on every group of the ticker's rarest word.
 */
function announces(ticker: Report, words: readonly string[], g: ReportGroup): boolean {
  let first: Report | null = null;
  let inSection = !ticker.section;
  for (const m of g.members) {
    if (m.kind !== "brief") continue;
    first ??= m;
    if (!inSection && m.section === ticker.section) inSection = true;
    if (!intersects(m.evidence, ticker.evidence)) return false;
  }
  if (first === null || !inSection) return false;
  let shared = 0;
  for (const w of words) if (first.comparison.includes(w)) shared++;
  return shared >= words.length * TICKER_MIN_SHARED_WORDS;
}

function sharedPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

function splitKey(key: string): [string, string] {
  const bar = key.indexOf("|");
  return [key.slice(0, bar), key.slice(bar + 1)];
}

function groupByKeys(reports: Report[], keysOf: (r: Report) => string[]): Report[][] {
  const union = new UnionFind(reports.length);
  const firstByKey = new Map<string, number>();
  reports.forEach((report, i) => {
    for (const key of keysOf(report)) {
      const first = firstByKey.get(key);
      if (first === undefined) firstByKey.set(key, i);
      else union.union(first, i);
    }
  });
  return collect(reports, union);
}

function collect(reports: Report[], union: UnionFind): Report[][] {
  const groups = new Map<number, Report[]>();
  reports.forEach((report, i) => {
    const root = union.find(i);
    const list = groups.get(root);
    if (list) list.push(report);
    else groups.set(root, [report]);
  });
  return [...groups.values()];
}
