/**
 * Partitioned sites: each year's part (`draad build --year 2025`) is a complete site for that
 * year under `<prefix>2025/`, with a manifest `draad-part.json`; `draad assemble` puts the parts
 * side by side and renders the root: a home page with the newest part's latest news, the
 * archive overview of all years, one search page over every part's index, the feeds and the
 * sitemap index. The root is made from the manifests only: no capture is read again
 * (src/site/assemble.ts).
 */
import type { SitePlan, ItemSummary, FeedEntry, Feed, HomeDay, Link } from "./view-model.js";
import { entriesOf, FEED_ENTRIES, jsonFeed, SITEMAP_MAX_URLS } from "./view-model.js";
import type { RenderPlan } from "./templates/index.js";
import { inPart, normalisePrefix, ROUTES } from "./routes.js";
import { TEXT_NL } from "./text-nl.js";
import { bookmarkletUrl } from "./bookmarklet.js";
import { epochOf } from "./dutch-dates.js";
import { needsTimeLegend } from "./pages/context.js";
import type { SearchBundleReach } from "./pages/types.js";


export const PART_MANIFEST = "draad-part.json";
export const PART_FORMAT = 1;

export interface PartManifest {
  draadPart: typeof PART_FORMAT;
  year: number;
  baseUrl: string;
  /** The whole site's prefix (`/` or `/sub/`); the part lives at `<sitePrefix><year>/`. */
  sitePrefix: string;
  /** The code fingerprint of the draad that built it (parts of one site should agree). */
  code: string;
  counts: { captures: number; contextCaptures: number; items: number; articles: number; briefs: number; stories: number; days: number };
  /** The part's home page days (newest first), URLs relative to the part. */
  home: HomeDay[];
  /** The part's main feed entries (absolute URLs), newest first. */
  feed: FeedEntry[];
  /** Search bundles and leaf sitemaps, relative to the part. */
  searchBundles: string[];
  /** What each of those bundles holds (SearchPage.reach); absent in parts made before it existed. */
  searchReach?: SearchBundleReach[];
  sitemaps: string[];
}

export function partManifest(plan: SitePlan, part: { year: number; sitePrefix: string; code: string; captures: number; contextCaptures: number }): PartManifest {
  const main = entriesOf(plan.pages, "feed-atom").find((f) => f.url === ROUTES.feedAtom);
  return {
    draadPart: PART_FORMAT,
    year: part.year,
    baseUrl: plan.site.meta.baseUrl,
    sitePrefix: part.sitePrefix,
    code: part.code,
    counts: {
      captures: part.captures,
      contextCaptures: part.contextCaptures,
      items: plan.items.length,
      articles: plan.items.filter((i) => i.kind === "article").length,
      briefs: plan.items.filter((i) => i.kind === "brief").length,
      stories: entriesOf(plan.pages, "story").length,
      days: entriesOf(plan.pages, "list").filter((p) => p.kind === "day" && p.pagination.current === 0).length,
    },
    home: entriesOf(plan.pages, "home")[0]?.days ?? [],
    feed: main?.entries ?? [],
    searchBundles: entriesOf(plan.pages, "search")[0]?.bundles ?? [],
    searchReach: entriesOf(plan.pages, "search")[0]?.reach ?? [],
    sitemaps: entriesOf(plan.pages, "sitemap").map((s) => s.url),
  };
}

/** Checks a parsed manifest's shape; returns what is wrong, or null. */
export function manifestProblem(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return "not a JSON object";
  const m = value as Partial<PartManifest>;
  if (m.draadPart !== PART_FORMAT) return `not a draad part of format ${PART_FORMAT}`;
  if (!Number.isInteger(m.year)) return "no year";
  if (typeof m.baseUrl !== "string" || typeof m.sitePrefix !== "string") return "no base URL or prefix";
  if (!Array.isArray(m.home) || !Array.isArray(m.feed) || !Array.isArray(m.searchBundles) || !Array.isArray(m.sitemaps)) return "incomplete";
  if (typeof m.counts !== "object" || m.counts === null) return "no counts";
  return null;
}

function summaryInPart(year: number, s: ItemSummary): ItemSummary {
  return { ...s, url: inPart(year, s.url), section: s.section ? { name: s.section.name, url: inPart(year, s.section.url) } : null };
}

/** The root of a partitioned site, for the same templates: home, archive, search, 404, robots, feeds and the sitemap index. */
export function rootPlan(manifests: PartManifest[]): RenderPlan {
  const t = TEXT_NL;
  const parts = [...manifests].sort((a, b) => b.year - a.year);
  const newest = parts[0]!;
  const base = newest.baseUrl.replace(/\/+$/, "");
  const prefix = normalisePrefix(newest.sitePrefix);
  const absolute = (url: string) => `${base}${prefix}${url.replace(/^\//, "")}`;
  const entries = parts
    .flatMap((p) => p.feed)
    .sort((a, b) => (epochOf(b.updated) ?? 0) - (epochOf(a.updated) ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, FEED_ENTRIES);
  const feed = (url: string, format: "atom" | "json"): Feed => ({
    url,
    format,
    title: t.feedTitle,
    selfUrl: absolute(url),
    alternateUrl: absolute(ROUTES.home),
    updated: entries[0]?.updated ?? "1970-01-01T00:00:00Z",
    entries,
  });
  const jsonFeedData = feed(ROUTES.feedJson, "json");
  const sitemapUrls = parts.flatMap((p) => p.sitemaps.map((s) => absolute(inPart(p.year, s))));
  const nav: Link[] = [
    { name: t.nav.home, url: ROUTES.home },
    { name: t.nav.archive, url: ROUTES.archive },
    { name: t.nav.search, url: ROUTES.search },
  ];
  return {
    site: { t, meta: { baseUrl: base, pathPrefix: prefix, siteRoot: prefix }, nav },
    pages: {
      home: [{ url: ROUTES.home, days: newest.home.map((day) => ({ heading: day.heading, url: day.url ? inPart(newest.year, day.url) : null, items: day.items.map((s) => summaryInPart(newest.year, s)), timeContext: day.timeContext })), timeLegend: needsTimeLegend(...newest.home.map((day) => day.items)) }],
      archive: [{ url: ROUTES.archive, years: [], yearLinks: parts.map((p) => ({ year: p.year, url: inPart(p.year, ROUTES.year(p.year)), count: p.counts.items })), undated: null }],
      // The parts newest first, each part's bundles newest first: the whole site's bundles in archive order.
      search: [
        {
          url: ROUTES.search,
          bundles: parts.flatMap((p) => p.searchBundles.map((b) => inPart(p.year, b))),
          reach: parts.flatMap((p) => p.searchBundles.map((_, i) => p.searchReach?.[i] ?? { reports: 0, oldest: null })),
        },
      ],
      capture: [{ url: ROUTES.capture, bookmarklet: bookmarkletUrl() }],
      "not-found": [{ url: ROUTES.notFound }],
      robots: [{ url: ROUTES.robots }],
      "feed-atom": [feed(ROUTES.feedAtom, "atom")],
      "feed-json": [{ ...jsonFeedData, json: jsonFeed(jsonFeedData) }],
      // The parts' sitemaps are listed in one index (a sitemap index may not list other indexes).
      "sitemap-index": sitemapUrls.length <= SITEMAP_MAX_URLS ? [{ url: ROUTES.sitemap, urls: sitemapUrls }] : [],
    },
  };
}
