/**
 * The sitemap (templates `sitemap`, `sitemap-index`): every page of the plan, in the order of
 * SITEMAP_TEMPLATES, as absolute URLs; one file when it fits (50,000 URLs), else numbered parts
 * and `/sitemap.xml` as their index. The 404 page, feeds, robots.txt and sitemaps are not in it.
 */
import { ROUTES, type SiteUrls } from "../routes.js";
import { entryUrls, type PagePlan, type PageEntries, type TemplateName } from "./types.js";

export const SITEMAP_MAX_URLS = 50_000;

/** The pages a sitemap lists, in this order. */
export const SITEMAP_TEMPLATES: readonly TemplateName[] = ["home", "archive", "sections", "places", "agencies", "stories", "search", "capture", "page", "item", "list", "year", "month", "story"];

export function planSitemaps(pages: PagePlan, urls: SiteUrls): Pick<PageEntries, "sitemap" | "sitemap-index"> {
  const all = SITEMAP_TEMPLATES.flatMap((name) => (pages[name] ? entryUrls(pages[name]) : [])).map((url) => urls.absolute(url));
  return sitemapFiles(all, urls);
}

/** Absolute URLs in sitemaps of at most SITEMAP_MAX_URLS, with an index when there is more than one. */
export function sitemapFiles(all: string[], urls: SiteUrls): Pick<PageEntries, "sitemap" | "sitemap-index"> {
  if (all.length <= SITEMAP_MAX_URLS) return { sitemap: [{ url: ROUTES.sitemap, urls: all }], "sitemap-index": [] };
  const sitemap = [];
  for (let i = 0; i * SITEMAP_MAX_URLS < all.length; i++) sitemap.push({ url: ROUTES.sitemapPart(i + 1), urls: all.slice(i * SITEMAP_MAX_URLS, (i + 1) * SITEMAP_MAX_URLS) });
  return { sitemap, "sitemap-index": [{ url: ROUTES.sitemap, urls: sitemap.map((s) => urls.absolute(s.url)) }] };
}
