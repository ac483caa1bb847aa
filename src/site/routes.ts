/**
 * The site's URL scheme, in one place (issue #13; like Hugo's `permalinks.go`): the path of every
 * kind of page and file, site-relative (`/rubriek/binnenland/`), before the path prefix. The
 * planners (src/site/pages/) and the templates ask for URLs here and never spell one; the paths
 * a Markdown page may not take, and the links a template makes with the path prefix and base URL
 * (`SiteUrls`), are derived from it.
 *
 * Report URLs (`/artikel/<slug>-<id>/`, `/kort/<slug>-<id>/`) are the archive's: its export
 * carries them and it promises they stay stable (src/archive/identity.ts). Their folders are
 * read from there, so that they too are decided once.
 */
import { ITEM_PATHS } from "../archive/identity.js";

const pad = (n: number) => String(n).padStart(2, "0");

export const ROUTES = {
  home: "/",
  /** A section's list; its feeds sit beside it. */
  section: (id: string) => `/rubriek/${id}/`,
  sectionFeedAtom: (id: string) => `/rubriek/${id}/feed.xml`,
  sectionFeedJson: (id: string) => `/rubriek/${id}/feed.json`,
  place: (id: string) => `/plaats/${id}/`,
  agency: (id: string) => `/persbureau/${id}/`,
  story: (id: string) => `/verhaal/${id}/`,
  archive: "/archief/",
  year: (year: number) => `/archief/${year}/`,
  month: (year: number, month: number) => `/archief/${year}/${pad(month)}/`,
  /** `2025-11-22` -> `/archief/2025/11/22/`. */
  day: (dayKey: string) => `/archief/${dayKey.replace(/-/g, "/")}/`,
  undated: "/archief/zonder-datum/",
  sections: "/rubrieken/",
  places: "/plaatsen/",
  agencies: "/persbureaus/",
  stories: "/verhaallijnen/",
  search: "/zoeken/",
  /** The capture bookmarklet and how to add a capture. */
  capture: "/vastleggen/",
  captureScript: "/assets/capture.js",
  feedAtom: "/feed.xml",
  feedJson: "/feed.json",
  sitemap: "/sitemap.xml",
  /** 1-based: the parts of a sitemap too large for one file. */
  sitemapPart: (n: number) => `/sitemap-${n}.xml`,
  robots: "/robots.txt",
  notFound: "/404.html",
  stylesheet: "/assets/draad.css",
  favicon: "/assets/favicon.svg",
  searchScript: "/assets/search.js",
  /** Counted from the oldest bundle, 0-based: `/pagefind/`, then `/pagefind-2/`, ... (src/site/pages/fixed-pages.ts) */
  searchBundle: (index: number) => (index === 0 ? "/pagefind/" : `/pagefind-${index + 1}/`),
} as const;

/** `/rubriek/x/` page 3 -> `/rubriek/x/pagina/3/`; page 0, the front page, is the list's own URL. */
export function listPageUrl(base: string, page: number): string {
  return page <= 0 ? base : `${base}pagina/${page}/`;
}

/** A Markdown page (content/pages/over.md) lives at `/over/`. */
export function markdownPageUrl(slug: string): string {
  return `/${slug}/`;
}

/** Where a year's part lies in a partitioned site: `/2025/`. */
export function partUrl(year: number): string {
  return `/${year}/`;
}

/** `/artikel/x/` in the 2025 part -> `/2025/artikel/x/` (relative to the whole site). */
export function inPart(year: number, url: string): string {
  return `${partUrl(year)}${url.replace(/^\//, "")}`;
}

/** A value no slug holds, for routes called to see their shape. */
const SAMPLE = "~";

/** `/a/b/` -> `a`; `/feed.xml` -> `feed`; `/sitemap-~.xml` -> `sitemap` (the slug-like start, without a dash before the sample). */
function firstSegment(path: string): string {
  return /^\/([a-z0-9-]*)/.exec(path)![1]!.replace(/-+$/, "");
}

/**
 * First path segments the archive's own pages and files use, so a Markdown page may not take
 * them: every route above (functions called with a sample argument) and the report folders.
 */
export const RESERVED_SEGMENTS: ReadonlySet<string> = new Set(
  [
    ...Object.values(ROUTES).map((route) => (typeof route === "function" ? (route as (...args: unknown[]) => string)(SAMPLE, SAMPLE) : route)),
    ...Object.values(ITEM_PATHS).map((folder) => `/${folder}/`),
  ]
    .map(firstSegment)
    .filter(Boolean),
);

/** `/`, `sub`, `/sub` -> `/` or `/sub/`. */
export function normalisePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/**
 * Site-relative URLs made into the links a page carries (with the path prefix) and into
 * absolute URLs (canonical links, feeds, sitemaps).
 */
export class SiteUrls {
  readonly baseUrl: string;
  readonly pathPrefix: string;
  readonly siteRoot: string;

  /** `siteRoot`: the whole site's prefix, when this is a year's part (links `~/x` go there). */
  constructor(options: { baseUrl: string; pathPrefix: string; siteRoot?: string }) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.pathPrefix = normalisePrefix(options.pathPrefix);
    this.siteRoot = normalisePrefix(options.siteRoot ?? options.pathPrefix);
  }

  /** `/a/b/` -> `/prefix/a/b/`; `~/a/` -> the whole site's `/a/` (from a year's part). */
  link(url: string): string {
    return url.startsWith("~/") ? this.siteRoot + url.slice(2) : this.pathPrefix + url.replace(/^\//, "");
  }

  /** `/a/b/` -> `https://host/prefix/a/b/`. */
  absolute(url: string): string {
    return this.baseUrl + this.pathPrefix + url.replace(/^\//, "");
  }
}
