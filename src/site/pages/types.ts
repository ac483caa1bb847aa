/**
 * What the planners (src/site/pages/) hand to the templates (src/site/templates/): the data
 * every page shares (`Site`), and for each page template its entries, one page per entry at
 * `entry.url`. Entries hold only their own page's data; what many pages show (a report's
 * summary, a story line, a captured page's sidebar) is one object that they share.
 */
import type { ArchiveItem } from "../../archive/index.js";
import type { SiteText } from "../text-nl.js";
import type { ListTimes, TimePart } from "../dutch-dates.js";

/** What every page shares: interface texts, the site's URLs, the navigation. */
export interface Site {
  t: SiteText;
  /** siteRoot: the whole site's prefix (the path prefix, except in a year's part); `~/x` links are made from it. */
  meta: { baseUrl: string; pathPrefix: string; siteRoot: string };
  nav: Link[];
}

export interface Link {
  name: string;
  url: string;
}

export interface MarkdownPage {
  url: string;
  title: string;
  description: string;
  html: string;
  navOrder: number | null;
}

/** A report as lists show it (home, lists, a report's sidebar, story lines). Shared by every page that lists it. */
export interface ItemSummary {
  id: string;
  url: string;
  kind: ArchiveItem["kind"];
  kindLabel: string;
  headline: string;
  /** The time in words with its date and year (`22 nov. 2025 10:50`), for templates of one's own. */
  time: string;
  /** The time in pieces, in each degree of context; the part `item-list` picks one by its `timeContext`. */
  times: ListTimes;
  /** The report's Amsterdam day (`2025-11-22`, the day of `publishedTo`), null when undated. */
  day: string | null;
  datetime: string | null;
  place: string | null;
  section: Link | null;
  lead: string;
  /** Whether the captures show more than one version of its text (its page lists them). */
  updated: boolean;
}

/**
 * What a list's page tells the reader about when its reports are: the day it names (a day page,
 * a day's group: a report of that day shows its clock alone) and the year (a date of that year
 * goes without the year). Both null: every time is shown with its day and year.
 */
export interface TimeContext {
  day: string | null;
  year: number | null;
}

export interface EvidenceRow {
  capture: string;
  /**
   * What the sighting says, as the archive has it; the template words it (src/site/templates/item.ts).
   * Kept raw so that an entry stays small: a page's cache key hashes its entry as JSON, and every
   * entry of the site is made and hashed in a rebuild, while only the changed ones are rendered.
   */
  capturedAt: string | null;
  role: ArchiveItem["sightings"][number]["role"];
  age: string | null;
  publishedFrom: string | null;
  publishedTo: string | null;
  /** 1-based. */
  posting: number;
  variant: boolean;
  /** A sighting of the lead brief or the article this report was dated with (null: of this report). */
  via: (Link & { kind: "brief" | "article" }) | null;
}

/** A story line as a report's page shows it beside the report; one object for all its reports. */
export interface StoryBox {
  url: string;
  headline: string;
  items: ItemSummary[];
}

export interface ItemPage {
  id: string;
  url: string;
  kind: ArchiveItem["kind"];
  kindLabel: string;
  headline: string;
  description: string;
  dateline: { places: Link[]; placeSeparator: string; agencies: Link[]; clock: string | null; date: string | null } | null;
  /** `publication` in pieces, its known ends as instants. */
  publicationParts: TimePart[];
  /** The update time a captured copy of the page states (ArchiveItem `updatedFrom`), in pieces; null when none does. */
  pageUpdatedParts: TimePart[] | null;
  datetime: string | null;
  dayUrl: string | null;
  /** What the lists beside the report know of its time: its year. */
  timeContext: TimeContext;
  /** Whether the lists beside it show a time not known to the minute (then the legend explains them). */
  timeLegend: boolean;
  blocks: { kind: "p" | "h2"; text: string }[];
  section: Link | null;
  /** The `Meer uit` list of the captured page, shared by the reports of that page. */
  sidebar: { heading: string; items: ItemSummary[] } | null;
  related: ItemSummary[];
  story: StoryBox | null;
  /** A lead brief's article. */
  article: (Link & { id: string }) | null;
  briefs: ItemSummary[];
  evidence: EvidenceRow[];
  /** The report's versions, oldest first, when its captures differ (src/archive/versions.ts); empty otherwise. */
  versions: VersionBlock[];
  reposted: boolean;
  byline: string | null;
  captions: string[];
  sourceUrls: string[];
  /** NewsArticle JSON-LD (src/site/pages/json-ld.ts). */
  jsonLd: string;
}

/** One version of a report as its page shows it: when it was seen, and what changed since the one before. */
export interface VersionBlock {
  label: string;
  /** `gezien op ...` or `gezien van ... tot ...`, and in how many captures. */
  seen: string;
  /** Runs of the word diff, long unchanged runs shortened to their ends; null for the first version. */
  changes: { kind: "same" | "added" | "removed"; text: string }[] | null;
}

export interface Pagination {
  /**
   * This page: 0 for the list's front page (its own URL, the newest reports), else its number
   * counted from the oldest page (1), which keeps its reports as newer ones come in.
   */
  current: number;
  /** Numbered pages behind the front page; 0 when the whole list is on the front page. */
  total: number;
  /** The page with the next newer reports (rel="prev"), and the one with the next older (rel="next"). */
  newer: string | null;
  older: string | null;
  /** Links in reading order: the front page (number 0), then numbered pages from newest to oldest, with gaps. */
  pages: { number: number; url: string; current: boolean }[];
}

export interface ListPage {
  url: string;
  kind: "section" | "place" | "agency" | "day" | "undated";
  title: string;
  heading: string;
  intro: string | null;
  groups: { heading: string | null; items: ItemSummary[]; timeContext: TimeContext }[];
  pagination: Pagination;
  timeLegend: boolean;
  feeds: { atom: string; json: string } | null;
  /** Day pages: the neighbouring days with news and the month and year. */
  dayNavigation: { previous: Link | null; next: Link | null; month: Link; year: Link } | null;
}

export interface CalendarMonth {
  url: string;
  title: string;
  year: number;
  month: number;
  caption: string;
  weekdays: string[];
  weeks: ({ day: number; url: string | null; count: number } | null)[][];
  days: { heading: string; url: string; count: number }[];
  previous: Link | null;
  next: Link | null;
  yearLink: Link;
  count: number;
}

export interface YearPage {
  url: string;
  title: string;
  year: number;
  months: { name: string; url: string | null; count: number; calendar: CalendarMonth | null }[];
  previous: Link | null;
  next: Link | null;
  count: number;
}

export interface StoryPage {
  title: string;
  description: string;
  url: string;
  id: string;
  headline: string;
  places: Link[];
  period: string;
  items: ItemSummary[];
  timeContext: TimeContext;
  timeLegend: boolean;
}

export interface HomeDay {
  heading: string;
  url: string | null;
  items: ItemSummary[];
  timeContext: TimeContext;
}

export interface HomePage {
  url: string;
  days: HomeDay[];
  timeLegend: boolean;
}

export interface ArchivePage {
  url: string;
  /** Every year with its months' calendars (empty at a partitioned site's root). */
  years: YearPage[];
  /** The years as links, where there are no calendars (a partitioned site's root). */
  yearLinks: { year: number; url: string; count: number }[];
  undated: { url: string; count: number } | null;
}

export interface SearchPage {
  url: string;
  /** Site-relative folders of the search bundles; the first holds the search interface. */
  bundles: string[];
  /**
   * What each bundle holds, in the same order (newest reports first): its number of reports and
   * the time of its oldest (null when undated). The search page searches the newest bundle first
   * and an older one only when it needs more results, and says how far it has searched.
   */
  reach: SearchBundleReach[];
}

export interface SearchBundleReach {
  reports: number;
  oldest: string | null;
}

/** The page that offers the capture bookmarklet (src/site/bookmarklet.ts). */
export interface CapturePage {
  url: string;
  /** The bookmarklet's `javascript:` URL. */
  bookmarklet: string;
}

export interface SectionsPage {
  url: string;
  sections: (Link & { count: number; feed: string })[];
}

export interface PlacesPage {
  url: string;
  groups: { letter: string; places: (Link & { count: number })[] }[];
}

export interface AgenciesPage {
  url: string;
  agencies: (Link & { code: string; count: number; known: boolean })[];
}

export interface StoriesPage {
  url: string;
  stories: StoryPage[];
}

export interface FeedEntry {
  id: string;
  url: string;
  title: string;
  updated: string;
  published: string | null;
  summary: string;
  contentHtml: string;
  section: string | null;
  author: string;
}

export interface Feed {
  /** Site-relative: `/feed.xml`. */
  url: string;
  format: "atom" | "json";
  title: string;
  selfUrl: string;
  alternateUrl: string;
  updated: string;
  entries: FeedEntry[];
}

export interface SitemapPage {
  url: string;
  /** Absolute. */
  urls: string[];
}

/** The pages of each page template, by template name: one page per entry, at `entry.url`. */
export interface PageEntries {
  home: HomePage[];
  archive: ArchivePage[];
  year: YearPage[];
  month: CalendarMonth[];
  list: ListPage[];
  item: ItemPage[];
  story: StoryPage[];
  stories: StoriesPage[];
  sections: SectionsPage[];
  places: PlacesPage[];
  agencies: AgenciesPage[];
  search: SearchPage[];
  capture: CapturePage[];
  page: MarkdownPage[];
  "not-found": { url: string }[];
  robots: { url: string }[];
  "feed-atom": Feed[];
  "feed-json": (Feed & { json: string })[];
  sitemap: SitemapPage[];
  "sitemap-index": SitemapPage[];
}

export type TemplateName = keyof PageEntries;

/**
 * Entries made when their page is rendered, not all at once: a large archive's report pages
 * would not fit in memory together. `sources` are what they are made from, in page order.
 */
export interface LazyEntries<Source, Entry> {
  sources: readonly Source[];
  urlOf(source: Source): string;
  entryOf(source: Source): Entry;
  /**
   * Everything entryOf reads for a source, as values, when the page cache may key its page by
   * them instead of by its entry (src/cache/page-cache.ts, DeferredEntry).
   */
  keyInputsOf?(source: Source): unknown[];
}

/** A template's entries: made, or made on demand. */
export type Entries<Name extends TemplateName> = PageEntries[Name] | LazyEntries<unknown, PageEntries[Name][number]>;

/** What the planners make: every template's entries (a template without any renders nothing). */
export type PagePlan = { [Name in TemplateName]?: Entries<Name> };

export function isLazy<Name extends TemplateName>(entries: Entries<Name>): entries is LazyEntries<unknown, PageEntries[Name][number]> {
  return !Array.isArray(entries);
}

/** How many pages, and the URL of each, whether made or lazy. */
export function entryCount(entries: Entries<TemplateName>): number {
  return isLazy(entries) ? entries.sources.length : entries.length;
}

export function entryUrls(entries: Entries<TemplateName>): string[] {
  return isLazy(entries) ? entries.sources.map((s) => entries.urlOf(s)) : entries.map((e) => e.url);
}
