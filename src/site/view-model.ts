/**
 * Archive -> what the templates show. Every decision about a page (which items, in which order,
 * which links, which words) is made by a page family in src/site/pages/, in plain testable
 * functions, so the templates (src/site/templates/) only place values into HTML, escaped by
 * default. `planSite` runs the families in order over one PlanContext and adds the sitemap of
 * everything they planned.
 */
import type { Archive, ArchiveItem } from "../archive/index.js";
import { ROUTES, normalisePrefix } from "./routes.js";
import { PlanContext, compare, type PageFamily, type SiteOptions } from "./pages/context.js";
import { fixedPages, SEARCH_BUNDLE_RECORDS } from "./pages/fixed-pages.js";
import { homePage } from "./pages/home.js";
import { calendarPages } from "./pages/calendars.js";
import { listPages } from "./pages/lists.js";
import { itemPages } from "./pages/items.js";
import { storyPages } from "./pages/stories.js";
import { indexPages } from "./pages/indexes.js";
import { feedPages } from "./pages/feeds.js";
import { planSitemaps } from "./pages/sitemaps.js";
import { isLazy, type PageEntries, type PagePlan, type Site, type TemplateName } from "./pages/types.js";

export type * from "./pages/types.js";
export type { SiteOptions };
export { normalisePrefix };
export { LIST_PAGE_SIZE, pagination } from "./pages/lists.js";
export { HOME_DAYS, HOME_ITEMS_PER_DAY } from "./pages/home.js";
export { FEED_ENTRIES, jsonFeed } from "./pages/feeds.js";
export { SEARCH_BUNDLE_RECORDS, searchBundlePaths, searchBundleSizes } from "./pages/fixed-pages.js";
export { SITEMAP_MAX_URLS, sitemapFiles } from "./pages/sitemaps.js";

/** The page families, in the order they plan. Adding a page type: see PageFamily (src/site/pages/context.ts). */
export const PAGE_FAMILIES: readonly PageFamily[] = [fixedPages, homePage, calendarPages, listPages, itemPages, storyPages, indexPages, feedPages];

/**
 * Everything the site shows. Report pages are lazy entries, made when they are rendered:
 * `draad build` renders in batches so that a large archive never holds every page's data at once.
 */
export interface SitePlan {
  site: Site;
  pages: PagePlan;
  /** Every item of the archive, newest first. */
  items: ArchiveItem[];
  /** Each report once (a lead brief is found through its article), newest first: what search indexes. */
  reports: ArchiveItem[];
  placeName(id: string): string;
  /** Reports per search bundle. */
  searchBundleRecords: number;
}

export function planSite(archive: Archive, options: SiteOptions): SitePlan {
  const context = new PlanContext(archive, options);
  const pages: PagePlan = {};
  for (const family of PAGE_FAMILIES) Object.assign(pages, family.plan(context));
  Object.assign(pages, planSitemaps(pages, context.urls));
  return {
    site: siteOf(context),
    pages,
    items: archive.items,
    reports: context.reports,
    placeName: (id) => context.placeName(id),
    searchBundleRecords: options.searchBundleRecords ?? SEARCH_BUNDLE_RECORDS,
  };
}

/** The navigation, texts and URLs every page shares. */
function siteOf(context: PlanContext): Site {
  const { t, urls, options } = context;
  const aboutPages = options.pages.filter((p) => p.navOrder !== null).sort((a, b) => a.navOrder! - b.navOrder! || compare(a.url, b.url));
  return {
    t,
    meta: { baseUrl: urls.baseUrl, pathPrefix: urls.pathPrefix, siteRoot: urls.siteRoot },
    nav: [
      { name: t.nav.home, url: ROUTES.home },
      { name: t.nav.archive, url: ROUTES.archive },
      { name: t.nav.sections, url: ROUTES.sections },
      { name: t.nav.places, url: ROUTES.places },
      { name: t.nav.agencies, url: ROUTES.agencies },
      { name: t.nav.stories, url: ROUTES.stories },
      { name: t.nav.search, url: ROUTES.search },
      ...aboutPages.map((p) => ({ name: p.title, url: p.url })),
      ...(urls.siteRoot !== urls.pathPrefix ? [{ name: t.nav.allYears, url: "~/" }] : []),
    ],
  };
}

/** A template's entries, made (lazy ones too). */
export function entriesOf<Name extends TemplateName>(plan: PagePlan, name: Name): PageEntries[Name] {
  const entries = plan[name];
  if (!entries) return [] as PageEntries[Name];
  return (isLazy(entries) ? entries.sources.map((s) => entries.entryOf(s)) : entries) as PageEntries[Name];
}

/** The whole site's pages at once, every entry made (tests, Eleventy's own CLI with `.eleventy.ts`). */
export function buildSiteData(archive: Archive, options: SiteOptions): { site: Site; pages: PageEntries } {
  const plan = planSite(archive, options);
  const pages = Object.fromEntries(Object.keys(plan.pages).map((name) => [name, entriesOf(plan.pages, name as TemplateName)])) as unknown as PageEntries;
  return { site: plan.site, pages };
}
