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

/** Site-relative folders of the search bundles: `/pagefind/`, then `/pagefind-2/`, ... */
export function searchBundlePaths(records: number, perBundle: number): string[] {
  const count = Math.max(1, Math.ceil(records / perBundle));
  return Array.from({ length: count }, (_, i) => ROUTES.searchBundle(i));
}

/** What each bundle holds (see SearchPage.reach): the reports are in archive order, newest first. */
export function searchBundleReach(reports: readonly { sortTime: string | null }[], perBundle: number): SearchBundleReach[] {
  return searchBundlePaths(reports.length, perBundle).map((_, i) => {
    const slice = reports.slice(i * perBundle, (i + 1) * perBundle);
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
