// The search page: Pagefind's JavaScript API (pagefind.js) with draad's own result list.
//
// Everything that comes out of the index was written by contributors (capture text), so it only
// ever reaches the page as text: elements are made with createElement, text is set with
// textContent, and the only attributes set are href (a site path), value, hidden and aria-*.
// No HTML is parsed here: tests/site/raw-html.test.ts fails on any API that parses a string as HTML.
//
// The bundle paths, the site's path prefix and every interface text come from the page
// (src/site/templates/search.ts), so the search works under any --path-prefix and in a year's part.
// A module script: it runs after the page is parsed, and the functions below that do not touch
// the page are exported for the tests.

/**
 * Search bundles a search reads by itself, newest first (src/site/pages/fixed-pages.ts: 7,500
 * reports each but the newest, which holds the rest, from 1 to 7,500, so two bundles hold more
 * than 7,500 reports); an older one only when the reader asks ("Ook oudere berichten doorzoeken"), so
 * a word in few reports or none costs two bundles' download, not every bundle's, and the status
 * line says how far the search went.
 */
const AUTO_BUNDLES = 2;
/** Results per step ("Meer berichten tonen" shows the next ones). */
const PAGE_SIZE = 10;
/** Words in an excerpt, as in Pagefind's own (excerptLength 30). */
const EXCERPT_WORDS = 30;
/** Pause after the last keystroke before searching (the address bar is replaced, not added to). */
const TYPING_PAUSE_MS = 250;
/** A longer pause after the last keystroke commits the search: Back returns to it (see remember). */
const COMMIT_PAUSE_MS = 1500;
/** The synthetic filter that tells merged bundles apart (see searchBundle). */
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
 * src/site/build.ts writes it first), the excerpt a window of EXCERPT_WORDS words after it and
 * the dateline around the most matches, starting a few words before the first of them.
 */
export function resultText(content, title, locations, leadWords = 0) {
  const words = String(content).split(WORD_SEPARATORS);
  const titleWords = String(title).split(WORD_SEPARATORS).filter(Boolean);
  const headlineWords = titleWords.length > 0 && words.slice(0, titleWords.length).join(" ") === titleWords.join(" ") ? titleWords.length : 0;
  // The excerpt starts after the headline and the dateline (`HATTEM (ANP) -`, which the result's
  // facts already name): `leadWords` is their number of words, from the record (searchRecords).
  const from = headlineWords > 0 && Number.isInteger(leadWords) && leadWords >= headlineWords && leadWords < words.length ? leadWords : headlineWords;
  const body = locations.filter((l) => l >= from).sort((a, b) => a - b);
  let start = from;
  let best = -1;
  for (const location of body.slice(0, 200)) {
    const candidate = Math.max(from, Math.min(location - 5, words.length - EXCERPT_WORDS));
    const hits = body.filter((l) => l >= candidate && l < candidate + EXCERPT_WORDS).length;
    if (hits > best) [best, start] = [hits, candidate];
  }
  const end = Math.min(words.length, start + EXCERPT_WORDS);
  return {
    headline: headlineWords ? markedWords(words, locations, 0, headlineWords) : [{ text: String(title), marked: false }],
    excerpt: markedWords(words, locations, start, end),
    cutBefore: start > from,
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

/**
 * A word as Pagefind compares it: lower case, without diacritics (`Café` ~ `cafe`), and without
 * punctuation (`'s-Hertogenbosch` ~ `shertogenbosch`), as pagefind.js normalises a query.
 */
export function looseWord(word) {
  return String(word).toLocaleLowerCase("nl").normalize("NFD").replace(/\p{M}/gu, "").replace(/[\p{P}\p{S}]/gu, "");
}

/** The words of a query as Pagefind searches them (normalised, split on spaces). */
export function queryWords(query) {
  return String(query).split(/\s+/).map(looseWord).filter(Boolean);
}

const DUTCH_VOWELS = "aeiouyè";
const isVowel = (c) => c !== undefined && DUTCH_VOWELS.includes(c);

/**
 * The Snowball Dutch stemmer (the original algorithm, snowballstem.org/algorithms/dutch, which
 * Pagefind's `pagefind_stem` compiles for `lang="nl"`), for a word already made loose
 * (lower case, no diacritics). Pagefind indexes stems and searches for the stem of each query
 * word, so `gemeenten` and `gemeente` meet at `gemeent`; wordMatches needs the same stems.
 */
export function dutchStem(input) {
  let w = String(input);
  // Prelude: initial y, y after a vowel and i between vowels are consonants (upper case here).
  if (w.startsWith("y")) w = `Y${w.slice(1)}`;
  const chars = [...w];
  for (let i = 1; i < chars.length; i++) {
    if (!isVowel(chars[i - 1])) continue;
    if (chars[i] === "y") chars[i] = "Y";
    else if (chars[i] === "i" && isVowel(chars[i + 1])) chars[i] = "I";
  }
  w = chars.join("");
  // R1 starts after the first non-vowel that follows a vowel (at least at 3), R2 likewise after R1.
  const regionAfter = (from) => {
    for (let i = from + 1; i < w.length; i++) if (!isVowel(w[i]) && isVowel(w[i - 1])) return i + 1;
    return w.length;
  };
  const p1 = Math.max(3, regionAfter(0));
  const p2 = regionAfter(p1);
  const inR1 = (suffix) => w.length - suffix.length >= p1;
  const inR2 = (suffix) => w.length - suffix.length >= p2;
  const before = (suffix, n = 1) => w.slice(Math.max(0, w.length - suffix.length - n), w.length - suffix.length);
  const cut = (suffix) => (w = w.slice(0, w.length - suffix.length));
  const undouble = () => {
    if (/(kk|dd|tt)$/.test(w)) w = w.slice(0, -1);
  };
  const enEnding = (suffix) => {
    const c = before(suffix);
    if (inR1(suffix) && c !== "" && !isVowel(c) && before(suffix, 3) !== "gem") {
      cut(suffix);
      undouble();
    }
  };
  let eFound = false;
  const eEnding = () => {
    eFound = false;
    const c = before("e");
    if (w.endsWith("e") && inR1("e") && c !== "" && !isVowel(c)) {
      cut("e");
      eFound = true;
      undouble();
    }
  };
  // Step 1: the longest of heden, ene, en, se, s.
  const step1 = ["heden", "ene", "en", "se", "s"].find((s) => w.endsWith(s));
  if (step1 === "heden") {
    if (inR1("heden")) w = `${w.slice(0, -5)}heid`;
  } else if (step1 === "ene" || step1 === "en") enEnding(step1);
  else if (step1 === "se" || step1 === "s") {
    const c = before(step1);
    if (inR1(step1) && c !== "" && !isVowel(c) && c !== "j") cut(step1);
  }
  // Step 2: e.
  eEnding();
  // Step 3a: heid, then a preceding en as in step 1.
  if (w.endsWith("heid") && inR2("heid") && before("heid") !== "c") {
    cut("heid");
    if (w.endsWith("en")) enEnding("en");
  }
  // Step 3b: the longest of end, ing, ig, lijk, baar, bar.
  const step3 = ["lijk", "baar", "end", "ing", "bar", "ig"].find((s) => w.endsWith(s));
  if ((step3 === "end" || step3 === "ing") && inR2(step3)) {
    cut(step3);
    if (w.endsWith("ig") && inR2("ig") && before("ig") !== "e") cut("ig");
    else undouble();
  } else if (step3 === "ig" && inR2("ig") && before("ig") !== "e") cut("ig");
  else if (step3 === "lijk" && inR2("lijk")) {
    cut("lijk");
    eEnding();
  } else if (step3 === "baar" && inR2("baar")) cut("baar");
  else if (step3 === "bar" && inR2("bar") && eFound) cut("bar");
  // Step 4: a double vowel between non-vowels at the end loses one (maan -> man).
  const [c, v1, v2, d] = [...w.slice(-4)];
  if (w.length >= 4 && !isVowel(c) && v1 === v2 && "aeou".includes(v1) && d !== "I" && !isVowel(d)) w = w.slice(0, -2) + d;
  return w.replace(/I/g, "i").replace(/Y/g, "y");
}

/** The forms of the words of a text that a query word can match: each word made loose, and its parts between punctuation. */
export function textWords(text) {
  const forms = new Set();
  for (const word of String(text).split(/\s+/)) {
    const whole = looseWord(word);
    if (whole) forms.add(whole);
    for (const part of word.split(/[\p{P}\p{S}]+/u)) {
      const loose = looseWord(part);
      if (loose) forms.add(loose);
    }
  }
  return forms;
}

/**
 * Whether a query word (loose) is found in a word of a result (loose): as its beginning
 * (`badeendje` in `badeendjes`), or its stem as the beginning of the word's stem (`gemeenten` ~
 * `gemeente`). That is what Pagefind matches, without its fallback: when no indexed word begins
 * with the query word, Pagefind takes the longest indexed word the query word begins with, so
 * `xyzzyq` finds `x` and `asdfgh` finds `as`; this says no to those.
 */
export function wordMatches(queryWord, word) {
  return word.startsWith(queryWord) || dutchStem(word).startsWith(dutchStem(queryWord));
}

/** Whether every word of the query is found in the text (see wordMatches). */
export function matchesEveryWord(query, text) {
  const words = [...textWords(text)];
  return queryWords(query).every((q) => words.some((w) => wordMatches(q, w)));
}

function start(document, window) {
  const form = document.getElementById("zoeken");
  const input = document.getElementById("zoeken-q");
  const status = document.getElementById("zoeken-status");
  const list = document.getElementById("zoeken-resultaten");
  const more = document.getElementById("zoeken-meer");
  // Under the status line: reads older bundles when the ones read found nothing (the button under
  // the results would be a screen further down, below the room the results keep).
  const older = document.getElementById("zoeken-ouder");
  const disclosure = document.getElementById("zoeken-filters");
  if (!form || !input || !status || !list || !more || !older || !disclosure) return;
  const t = (name) => form.getAttribute(`data-t-${name}`) || "";
  const bundles = [form.getAttribute("data-bundle"), ...(form.getAttribute("data-merge") || "").split(" ")].filter(Boolean);
  /** For each bundle but the last: how far a search that stopped after it went (src/site/templates/search.ts). */
  const reachTexts = (form.getAttribute("data-reach") || "").split("\n");
  // Result URLs in the index are site-relative; Pagefind puts the site's path prefix before them.
  const baseUrl = form.getAttribute("data-base") || "/";
  const selects = [...form.querySelectorAll("select[data-filter]")];
  const numbers = new Intl.NumberFormat("nl-NL");

  let pagefind = null;
  /** A search was asked for before Pagefind was ready: it runs once it is. */
  let waitingForIndex = false;
  /** The words and filters of the search whose results are shown (see run). */
  let shownKey = null;
  let generation = 0;
  let hits = [];
  let shown = 0;
  /** The search shown: its words and filters, and how many bundles it has read (newest first). */
  let current = { query: "", filters: {}, searched: 0, firstFound: null };
  let typing = 0;
  let committing = 0;
  /** Every filter value with its number of reports in the whole archive; null until the filters are opened. */
  let allCounts = null;
  let loadingFilters = null;
  /** Whether the current history entry is a search still being typed (replaced, not added to). */
  let draft = false;

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
  const urlHasFilter = () => {
    const params = new URLSearchParams(window.location.search);
    return selects.some((select) => params.get(select.getAttribute("data-filter")));
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
   * The address bar follows the search. The first change after a committed search adds a history
   * entry, later changes replace it while the reader types, and a commit (Enter, a filter, or a
   * pause of COMMIT_PAUSE_MS) closes it, so the next change adds one again: Back goes to the
   * search before, not to every word typed on the way.
   */
  const remember = (url, commit) => {
    const here = `${window.location.pathname}${window.location.search}${window.location.hash}`;
    if (url !== here) {
      if (draft) window.history.replaceState(null, "", url);
      else window.history.pushState(null, "", url);
      draft = true;
    }
    if (commit) draft = false;
  };

  /**
   * The search over the bundles, newest first. Pagefind merges bundles by score, and with a sort
   * the score is a position within each bundle, so merged results would interleave the bundles.
   * The bundles are in archive order (the first holds the newest reports), so each is searched
   * alone (its synthetic filter) and the results are put one bundle after the other.
   *
   * An older bundle is merged in (its meta fetched) only when a search needs more results than
   * the newer ones gave: a cold search of a common word at 100,000 captures reads one bundle, not
   * seven. A search that finds few or no results reads them all, to say so truly.
   */
  const searchBundle = (i, term, filters) => {
    const sort = { datum: "desc" };
    if (bundles.length === 1) return pagefind.search(term, { filters, sort });
    return pagefind.search(term, { filters: { ...filters, [BUNDLE_FILTER]: String(i) }, sort });
  };

  /** Bundles merged into the search so far (the first from the start), one at a time, in order. */
  let opened = 1;
  /** A click on the button is being answered. */
  let readingOn = false;
  let opening = Promise.resolve();
  const openBundles = (count) => {
    opening = opening.then(async () => {
      while (opened < Math.min(count, bundles.length)) {
        await pagefind.mergeIndex(bundles[opened], { baseUrl, mergeFilter: { [BUNDLE_FILTER]: String(opened) } });
        opened++;
      }
    });
    return opening;
  };

  /**
   * Whether a bundle's results are for the words searched. When no word of a bundle's index begins
   * with a query word, Pagefind searches the longest word that begins the query word instead
   * (`xyzzyq` finds `x`), for every result alike; so the first result tells: if it lacks a query
   * word (see wordMatches), none of that bundle's results has it.
   */
  const foundTheWords = async (query, response) => {
    const first = response.results[0];
    if (!query || !first) return true;
    const data = await first.data();
    return matchesEveryWord(query, data.content || "");
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

  /** The filter values the URL names (after Back or Forward), as far as the filters are loaded. */
  const selectFromUrl = () => {
    const params = new URLSearchParams(window.location.search);
    for (const select of selects) {
      const wanted = params.get(select.getAttribute("data-filter"));
      const option = [...select.options].find((o) => o.value && wanted !== null && unescapeHtml(o.value) === wanted);
      select.value = option ? option.value : "";
    }
  };

  /**
   * The filters' data (every filter chunk of every bundle), loaded when the filters are first
   * opened or a URL names a filter: a plain search fetches none of it.
   */
  const loadFilters = () => {
    loadingFilters ??= (async () => {
      await openBundles(bundles.length);
      allCounts = await pagefind.filters();
    })();
    return loadingFilters;
  };

  const renderHit = (data) => {
    const recordMeta = data.meta || {};
    const text = resultText(data.content || "", unescapeHtml(recordMeta.title || ""), data.locations || [], Number(fromOutOfIndex(recordMeta.aanhef)) || 0);
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

  /**
   * Reads older bundles of the search shown until it has `wanted` results or has read them all.
   * Bundles already merged are always read (that costs no download). False when a newer search
   * took over meanwhile.
   */
  const readOn = async (mine, wanted, openAtMost = bundles.length) => {
    while (current.searched < bundles.length && (hits.length < wanted || current.searched < opened)) {
      const i = current.searched;
      // Not merged in yet, and the search may not fetch more bundles by itself: the reader asks.
      if (i >= opened && i >= openAtMost) break;
      await openBundles(i + 1);
      if (mine !== generation) return false;
      const response = await searchBundle(i, current.query || null, current.filters);
      if (mine !== generation) return false;
      const found = await foundTheWords(current.query, response);
      if (mine !== generation) return false;
      if (found) {
        hits.push(...response.results);
        current.firstFound ??= response;
      }
      current.searched = i + 1;
    }
    return true;
  };

  /** The button under the results: more of what was found, or on into older bundles, or none. */
  const updateMore = () => {
    const unread = current.searched < bundles.length;
    older.hidden = !(unread && hits.length === 0);
    more.hidden = (shown >= hits.length && !unread) || !older.hidden;
    more.textContent = shown >= hits.length && unread ? t("more-older") : t("more");
  };

  /**
   * Shows the next PAGE_SIZE results (their fragments are fetched only now), reading older
   * bundles when needed: as many as it takes when the reader asked (`openAtMost` unbounded),
   * else at most AUTO_BUNDLES in all.
   */
  const showMore = async (mine, openAtMost = bundles.length) => {
    if (!(await readOn(mine, shown + PAGE_SIZE, openAtMost))) return null;
    const next = hits.slice(shown, shown + PAGE_SIZE);
    const fragments = await Promise.all(next.map((hit) => hit.data()));
    if (mine !== generation) return null;
    const items = fragments.map(renderHit);
    list.append(...items);
    shown += next.length;
    updateMore();
    return items[0] || null;
  };

  /** The status line: what was found, and, until every bundle is read, how far the search went. */
  const announce = () => {
    const count = hits.length;
    const kind = count === 0 ? "none" : count === 1 ? "one" : "many";
    const found = fillIn(t(`${current.query ? "found" : "filtered"}-${kind}`), { n: numbers.format(count), q: current.query });
    const reach = current.searched < bundles.length ? reachTexts[current.searched - 1] || "" : "";
    status.textContent = reach ? `${found}. ${reach}` : found;
  };

  /** Searches what the box and the filters say; `history` is "commit", "type" or "none" (see remember). */
  const run = async (history = "none") => {
    const query = input.value.trim();
    const filters = chosenFilters();
    if (history !== "none") remember(shareableUrl(query), history === "commit");
    // The search shown, asked for again (a space typed at the end, Enter after typing): the reader
    // keeps the results and the place reached with "Meer berichten tonen".
    const key = JSON.stringify([query, filters]);
    if (history !== "none" && key === shownKey) return;
    shownKey = null;
    const mine = ++generation;
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = "";
      more.hidden = true;
      older.hidden = true;
      if (allCounts) fillFilters(allCounts, false);
      return;
    }
    if (!pagefind) {
      waitingForIndex = true;
      return;
    }
    waitingForIndex = false;
    list.setAttribute("aria-busy", "true");
    try {
      hits = [];
      shown = 0;
      current = { query, filters, searched: 0, firstFound: null };
      if (!(await readOn(mine, PAGE_SIZE, AUTO_BUNDLES))) return;
      list.replaceChildren();
      // With words, the values the words are found under (none for words not in the archive);
      // choosing by filter alone, all of them. Only once the filters are loaded: before that,
      // Pagefind counts nothing (and every bundle is merged by then, so these count them all).
      if (allCounts && query) fillFilters(current.firstFound ? current.firstFound.totalFilters || {} : {}, true);
      else if (allCounts) fillFilters(allCounts, false);
      await showMore(mine, AUTO_BUNDLES);
      if (mine !== generation) return;
      announce();
      shownKey = key;
    } catch (error) {
      if (mine === generation) fail(error);
    } finally {
      if (mine === generation) list.removeAttribute("aria-busy");
    }
  };

  const fail = (error) => {
    console.warn("draad: search failed", error);
    shownKey = null;
    list.replaceChildren();
    more.hidden = true;
    older.hidden = true;
    status.textContent = t("unavailable");
  };

  /** Opens the filters and loads their data, then shows them (and the search again, with its counts). */
  const openFilters = async () => {
    if (!pagefind || allCounts) return;
    try {
      await loadFilters();
    } catch (error) {
      fail(error);
      return;
    }
    fillFilters(allCounts, false);
    if (input.value.trim() || selects.some((s) => s.value)) await run("none");
  };

  input.addEventListener("input", () => {
    window.clearTimeout(typing);
    window.clearTimeout(committing);
    typing = window.setTimeout(() => run("type"), TYPING_PAUSE_MS);
    committing = window.setTimeout(() => remember(shareableUrl(input.value.trim()), true), COMMIT_PAUSE_MS);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.clearTimeout(typing);
    window.clearTimeout(committing);
    run("commit");
  });
  for (const select of selects) select.addEventListener("change", () => run("commit"));
  disclosure.addEventListener("toggle", () => {
    if (disclosure.open) openFilters();
  });
  const readOlder = async () => {
    // One step at a time: a second click while older bundles are read would read them twice.
    // (A flag, not `disabled`: a disabled button would drop the keyboard focus.)
    if (readingOn) return;
    const mine = generation;
    readingOn = true;
    more.setAttribute("aria-busy", "true");
    older.setAttribute("aria-busy", "true");
    let first = null;
    try {
      first = await showMore(mine);
      if (mine === generation) announce();
    } catch (error) {
      if (mine === generation) fail(error);
    } finally {
      readingOn = false;
      more.removeAttribute("aria-busy");
      older.removeAttribute("aria-busy");
    }
    // Keyboard users go on where the new results start.
    if (first) first.querySelector("a")?.focus();
    // Nothing new and the button gone: back to the search box rather than to nowhere.
    else if ((more.hidden && document.activeElement === more) || (older.hidden && document.activeElement === older)) input.focus();
  };
  more.addEventListener("click", readOlder);
  older.addEventListener("click", readOlder);
  // Back and Forward: the box and the filters say what the entry says, and its results are shown.
  window.addEventListener("popstate", async () => {
    window.clearTimeout(typing);
    window.clearTimeout(committing);
    draft = false;
    input.value = new URLSearchParams(window.location.search).get("q") || "";
    if (urlHasFilter() && !allCounts) {
      disclosure.open = true;
      await openFilters();
    }
    selectFromUrl();
    await run("none");
  });

  const params = new URLSearchParams(window.location.search);
  if (params.has("q")) input.value = params.get("q");
  // A shared search with a filter opens the filters (and so loads their data) at once.
  if (urlHasFilter()) disclosure.open = true;

  (async () => {
    try {
      const loaded = await import(new URL(`${bundles[0]}pagefind.js`, window.location.href).href);
      const merged = bundles.length > 1;
      await loaded.options({ baseUrl, ...(merged ? { mergeFilter: { [BUNDLE_FILTER]: "0" } } : {}) });
      // Only now: a search typed meanwhile waits (see waitingForIndex) rather than run unconfigured.
      pagefind = loaded;
      // A large archive is indexed in several bundles: the first is loaded, the others are
      // merged in when a search needs them (openBundles).
    } catch (error) {
      pagefind = null;
      fail(error);
      return;
    }
    if (disclosure.open) await openFilters();
    else if (waitingForIndex || (generation === 0 && input.value.trim())) await run("none");
  })();
}

if (typeof document !== "undefined") start(document, window);
