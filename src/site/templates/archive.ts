/** The archive overview: every year with the calendars of its months (or, at a partitioned site's root, the years' parts). */
import { html } from "../html.js";
import type { ArchivePage } from "../view-model.js";
import type { PageTemplate } from "./index.js";

export const archive: PageTemplate<ArchivePage> = {
  render({ site, entry, page }, { link, part, routes }) {
    const t = site.t;
    const content = html`<header class="page-header"><h1>${t.archive.title}</h1><p class="intro">${t.archive.intro}</p></header>
${[...entry.years].reverse().map(
  (y) => html`<section class="year-overview">
  <h2><a href="${link(y.url)}">${y.year}</a> <span class="count">${y.count} ${t.lists.items}</span></h2>
  <div class="calendar-grid">
${y.months.map((m) => m.calendar && html`<div><h3><a href="${link(m.url!)}">${m.name}</a></h3>${part("calendar", { site, calendar: m.calendar })}</div>`)}  </div>
</section>
`,
)}${entry.years.length === 0 && entry.yearLinks.length > 0 && html`<ul class="year-list">
${entry.yearLinks.map((y) => html`  <li><a href="${link(y.url)}">${y.year}</a> <span class="count">${y.count} ${t.lists.items}</span></li>
`)}</ul>
`}${entry.undated && html`<p><a href="${link(entry.undated.url)}">${t.archive.undated}</a> (${entry.undated.count} ${t.lists.items})</p>`}`;
    return part("base", { site, url: page.url, title: t.archive.title, description: null, navCurrent: routes.archive, jsonLd: null, content });
  },
};
