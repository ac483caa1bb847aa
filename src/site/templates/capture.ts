/**
 * The capture page: the bookmarklet (src/site/bookmarklet.ts) to drag to the bookmarks bar, and
 * the daily loop it starts. Its link is a `javascript:` URL, the one such link of the site; a
 * click on it here does nothing (assets/capture.js says to drag it instead, and the site's
 * Content-Security-Policy would not run it anyway).
 */
import { html } from "../html.js";
import type { CapturePage } from "../view-model.js";
import type { PageTemplate } from "./index.js";

/** A step's text with each `command` between backquotes as <code> (every piece escaped by html). */
const withCommands = (text: string) => text.split("`").map((piece, i) => (i % 2 === 1 ? html`<code>${piece}</code>` : html`${piece}`));

export const capture: PageTemplate<CapturePage> = {
  render({ site, entry, page }, { link, part, routes }) {
    const tc = site.t.capture;
    const content = html`<header class="page-header"><h1>${tc.title}</h1><p class="intro">${tc.intro}</p></header>
<section class="capture" aria-labelledby="zo-werkt-het">
  <h2 id="zo-werkt-het">${tc.howTitle}</h2>
  <ol class="capture-steps">
${tc.steps.map((step) => html`    <li>${withCommands(step)}</li>
`)}  </ol>
  <p><a class="bookmarklet" href="${entry.bookmarklet}" data-bookmarklet data-clicked-here="${tc.clickedHere}">${tc.button}</a></p>
  <p class="muted" id="bookmarklet-hint" role="status">${tc.buttonHint}</p>
  <h2>${tc.privacyTitle}</h2>
  <p>${tc.privacy}</p>
</section>
<script type="module" src="${link(routes.captureScript)}"></script>
`;
    return part("base", { site, url: page.url, title: tc.title, description: tc.intro, navCurrent: null, jsonLd: null, content });
  },
};
