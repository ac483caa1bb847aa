/**
 * Vorige / page numbers / Volgende under a list of more than one page: the part `pagination`.
 * Between page numbers that do not follow each other (1 … 4 5 6 … 12) a gap, hidden from
 * screen readers, which read "Pagina 5 van 12" below.
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
    if (pagination.total <= 1) return html``;
    const t = site.t.pagination;
    return html`<nav class="pagination" aria-label="${t.label}">
  <ul>
    <li>${pagination.previous ? html`<a href="${link(pagination.previous)}" rel="prev">${t.previous}</a>` : html`<span class="disabled">${t.previous}</span>`}</li>
${pagination.pages.map(
  (p, i) => html`${i > 0 && p.number > pagination.pages[i - 1]!.number + 1 && html`    <li class="gap" aria-hidden="true">…</li>
`}    <li>${p.current ? html`<span aria-current="page">${p.number}</span>` : html`<a href="${link(p.url)}">${p.number}</a>`}</li>
`,
)}    <li>${pagination.next ? html`<a href="${link(pagination.next)}" rel="next">${t.next}</a>` : html`<span class="disabled">${t.next}</span>`}</li>
  </ul>
  <p class="pagination-status">${t.page} ${pagination.current} ${t.of} ${pagination.total}</p>
</nav>
`;
  },
};
