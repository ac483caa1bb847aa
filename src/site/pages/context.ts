/**
 * What the page families plan from (src/site/pages/*.ts): the archive with its lookups, the
 * site's URLs and texts, and the decisions more than one family needs, made once here:
 * which items are reports of their own (a lead brief counts as its article), the dated and
 * undated reports, their Amsterdam days, and each report's summary as lists show it.
 */
import type { Archive, ArchiveItem, ArchiveStory } from "../../archive/index.js";
import { cutAtWord } from "../../archive/normalise.js";
import { amsterdamDay, dutchDayHeading, listTimes, timeText } from "../dutch-dates.js";
import { ROUTES, SiteUrls } from "../routes.js";
import { sameJson } from "../../cache/same-json.js";
import { groupBy } from "../group-by.js";
import { PageInputs } from "./inputs.js";
import { sharedValue } from "./shared-values.js";
import { TEXT_NL, type SiteText } from "../text-nl.js";
import type { ItemPage, ItemSummary, Link, MarkdownPage, PagePlan, TimeContext } from "./types.js";

export interface SiteOptions {
  /** `https://archief.example.nl` (no path). Used for canonical URLs, feeds and the sitemap. */
  baseUrl: string;
  /** `/` or `/sub/`: where the site lives under baseUrl. */
  pathPrefix: string;
  /** Markdown pages already rendered to HTML (our own text, not captures). */
  pages: MarkdownPage[];
  /** Reports per Pagefind bundle (default SEARCH_BUNDLE_RECORDS). */
  searchBundleRecords?: number;
  /**
   * draad serve: the last build's report summaries by item id (src/build/memory.ts). A summary
   * that is sure to give the same JSON is kept as the same object, so that the page entries that
   * show it share it with the last build's and are compared quickly (src/cache/same-json.ts).
   */
  summaries?: Map<string, RememberedSummary>;
  /**
   * draad serve: the last build's report page entries by item id, with what each was made from
   * (src/site/pages/items.ts): a page whose inputs are all the same is not made again.
   */
  itemPages?: Map<string, RememberedItemPage>;
  /**
   * The whole site's prefix when this is a year's part of a partitioned site (its pathPrefix is
   * then `<siteRoot><year>/`): search records are rooted there, so one search page can merge
   * every part's bundles, and the navigation links back to it ("Alle jaren", URL `~/`).
   */
  siteRoot?: string;
}

/** A report's summary and everything it was made from (PlanContext.summary), compared one by one by identity. */
export interface RememberedSummary {
  inputs: unknown[];
  summary: ItemSummary;
}

/** A report page's entry and everything it was made from, compared one by one (identity or value). */
export interface RememberedItemPage {
  /** The site's absolute root when it was made: another base URL or prefix makes every entry stale. */
  root: string;
  inputs: unknown[];
  entry: ItemPage;
}

export class PlanContext {
  readonly t: SiteText = TEXT_NL;
  readonly urls: SiteUrls;
  readonly byId: Map<string, ArchiveItem>;
  readonly storyById: Map<string, ArchiveStory>;
  private readonly placeNames: Map<string, string>;
  private readonly summaries = new Map<string, ItemSummary>();
  /**
   * Each report once, newest first (the archive's order): every item except a brief that is the
   * lead of an archived article, which is reached through that article (and its own URL).
   */
  readonly reports: ArchiveItem[];
  readonly dated: ArchiveItem[];
  readonly undated: ArchiveItem[];
  /** A dated report's Amsterdam day, `2025-11-22`. */
  readonly dayKeyOf: Map<string, string>;
  /** The dated reports of each day, newest first, and the days in time order. */
  readonly reportsByDay: Map<string, ArchiveItem[]>;
  readonly dayKeys: string[];

  constructor(
    readonly archive: Archive,
    readonly options: SiteOptions,
  ) {
    this.urls = new SiteUrls({ baseUrl: options.baseUrl, pathPrefix: options.pathPrefix, siteRoot: options.siteRoot });
    this.byId = new Map(archive.items.map((item) => [item.id, item]));
    this.storyById = new Map(archive.stories.map((s) => [s.id, s]));
    this.placeNames = new Map(archive.places.map((p) => [p.id, p.name]));
    this.reports = archive.items.filter((item) => this.articleOf(item) === null);
    this.dated = this.reports.filter((i) => i.sortTime !== null);
    this.undated = this.reports.filter((i) => i.sortTime === null);
    this.dayKeyOf = new Map(this.dated.map((i) => [i.id, amsterdamDay(i.sortTime!).key]));
    this.reportsByDay = groupBy(this.dated, (i) => [this.dayKeyOf.get(i.id)!]);
    this.dayKeys = [...this.reportsByDay.keys()].sort(compare);
    // Items that are gone are forgotten by draad serve too.
    if (options.summaries) for (const id of options.summaries.keys()) if (!this.byId.has(id)) options.summaries.delete(id);
  }

  /** The archived article a lead brief belongs to; null for every other item. */
  articleOf(item: ArchiveItem): ArchiveItem | null {
    return item.articleId === null ? null : (this.byId.get(item.articleId) ?? null);
  }

  /** The report an item counts as: its article for a lead brief, else itself. */
  reportOf(item: ArchiveItem): ArchiveItem {
    return this.articleOf(item) ?? item;
  }

  placeName(id: string): string {
    return this.placeNames.get(id) ?? id;
  }

  /** `zaterdag 22 november 2025`: the heading of a day with news. */
  dayHeading(dayKey: string): string {
    return dutchDayHeading(this.reportsByDay.get(dayKey)![0]!.sortTime!);
  }

  sectionLink(item: ArchiveItem): Link | null {
    return item.sectionId && item.section ? { name: item.section, url: ROUTES.section(item.sectionId) } : null;
  }

  /**
   * A report as lists show it: one object per item, shared by every list that shows it. In
   * draad serve, the last build's summary of the item when everything it is made of is the same
   * (its texts are the very arrays of the last merge when its reports did not change,
   * src/archive/item-memo.ts): at 10,000 captures, making and comparing every summary again was
   * 0.25 s of a rebuild after one new capture.
   */
  summary(item: ArchiveItem): ItemSummary {
    let s = this.summaries.get(item.id);
    if (s) return s;
    const remembered = this.options.summaries;
    if (!remembered) {
      s = this.makeSummary(item);
      this.summaries.set(item.id, s);
      return s;
    }
    const kept = remembered.get(item.id);
    const inputs = this.summaryInputList;
    if (kept) {
      inputs.compareWith(kept.inputs);
      summaryInputs(item, this, inputs);
      if (inputs.same) s = kept.summary;
    }
    if (!s) {
      inputs.record();
      summaryInputs(item, this, inputs);
      s = this.makeSummary(item);
      // Another way to the same JSON (a place renamed back): still the same object, for the page keys.
      if (kept && sameJson(kept.summary, s)) s = kept.summary;
      remembered.set(item.id, { inputs: inputs.recorded(), summary: s });
    }
    this.summaries.set(item.id, s);
    return s;
  }

  /** The inputs of one summary at a time (summaryInputs), recorded or compared. */
  private readonly summaryInputList = new PageInputs();

  private makeSummary(item: ArchiveItem): ItemSummary {
    const s: ItemSummary = {
      id: item.id,
      url: item.url,
      kind: item.kind,
      kindLabel: item.kind === "article" ? this.t.item.article : this.t.item.brief,
      headline: item.headline,
      time: "",
      times: listTimes(item.publishedFrom, item.publishedTo),
      day: item.sortTime === null ? null : amsterdamDay(item.sortTime).key,
      datetime: item.publishedTo,
      place: item.places.map((p) => this.placeName(p)).join(" / ") || null,
      section: this.sectionLink(item),
      lead: cutAtWord(paragraphsAfterHeadline(item)[0] ?? "", 240),
      updated: item.versions.length > 1,
    };
    s.time = timeText(s.times.withYear);
    return sharedValue(s);
  }
}

/**
 * Everything makeSummary reads, in a fixed order (a new read there must be added here;
 * tests/build/memory.test.ts checks the pages against a clean build through a series of edits).
 */
function summaryInputs(item: ArchiveItem, context: PlanContext, inputs: PageInputs): void {
  inputs.value(context.t);
  inputs.value(item.url);
  inputs.value(item.kind);
  inputs.value(item.headline);
  inputs.value(item.headlineSource);
  inputs.value(item.paragraphs);
  inputs.value(item.publishedFrom);
  inputs.value(item.publishedTo);
  inputs.value(item.sortTime);
  inputs.value(item.sectionId);
  inputs.value(item.section);
  inputs.value(item.versions.length > 1);
  inputs.value(item.places.length);
  for (const p of item.places) inputs.value(context.placeName(p));
}

/**
 * A report's paragraphs without the first sentence when that sentence is its headline (a brief
 * without a title of its own), for what shows the headline and then the text: a list's lead, a
 * search record (whose excerpt would repeat it). A headline cut short (`…`) keeps its sentence, which says more.
 */
export function paragraphsAfterHeadline(item: ArchiveItem): string[] {
  const [first, ...rest] = item.paragraphs;
  if (item.headlineSource !== "first-sentence" || first === undefined || item.headline.endsWith("…") || !first.startsWith(item.headline)) return item.paragraphs;
  const after = first.slice(item.headline.length);
  // The full stop was taken off the headline; a question or exclamation mark stays on it.
  const ended = /[!?]["'”’]?$/u.test(item.headline);
  const sentenceEnd = (ended ? /^(?:\s+|$)/u : /^[.!?]["'”’]?(?:\s+|$)/u).exec(after);
  if (!sentenceEnd) return item.paragraphs;
  const remainder = after.slice(sentenceEnd[0].length);
  return remainder ? [remainder, ...rest] : rest;
}

/** The time context of a list under a day's heading (a day key or null): its day and year. */
export function dayContext(day: string | null): TimeContext {
  return { day, year: day === null ? null : Number(day.slice(0, 4)) };
}

/** A list beside a report, or of reports of several days: each time dated, of `year` without the year. */
export function yearContext(iso: string | null): TimeContext {
  return { day: null, year: iso === null ? null : amsterdamDay(iso).year };
}

/** Whether lists of these reports show a time not known to the minute, which the time legend explains. */
export function needsTimeLegend(...lists: readonly (readonly ItemSummary[])[]): boolean {
  // A clock to the minute needs no word, nor a date alone (`3 mei`, `die dag`): the legend explains intervals and `uiterlijk`.
  return lists.some((list) => list.some((s) => s.times.precision !== "exact" && s.times.precision !== "day"));
}

export const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);


/**
 * A family of pages (reports, lists, calendars, ...): plans the entries of its templates. Adding
 * a page type is a family (or one more template in one), a template of that name
 * (src/site/templates/) and, when it has a path of its own, a route (src/site/routes.ts).
 */
export interface PageFamily {
  name: string;
  plan(context: PlanContext): PagePlan;
}
