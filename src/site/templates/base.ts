/**
 * The layout of every HTML page: head (title, description, canonical URL, OpenGraph, the
 * Content-Security-Policy before anything it governs, feeds, JSON-LD), masthead with the
 * navigation, the page's content, footer. Pages render it as the part `base`.
 */
import { cutAtWord } from "../../archive/normalise.js";
import { html, trustedHtml, type Html } from "../html.js";
import { ROUTES } from "../routes.js";
import type { Parts, PartTemplate, Site } from "./index.js";

export interface LayoutData {
  site: Site;
  /** The page's site-relative URL (canonical link, og:url). */
  url: string;
  /** Without the site name (which the layout adds); null on the home page. */
  title: string | null;
  /** Null or empty: the site's description. */
  description: string | null;
  /** The navigation entry to mark as the current page. */
  navCurrent: string | null;
  /** A report's NewsArticle JSON-LD (JSON with `<` as \u003c, src/site/pages/json-ld.ts); also makes og:type `article`. */
  jsonLd: string | null;
  content: Html;
}

export const base: PartTemplate<LayoutData> = {
  render({ site, url, title, description, navCurrent, jsonLd, content }, { link, absolute, contentSecurityPolicy }) {
    const t = site.t;
    const pageDescription = description || t.siteDescription;
    return html`<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title && html`${cutAtWord(title, 55)} · `}${t.siteName}</title>
<meta name="description" content="${pageDescription}">
<link rel="canonical" href="${absolute(url)}">
<meta property="og:site_name" content="${t.siteName}">
<meta property="og:locale" content="nl_NL">
<meta property="og:type" content="${jsonLd ? "article" : "website"}">
<meta property="og:title" content="${title || t.siteTagline}">
<meta property="og:description" content="${pageDescription}">
<meta property="og:url" content="${absolute(url)}">
<meta name="color-scheme" content="light dark">
<link rel="stylesheet" href="${link(ROUTES.stylesheet)}">
<link rel="icon" href="${link(ROUTES.favicon)}" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" title="${t.feedTitle}" href="${link(ROUTES.feedAtom)}">
<link rel="alternate" type="application/feed+json" title="${t.feedTitle}" href="${link(ROUTES.feedJson)}">
${jsonLd && html`<script type="application/ld+json">${trustedHtml(jsonLd)}</script>
`}</head>
<body>
<a class="skip-link" href="#inhoud">${t.skipLink}</a>
<header class="masthead">
  <div class="masthead-inner">
    <a class="brand" href="${link(ROUTES.home)}"><span class="brand-name">${t.siteName}</span> <span class="brand-tagline">${t.siteTagline}</span></a>
${navCurrent !== ROUTES.home && navCurrent !== ROUTES.search && html`    <form class="masthead-search" role="search" action="${link(ROUTES.search)}" method="get">
      <label class="visually-hidden" for="kop-q">${t.search.label}</label>
      <input id="kop-q" class="search-input" type="search" name="q" autocomplete="off" spellcheck="false" placeholder="${t.search.placeholder}">
      <button class="search-submit" type="submit">${t.search.submit}</button>
    </form>
`}    <nav aria-label="${t.navigationLabel}">
      <ul class="nav">
${site.nav.map((entry) => html`        <li><a href="${link(entry.url)}"${entry.url === navCurrent && html` aria-current="page"`}>${entry.name}</a></li>
`)}      </ul>
    </nav>
  </div>
</header>
<main id="inhoud" tabindex="-1">
${content}
</main>
<footer class="site-footer">
  <p>${t.footer} <a href="${link(ROUTES.capture)}">${t.capture.footerLink}</a></p>
</footer>
</body>
</html>
`;
  },
};

export type { Parts };
