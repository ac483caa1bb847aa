/** The 404 page (`/404.html`), which static hosts serve for a missing page. */
import { html } from "../html.js";
import type { PageTemplate } from "./index.js";

export const notFound: PageTemplate<{ url: string }> = {
  render({ site, page }, { link, part, routes }) {
    const t = site.t;
    const content = html`<header class="page-header"><h1>${t.notFound.title}</h1></header>
<p>${t.notFound.body}</p>
<ul><li><a href="${link(routes.home)}">${t.nav.home}</a></li><li><a href="${link(routes.archive)}">${t.nav.archive}</a></li><li><a href="${link(routes.search)}">${t.nav.search}</a></li></ul>
`;
    return part("base", { site, url: page.url, title: t.notFound.title, description: null, navCurrent: null, jsonLd: null, content });
  },
};
