/** The pages every site has once: search (with its bundles), the capture bookmarklet, 404 and robots.txt, and our own Markdown pages (`content/pages`). */
import { ROUTES } from "../routes.js";
import { bookmarkletUrl } from "../bookmarklet.js";
import type { PageFamily } from "./context.js";

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

export const fixedPages: PageFamily = {
  name: "fixed",
  plan: (context) => ({
    search: [{ url: ROUTES.search, bundles: searchBundlePaths(context.reports.length, context.options.searchBundleRecords ?? SEARCH_BUNDLE_RECORDS) }],
    capture: [{ url: ROUTES.capture, bookmarklet: bookmarkletUrl() }],
    "not-found": [{ url: ROUTES.notFound }],
    robots: [{ url: ROUTES.robots }],
    page: context.options.pages,
  }),
};
