/** The indexes of sections, places (A-Z) and agencies. */
import { html } from "../html.js";
import type { AgenciesPage, PlacesPage, SectionsPage } from "../view-model.js";
import type { PageTemplate } from "./index.js";

export const sections: PageTemplate<SectionsPage> = {
  render({ site, entry, page }, { link, part, routes }) {
    const t = site.t;
    const content = html`<header class="page-header"><h1>${t.nav.sections}</h1></header>
<ul class="index-list">
${entry.sections.map((s) => html`<li><a href="${link(s.url)}">${s.name}</a> <span class="count">${s.count}</span></li>`)}</ul>
`;
    return part("base", { site, url: page.url, title: t.nav.sections, description: null, navCurrent: routes.sections, jsonLd: null, content });
  },
};

export const places: PageTemplate<PlacesPage> = {
  render({ site, entry, page }, { link, part, routes }) {
    const t = site.t;
    const content = html`<header class="page-header"><h1>${t.nav.places}</h1></header>
<nav class="letters" aria-label="${t.nav.places}"><ul>${entry.groups.map((group) => html`<li><a href="#letter-${group.letter}">${group.letter}</a></li>`)}</ul></nav>
${entry.groups.map(
  (group) => html`<section aria-labelledby="letter-${group.letter}">
  <h2 id="letter-${group.letter}">${group.letter}</h2>
  <ul class="index-list columns">${group.places.map((p) => html`<li><a href="${link(p.url)}">${p.name}</a> <span class="count">${p.count}</span></li>`)}</ul>
</section>
`,
)}`;
    return part("base", { site, url: page.url, title: t.nav.places, description: null, navCurrent: routes.places, jsonLd: null, content });
  },
};

export const agencies: PageTemplate<AgenciesPage> = {
  render({ site, entry, page }, { link, part, routes }) {
    const t = site.t;
    const content = html`<header class="page-header"><h1>${t.nav.agencies}</h1></header>
<ul class="index-list">
${entry.agencies.map((a) => html`<li><a href="${link(a.url)}">${a.name} (<abbr title="${a.name}">${a.code}</abbr>)</a> <span class="count">${a.count}</span></li>`)}</ul>
`;
    return part("base", { site, url: page.url, title: t.nav.agencies, description: null, navCurrent: routes.agencies, jsonLd: null, content });
  },
};
