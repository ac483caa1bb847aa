/** A list of reports, newest first, 40 to a page: a section, place, agency, day or the undated reports. */
import { html } from "../html.js";
import type { ListPage } from "../view-model.js";
import type { PageTemplate } from "./index.js";
import { timeLegendHtml } from "./time-text.js";

export const list: PageTemplate<ListPage> = {
  render({ site, entry, page }, { link, part, routes }) {
    const t = site.t;
    const days = entry.dayNavigation;
    const breadcrumbs = days
      ? html`<p class="breadcrumbs"><a href="${link(routes.archive)}">${t.archive.title}</a> › <a href="${link(days.year.url)}">${days.year.name}</a> › <a href="${link(days.month.url)}">${days.month.name}</a></p>
`
      : entry.kind === "section"
        ? html`<p class="breadcrumbs"><a href="${link(routes.sections)}">${t.nav.sections}</a></p>
`
        : entry.kind === "place"
          ? html`<p class="breadcrumbs"><a href="${link(routes.places)}">${t.nav.places}</a></p>
`
          : entry.kind === "agency"
            ? html`<p class="breadcrumbs"><a href="${link(routes.agencies)}">${t.nav.agencies}</a></p>
`
            : null;
    const content = html`<header class="page-header">
${breadcrumbs}  <h1>${entry.heading}</h1>
${entry.intro && html`<p class="intro">${entry.intro}</p>`}${entry.feeds && html`<p class="feeds"><a href="${link(entry.feeds.atom)}">${t.lists.feed}</a> · <a href="${link(entry.feeds.json)}">${t.lists.jsonFeed}</a></p>`}</header>
${days && html`<nav class="day-nav" aria-label="${t.archive.title}">
${days.previous && html`<a href="${link(days.previous.url)}" rel="prev">← ${t.archive.previousDay}: ${days.previous.name}</a>`}${days.next && html`<a href="${link(days.next.url)}" rel="next">${t.archive.nextDay}: ${days.next.name} →</a>`}</nav>
`}${entry.timeLegend && timeLegendHtml(t, true)}${entry.groups.map(
      (group) => html`<section class="day-group">
${group.heading && html`<h2 class="day-heading">${group.heading}</h2>`}${part("item-list", { site, items: group.items, headingLevel: group.heading ? 3 : 2, showLead: true, timeContext: group.timeContext })}</section>
`,
    )}${part("pagination", { site, pagination: entry.pagination })}`;
    return part("base", { site, url: page.url, title: entry.title, description: null, navCurrent: null, jsonLd: null, content });
  },
};
