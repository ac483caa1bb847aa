/**
 * Nieuwer / the front page and page numbers / Ouder under a list of more than one page: the part
 * `pagination`. Pages are counted from the oldest (src/site/pages/lists.ts), and listed in reading
 * order: Nieuwste, then the numbers from high to low. Between links that do not follow each other
 * (Nieuwste 12 … 6 5 4 … 1) a gap, hidden from screen readers, which read the status line below.
 */
import { html } from "../html.js";
import type { Pagination } from "../view-model.js";
import type { PartTemplate, Site } from "./index.js";

export interface PaginationData {
  site: Site;
  pagination: Pagination;
}

export const pagination: PartTemplate<PaginationData> = {
  render({ site, pagination }, { link }) {
    if (pagination.total === 0) return html``;
    const t = site.t.pagination;
    const total = pagination.total;
    // The next link in reading order after `n`: the newest numbered page after the front page.
    const follows = (n: number, before: number) => (before === 0 ? n === total : n === before - 1);
    const label = (n: number) => (n === 0 ? t.front : String(n));
    const status = (pagination.current === 0 ? (total === 1 ? t.frontStatusOne : t.frontStatus) : pagination.current === 1 ? t.oldestStatus : t.pageStatus)
      .replace("{n}", String(pagination.current))
      .replace("{total}", String(total));
    return html`<nav class="pagination" aria-label="${t.label}">
  <ul>
    <li>${pagination.newer ? html`<a href="${link(pagination.newer)}" rel="prev">${t.newer}</a>` : html`<span class="disabled">${t.newer}</span>`}</li>
${pagination.pages.map(
  (p, i) => html`${i > 0 && !follows(p.number, pagination.pages[i - 1]!.number) && html`    <li class="gap" aria-hidden="true">…</li>
`}    <li>${p.current ? html`<span aria-current="page">${label(p.number)}</span>` : html`<a href="${link(p.url)}">${label(p.number)}</a>`}</li>
`,
)}    <li>${pagination.older ? html`<a href="${link(pagination.older)}" rel="next">${t.older}</a>` : html`<span class="disabled">${t.older}</span>`}</li>
  </ul>
  <p class="pagination-status">${status}</p>
</nav>
`;
  },
};
