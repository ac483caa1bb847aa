/**
 * The Atom feed and the JSON Feed of the site and of each section. Atom: every value escaped as
 * XML text (an entry's HTML content too, as `type="html"` asks). JSON Feed: JSON made by
 * src/site/pages/feeds.ts (`<` as \u003c), written as it is.
 */
import { html, trustedHtml } from "../html.js";
import type { Feed } from "../view-model.js";
import type { PageTemplate } from "./index.js";

export const feedAtom: PageTemplate<Feed> = {
  render({ entry: feed }) {
    return html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
<title>${feed.title}</title>
<id>${feed.selfUrl}</id>
<link rel="self" type="application/atom+xml" href="${feed.selfUrl}"/>
<link rel="alternate" type="text/html" href="${feed.alternateUrl}"/>
<updated>${feed.updated}</updated>
<generator>draad</generator>
${feed.entries.map(
  (e) => html`<entry>
<title>${e.title}</title>
<id>${e.id}</id>
<link rel="alternate" type="text/html" href="${e.url}"/>
<updated>${e.updated}</updated>
${e.published && html`<published>${e.published}</published>`}<author><name>${e.author}</name></author>
${e.section && html`<category term="${e.section}"/>`}<summary>${e.summary}</summary>
<content type="html">${e.contentHtml}</content>
</entry>
`,
)}</feed>
`;
  },
};

export const feedJson: PageTemplate<Feed & { json: string }> = {
  render({ entry: feed }) {
    return html`${trustedHtml(feed.json)}
`;
  },
};
