/**
 * The search page. templates/assets/search.js runs the search with Pagefind's JavaScript API and
 * fills in the filters, the status line and the results, as text. The filters are behind a closed
 * `<details>` in the page from the start, so nothing above the results appears late (no layout
 * shift), and their data is loaded only when it is opened. The bundles are site-relative
 * folders, newest reports first: the first is loaded, an older one is merged in when a search
 * needs more results than the newer ones gave (templates/assets/search.js); `data-reach` says, for
 * each bundle but the last, how far a search that stopped there went. Results are rooted at the
 * whole site's prefix.
 */
import { html } from "../html.js";
import type { SearchPage } from "../view-model.js";
import type { SearchBundleReach } from "../pages/types.js";
import type { SiteText } from "../text-nl.js";
import { dutchDate } from "../dutch-dates.js";
import type { PageTemplate } from "./index.js";

export const search: PageTemplate<SearchPage> = {
  render({ site, entry, page }, { link, part, routes }) {
    const ts = site.t.search;
    const content = html`<header class="page-header"><h1>${ts.title}</h1><p class="intro">${ts.intro}</p></header>

<form id="zoeken" class="search-form" role="search" action="${link(routes.search)}" method="get"
  data-bundle="${link(entry.bundles[0]!)}" data-merge="${entry.bundles.slice(1).map((b) => `${link(b)} `)}" data-base="${site.meta.siteRoot}"
  data-reach="${reachTexts(entry.reach, ts).join("\n")}" data-t-more="${ts.more}" data-t-more-older="${ts.moreOlder}"
  data-t-found-many="${ts.foundMany}" data-t-found-one="${ts.foundOne}" data-t-found-none="${ts.foundNone}"
  data-t-filtered-many="${ts.filteredMany}" data-t-filtered-one="${ts.filteredOne}" data-t-filtered-none="${ts.filteredNone}"
  data-t-unavailable="${ts.unavailable}">
  <label class="search-label" for="zoeken-q">${ts.label}</label>
  <div class="search-field">
    <input id="zoeken-q" class="search-input" type="search" name="q" autocomplete="off" spellcheck="false" placeholder="${ts.placeholder}">
    <button class="search-submit" type="submit">${ts.submit}</button>
  </div>
  <details id="zoeken-filters" class="search-filters">
    <summary>${ts.filtersSummary}</summary>
    <div class="search-filter-list">
${Object.values(ts.filters).map(
  (f) => html`      <div class="search-filter">
        <label for="zoeken-${f.key}">${f.label}</label>
        <select id="zoeken-${f.key}" name="${f.key}" data-filter="${f.key}"><option value="">${f.all}</option></select>
      </div>
`,
)}    </div>
  </details>
</form>
<p id="zoeken-status" class="search-status" role="status"></p>
<button id="zoeken-ouder" class="search-more search-older" type="button" hidden>${ts.moreOlder}</button>
<ol id="zoeken-resultaten" class="search-results"></ol>
<button id="zoeken-meer" class="search-more" type="button" hidden>${ts.more}</button>
<noscript><p>${ts.noScript}</p></noscript>
<script type="module" src="${link(routes.searchScript)}"></script>
`;
    return part("base", { site, url: page.url, title: ts.title, description: null, navCurrent: routes.search, jsonLd: null, content });
  },
};

/**
 * For each bundle but the last: what a search that has read the bundles up to it has searched,
 * as the status line says it ("alleen de nieuwste 7.500 berichten, tot 3 oktober 2026 terug").
 * Empty where a bundle's reach is unknown (a part made before reach was recorded).
 */
export function reachTexts(reach: readonly SearchBundleReach[], ts: SiteText["search"]): string[] {
  const texts: string[] = [];
  let reports = 0;
  let known = true;
  for (const bundle of reach.slice(0, -1)) {
    reports += bundle.reports;
    known &&= bundle.reports > 0;
    // Grouped by hand, as Dutch writes it (15.000): the same bytes whatever the machine's ICU.
    const m = String(reports).replace(/\B(?=(\d{3})+$)/g, ".");
    texts.push(!known ? "" : bundle.oldest ? ts.reachDated.replace("{m}", m).replace("{date}", dutchDate(bundle.oldest)) : ts.reachUndated.replace("{m}", m));
  }
  return texts;
}
