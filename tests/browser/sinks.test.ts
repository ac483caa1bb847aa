/**
 * A capture never runs in a reader's browser (issue #11). A site is built, with search, from the
 * hostile sink captures (tests/fixtures/hostile/sinks/, see tests/support/sinks.ts): markup,
 * script and `javascript:` text in section names, headlines, places, agencies, bodies, a file name
 * and a Markdown page. Then Chromium, with the site's Content-Security-Policy in force (the
 * pages' <meta> and the `_headers` file, which the test server applies as a host would):
 *  - visits every page, fires mouse and focus events at every element and checks the DOM;
 *  - searches several words, also through `?q=` links, chooses every value of every filter,
 *    moves the mouse over every element of the search page;
 *  - fails on any dialog (alert, confirm, prompt), any CSP violation, any console error, and any
 *    element or attribute that came from capture text: no img, svg, details, iframe ... at all,
 *    no on* attribute, no javascript:/data: URL, no script but the site's own; while the markup
 *    must be on screen as text (`<img src=x onerror=...>` is read, literally).
 */
import { OutputLock } from "../../src/output/site-folder.js";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/site/build.js";
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from "../../src/site/content-security-policy.js";
import { blockOtherHosts, collectPageErrors, findChromium, launchChromium, parseHeadersFile, resultHrefs, SEARCH_PAGE, searchFor, serveSite, waitForSearchResults, type StaticServer } from "../support/browser.js";
import { htmlFiles } from "../support/html.js";
import { SINK_PAGES, sinkArchive } from "../support/sinks.js";
import { bookmarkletUrl } from "../../src/site/bookmarklet.js";

const executablePath = findChromium();

/** What the page-side functions see (the project compiles without the DOM lib). */
type Attribute = { name: string; value: string };
type PageElement = {
  tagName: string;
  id: string;
  attributes: ArrayLike<Attribute>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  closest(selector: string): PageElement | null;
  dispatchEvent(event: unknown): boolean;
  parentElement: PageElement | null;
  firstElementChild: PageElement | null;
  getBoundingClientRect(): { x: number; y: number; width: number; height: number };
};
type PageGlobals = {
  document: { querySelectorAll(selector: string): ArrayLike<PageElement>; body: { textContent: string | null } };
  Event: new (type: string, init: { bubbles: boolean }) => unknown;
  MouseEvent: new (type: string, init: { bubbles: boolean }) => unknown;
  FocusEvent: new (type: string, init: { bubbles: boolean }) => unknown;
  __cspViolations?: string[];
};

/**
 * Everything in the page that did not come from the site's own templates: elements a capture
 * could only have brought in, event-handler and style attributes, script URLs, scripts other than
 * the site's. Runs in the page.
 */
function domProblems(bookmarklet: string): string[] {
  const g = globalThis as unknown as PageGlobals;
  const problems: string[] = [];
  const FOREIGN = new Set(["img", "svg", "math", "details", "summary", "iframe", "frame", "frameset", "object", "embed", "video", "audio", "picture", "source", "track", "canvas", "base", "style", "template", "slot", "dialog", "marquee", "applet", "portal", "textarea"]);
  const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "ping", "srcset"]);
  for (const el of Array.from(g.document.querySelectorAll("*"))) {
    const tag = el.tagName.toLowerCase();
    const where = `<${tag}${el.id ? `#${el.id}` : ""}>`;
    // The search page's own disclosure over its filters (src/site/templates/search.ts) is the one allowed.
    const ownDisclosure = (tag === "details" && el.id === "zoeken-filters" && el.closest("form")?.id === "zoeken") || (tag === "summary" && el.parentElement?.id === "zoeken-filters" && el.parentElement.firstElementChild === el);
    if (FOREIGN.has(tag) && !ownDisclosure) problems.push(`element ${where}`);
    if (tag === "script") {
      const type = el.getAttribute("type");
      const src = el.getAttribute("src") ?? "";
      if (type !== "application/ld+json" && !(type === "module" && /\/assets\/(?:search|capture)\.js$/.test(src))) problems.push(`script ${type} ${src}`);
    }
    const rel = el.getAttribute("rel") ?? "";
    const ownIcon = rel === "icon" && /^\/(?:[^/]+\/)*assets\/favicon\.svg$/.test(el.getAttribute("href") ?? "");
    if (tag === "link" && !["stylesheet", "canonical", "alternate"].includes(rel) && !ownIcon) problems.push(`link rel=${rel} ${el.getAttribute("href")}`);
    if (tag === "meta" && el.getAttribute("http-equiv") && el.getAttribute("http-equiv")!.toLowerCase() !== "content-security-policy") problems.push(`meta http-equiv=${el.getAttribute("http-equiv")}`);
    if (["form", "input", "select", "option", "button"].includes(tag) && !el.closest("#zoeken") && !el.closest("form.home-search") && !el.closest("form.masthead-search") && el.id !== "zoeken-meer" && el.id !== "zoeken-ouder") problems.push(`form control ${where}`);
    for (const { name, value } of Array.from(el.attributes)) {
      if (/^on/i.test(name)) problems.push(`${where} ${name}=${value}`);
      if (name === "style" || name === "srcdoc") problems.push(`${where} ${name}`);
      // The site's one script URL: the capture bookmarklet on /vastleggen/ (a click there is prevented by assets/capture.js).
      const ownBookmarklet = name === "href" && value === bookmarklet && el.hasAttribute("data-bookmarklet");
      if (URL_ATTRIBUTES.has(name) && !ownBookmarklet && /^(?:javascript|data|vbscript):/i.test(value.replace(/[\u0000-\u0020\u007f]+/g, ""))) problems.push(`${where} ${name}=${value}`);
    }
  }
  return problems;
}

/** Mouse and focus events at every element (what would set off an injected on* handler). Runs in the page. */
function fireEverywhere(): number {
  const g = globalThis as unknown as PageGlobals;
  const elements = Array.from(g.document.querySelectorAll("*"));
  for (const el of elements) {
    for (const type of ["pointerover", "mouseover", "mouseenter", "mousemove", "mouseout"]) el.dispatchEvent(new g.MouseEvent(type, { bubbles: true }));
    for (const type of ["focus", "focusin", "blur"]) el.dispatchEvent(new g.FocusEvent(type, { bubbles: true }));
    for (const type of ["toggle", "load", "error", "animationstart", "transitionend"]) el.dispatchEvent(new g.Event(type, { bubbles: false }));
  }
  return elements.length;
}

/** Centres of every element on screen now. Runs in the page. */
function elementCentres(): { x: number; y: number }[] {
  const g = globalThis as unknown as PageGlobals;
  return Array.from(g.document.querySelectorAll("body *"))
    .map((el) => el.getBoundingClientRect())
    .filter((box) => box.width > 0 && box.height > 0)
    .map((box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 }));
}

(executablePath ? describe : describe.skip)("hostile captures in Chromium: nothing from a capture runs or becomes markup", () => {
  let output: string;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];
  const dialogs: string[] = [];
  const problems: string[] = [];

  const cspViolations = () => page.evaluate(() => (globalThis as unknown as PageGlobals).__cspViolations ?? []);
  /** Fires events everywhere and records what is wrong with the page now. */
  const check = async (label: string) => {
    await page.evaluate(fireEverywhere);
    for (const p of await page.evaluate(domProblems, bookmarkletUrl())) problems.push(`${label}: ${p}`);
    for (const v of await cspViolations()) problems.push(`${label}: CSP violation ${v}`);
  };
  /** Waits for the search the last action started to be drawn. */
  const settled = () => page.locator(`${SEARCH_PAGE.results}:not([aria-busy])`).waitFor({ state: "attached", timeout: 15_000 });

  beforeAll(async () => {
    output = join(mkdtempSync(join(tmpdir(), "draad-sinks-")), "site");
    const lock = OutputLock.take(output, "sinks test");
    try {
      await buildSite({ archive: sinkArchive(), folder: lock.stage(), baseUrl: "https://archief.example.nl", pathPrefix: "/", pagesDir: SINK_PAGES, search: true });
    } finally {
      lock.release();
    }
    server = await serveSite(output, "/");
    browser = await launchChromium(executablePath!);
    // Tall, so that every element of a page is on screen for the mouse.
    context = await browser.newContext({ viewport: { width: 1280, height: 2400 }, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
    await blockOtherHosts(context, [server.origin]);
    await context.addInitScript(() => {
      const g = globalThis as unknown as PageGlobals & { document: { addEventListener(type: string, listener: (e: { violatedDirective: string; blockedURI: string; sourceFile: string; lineNumber: number }) => void): void } };
      g.__cspViolations = [];
      g.document.addEventListener("securitypolicyviolation", (e) => g.__cspViolations!.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    });
    page = await context.newPage();
    pageErrors = collectPageErrors(page);
    page.on("dialog", (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()} on ${page.url()}`);
      void dialog.dismiss();
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (output) rmSync(dirname(output), { recursive: true, force: true });
  });

  it("shows every page with nothing from a capture as markup, and nothing runs on hover or focus", async () => {
    const files = htmlFiles(output);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const path = file === "404.html" ? "404.html" : file.replace(/index\.html$/, "");
      await page.goto(`${server.root}${path}`);
      await check(`/${path}`);
    }
    // Capture text is on the pages as text.
    await page.goto(`${server.root}rubrieken/`);
    expect(await page.locator("main").textContent()).toContain("<img src=x onerror=alert(document.domain)>");
    const dating = await page.goto(`${server.root}${files.find((f) => f.startsWith("artikel/veerpont"))!.replace(/index\.html$/, "")}`);
    expect(dating?.status()).toBe(200);
    expect(await page.locator("h1").textContent()).toBe("Veerpont <b onmouseover=alert(1)>Hattem</b> vaart weer <img src=x onerror=alert(1)>");
    expect(await page.locator("main").textContent()).toContain("2025-11-22T1000-<img src=x onerror=alert(1)>.txt");
    await page.goto(`${server.root}verantwoording/`);
    expect(await page.locator("main").textContent()).toContain("<script>alert(1)</script>");
    expect(problems).toEqual([]);
  }, 120_000);

  it("searches hostile text, from the box and from ?q= links, and shows it as text", async () => {
    await page.goto(`${server.root}zoeken/`);
    for (const word of ["veerpont", "schaapherder", "onerror", "alert", "script", "img", "plaatsnaam", "javascript"]) {
      const hits = await searchFor(page, word);
      expect(hits.length, word).toBeGreaterThan(0);
      await check(`search ${word}`);
    }
    const taart = await searchFor(page, "taart");
    expect(taart.length).toBe(2);
    const titles = await page.locator(SEARCH_PAGE.resultLinks).allTextContents();
    expect(titles).toContain("Bakker &amp; zoon <b>x</b> bakt &lt;img src=x onerror=alert(1)&gt; taart");
    const excerpts = (await page.locator(`${SEARCH_PAGE.result} .search-excerpt`).allTextContents()).join("\n");
    for (const text of ["<b>x</b>", "&amp; zoon", "<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"]) expect(excerpts).toContain(text);
    expect(await page.locator(`${SEARCH_PAGE.results} mark`).count()).toBeGreaterThan(0);
    await check("search taart");

    // An undated report (no capture time) is found too: it has a sort key like every other.
    expect((await searchFor(page, "vuurtoren")).length).toBe(1);
    expect(await page.locator(SEARCH_PAGE.resultLinks).first().textContent()).toBe("Vuurtoren javascript:alert(1) zonder tijd <svg onload=alert(1)>");

    // A shared link: the query and a hostile filter value from the URL.
    const section = "<b onmouseover=alert(1)>Economie</b>";
    await page.goto(`${server.root}zoeken/?q=taart&rubriek=${encodeURIComponent(section)}`);
    await waitForSearchResults(page, "taart");
    expect(await page.locator("#zoeken-rubriek option:checked").textContent()).toBe(`${section} (2)`);
    expect((await resultHrefs(page)).sort()).toEqual([...taart].sort());
    await check("?q=taart&rubriek=");
    await page.goto(`${server.root}zoeken/?q=onerror`);
    await waitForSearchResults(page, "onerror");
    expect(await page.locator(SEARCH_PAGE.input).inputValue()).toBe("onerror");
    await check("?q=onerror");
    // Typing writes the search into the address bar, so it can be shared.
    await searchFor(page, "schaapherder");
    expect(new URL(page.url()).searchParams.get("q")).toBe("schaapherder");
    expect(problems).toEqual([]);
  }, 120_000);

  it("opens every filter and chooses each of its values, capture markup shown as option text", async () => {
    await page.goto(`${server.root}zoeken/`);
    await page.locator("#zoeken-filters > summary").click();
    await page.locator(`${SEARCH_PAGE.filters} option:nth-child(2)`).first().waitFor({ state: "attached" });
    const optionTexts = (await page.locator(`${SEARCH_PAGE.filters} option`).allTextContents()).join("\n");
    for (const text of ["<img src=x onerror=alert(document.domain)>", "<svg onload=alert(1)>Binnenland</svg>", "<b onmouseover=alert(1)>Plaatselijk</b>", "<img Src=x Onerror=alert(1)>", "<SVG ONLOAD=ALERT(1)>", "JAVASCRIPT:ALERT(1)"]) {
      expect(optionTexts).toContain(text);
    }
    let chosen = 0;
    for (const select of await page.locator(SEARCH_PAGE.filters).all()) {
      await select.click(); // opens the native list
      await page.keyboard.press("Escape");
      const values = (await select.locator("option").evaluateAll((options) => options.map((o) => (o as unknown as PageElement).getAttribute("value") ?? ""))).filter(Boolean);
      expect(values.length).toBeGreaterThan(0);
      for (const value of values) {
        await select.selectOption(value);
        await settled();
        expect(await page.locator(SEARCH_PAGE.status).textContent()).toMatch(/^(1 bericht|\d+ berichten) met deze keuze$/);
        expect(await page.locator(SEARCH_PAGE.result).count(), value).toBeGreaterThan(0);
        await check(`filter ${value}`);
        chosen++;
      }
      await select.selectOption("");
    }
    expect(chosen).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  }, 120_000);

  it("moves the mouse over every element of the search page with results", async () => {
    await page.goto(`${server.root}zoeken/?q=alert`);
    await waitForSearchResults(page, "alert");
    const centres = await page.evaluate(elementCentres);
    expect(centres.length).toBeGreaterThan(50);
    for (const { x, y } of centres) await page.mouse.move(x, y);
    await check("mouse over /zoeken/?q=alert");
    expect(problems).toEqual([]);
  }, 120_000);

  it("shows why the search page does not use Pagefind's excerpt: `<` and `>` escaped, `&` not", async () => {
    await page.goto(`${server.root}zoeken/`);
    // A string, so that the test runner leaves its import() alone: Pagefind's API, used directly.
    const excerpt = await page.evaluate<string>(`(async () => {
      const pagefind = await import("/pagefind/pagefind.js");
      const found = await pagefind.search("slagroom");
      return (await found.results[0].data()).excerpt;
    })()`);
    // The capture wrote `&lt;img ...&gt;` as text (in its headline and body) and `<img ...>` once
    // as markup; Pagefind's excerpt (an HTML string) has all three as `&lt;img ...&gt;`, and
    // `&amp;` stays `&amp;`, so it cannot be turned back into the capture's text. Safe to set as
    // HTML, but not the text it was.
    expect(excerpt).not.toContain("<img");
    expect(excerpt.match(/&lt;img src=x onerror=alert\(1\)&gt;/g)).toHaveLength(3);
    expect(excerpt).toContain("&amp; zoon");
    expect(excerpt).toContain("<mark>slagroom");
  });

  it("raised no dialog, no CSP violation and no console error", () => {
    expect(dialogs, "dialogs").toEqual([]);
    expect(pageErrors, "console errors / page errors").toEqual([]);
    expect(problems).toEqual([]);
  });

  it("carries the policy on every page and in _headers", () => {
    for (const file of htmlFiles(output)) {
      const html = readFileSync(join(output, file), "utf8");
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
      expect(meta?.[1]?.replace(/&#39;/g, "'"), file).toBe(CONTENT_SECURITY_POLICY);
      expect(html.indexOf("<meta http-equiv"), `${file}: the policy comes before anything it governs`).toBeLessThan(html.indexOf("<link"));
    }
    // `</script>` in a headline cannot close the JSON-LD script: `<` is \u003c in it.
    const shepherd = htmlFiles(output).find((f) => f.startsWith("artikel/script-script-alert"))!;
    const html = readFileSync(join(output, shepherd), "utf8");
    expect(html).toContain("\\u003c/script>\\u003cscript>alert(1)\\u003c/script> Schaapherder");
    expect(html).not.toContain("</script><script>alert");
    const rules = parseHeadersFile(readFileSync(join(output, "_headers"), "utf8"));
    expect(rules.map((r) => r.pattern)).toEqual(["/*"]);
    expect(Object.fromEntries(rules[0]!.headers)).toMatchObject({ "Content-Security-Policy": CONTENT_SECURITY_POLICY_HEADER, "X-Content-Type-Options": "nosniff" });
  });
});
