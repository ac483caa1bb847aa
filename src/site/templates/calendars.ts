/** A year with the calendars of its months, and a month with its calendar and days. */
import { html } from "../html.js";
import type { CalendarMonth, YearPage } from "../view-model.js";
import type { PageTemplate } from "./index.js";

export const year: PageTemplate<YearPage> = {
  render({ site, entry, page }, { link, part, routes }) {
    const t = site.t;
    const content = html`<header class="page-header">
  <p class="breadcrumbs"><a href="${link(routes.archive)}">${t.archive.title}</a></p>
  <h1>${entry.year}</h1>
  <p class="intro">${entry.count} ${t.lists.items}</p>
</header>
<nav class="day-nav" aria-label="${t.archive.year}">
${entry.previous && html`<a href="${link(entry.previous.url)}" rel="prev">← ${t.archive.previousYear}: ${entry.previous.name}</a>`}${entry.next && html`<a href="${link(entry.next.url)}" rel="next">${t.archive.nextYear}: ${entry.next.name} →</a>`}</nav>
<div class="calendar-grid">
${entry.months.map(
  (m) => html`  <div>
    <h2${!m.url && html` class="no-news"`}>${m.url ? html`<a href="${link(m.url)}">${m.name}</a> <span class="count">${m.count} ${m.count !== 1 ? t.lists.items : t.lists.item}</span>` : m.name}</h2>
${m.calendar && part("calendar", { site, calendar: m.calendar })}  </div>
`,
)}</div>
`;
    return part("base", { site, url: page.url, title: entry.title, description: null, navCurrent: null, jsonLd: null, content });
  },
};

/** Nunjucks' `capitalize`: the first letter upper case, the rest lower case. */
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();

export const month: PageTemplate<CalendarMonth> = {
  render({ site, entry, page }, { link, part, routes }) {
    const t = site.t;
    const content = html`<header class="page-header">
  <p class="breadcrumbs"><a href="${link(routes.archive)}">${t.archive.title}</a> › <a href="${link(entry.yearLink.url)}">${entry.yearLink.name}</a></p>
  <h1>${capitalize(entry.caption.replaceAll(`${t.archive.calendarCaption} `, ""))}</h1>
  <p class="intro">${entry.count} ${t.lists.items}</p>
</header>
<nav class="day-nav" aria-label="${t.archive.month}">
${entry.previous && html`<a href="${link(entry.previous.url)}" rel="prev">← ${t.archive.previousMonth}: ${entry.previous.name}</a>`}${entry.next && html`<a href="${link(entry.next.url)}" rel="next">${t.archive.nextMonth}: ${entry.next.name} →</a>`}</nav>
${part("calendar", { site, calendar: entry })}<ul class="day-index">
${entry.days.map((d) => html`<li><a href="${link(d.url)}">${d.heading}</a> <span class="count">${d.count} ${d.count !== 1 ? t.lists.items : t.lists.item}</span></li>`)}</ul>
`;
    return part("base", { site, url: page.url, title: entry.title, description: null, navCurrent: null, jsonLd: null, content });
  },
};
