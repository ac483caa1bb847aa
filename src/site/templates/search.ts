/**
 * The search page. templates/assets/search.js runs the search with Pagefind's JavaScript API and
 * fills in the filters, the status line and the results, as text. The filters are behind a closed
 * `<details>` in the page from the start, so nothing above the results appears late (no layout
 * shift), and their data is loaded only when it is opened. The bundles are site-relative
 * folders: the first is loaded, the others merged in; results are rooted at the whole site's prefix.
 */
import { html } from "../html.js";
import type { SearchPage } from "../view-model.js";
import type { PageTemplate } from "./index.js";

export const search: PageTemplate<SearchPage> = {
  render({ site, entry, page }, { link, part, routes }) {
    const ts = site.t.search;
    const content = html`<header class="page-header"><h1>${ts.title}</h1><p class="intro">${ts.intro}</p></header>

<form id="zoeken" class="search-form" role="search" action="${link(routes.search)}" method="get"
  data-bundle="${link(entry.bundles[0]!)}" data-merge="${entry.bundles.slice(1).map((b) => `${link(b)} `)}" data-base="${site.meta.siteRoot}"
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
<ol id="zoeken-resultaten" class="search-results"></ol>
<button id="zoeken-meer" class="search-more" type="button" hidden>${ts.more}</button>
<noscript><p>${ts.noScript}</p></noscript>
<script type="module" src="${link(routes.searchScript)}"></script>
`;
    return part("base", { site, url: page.url, title: ts.title, description: null, navCurrent: routes.search, jsonLd: null, content });
  },
};
