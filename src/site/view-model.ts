/**
 * Archive -> what the templates show. Every decision about a page (which items, in which order,
 * which links, which words) is made here, in plain testable functions, so the Nunjucks templates
 * only place values (escaped by default) into HTML.
 */
import type { Archive, ArchiveItem, ArchiveStory } from "../archive/index.js";
import { agencyId } from "../archive/index.js";
import { cutAtWord } from "../archive/normalise.js";
import { amsterdamDay, dutchDateTime, dutchDayHeading, epochOf, monthName, publicationShort, publicationText } from "./dutch-dates.js";
import { TEXT_NL } from "./text-nl.js";
import { listPageUrl, normalisePrefix, ROUTES } from "./routes.js";
import { WEEKDAYS_NL } from "../wire/vocabulary.js";

export const LIST_PAGE_SIZE = 40;
export const HOME_DAYS = 3;
export const HOME_ITEMS_PER_DAY = 25;
export const FEED_ENTRIES = 50;

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
   * The whole site's prefix when this is a year's part of a partitioned site (its pathPrefix is
   * then `<siteRoot><year>/`): search records are rooted there, so one search page can merge
   * every part's bundles, and the navigation links back to it ("Alle jaren", URL `~/`).
   */
  siteRoot?: string;
}

/**
 * Reports per search bundle. Pagefind holds a whole index in memory while building it (about
 * 120 KB per report); bundles of this size keep that bounded, and the search page merges them.
 */
export const SEARCH_BUNDLE_RECORDS = 15_000;

/** Site-relative folders of the search bundles: `/pagefind/`, then `/pagefind-2/`, ... */
export function searchBundlePaths(records: number, perBundle: number): string[] {
  const count = Math.max(1, Math.ceil(records / perBundle));
  return Array.from({ length: count }, (_, i) => ROUTES.searchBundle(i));
}

export interface MarkdownPage {
  url: string;
  title: string;
  description: string;
  html: string;
  navOrder: number | null;
}

export interface Link {
  name: string;
  url: string;
}

export interface ItemSummary {
  id: string;
  url: string;
  kind: ArchiveItem["kind"];
  kindLabel: string;
  headline: string;
  time: string;
  datetime: string | null;
  place: string | null;
  section: Link | null;
  lead: string;
}

export interface EvidenceRow {
  capture: string;
  capturedAt: string;
  role: string;
  age: string;
  interval: string;
  posting: number;
  variant: boolean;
}

export interface ItemPage {
  title: string;
  id: string;
  url: string;
  kind: ArchiveItem["kind"];
  kindLabel: string;
  headline: string;
  description: string;
  dateline: { places: Link[]; placeSeparator: string; agencies: Link[]; clock: string | null; date: string | null } | null;
  publication: string;
  datetime: string | null;
  dayUrl: string | null;
  blocks: { kind: "p" | "h2"; text: string }[];
  section: Link | null;
  sidebar: { heading: string; items: ItemSummary[] } | null;
  related: ItemSummary[];
  story: { url: string; headline: string; items: (ItemSummary & { current: boolean })[] } | null;
  article: Link | null;
  briefs: ItemSummary[];
  evidence: EvidenceRow[];
  reposted: boolean;
  byline: string | null;
  captions: string[];
  sourceUrls: string[];
  jsonLd: string;
}

export interface Pagination {
  current: number;
  total: number;
  previous: string | null;
  next: string | null;
  pages: { number: number; url: string; current: boolean }[];
}

export interface ListPage {
  url: string;
  kind: "section" | "place" | "agency" | "day" | "undated";
  title: string;
  heading: string;
  intro: string | null;
  groups: { heading: string | null; items: ItemSummary[] }[];
  pagination: Pagination;
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
  path: string;
  format: "atom" | "json";
  title: string;
  selfUrl: string;
  alternateUrl: string;
  updated: string;
  entries: FeedEntry[];
}

export interface SiteData {
  /** `[true]` in the one Eleventy run that renders the single pages (home, indexes, search, 404, robots). */
  once: true[];
  t: typeof TEXT_NL;
  /** siteRoot: the whole site's prefix (the path prefix, except in a year's part); `~/x` links are made from it. */
  meta: { baseUrl: string; pathPrefix: string; siteRoot: string };
  /** `[true]` where the indexes of sections, places, agencies and story lines are rendered (not at the root of a partitioned site). */
  indexes: true[];
  nav: Link[];
  home: { days: { heading: string; url: string | null; items: ItemSummary[] }[]; total: number };
  articles: ItemPage[];
  briefs: ItemPage[];
  listPages: ListPage[];
  years: YearPage[];
  months: CalendarMonth[];
  archiveIndex: { years: { year: number; url: string; count: number }[]; undated: { url: string; count: number } | null };
  stories: StoryPage[];
  sectionIndex: (Link & { count: number; feed: string })[];
  placeIndex: { letter: string; places: (Link & { count: number })[] }[];
  agencyIndex: (Link & { code: string; count: number; known: boolean })[];
  pages: MarkdownPage[];
  atomFeeds: Feed[];
  jsonFeeds: (Feed & { json: string })[];
  /** One sitemap when it fits (50,000 URLs); else `/sitemap.xml` is an index of numbered parts. */
  sitemaps: { path: string; urls: string[] }[];
  /** Empty, or the one `/sitemap.xml` index page listing the parts. */
  sitemapIndexPages: { path: string; urls: string[] }[];
  /** Search bundles (site-relative folders); the first holds the search interface. */
  searchBundles: string[];
  searchBundleRecords: number;
}

export const SITEMAP_MAX_URLS = 50_000;

export { normalisePrefix };

const pad = (n: number) => String(n).padStart(2, "0");
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);



/**
 * Everything the site shows, with the article and brief pages left to be made on demand:
 * `itemPage(item)` for each of `items`. `draad build` renders those in batches so that a large
 * archive never holds every page's data at once.
 */
export interface SitePlan {
  site: SiteData;
  items: ArchiveItem[];
  itemPage: (item: ArchiveItem) => ItemPage;
}

/** All of the site's data at once (tests, the dev server): the plan with every item page made. */
export function buildSiteData(archive: Archive, options: SiteOptions): SiteData {
  const plan = planSite(archive, options);
  return {
    ...plan.site,
    articles: plan.items.filter((i) => i.kind === "article").map(plan.itemPage),
    briefs: plan.items.filter((i) => i.kind === "brief").map(plan.itemPage),
  };
}

export function planSite(archive: Archive, options: SiteOptions): SitePlan {
  const t = TEXT_NL;
  const base = options.baseUrl.replace(/\/+$/, "");
  const prefix = normalisePrefix(options.pathPrefix);
  const absolute = (url: string) => `${base}${prefix}${url.replace(/^\//, "")}`;
  const byId = new Map(archive.items.map((item) => [item.id, item]));
  const placeName = new Map(archive.places.map((p) => [p.id, p.name]));
  const storyById = new Map(archive.stories.map((s) => [s.id, s]));

  const summaryCache = new Map<string, ItemSummary>();
  const summary = (item: ArchiveItem): ItemSummary => {
    let s = summaryCache.get(item.id);
    if (s) return s;
    s = {
      id: item.id,
      url: item.url,
      kind: item.kind,
      kindLabel: item.kind === "article" ? t.item.article : t.item.brief,
      headline: item.headline,
      time: publicationShort(item.publishedFrom, item.publishedTo),
      datetime: item.publishedTo,
      place: item.places.map((p) => placeName.get(p) ?? p).join(" / ") || null,
      section: item.sectionId && item.section ? { name: item.section, url: ROUTES.section(item.sectionId) } : null,
      lead: cutAtWord(item.paragraphs[0] ?? "", 240),
    };
    summaryCache.set(item.id, s);
    return s;
  };

  // Sidebars: which briefs each capture listed under `Meer uit`, in page order.
  const sidebars = new Map<string, { line: number; id: string; section: string | null }[]>();
  for (const item of archive.items) {
    for (const s of item.sightings) {
      if (s.role !== "sidebar") continue;
      const list = sidebars.get(s.capture) ?? [];
      list.push({ line: s.line, id: item.id, section: s.section });
      sidebars.set(s.capture, list);
    }
  }

  const itemPage = (item: ArchiveItem): ItemPage => {
    const pageCapture = [...item.sightings].reverse().find((s) => s.role === "page")?.capture;
    const sidebarEntries = pageCapture ? (sidebars.get(pageCapture) ?? []).sort((a, b) => a.line - b.line) : [];
    const story = item.storyId ? storyById.get(item.storyId) : undefined;
    const section = item.sectionId && item.section ? { name: item.section, url: ROUTES.section(item.sectionId) } : null;
    const dateline = item.dateline
      ? {
          places: splitPlaces(item.dateline.placeRaw).map((raw, i) => ({ name: raw, url: ROUTES.place(item.places[i] ?? item.places[0] ?? "") })),
          placeSeparator: "/",
          agencies: item.dateline.agencies.map((code) => ({ name: code, url: ROUTES.agency(agencyId(code)) })),
          clock: item.dateline.clock,
          date: item.dateline.date,
        }
      : null;
    const blocks: ItemPage["blocks"] = [];
    item.paragraphs.forEach((text, index) => {
      for (const crosshead of item.crossheads) if (crosshead.beforeParagraph === index) blocks.push({ kind: "h2", text: crosshead.text });
      blocks.push({ kind: "p", text });
    });
    const description = cutAtWord(item.paragraphs[0] ?? item.headline, 160);
    return {
      title: item.headline,
      id: item.id,
      url: item.url,
      kind: item.kind,
      kindLabel: item.kind === "article" ? t.item.article : t.item.brief,
      headline: item.headline,
      description,
      dateline,
      publication: publicationText(item.publishedFrom, item.publishedTo),
      datetime: item.publishedTo,
      dayUrl: item.sortTime ? ROUTES.day(amsterdamDay(item.sortTime).key) : null,
      blocks,
      section,
      sidebar:
        sidebarEntries.length > 0
          ? { heading: `${t.item.moreFrom} ${sidebarEntries[0]!.section ?? item.section ?? ""}`.trim(), items: sidebarEntries.map((e) => summary(byId.get(e.id)!)) }
          : null,
      related: oneEntryPerReport(item.related.map((id) => byId.get(id)).filter((i): i is ArchiveItem => !!i), byId).map(summary),
      story: story
        ? {
            url: ROUTES.story(story.id),
            headline: story.headline,
            items: storyMembers(story, byId).map((member) => ({ ...summary(member), current: member.id === item.id || member.id === item.articleId })),
          }
        : null,
      article: item.articleId && byId.has(item.articleId) ? { name: byId.get(item.articleId)!.headline, url: byId.get(item.articleId)!.url } : null,
      briefs: item.briefIds.map((id) => byId.get(id)).filter((i): i is ArchiveItem => !!i).map(summary),
      evidence: item.sightings.map((s) => ({
        capture: s.capture,
        capturedAt: s.capturedAt ? dutchDateTime(s.capturedAt) : t.item.captureUnknown,
        role: t.item.evidenceRole[s.role] ?? s.role,
        age: s.age ?? t.item.noAge,
        interval: publicationText(s.publishedFrom, s.publishedTo),
        posting: s.posting + 1,
        variant: s.variant,
      })),
      reposted: item.reposted,
      byline: item.byline,
      captions: item.captions,
      sourceUrls: item.sourceUrls,
      jsonLd: jsonLd(item, absolute, placeName, archive),
    };
  };

  // Items are newest first already (the archive's order). Lists show each report once: a brief
  // that is the lead of an archived article is reached through that article (and its own URL).
  const listed = archive.items.filter((i) => i.articleId === null || !byId.has(i.articleId));
  const dated = listed.filter((i) => i.sortTime !== null);
  const undated = listed.filter((i) => i.sortTime === null);
  const dayKeyOf = new Map(dated.map((i) => [i.id, amsterdamDay(i.sortTime!).key]));

  const listPages: ListPage[] = [];
  const paginate = (
    baseUrl: string,
    items: ArchiveItem[],
    page: Omit<ListPage, "url" | "groups" | "pagination" | "title"> & { title: string },
    groupByDay: boolean,
  ) => {
    const total = Math.max(1, Math.ceil(items.length / LIST_PAGE_SIZE));
    for (let n = 1; n <= total; n++) {
      const slice = items.slice((n - 1) * LIST_PAGE_SIZE, n * LIST_PAGE_SIZE);
      listPages.push({
        ...page,
        title: n > 1 ? `${page.title} (${t.pagination.page.toLowerCase()} ${n})` : page.title,
        url: listPageUrl(baseUrl, n),
        groups: groupByDay ? groupItemsByDay(slice, dayKeyOf, summary) : [{ heading: null, items: slice.map(summary) }],
        pagination: pagination(baseUrl, n, total),
      });
    }
  };

  for (const section of archive.sections) {
    const items = listed.filter((i) => i.sectionId === section.id);
    paginate(ROUTES.section(section.id), items, {
      kind: "section",
      title: section.name,
      heading: section.name,
      intro: null,
      feeds: { atom: ROUTES.sectionFeedAtom(section.id), json: ROUTES.sectionFeedJson(section.id) },
      dayNavigation: null,
    }, true);
  }
  const itemsByPlace = groupBy(listed, (i) => i.places);
  for (const place of archive.places) {
    paginate(ROUTES.place(place.id), itemsByPlace.get(place.id) ?? [], {
      kind: "place",
      title: place.name,
      heading: place.name,
      intro: place.variants.length > 1 ? `Ook geschreven als ${place.variants.filter((v) => v !== place.name).join(", ")}.` : null,
      feeds: null,
      dayNavigation: null,
    }, true);
  }
  const itemsByAgency = groupBy(listed, (i) => [...new Set(i.agencies.map(agencyId))]);
  for (const agency of archive.agencies) {
    paginate(ROUTES.agency(agency.id), itemsByAgency.get(agency.id) ?? [], {
      kind: "agency",
      title: agency.name ? `${agency.name} (${agency.code})` : agency.code,
      heading: agency.name ? `${agency.name} (${agency.code})` : `${agency.code} (${t.lists.unknownAgency})`,
      intro: null,
      feeds: null,
      dayNavigation: null,
    }, true);
  }

  // Date archive: days, months (with calendars), years.
  const itemsByDay = groupBy(dated, (i) => [dayKeyOf.get(i.id)!]);
  const dayKeys = [...itemsByDay.keys()].sort(compare);
  dayKeys.forEach((key, index) => {
    const [y, m] = key.split("-").map(Number) as [number, number];
    const heading = `${t.archive.newsOn} ${dutchDayHeading(itemsByDay.get(key)![0]!.sortTime!)}`;
    const previous = dayKeys[index - 1];
    const next = dayKeys[index + 1];
    paginate(ROUTES.day(key), itemsByDay.get(key)!, {
      kind: "day",
      title: heading,
      heading,
      intro: null,
      feeds: null,
      dayNavigation: {
        previous: previous ? { name: dayName(previous), url: ROUTES.day(previous) } : null,
        next: next ? { name: dayName(next), url: ROUTES.day(next) } : null,
        month: { name: `${monthName(m)} ${y}`, url: ROUTES.month(y, m) },
        year: { name: String(y), url: ROUTES.year(y) },
      },
    }, false);
  });
  if (undated.length > 0) {
    paginate(ROUTES.undated, undated, { kind: "undated", title: t.archive.undated, heading: t.archive.undated, intro: t.archive.undatedIntro, feeds: null, dayNavigation: null }, false);
  }

  const countByDay = new Map(dayKeys.map((k) => [k, itemsByDay.get(k)!.length]));
  const monthKeys = [...new Set(dayKeys.map((k) => k.slice(0, 7)))].sort(compare);
  const months: CalendarMonth[] = monthKeys.map((key, index) => {
    const [y, m] = key.split("-").map(Number) as [number, number];
    const previous = monthKeys[index - 1];
    const next = monthKeys[index + 1];
    return calendarMonth(y, m, countByDay, previous, next);
  });
  const monthByKey = new Map(months.map((c) => [`${c.year}-${pad(c.month)}`, c]));
  const yearNumbers = [...new Set(monthKeys.map((k) => Number(k.slice(0, 4))))].sort((a, b) => a - b);
  const years: YearPage[] = yearNumbers.map((year, index) => {
    const monthsOfYear = Array.from({ length: 12 }, (_, i) => {
      const calendar = monthByKey.get(`${year}-${pad(i + 1)}`) ?? null;
      return { name: monthName(i + 1), url: calendar?.url ?? null, count: calendar?.count ?? 0, calendar };
    });
    const previous = yearNumbers[index - 1];
    const next = yearNumbers[index + 1];
    return {
      url: ROUTES.year(year),
      title: `${t.archive.title} ${year}`,
      year,
      months: monthsOfYear,
      previous: previous ? { name: String(previous), url: ROUTES.year(previous) } : null,
      next: next ? { name: String(next), url: ROUTES.year(next) } : null,
      count: monthsOfYear.reduce((n, m) => n + m.count, 0),
    };
  });

  const homeDays = dayKeys
    .slice(-HOME_DAYS)
    .reverse()
    .map((key) => ({
      heading: `${t.home.dayHeading} ${dutchDayHeading(itemsByDay.get(key)![0]!.sortTime!)}`,
      url: ROUTES.day(key),
      items: itemsByDay.get(key)!.slice(0, HOME_ITEMS_PER_DAY).map(summary),
    }));
  if (homeDays.length === 0 && undated.length > 0) homeDays.push({ heading: t.home.undatedHeading, url: ROUTES.undated, items: undated.slice(0, HOME_ITEMS_PER_DAY).map(summary) });

  const stories: StoryPage[] = archive.stories.map((story) => storyPage(story, byId, placeName, summary));

  const feeds: Feed[] = [];
  const feedPair = (title: string, items: ArchiveItem[], atomPath: string, jsonPath: string, alternate: string) => {
    const entries = items.slice(0, FEED_ENTRIES).map((item) => feedEntry(item, absolute));
    const updated = entries.map((e) => e.updated).sort((a, b) => epochOf(b)! - epochOf(a)!)[0] ?? "1970-01-01T00:00:00Z";
    for (const [format, path] of [["atom", atomPath], ["json", jsonPath]] as const) {
      feeds.push({ path, format, title, selfUrl: absolute(path), alternateUrl: absolute(alternate), updated, entries });
    }
  };
  feedPair(t.feedTitle, listed, ROUTES.feedAtom, ROUTES.feedJson, ROUTES.home);
  for (const section of archive.sections) {
    feedPair(`${t.siteName}: ${section.name}`, listed.filter((i) => i.sectionId === section.id), ROUTES.sectionFeedAtom(section.id), ROUTES.sectionFeedJson(section.id), ROUTES.section(section.id));
  }


  const placeIndex = new Map<string, (Link & { count: number })[]>();
  for (const place of [...archive.places].sort((a, b) => compare(a.id, b.id))) {
    const letter = /^[a-z]/.test(place.id) ? place.id[0]!.toUpperCase() : "#";
    const list = placeIndex.get(letter) ?? [];
    list.push({ name: place.name, url: ROUTES.place(place.id), count: place.items });
    placeIndex.set(letter, list);
  }

  const staticPages = [ROUTES.home, ROUTES.archive, ROUTES.sections, ROUTES.places, ROUTES.agencies, ROUTES.stories, ROUTES.search, ...options.pages.map((p) => p.url)];
  const sitemap = [
    ...staticPages,
    ...archive.items.map((i) => i.url),
    ...listPages.map((p) => p.url),
    ...years.map((y) => y.url),
    ...months.map((m) => m.url),
    ...stories.map((s) => s.url),
  ].map(absolute);

  const aboutPages = options.pages.filter((p) => p.navOrder !== null).sort((a, b) => a.navOrder! - b.navOrder! || compare(a.url, b.url));
  const site: SiteData = {
    once: [true],
    t,
    meta: { baseUrl: base, pathPrefix: prefix, siteRoot: normalisePrefix(options.siteRoot ?? prefix) },
    indexes: [true],
    nav: [
      { name: t.nav.home, url: ROUTES.home },
      { name: t.nav.archive, url: ROUTES.archive },
      { name: t.nav.sections, url: ROUTES.sections },
      { name: t.nav.places, url: ROUTES.places },
      { name: t.nav.agencies, url: ROUTES.agencies },
      { name: t.nav.stories, url: ROUTES.stories },
      { name: t.nav.search, url: ROUTES.search },
      ...aboutPages.map((p) => ({ name: p.title, url: p.url })),
      ...(options.siteRoot !== undefined && normalisePrefix(options.siteRoot) !== prefix ? [{ name: t.nav.allYears, url: "~/" }] : []),
    ],
    home: { days: homeDays, total: archive.items.length },
    articles: [],
    briefs: [],
    listPages,
    years,
    months,
    archiveIndex: {
      years: years.map((y) => ({ year: y.year, url: y.url, count: y.count })).reverse(),
      undated: undated.length ? { url: ROUTES.undated, count: undated.length } : null,
    },
    stories,
    sectionIndex: archive.sections.map((s) => ({ name: s.name, url: ROUTES.section(s.id), count: s.items, feed: ROUTES.sectionFeedAtom(s.id) })),
    placeIndex: [...placeIndex.entries()].map(([letter, places]) => ({ letter, places })),
    agencyIndex: archive.agencies.map((a) => ({ name: a.name ?? t.lists.unknownAgency, code: a.code, url: ROUTES.agency(a.id), count: a.items, known: a.known })),
    pages: options.pages,
    atomFeeds: feeds.filter((f) => f.format === "atom"),
    jsonFeeds: feeds.filter((f) => f.format === "json").map((f) => ({ ...f, json: jsonFeed(f) })),
    ...sitemapFiles(sitemap, absolute),
    searchBundles: searchBundlePaths(listed.length, options.searchBundleRecords ?? SEARCH_BUNDLE_RECORDS),
    searchBundleRecords: options.searchBundleRecords ?? SEARCH_BUNDLE_RECORDS,
  };
  return { site, items: archive.items, itemPage };

  function dayName(key: string): string {
    return dutchDayHeading(itemsByDay.get(key)![0]!.sortTime!);
  }
}


function splitPlaces(placeRaw: string | null): string[] {
  return placeRaw ? placeRaw.split("/").map((p) => p.trim()).filter(Boolean) : [];
}

function groupBy<T>(items: T[], keysOf: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  }
  return map;
}

function groupItemsByDay(items: ArchiveItem[], dayKeyOf: Map<string, string>, summary: (i: ArchiveItem) => ItemSummary) {
  const groups: { heading: string | null; items: ItemSummary[] }[] = [];
  let currentKey: string | undefined | null = null;
  for (const item of items) {
    const key = dayKeyOf.get(item.id);
    if (groups.length === 0 || key !== currentKey) {
      groups.push({ heading: item.sortTime ? dutchDayHeading(item.sortTime) : TEXT_NL.archive.undated, items: [] });
      currentKey = key;
    }
    groups[groups.length - 1]!.items.push(summary(item));
  }
  return groups;
}

function pagination(base: string, current: number, total: number): Pagination {
  const window = new Set([1, total, current - 2, current - 1, current, current + 1, current + 2].filter((n) => n >= 1 && n <= total));
  return {
    current,
    total,
    previous: current > 1 ? listPageUrl(base, current - 1) : null,
    next: current < total ? listPageUrl(base, current + 1) : null,
    pages: [...window].sort((a, b) => a - b).map((n) => ({ number: n, url: listPageUrl(base, n), current: n === current })),
  };
}

function calendarMonth(year: number, month: number, countByDay: Map<string, number>, previous: string | undefined, next: string | undefined): CalendarMonth {
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // Weeks start on Monday (Dutch calendars); getUTCDay: 0 = Sunday.
  const firstWeekday = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: CalendarMonth["weeks"][number] = Array.from({ length: firstWeekday }, () => null);
  const days: CalendarMonth["days"] = [];
  let count = 0;
  for (let day = 1; day <= daysInMonth; day++) {
    const key = `${year}-${pad(month)}-${pad(day)}`;
    const n = countByDay.get(key) ?? 0;
    count += n;
    cells.push({ day, url: n ? ROUTES.day(key) : null, count: n });
    if (n) {
      const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
      days.push({ heading: `${WEEKDAYS_NL[weekday]} ${day} ${monthName(month)}`, url: ROUTES.day(key), count: n });
    }
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  const link = (key: string | undefined) => {
    if (!key) return null;
    const [y, m] = key.split("-").map(Number) as [number, number];
    return { name: `${monthName(m)} ${y}`, url: ROUTES.month(y, m) };
  };
  return {
    url: ROUTES.month(year, month),
    title: `${TEXT_NL.archive.title} ${monthName(month)} ${year}`,
    year,
    month,
    caption: `${TEXT_NL.archive.calendarCaption} ${monthName(month)} ${year}`,
    weekdays: ["ma", "di", "wo", "do", "vr", "za", "zo"],
    weeks,
    days,
    previous: link(previous),
    next: link(next),
    yearLink: { name: String(year), url: ROUTES.year(year) },
    count,
  };
}

/** The reports of a story in time order; a lead brief is shown through its article, not twice. */
function storyMembers(story: ArchiveStory, byId: Map<string, ArchiveItem>): ArchiveItem[] {
  const ids = new Set(story.itemIds);
  return story.itemIds
    .map((id) => byId.get(id))
    .filter((i): i is ArchiveItem => !!i && !(i.articleId !== null && ids.has(i.articleId)));
}

/** Related items, one per report: an article and its own lead brief count once (as the article). */
function oneEntryPerReport(items: ArchiveItem[], byId: Map<string, ArchiveItem>): ArchiveItem[] {
  const seen = new Set<string>();
  const out: ArchiveItem[] = [];
  for (const item of items) {
    const report = item.articleId && byId.has(item.articleId) ? byId.get(item.articleId)! : item;
    if (seen.has(report.id)) continue;
    seen.add(report.id);
    out.push(report);
  }
  return out;
}

function storyPage(story: ArchiveStory, byId: Map<string, ArchiveItem>, placeName: Map<string, string>, summary: (i: ArchiveItem) => ItemSummary): StoryPage {
  const items = storyMembers(story, byId);
  return {
    title: `${TEXT_NL.item.story}: ${story.headline}`,
    description: `${items.length} ${TEXT_NL.lists.storyItems}`,
    url: ROUTES.story(story.id),
    id: story.id,
    headline: story.headline,
    places: story.places.map((p) => ({ name: placeName.get(p) ?? p, url: ROUTES.place(p) })),
    period: story.from && story.to ? `${dutchDateTime(story.from)} – ${dutchDateTime(story.to)}` : "",
    items: items.map(summary),
  };
}

function feedEntry(item: ArchiveItem, absolute: (url: string) => string): FeedEntry {
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const dateline = item.dateline?.placeRaw ? `${item.dateline.placeRaw}${item.dateline.agencies.length ? ` (${item.dateline.agencies.join("/")})` : ""} - ` : "";
  return {
    id: absolute(item.url),
    url: absolute(item.url),
    title: item.headline,
    updated: item.publishedTo ?? item.sightings.find((s) => s.capturedAt)?.capturedAt ?? "1970-01-01T00:00:00Z",
    published: item.publishedTo,
    summary: cutAtWord(item.paragraphs[0] ?? "", 300),
    contentHtml: item.paragraphs.map((p, i) => `<p>${escape(i === 0 ? dateline + p : p)}</p>`).join(""),
    section: item.section,
    author: item.agencies.join("/") || "ANP",
  };
}

/** JSON Feed 1.1. JSON.stringify escapes what JSON needs; `<` too, for browsers that sniff. */
export function jsonFeed(feed: Feed): string {
  const data = {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: feed.alternateUrl,
    feed_url: feed.selfUrl,
    language: "nl",
    items: feed.entries.map((e) => ({
      id: e.id,
      url: e.url,
      title: e.title,
      content_html: e.contentHtml,
      summary: e.summary,
      ...(e.published ? { date_published: e.published } : {}),
      date_modified: e.updated,
      authors: [{ name: e.author }],
      ...(e.section ? { tags: [e.section] } : {}),
    })),
  };
  return JSON.stringify(data, null, 1).replace(/</g, "\\u003c");
}

function sitemapFiles(urls: string[], absolute: (url: string) => string): Pick<SiteData, "sitemaps" | "sitemapIndexPages"> {
  if (urls.length <= SITEMAP_MAX_URLS) return { sitemaps: [{ path: ROUTES.sitemap, urls }], sitemapIndexPages: [] };
  const sitemaps = [];
  for (let i = 0; i * SITEMAP_MAX_URLS < urls.length; i++) sitemaps.push({ path: ROUTES.sitemapPart(i + 1), urls: urls.slice(i * SITEMAP_MAX_URLS, (i + 1) * SITEMAP_MAX_URLS) });
  return { sitemaps, sitemapIndexPages: [{ path: ROUTES.sitemap, urls: sitemaps.map((s) => absolute(s.path)) }] };
}

function jsonLd(item: ArchiveItem, absolute: (url: string) => string, placeName: Map<string, string>, archive: Archive): string {
  const agencyNames = new Map(archive.agencies.map((a) => [a.code, a.name ?? a.code]));
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: item.headline.slice(0, 110),
    url: absolute(item.url),
    mainEntityOfPage: absolute(item.url),
    inLanguage: item.language === "nld" ? "nl" : item.language,
    articleBody: item.paragraphs.join("\n\n"),
  };
  if (item.dateline?.placeRaw) data.dateline = [item.places.map((p) => placeName.get(p) ?? p).join("/"), item.dateline.agencies.length ? `(${item.dateline.agencies.join("/")})` : ""].join(" ").trim();
  // datePublished only when known to the minute; an interval is not a date.
  if (item.publishedFrom && item.publishedTo && epochOf(item.publishedTo)! - epochOf(item.publishedFrom)! <= 60_000) data.datePublished = item.publishedTo;
  if (item.section) data.articleSection = item.section;
  if (item.agencies.length) {
    data.author = item.agencies.map((code) => ({ "@type": "Organization", name: agencyNames.get(code) ?? code }));
    data.sourceOrganization = data.author;
  }
  if (item.places.length) data.contentLocation = item.places.map((p) => ({ "@type": "Place", name: placeName.get(p) ?? p }));
  // `<` escaped so that no text can close the script element.
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** What every page shares: interface texts, the site's URLs, the navigation. */
export interface Site {
  t: typeof TEXT_NL;
  meta: SiteData["meta"];
  nav: Link[];
}

export interface HomePage {
  url: string;
  days: SiteData["home"]["days"];
}

export interface ArchivePage {
  url: string;
  /** Every year with its months' calendars (empty at a partitioned site's root). */
  years: YearPage[];
  /** The years as links, where there are no calendars (a partitioned site's root). */
  yearLinks: SiteData["archiveIndex"]["years"];
  undated: SiteData["archiveIndex"]["undated"];
}

export interface SearchPage {
  url: string;
  /** Site-relative folders of the search bundles; the first holds the search interface. */
  bundles: string[];
}

export interface SectionsPage {
  url: string;
  sections: SiteData["sectionIndex"];
}

export interface PlacesPage {
  url: string;
  groups: SiteData["placeIndex"];
}

export interface AgenciesPage {
  url: string;
  agencies: SiteData["agencyIndex"];
}

export interface StoriesPage {
  url: string;
  stories: StoryPage[];
}

export interface SitemapPage {
  url: string;
  urls: string[];
}

/** The pages of each page template (src/site/templates/), by template name: one page per entry, at `entry.url`. */
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
  page: MarkdownPage[];
  "not-found": { url: string }[];
  robots: { url: string }[];
  "feed-atom": (Feed & { url: string })[];
  "feed-json": (Feed & { url: string; json: string })[];
  sitemap: SitemapPage[];
  "sitemap-index": SitemapPage[];
}

/** SiteData as the templates take it: what every page shares, and each template's entries. */
export function renderPages(data: SiteData): { site: Site; pages: PageEntries } {
  const once = data.once.length > 0;
  const indexes = data.indexes.length > 0;
  const one = <T>(when: boolean, entry: T): T[] => (when ? [entry] : []);
  return {
    site: { t: data.t, meta: data.meta, nav: data.nav },
    pages: {
      home: one(once, { url: ROUTES.home, days: data.home.days }),
      archive: one(once, { url: ROUTES.archive, years: data.years, yearLinks: data.archiveIndex.years, undated: data.archiveIndex.undated }),
      year: data.years,
      month: data.months,
      list: data.listPages,
      item: [...data.articles, ...data.briefs],
      story: data.stories,
      stories: one(indexes, { url: ROUTES.stories, stories: data.stories }),
      sections: one(indexes, { url: ROUTES.sections, sections: data.sectionIndex }),
      places: one(indexes, { url: ROUTES.places, groups: data.placeIndex }),
      agencies: one(indexes, { url: ROUTES.agencies, agencies: data.agencyIndex }),
      search: one(once, { url: ROUTES.search, bundles: data.searchBundles }),
      page: data.pages,
      "not-found": one(once, { url: ROUTES.notFound }),
      robots: one(once, { url: ROUTES.robots }),
      "feed-atom": data.atomFeeds.map((f) => ({ ...f, url: f.path })),
      "feed-json": data.jsonFeeds.map((f) => ({ ...f, url: f.path })),
      sitemap: data.sitemaps.map((s) => ({ url: s.path, urls: s.urls })),
      "sitemap-index": data.sitemapIndexPages.map((s) => ({ url: s.path, urls: s.urls })),
    },
  };
}
