/** A Markdown page of our own (content/pages), rendered by src/site/markdown-pages.ts: raw HTML escaped there, links checked. */
import { html, trustedHtml } from "../html.js";
import type { MarkdownPage } from "../view-model.js";
import type { PageTemplate } from "./index.js";

export const markdownPage: PageTemplate<MarkdownPage> = {
  render({ site, entry, page }, { part }) {
    const content = html`<article class="prose">

${trustedHtml(entry.html)}
</article>
`;
    return part("base", { site, url: page.url, title: entry.title, description: entry.description, navCurrent: null, jsonLd: null, content });
  },
};
