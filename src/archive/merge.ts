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
export type GroupKeysMemo = WeakMap<Report, { article?: string; brief?: string; bucket?: string; title?: string; words?: string[] }>;

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

/** What grouping derives from a report, memoised per report object when a GroupKeysMemo is given. */
interface KeysOf {
  article(r: Report): string;
  brief(r: Report): string;
  /** The truncation bucket of a brief: place and opening words of its key's text. */
  bucket(r: Report): string;
  title(r: Report): string;
  /** Content words of a brief's text, or of a ticker line's title. */
  words(r: Report): string[];
}

function keysOf(memo?: GroupKeysMemo): KeysOf {
  const title = (r: Report) => comparisonText(r.title!);
  const words = (r: Report) => contentWords(r.kind === "ticker" ? (r.title ?? "") : r.comparison);
  if (!memo) return { article: articleKey, brief: briefKey, bucket: (r) => bucketOfKey(briefKey(r)), title, words };
  const derived = (r: Report) => {
    let d = memo.get(r);
    if (!d) memo.set(r, (d = {}));
    return d;
  };
  const brief = (r: Report) => (derived(r).brief ??= briefKey(r));
  return {
    article: (r) => (derived(r).article ??= articleKey(r)),
    brief,
    bucket: (r) => (derived(r).bucket ??= bucketOfKey(brief(r))),
    title: (r) => (derived(r).title ??= title(r)),
    words: (r) => (derived(r).words ??= words(r)),
  };
}

function bucketOfKey(key: string): string {
  const [place, text] = splitKey(key);
  return `${place}|${leadingWords(text, TRUNCATION_BUCKET_WORDS)}`;
}

/** The keys that put two article reports in one group. */
function articleKeys(r: Report, keys: KeysOf): string[] {
  const list = [keys.article(r)];
  if (r.sourceUrl) list.push(`url|${r.sourceUrl}|${r.placeKey}`);
  return list;
}

/**
 * Groups of `reports` (in the order finish() sorts them): articles by their keys, briefs by key
 * and cut-off copies within their bucket, then ticker lines joined to the group they announce.
 * Groups come articles first, then briefs, each in the order of its first member, and members in
 * the order of `reports` (ticker lines last).
 */
export function groupReports(reports: Report[], memo?: GroupKeysMemo): ReportGroup[] {
  const keys = keysOf(memo);
  const articles = reports.filter((r) => r.kind === "article");
  const briefs = reports.filter((r) => r.kind === "brief");
  const tickers = reports.filter((r) => r.kind === "ticker");
  const articleGroups = groupByKeys(articles, (r) => articleKeys(r, keys));
  const buckets = bucketsOf(briefs, keys);
  const position = new Map(briefs.map((r, i) => [r, i]));
  const briefGroups: Report[][] = [];
  for (const members of buckets.values()) for (const group of groupBucket(members, keys)) briefGroups.push(group);
  briefGroups.sort((a, b) => position.get(a[0]!)! - position.get(b[0]!)!);
  return withTickers(articleGroups, briefGroups, tickers, keys);
}

/** Briefs by truncation bucket, each bucket's in the order given. */
function bucketsOf(briefs: readonly Report[], keys: KeysOf): Map<string, Report[]> {
  const buckets = new Map<string, Report[]>();
  for (const r of briefs) {
    const bucket = keys.bucket(r);
    const list = buckets.get(bucket);
    if (list) list.push(r);
    else buckets.set(bucket, [r]);
  }
  return buckets;
}

/**
 * The briefs of one truncation bucket (same place, same opening words), in report order, in
 * groups: copies with one key are one report, and a text that is a prefix of a longer one joins
 * it when every longer text that starts this way is one report already (else the cut copy is
 * ambiguous). Nothing outside the bucket can join its briefs, so a bucket whose briefs did not
 * change keeps its groups (Regrouping).
 */
function groupBucket(members: readonly Report[], keys: KeysOf): Report[][] {
  if (members.length === 1) return [[members[0]!]];
  const byKey = new Map<string, number>();
  const keyIndexOf = members.map((r) => {
    const key = keys.brief(r);
    let index = byKey.get(key);
    if (index === undefined) byKey.set(key, (index = byKey.size));
    return index;
  });
  if (byKey.size === 1) return [[...members]];
  const union = new UnionFind(byKey.size);
  const keyList = [...byKey.keys()];
  // Longest first; the texts that start with a text come right after it in code-unit order, as
  // far as the shared-prefix lengths of neighbours there reach: each copy meets only the texts
  // that extend it, not every longer text of its bucket (quadratic on a page of many briefs
  // opening alike).
  const sorted = keyList.map((_, i) => i).sort((a, b) => keyList[b]!.length - keyList[a]!.length || (keyList[a]! < keyList[b]! ? -1 : 1));
  const texts = sorted.map((i) => splitKey(keyList[i]!)[1]);
  const order = texts.map((_, i) => i).sort((a, b) => (texts[a]! < texts[b]! ? -1 : 1));
  const rank = new Int32Array(texts.length);
  order.forEach((i, r) => (rank[i] = r));
  const shared = order.map((i, r) => (r === 0 ? 0 : sharedPrefixLength(texts[order[r - 1]!]!, texts[i]!)));
  for (let i = 1; i < texts.length; i++) {
    const short = texts[i]!;
    if (short.length < MIN_TRUNCATED_CHARS) continue;
    // Join only when every longer text that starts this way is one report already; else the cut copy is ambiguous.
    const roots = new Set<number>();
    for (let r = rank[i]! + 1; r < order.length && shared[r]! >= short.length; r++) roots.add(union.find(sorted[order[r]!]!));
    if (roots.size === 1) union.union([...roots][0]!, sorted[i]!);
  }
  const groups = new Map<number, Report[]>();
  members.forEach((r, i) => {
    const root = union.find(keyIndexOf[i]!);
    const list = groups.get(root);
    if (list) list.push(r);
    else groups.set(root, [r]);
  });
  return [...groups.values()];
}

/**
 * The groups with ticker lines joined: a ticker line joins the one group whose title matches in
 * the same section, or else the one brief group of that section whose every sighting agrees with
 * the ticker's clock and whose text holds most of its words. The group arrays given are not
 * changed: a group a ticker line joins gets a new members array.
 */
function withTickers(articleGroups: readonly Report[][], briefGroups: readonly Report[][], tickers: readonly Report[], keys: KeysOf, kept: TickerIndex | null = null): ReportGroup[] {
  const groups: ReportGroup[] = [
    ...articleGroups.map((members) => ({ kind: "article" as const, members })),
    ...briefGroups.map((members) => ({ kind: "brief" as const, members })),
  ];
  if (tickers.length === 0) return groups;
  // Titles and words -> groups: kept from the last merge (Regrouping), else made now.
  let byTitle: (title: string) => ReportGroup[];
  let wordIndex: () => (word: string) => Set<unknown> | undefined;
  let groupOfSet: (value: unknown) => ReportGroup;
  if (kept) {
    const wrapperOf = new Map<Report[], ReportGroup>();
    for (const group of groups) wrapperOf.set(group.members, group);
    byTitle = (title) => [...(kept.byTitle.get(title) ?? [])].map((base) => wrapperOf.get(base)!);
    wordIndex = () => (word) => kept.byWord.get(word);
    groupOfSet = (base) => wrapperOf.get(base as Report[])!;
  } else {
    const titles = new Map<string, ReportGroup[]>();
    for (const group of groups) for (const title of titlesOf(group.members, keys)) {
      const list = titles.get(title);
      if (list) list.push(group);
      else titles.set(title, [group]);
    }
    byTitle = (title) => titles.get(title) ?? [];
    // Words of brief texts -> groups, to find the brief a ticker line announces without its
    // title; made when the first such ticker line comes, and only for words some ticker line
    // has (the only ones looked up).
    let groupsByWord: Map<string, Set<ReportGroup>> | null = null;
    wordIndex = () => {
      if (!groupsByWord) {
        const index = new Map<string, Set<ReportGroup>>();
        const wanted = new Set<string>();
        for (const ticker of tickers) for (const word of keys.words(ticker)) wanted.add(word);
        for (const group of groups) {
          if (group.kind !== "brief") continue;
          forEachBriefWord(group.members, keys, (word) => {
            if (!wanted.has(word)) return;
            const set = index.get(word);
            if (set) set.add(group);
            else index.set(word, new Set([group]));
          });
        }
        groupsByWord = index;
      }
      const index = groupsByWord;
      return (word) => index.get(word);
    };
    groupOfSet = (group) => group as ReportGroup;
  }
  // The group arrays may be kept from the last merge (Regrouping): joined tickers go on a copy.
  const joined = new Set<ReportGroup>();
  for (const ticker of tickers) {
    let candidates = byTitle(ticker.title ? keys.title(ticker) : "").filter((g) => !ticker.section || g.members.some((m) => m.section === ticker.section));
    if (candidates.length === 0) {
      // No titled copy: the one brief of that section whose every sighting agrees with the
      // ticker's clock and whose text holds most of the ticker's words.
      const words = [...new Set(keys.words(ticker))];
      const index = wordIndex();
      const rarest = words.map((w) => index(w)).filter((set): set is Set<unknown> => !!set).sort((a, b) => a.size - b.size)[0];
      candidates = [];
      for (const value of rarest ?? []) {
        const g = groupOfSet(value);
        if (announces(ticker, words, g)) candidates.push(g);
      }
    }
    if (candidates.length === 1) {
      const group = candidates[0]!;
      if (!joined.has(group)) {
        group.members = [...group.members];
        joined.add(group);
      }
      group.members.push(ticker);
    }
  }
  return groups;
}

/** The titles of a group's members in comparison form, each once (most groups are one report). */
function titlesOf(members: readonly Report[], keys: KeysOf): string[] {
  if (members.length === 1) return members[0]!.title ? [keys.title(members[0]!)] : [];
  return [...new Set(members.filter((m) => !!m.title).map(keys.title))];
}

/** Each content word of a brief group's texts (each distinct text once: copies mostly share one; a word may come twice). */
function forEachBriefWord(members: readonly Report[], keys: KeysOf, use: (word: string) => void): void {
  if (members.length === 1) {
    if (members[0]!.kind === "brief") for (const word of keys.words(members[0]!)) use(word);
    return;
  }
  const seen = new Set<string>();
  for (const member of members) {
    if (member.kind !== "brief" || seen.has(member.comparison)) continue;
    seen.add(member.comparison);
    for (const word of keys.words(member)) use(word);
  }
}

/** The content words of a brief group's texts, each once. */
function briefWordsOf(members: readonly Report[], keys: KeysOf): Set<string> {
  const words = new Set<string>();
  forEachBriefWord(members, keys, (word) => words.add(word));
  return words;
}

/** Titles and brief words -> the group arrays that have them, kept by Regrouping as its groups change. */
class TickerIndex {
  readonly byTitle = new Map<string, Set<Report[]>>();
  readonly byWord = new Map<string, Set<Report[]>>();
  private readonly entries = new Map<Report[], { titles: string[]; words: Set<string> | null }>();

  constructor(private readonly keys: KeysOf) {}

  add(group: Report[], kind: ReportGroup["kind"]): void {
    const titles = titlesOf(group, this.keys);
    const words = kind === "brief" ? briefWordsOf(group, this.keys) : null;
    this.entries.set(group, { titles, words });
    for (const title of titles) addTo(this.byTitle, title, group);
    if (words) for (const word of words) addTo(this.byWord, word, group);
  }

  remove(group: Report[]): void {
    const entry = this.entries.get(group);
    if (!entry) return;
    this.entries.delete(group);
    for (const title of entry.titles) removeFrom(this.byTitle, title, group);
    if (entry.words) for (const word of entry.words) removeFrom(this.byWord, word, group);
  }
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function removeFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

/** The order ArchiveBuilder.finish sorts reports in: capture, line, column, kind. */
export function compareReports(a: Report, b: Report): number {
  return compareCodeUnits(a.capture, b.capture) || a.line - b.line || a.column - b.column || compareCodeUnits(a.kind, b.kind);
}

/** Code-unit order (as compareText in items.ts, which imports this module). */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const byFirstMember = (a: readonly Report[], b: readonly Report[]) => compareReports(a[0]!, b[0]!);

/** `kept` (sorted, without the groups left out) and `made` merged in order of their first members. */
function mergeInOrder(kept: readonly Report[][], made: Report[][]): Report[][] {
  made.sort(byFirstMember);
  const out: Report[][] = [];
  let j = 0;
  for (const group of kept) {
    while (j < made.length && byFirstMember(made[j]!, group) < 0) out.push(made[j++]!);
    out.push(group);
  }
  while (j < made.length) out.push(made[j++]!);
  return out;
}

/**
 * Grouping kept from merge to merge by draad serve (src/archive/item-memo.ts), which hands the
 * same contributions (and so the same report objects) to every merge for captures that did not
 * change: only what the changed reports touch is grouped again, and the groups are the ones
 * groupReports makes of the same reports (tests/archive/regrouping.test.ts).
 *  - articles: the groups of reports that left, and the groups that share a key with a report
 *    that came, are grouped again with the reports that came; no other group can change, since
 *    a group holds every report that shares a key with one of its members;
 *  - briefs: the truncation buckets that lost or gained a brief are grouped again (a bucket's
 *    groups depend on its briefs only, groupBucket);
 *  - ticker lines are joined anew every time (their joins depend on all groups), through an
 *    index of titles and brief words kept as the groups change.
 * The groups stay in order (of their first members) by merging the new ones in. More changes
 * than a quarter of the reports: everything is grouped anew.
 */
export class Regrouping {
  private state: {
    /** The report lists of the last merge's contributions (one per capture). */
    lists: Set<readonly Report[]>;
    articleGroups: Report[][];
    articleGroupOf: Map<Report, Report[]>;
    groupOfArticleKey: Map<string, Report[]>;
    bucketMembers: Map<string, Report[]>;
    bucketGroups: Map<string, Report[][]>;
    briefGroups: Report[][];
    tickers: TickerIndex;
  } | null = null;
  /** Reports grouped again in the last merge (all of them when nothing was kept). */
  regrouped = 0;

  constructor(private readonly memo: GroupKeysMemo) {}

  /** Forget the last merge (the place table changed: every report is new). */
  reset(): void {
    this.state = null;
  }

  /**
   * `reports`: sorted (compareReports); `lists`: the report lists they came in, one per capture,
   * the very arrays of the last merge for captures that did not change.
   */
  group(reports: Report[], lists: readonly (readonly Report[])[]): ReportGroup[] {
    const keys = keysOf(this.memo);
    const last = this.state;
    const tickers = reports.filter((r) => r.kind === "ticker");
    const now = new Set(lists);
    const removed: Report[] = [];
    const added: Report[] = [];
    if (last) {
      for (const list of last.lists) if (!now.has(list)) for (const r of list) removed.push(r);
      for (const list of lists) if (!last.lists.has(list)) for (const r of list) added.push(r);
    }
    if (!last || removed.length + added.length > reports.length / 4) {
      this.regrouped = reports.length;
      const articles = reports.filter((r) => r.kind === "article");
      const state = {
        lists: now,
        articleGroups: groupByKeys(articles, (r) => articleKeys(r, keys)),
        articleGroupOf: new Map<Report, Report[]>(),
        groupOfArticleKey: new Map<string, Report[]>(),
        bucketMembers: bucketsOf(reports.filter((r) => r.kind === "brief"), keys),
        bucketGroups: new Map<string, Report[][]>(),
        briefGroups: [] as Report[][],
        tickers: new TickerIndex(keys),
      };
      for (const group of state.articleGroups) this.indexArticleGroup(group, state, keys);
      const briefGroups: Report[][] = [];
      for (const [bucket, members] of state.bucketMembers) {
        const groups = groupBucket(members, keys);
        state.bucketGroups.set(bucket, groups);
        for (const group of groups) {
          briefGroups.push(group);
          state.tickers.add(group, "brief");
        }
      }
      state.briefGroups = mergeInOrder([], briefGroups);
      this.state = state;
    } else {
      let regrouped = 0;
      // Articles: the groups touched, grouped again with the reports that came.
      const dirty = new Set<Report[]>();
      for (const r of removed) if (r.kind === "article") dirty.add(last.articleGroupOf.get(r)!);
      for (const r of added) {
        if (r.kind !== "article") continue;
        for (const key of articleKeys(r, keys)) {
          const group = last.groupOfArticleKey.get(key);
          if (group) dirty.add(group);
        }
      }
      const gone = new Set(removed);
      const again = added.filter((r) => r.kind === "article");
      for (const group of dirty) {
        last.tickers.remove(group);
        for (const r of group) {
          last.articleGroupOf.delete(r);
          for (const key of articleKeys(r, keys)) if (last.groupOfArticleKey.get(key) === group) last.groupOfArticleKey.delete(key);
          if (!gone.has(r)) again.push(r);
        }
      }
      again.sort(compareReports);
      regrouped += again.length;
      const madeArticles = groupByKeys(again, (r) => articleKeys(r, keys));
      for (const group of madeArticles) this.indexArticleGroup(group, last, keys);
      last.articleGroups = mergeInOrder(dirty.size ? last.articleGroups.filter((g) => !dirty.has(g)) : last.articleGroups, madeArticles);
      // Briefs: the buckets touched, grouped again.
      const buckets = new Set<string>();
      for (const r of removed) {
        if (r.kind !== "brief") continue;
        const bucket = keys.bucket(r);
        buckets.add(bucket);
        const list = last.bucketMembers.get(bucket)!;
        list.splice(list.indexOf(r), 1);
      }
      for (const r of added) {
        if (r.kind !== "brief") continue;
        const bucket = keys.bucket(r);
        buckets.add(bucket);
        const list = last.bucketMembers.get(bucket);
        if (list) list.push(r);
        else last.bucketMembers.set(bucket, [r]);
      }
      const replaced = new Set<Report[]>();
      const madeBriefs: Report[][] = [];
      for (const bucket of buckets) {
        for (const group of last.bucketGroups.get(bucket) ?? []) {
          replaced.add(group);
          last.tickers.remove(group);
        }
        const members = last.bucketMembers.get(bucket)!;
        if (members.length === 0) {
          last.bucketMembers.delete(bucket);
          last.bucketGroups.delete(bucket);
          continue;
        }
        members.sort(compareReports);
        regrouped += members.length;
        const groups = groupBucket(members, keys);
        last.bucketGroups.set(bucket, groups);
        for (const group of groups) {
          madeBriefs.push(group);
          last.tickers.add(group, "brief");
        }
      }
      last.briefGroups = mergeInOrder(replaced.size ? last.briefGroups.filter((g) => !replaced.has(g)) : last.briefGroups, madeBriefs);
      last.lists = now;
      this.regrouped = regrouped + tickers.length;
    }
    const state = this.state!;
    return withTickers(state.articleGroups, state.briefGroups, tickers, keys, state.tickers);
  }

  private indexArticleGroup(group: Report[], state: NonNullable<Regrouping["state"]>, keys: KeysOf): void {
    state.tickers.add(group, "article");
    for (const r of group) {
      state.articleGroupOf.set(r, group);
      for (const key of articleKeys(r, keys)) state.groupOfArticleKey.set(key, group);
    }
  }
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
