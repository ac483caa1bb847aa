/** The pages every site has once: search (with its bundles), the capture bookmarklet, 404 and robots.txt, and our own Markdown pages (`content/pages`). */
import { ROUTES } from "../routes.js";
import { bookmarkletUrl } from "../bookmarklet.js";
import type { PageFamily } from "./context.js";
import type { SearchBundleReach, SearchPage } from "./types.js";

/**
 * Reports per search bundle. Pagefind holds a whole index in memory while building it (about
 * 120 KB per report); bundles of this size keep that bounded, and the search page merges them.
 */
export const SEARCH_BUNDLE_RECORDS = 7_500;

/**
 * How many reports each search bundle holds, newest bundle first. The bundles are cut from the
 * oldest report on: every bundle but the newest holds exactly `perBundle`, the newest the rest.
 * So a report keeps its bundle while newer ones are added, and a rebuild after a new capture
 * finds every older bundle unchanged and reuses it (src/cache/search-bundle-cache.ts); cut from
 * the newest, every bundle's reports shifted by one with every new report.
 */
export function searchBundleSizes(records: number, perBundle: number): number[] {
  const count = Math.max(1, Math.ceil(records / perBundle));
  return Array.from({ length: count }, (_, i) => (i === 0 ? records - (count - 1) * perBundle : perBundle));
}

/**
 * Site-relative folders of the search bundles, newest first. A bundle is named by its place
 * counted from the oldest (`/pagefind/` holds the oldest reports, then `/pagefind-2/`, ...), so
 * its name stays while newer bundles are added.
 */
export function searchBundlePaths(records: number, perBundle: number): string[] {
  const count = searchBundleSizes(records, perBundle).length;
  return Array.from({ length: count }, (_, i) => ROUTES.searchBundle(count - 1 - i));
}

/** What each bundle holds (see SearchPage.reach), newest bundle first: the reports are in archive order, newest first. */
export function searchBundleReach(reports: readonly { sortTime: string | null }[], perBundle: number): SearchBundleReach[] {
  let start = 0;
  return searchBundleSizes(reports.length, perBundle).map((size) => {
    const slice = reports.slice(start, (start += size));
    return { reports: slice.length, oldest: slice[slice.length - 1]?.sortTime ?? null };
  });
}

export const fixedPages: PageFamily = {
  name: "fixed",
  plan: (context) => ({
    search: [searchPage(context.reports, context.options.searchBundleRecords ?? SEARCH_BUNDLE_RECORDS)],
    capture: [{ url: ROUTES.capture, bookmarklet: bookmarkletUrl() }],
    "not-found": [{ url: ROUTES.notFound }],
    robots: [{ url: ROUTES.robots }],
    page: context.options.pages,
  }),
};

function searchPage(reports: readonly { sortTime: string | null }[], perBundle: number): SearchPage {
  return { url: ROUTES.search, bundles: searchBundlePaths(reports.length, perBundle), reach: searchBundleReach(reports, perBundle) };
}
