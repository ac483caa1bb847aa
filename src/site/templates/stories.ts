/** Story lines: the index of all, and each story's reports in time order. */
import { html } from "../html.js";
import type { StoriesPage, StoryPage } from "../view-model.js";
import type { PageTemplate } from "./index.js";
import { listTimeHtml, timeLegendHtml } from "./time-text.js";

export const stories: PageTemplate<StoriesPage> = {
  render({ site, entry, page }, { link, part, routes }) {
    const t = site.t;
    const content = html`<header class="page-header"><h1>${t.nav.stories}</h1></header>
<ol class="item-list">
${[...entry.stories].reverse().map(
  (s) => html`  <li class="item-summary"><h2 class="item-title"><a href="${link(s.url)}">${s.headline}</a></h2><p class="item-meta">${s.period} · ${s.items.length} ${t.lists.items}</p></li>
`,
)}</ol>
`;
    return part("base", { site, url: page.url, title: t.nav.stories, description: null, navCurrent: routes.stories, jsonLd: null, content });
  },
};

export const story: PageTemplate<StoryPage> = {
  render({ site, entry, page }, { link, part, routes }) {
    const t = site.t;
    const content = html`<header class="page-header">
  <p class="breadcrumbs"><a href="${link(routes.stories)}">${t.nav.stories}</a></p>
  <h1>${entry.headline}</h1>
  <p class="intro">${entry.period} · ${entry.places.map((p, i) => html`${i > 0 && ", "}<a href="${link(p.url)}">${p.name}</a>`)}</p>
</header>
${entry.timeLegend && timeLegendHtml(t, false)}<ol class="timeline timeline-large">
${entry.items.map(
  (s) => html`  <li><p class="item-meta">${listTimeHtml(s, entry.timeContext)} · ${s.kindLabel}</p><h2 class="item-title"><a href="${link(s.url)}">${s.headline}</a></h2><p class="item-lead">${s.lead}</p></li>
`,
)}</ol>
`;
    return part("base", { site, url: page.url, title: entry.title, description: entry.description, navCurrent: null, jsonLd: null, content });
  },
};
