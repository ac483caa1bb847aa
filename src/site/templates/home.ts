/** The home page: a search box (it opens the search page with ?q=, no script needed), then the latest days, each with its reports. */
import { html } from "../html.js";
import type { HomePage } from "../view-model.js";
import type { PageTemplate } from "./index.js";
import { timeLegendHtml } from "./time-text.js";

export const home: PageTemplate<HomePage> = {
  render({ site, entry, page }, { link, part, routes }) {
    const t = site.t;
    const content = html`<h1 class="visually-hidden">${t.home.title}</h1>
<form class="search-form home-search" role="search" action="${link(routes.search)}" method="get">
  <label class="visually-hidden" for="home-q">${t.search.label}</label>
  <div class="search-field">
    <input id="home-q" class="search-input" type="search" name="q" autocomplete="off" spellcheck="false" placeholder="${t.search.placeholder}">
    <button class="search-submit" type="submit">${t.search.submit}</button>
  </div>
</form>
${entry.days.length === 0 && html`<p>${t.home.empty}</p>`}${entry.timeLegend && timeLegendHtml(t, true)}${entry.days.map(
      (day) => html`<section class="day-group home-day">
  <h2 class="day-heading">${day.url ? html`<a href="${link(day.url)}">${day.heading}</a>` : day.heading}</h2>
${part("item-list", { site, items: day.items, headingLevel: 3, showLead: true, timeContext: day.timeContext })}</section>
`,
    )}<p class="more"><a href="${link(routes.archive)}">${t.home.more}</a></p>
`;
    return part("base", { site, url: page.url, title: null, description: null, navCurrent: routes.home, jsonLd: null, content });
  },
};
