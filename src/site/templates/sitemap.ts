/** A sitemap (`/sitemap.xml`, or its numbered parts when the site has more than 50,000 URLs). */
import { html } from "../html.js";
import type { SitemapPage } from "../view-model.js";
import type { PageTemplate } from "./index.js";

export const sitemap: PageTemplate<SitemapPage> = {
  render({ entry }) {
    return html`<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entry.urls.map((url) => html`<url><loc>${url}</loc></url>
`)}</urlset>
`;
  },
};

/** The sitemap index that lists the parts (a partitioned site's root, or a site over 50,000 URLs). */
export const sitemapIndex: PageTemplate<SitemapPage> = {
  render({ entry }) {
    return html`<?xml version="1.0" encoding="utf-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entry.urls.map((url) => html`<sitemap><loc>${url}</loc></sitemap>
`)}</sitemapindex>
`;
  },
};
