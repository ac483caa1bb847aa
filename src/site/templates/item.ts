/**
 * A report's page (article or brief): headline, publication time, body with its dateline linked,
 * captions, byline, the full article of a lead brief; beside it the story line, the report's
 * briefs, the captured page's `Meer uit` sidebar and related reports; under it how it was dated.
 * The search index is fed from the archive (src/site/build.ts searchRecords), not from these pages.
 */
import { html } from "../html.js";
import type { ItemPage } from "../view-model.js";
import { groupBy } from "../group-by.js";
import type { PageTemplate } from "./index.js";
import { listTimeHtml, timeHtml, timeLegendHtml } from "./time-text.js";

export const item: PageTemplate<ItemPage> = {
  render({ site, entry, page }, { link, part, times }) {
    const t = site.t;
    const dateline = entry.dateline;
    const list = (items: ItemPage["briefs"]) => part("item-list", { site, items, headingLevel: 3, showLead: false, timeContext: entry.timeContext });
    const content = html`
<div class="item-layout">
<article class="item item-${entry.kind}">
  <header class="item-header">
    <p class="kicker">${entry.section && html`<a href="${link(entry.section.url)}">${entry.section.name}</a> · `}<span>${entry.kindLabel}</span></p>
    <h1>${entry.headline}</h1>
    <p class="item-published">
${timeHtml(entry.publicationParts)}${entry.dayUrl && html`<a class="day-link" href="${link(entry.dayUrl)}">${t.archive.newsOn.toLowerCase()} die dag</a>`}    </p>
${entry.pageUpdatedParts && html`    <p class="item-updated">${t.item.pageUpdated}: ${timeHtml(entry.pageUpdatedParts)}</p>
`}${entry.reposted && html`<p class="notice">${t.item.reposted}</p>`}  </header>
  <div class="item-body">
${entry.blocks.map((block, index) =>
  block.kind === "h2"
    ? html`<h2 class="crosshead">${block.text}</h2>
`
    : index === 0 && dateline
      ? html`<p><span class="dateline">${dateline.clock && html`${dateline.clock} `}${dateline.date && html`${dateline.date} `}${dateline.places.map((place, i) => html`${i > 0 && dateline.placeSeparator}<a href="${link(place.url)}">${place.name}</a>`)}${dateline.agencies.length > 0 && html` (${dateline.agencies.map((agency, i) => html`${i > 0 && "/"}<a href="${link(agency.url)}">${agency.name}</a>`)})`} - </span>${block.text}</p>
`
      : html`<p>${block.text}</p>
`,
)}${entry.blocks.length === 0 && dateline && html`<p><span class="dateline">${dateline.places.map((place) => html`<a href="${link(place.url)}">${place.name}</a>`)}</span></p>`}  </div>
${entry.captions.length > 0 && html`  <aside class="captions"><h2>${t.item.captions}</h2><ul>${entry.captions.map((c) => html`<li>${c}</li>`)}</ul></aside>
`}${entry.byline && html`<p class="byline">${t.item.byline}: ${entry.byline}</p>`}${entry.article && html`  <p class="full-article"><a href="${link(entry.article.url)}">${t.item.fullArticle}: ${entry.article.name}</a></p>
`}</article>

<div class="item-aside">
${entry.story && html`  <section class="story-box" aria-labelledby="verhaallijn">
    <h2 id="verhaallijn">${t.item.story}</h2>
    <p>${t.item.storyIntro}</p>
    <ol class="timeline">
${entry.story.items.map((s) => {
  // This report, or (on a lead brief's page) its article.
  const current = s.id === entry.id || s.id === entry.article?.id;
  return html`      <li${current && html` class="current"`}>${listTimeHtml(s, entry.timeContext)} ${current ? html`<strong aria-current="page">${s.headline}</strong> <span class="muted">(${t.item.current})</span>` : html`<a href="${link(s.url)}">${s.headline}</a>`}</li>
`;
})}    </ol>
    <p><a href="${link(entry.story.url)}">${t.item.storyLink}</a></p>
  </section>
`}
${entry.briefs.length > 0 && html`  <section aria-labelledby="kort">
    <h2 id="kort">${t.item.briefOf}</h2>
${list(entry.briefs)}  </section>
`}
${entry.sidebar && html`  <section class="sidebar" aria-labelledby="meer-uit">
    <h2 id="meer-uit">${entry.sidebar.heading}</h2>
${list(entry.sidebar.items)}  </section>
`}
${entry.related.length > 0 && html`  <section aria-labelledby="gerelateerd">
    <h2 id="gerelateerd">${t.item.related}</h2>
${list(entry.related)}  </section>
`}${entry.timeLegend && timeLegendHtml(t, false)}</div>
</div>

${entry.versions.length > 0 && html`<section class="versions" aria-labelledby="versies">
  <h2 id="versies">${t.item.versions}</h2>
  <p>${t.item.versionsIntro}</p>
  <ol class="version-list">
${entry.versions.map(
  (v) => html`    <li><h3>${v.label}</h3> <p class="muted">${v.seen}</p>
${v.changes === null ? html`      <p>${t.item.versionFirst}</p>
` : html`      <p class="diff">${v.changes.map((c) => (c.kind === "same" ? html`${c.text} ` : c.kind === "added" ? html`<ins><span class="visually-hidden">${t.item.added} </span>${c.text}</ins> ` : html`<del><span class="visually-hidden">${t.item.removed} </span>${c.text}</del> `))}</p>
`}    </li>
`,
)}  </ol>
</section>
`}
<section class="evidence" aria-labelledby="datering">
  <h2 id="datering">${t.item.evidence}</h2>
  <p>${t.item.evidenceIntro}${entry.evidence.some((row) => row.via) && html` ${t.item.evidenceIntroLinked}`}${entry.reposted && html` ${t.item.evidenceIntroReposted}`}</p>
  <div class="table-scroll">
  <table>
    <thead><tr><th scope="col">${t.item.evidenceCapture}</th><th scope="col">${t.item.evidenceCapturedAt}</th><th scope="col">${t.item.evidenceAge}</th><th scope="col">${t.item.evidenceInterval}</th>${entry.reposted && html`<th scope="col">${t.item.posting}</th>`}</tr></thead>
${[...groupBy(entry.evidence, (row) => [row.via?.url ?? ""]).values()].map(
  // The report's own rows, then each linked report's under one heading that links it once.
  (rows, _, groups) => {
    const via = rows[0]!.via;
    return html`    <tbody>
${groups.length > 1 && html`      <tr class="evidence-group"><th scope="rowgroup" colspan="${entry.reposted ? 5 : 4}">${via ? html`${t.item.evidenceViaHeading[via.kind]} <a href="${link(via.url)}">${via.name}</a>` : t.item.evidenceOwnHeading[entry.kind]}</th></tr>
`}${rows.map(
  (row) => html`      <tr><td><code>${row.capture}</code> <span class="muted">${t.item.evidenceRole[row.role] ?? row.role}${row.variant && html` ${t.item.variant}`}</span></td><td data-label="${t.item.evidenceCapturedAt}">${row.capturedAt ? times.dateTime(row.capturedAt) : t.item.captureUnknown}</td><td data-label="${t.item.evidenceAge}">${row.age ?? t.item.noAge}</td><td data-label="${t.item.evidenceInterval}">${times.html(times.interval(row.publishedFrom, row.publishedTo))}</td>${entry.reposted && html`<td data-label="${t.item.posting}">${row.posting}</td>`}</tr>
`,
)}    </tbody>
`;
  },
)}  </table>
  </div>
${entry.sourceUrls.length > 0 && html`<p class="muted">${t.item.source}: ${entry.sourceUrls.map((u, i) => html`${i > 0 && ", "}<span class="source-url">${u}</span>`)}</p>`}</section>
`;
    return part("base", { site, url: page.url, title: entry.headline, description: entry.description, navCurrent: null, jsonLd: entry.jsonLd, content });
  },
};
