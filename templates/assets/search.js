// The search page: Pagefind's JavaScript API (pagefind.js) with draad's own result list.
//
// Everything that comes out of the index was written by contributors (capture text), so it only
// ever reaches the page as text: elements are made with createElement, text is set with
// textContent, and the only attributes set are href (a site path), value, hidden and aria-*.
// No HTML is parsed here: tests/site/raw-html.test.ts fails on any API that parses a string as HTML.
//
// The bundle paths, the site's path prefix and every interface text come from the page
// (templates/search.njk), so the search works under any --path-prefix and in a year's part.
// A module script: it runs after the page is parsed, and the functions below that do not touch
// the page are exported for the tests.

/** Results per step ("Meer berichten tonen" shows the next ones). */
const PAGE_SIZE = 10;
/** Words in an excerpt, as in Pagefind's own (excerptLength 30). */
const EXCERPT_WORDS = 30;
/** Pause after the last keystroke before searching. */
const TYPING_PAUSE_MS = 250;
/** The synthetic filter that tells merged bundles apart (see searchEveryBundle). */
const BUNDLE_FILTER = "draad-bundel";
/** Pagefind's own word split of a record's content: `locations` count words split this way. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/g;

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };

/** The inverse of escapeHtml in src/site/search-text.ts (meta and filter values in the index). */
export function unescapeHtml(text) {
  return String(text).replace(/&(amp|lt|gt|quot|#39);/g, (_, name) => ENTITIES[name]);
}

/** The inverse of outOfIndex in src/site/search-text.ts: `x` and UTF-8 in hex; anything else is no value. */
export function fromOutOfIndex(value) {
  if (typeof value !== "string" || !/^x(?:[0-9a-f]{2})*$/.test(value)) return "";
  const bytes = new Uint8Array((value.length - 1) / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(value.slice(1 + 2 * i, 3 + 2 * i), 16);
  return new TextDecoder().decode(bytes);
}

/**
 * Words of a result's content with the matched ones marked, as `[{ text, marked }]`, for the
 * headline (words `0 .. headlineWords`) or an excerpt of the rest. Pagefind's own `excerpt` is
 * not used: it escapes `<` and `>` but not `&`, so `&lt;` written in a capture and `<` written in
 * a capture come out the same and cannot be turned back into the text they were.
 */
export function markedWords(words, locations, from, to) {
  const marked = new Set(locations);
  const pieces = [];
  for (let i = from; i < to; i++) {
    const text = words[i];
    if (text === undefined || text === "") continue;
    const last = pieces[pieces.length - 1];
    if (!marked.has(i) && last && !last.marked) last.text += ` ${text}`;
    else pieces.push({ text, marked: marked.has(i) });
  }
  return pieces;
}

/**
 * Where a result's words are: the headline is the first words of the content (searchRecords in
 * src/site/build.ts writes it first), the excerpt a window of EXCERPT_WORDS words after it
 * around the most matches, starting a few words before the first of them.
 */
export function resultText(content, title, locations) {
  const words = String(content).split(WORD_SEPARATORS);
  const titleWords = String(title).split(WORD_SEPARATORS).filter(Boolean);
  const headlineWords = titleWords.length > 0 && words.slice(0, titleWords.length).join(" ") === titleWords.join(" ") ? titleWords.length : 0;
  const body = locations.filter((l) => l >= headlineWords).sort((a, b) => a - b);
  let start = headlineWords;
  let best = -1;
  for (const location of body.slice(0, 200)) {
    const candidate = Math.max(headlineWords, Math.min(location - 5, words.length - EXCERPT_WORDS));
    const hits = body.filter((l) => l >= candidate && l < candidate + EXCERPT_WORDS).length;
    if (hits > best) [best, start] = [hits, candidate];
  }
  const end = Math.min(words.length, start + EXCERPT_WORDS);
  return {
    headline: headlineWords ? markedWords(words, locations, 0, headlineWords) : [{ text: String(title), marked: false }],
    excerpt: markedWords(words, locations, start, end),
    cutBefore: start > headlineWords,
    cutAfter: end < words.length,
  };
}

/** `{n}`, `{q}` in an interface text. */
export function fillIn(text, values) {
  return String(text).replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** A result link must stay on this site: a path, never `//host` or a `javascript:` URL. */
export function isSitePath(url) {
  return typeof url === "string" && /^\/(?![/\\])/.test(url) && !/[\s\\]/.test(url);
}

function start(document, window) {
  const form = document.getElementById("zoeken");
  const input = document.getElementById("zoeken-q");
  const status = document.getElementById("zoeken-status");
  const list = document.getElementById("zoeken-resultaten");
  const more = document.getElementById("zoeken-meer");
  if (!form || !input || !status || !list || !more) return;
  const t = (name) => form.getAttribute(`data-t-${name}`) || "";
  const bundles = [form.getAttribute("data-bundle"), ...(form.getAttribute("data-merge") || "").split(" ")].filter(Boolean);
  // Result URLs in the index are site-relative; Pagefind puts the site's path prefix before them.
  const baseUrl = form.getAttribute("data-base") || "/";
  const selects = [...form.querySelectorAll("select[data-filter]")];
  const numbers = new Intl.NumberFormat("nl-NL");

  let pagefind = null;
  let generation = 0;
  let hits = [];
  let shown = 0;
  let typing = 0;
  /** Every filter value with its number of reports in the whole archive. */
  let allCounts = {};

  const element = (name, className, text) => {
    const node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const appendWords = (parent, pieces) => {
    pieces.forEach((piece, i) => {
      if (i > 0) parent.append(" ");
      parent.append(piece.marked ? element("mark", "", piece.text) : piece.text);
    });
  };

  /** The filters chosen, as Pagefind knows their values (escaped): `{ rubriek: ["Binnenland"] }`. */
  const chosenFilters = () => {
    const filters = {};
    for (const select of selects) if (select.value) filters[select.getAttribute("data-filter")] = [select.value];
    return filters;
  };

  /** What the address bar says: `?q=veerpont&rubriek=Binnenland`, filter values as readers see them. */
  const shareableUrl = (query) => {
    const params = new URLSearchParams();
    if (query) params.set("q", query);
    for (const select of selects) if (select.value) params.set(select.getAttribute("data-filter"), unescapeHtml(select.value));
    const search = params.toString();
    return `${window.location.pathname}${search ? `?${search}` : ""}${window.location.hash}`;
  };

  /**
   * One search over every bundle, newest first. Pagefind merges bundles by score, and with a sort
   * the score is a position within each bundle, so merged results would interleave the bundles.
   * The bundles are in archive order (the first holds the newest reports), so each is searched
   * alone (its synthetic filter) and the results are put one bundle after the other.
   */
  const searchEveryBundle = async (term, filters) => {
    const sort = { datum: "desc" };
    if (bundles.length === 1) return [await pagefind.search(term, { filters, sort })];
    return Promise.all(bundles.map((_, i) => pagefind.search(term, { filters: { ...filters, [BUNDLE_FILTER]: String(i) }, sort })));
  };

  /** Each filter's values with their number of reports; after a search only those it found (and the one chosen). */
  const fillFilters = (counts, onlyFound) => {
    for (const select of selects) {
      const key = select.getAttribute("data-filter");
      const values = counts[key] || {};
      const chosen = select.value;
      const wanted = new URLSearchParams(window.location.search).get(key);
      while (select.options.length > 1) select.remove(1);
      const entries = Object.entries(values)
        .filter(([value, count]) => !onlyFound || count > 0 || value === chosen)
        .map(([value, count]) => ({ value, count, text: unescapeHtml(value) }));
      entries.sort((a, b) => a.text.localeCompare(b.text, "nl"));
      for (const entry of entries) {
        const option = element("option", "", `${entry.text} (${numbers.format(entry.count)})`);
        option.value = entry.value;
        select.append(option);
        if (entry.value === chosen || (!chosen && wanted !== null && entry.text === wanted)) option.selected = true;
      }
    }
  };

  const renderHit = (data) => {
    const text = resultText(data.content || "", unescapeHtml((data.meta && data.meta.title) || ""), data.locations || []);
    const item = element("li", "search-result");
    const heading = element("h2", "search-result-title");
    const link = element("a");
    if (isSitePath(data.url)) link.setAttribute("href", data.url);
    appendWords(link, text.headline);
    heading.append(link);
    item.append(heading);
    // The date, then the result's section, places and agencies, as its filters name them.
    const date = fromOutOfIndex(data.meta && data.meta.datum);
    const facts = [date ? element("span", "search-result-date", date) : null];
    const filters = data.filters || {};
    for (const select of selects) facts.push(...(filters[select.getAttribute("data-filter")] || []).map(unescapeHtml));
    const meta = element("p", "item-meta");
    facts.filter(Boolean).forEach((fact, i) => {
      if (i > 0) meta.append(" · ");
      meta.append(fact);
    });
    item.append(meta);
    if (text.excerpt.length) {
      const excerpt = element("p", "search-excerpt");
      if (text.cutBefore) excerpt.append("… ");
      appendWords(excerpt, text.excerpt);
      if (text.cutAfter) excerpt.append(" …");
      item.append(excerpt);
    }
    return item;
  };

  /** Shows the next PAGE_SIZE results (their fragments are fetched only now). */
  const showMore = async (mine) => {
    const next = hits.slice(shown, shown + PAGE_SIZE);
    const fragments = await Promise.all(next.map((hit) => hit.data()));
    if (mine !== generation) return null;
    const items = fragments.map(renderHit);
    list.append(...items);
    shown += next.length;
    more.hidden = shown >= hits.length;
    return items[0] || null;
  };

  const announce = (query, count) => {
    const kind = count === 0 ? "none" : count === 1 ? "one" : "many";
    status.textContent = fillIn(t(`${query ? "found" : "filtered"}-${kind}`), { n: numbers.format(count), q: query });
  };

  const run = async () => {
    const mine = ++generation;
    const query = input.value.trim();
    const filters = chosenFilters();
    window.history.replaceState(null, "", shareableUrl(query));
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = "";
      more.hidden = true;
      fillFilters(allCounts, false);
      return;
    }
    if (!pagefind) return;
    list.setAttribute("aria-busy", "true");
    try {
      const responses = await searchEveryBundle(query || null, filters);
      if (mine !== generation) return;
      hits = responses.flatMap((response) => response.results);
      shown = 0;
      list.replaceChildren();
      // With words, the values the words are found under; choosing by filter alone, all of them.
      if (query) fillFilters(responses[0].totalFilters || {}, true);
      else fillFilters(allCounts, false);
      await showMore(mine);
      if (mine !== generation) return;
      announce(query, hits.length);
    } catch (error) {
      if (mine === generation) fail(error);
    } finally {
      if (mine === generation) list.removeAttribute("aria-busy");
    }
  };

  const fail = (error) => {
    console.warn("draad: search failed", error);
    list.replaceChildren();
    more.hidden = true;
    status.textContent = t("unavailable");
  };

  input.addEventListener("input", () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(run, TYPING_PAUSE_MS);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.clearTimeout(typing);
    run();
  });
  for (const select of selects) select.addEventListener("change", run);
  more.addEventListener("click", async () => {
    const first = await showMore(generation);
    // Keyboard users go on where the new results start.
    if (first) first.querySelector("a")?.focus();
  });

  const params = new URLSearchParams(window.location.search);
  if (params.has("q")) input.value = params.get("q");

  (async () => {
    try {
      pagefind = await import(new URL(`${bundles[0]}pagefind.js`, window.location.href).href);
      const merged = bundles.length > 1;
      await pagefind.options({ baseUrl, ...(merged ? { mergeFilter: { [BUNDLE_FILTER]: "0" } } : {}) });
      // A large archive is indexed in several bundles; the first is loaded, the others merged in.
      await Promise.all(bundles.slice(1).map((path, i) => pagefind.mergeIndex(path, { baseUrl, mergeFilter: { [BUNDLE_FILTER]: String(i + 1) } })));
      allCounts = await pagefind.filters();
      fillFilters(allCounts, false);
      form.querySelector(".search-filters")?.removeAttribute("hidden");
    } catch (error) {
      pagefind = null;
      fail(error);
      return;
    }
    if (input.value.trim() || selects.some((s) => s.value)) await run();
  })();
}

if (typeof document !== "undefined") start(document, window);
