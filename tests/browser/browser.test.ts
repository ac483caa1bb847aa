/**
 * The built demo site in a real browser (Chromium through playwright-core), served over HTTP:
 * navigation, the day archive, Pagefind search (also under a path prefix), keyboard use, axe-core
 * on every page type in light and dark mode, and full-page screenshots for a human to look at.
 *
 * Without a Chromium (/usr/bin/chromium, /usr/bin/chromium-browser or CHROMIUM_PATH) the tests are
 * skipped with a printed reason, except under CI (env CI set), where they fail instead.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  blockOtherHosts,
  chromiumCandidates,
  collectPageErrors,
  findChromium,
  formatViolations,
  launchChromium,
  openChromium,
  resultHrefs,
  runAxe,
  SEARCH_PAGE,
  searchFor,
  serveSite,
  waitForSearchResults,
  type StaticServer,
} from "../support/browser.js";
import { buildDemoSite } from "../support/site.js";

const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
const screenshotDir = join(projectRoot, ".cache", "screenshots");
const executablePath = findChromium();
const inCI = Boolean(process.env.CI);

if (!executablePath && !inCI) {
  console.warn(`[draad tests] no Chromium found (looked for ${chromiumCandidates().join(", ")}): browser tests are skipped; install chromium or set CHROMIUM_PATH (under CI they fail instead)`);
}

/** Types of what the page-side functions below return (the project has no DOM lib). */
interface FocusInfo {
  tag: string;
  text: string;
  href: string | null;
  id: string;
  inMain: boolean;
  inNav: boolean;
  inViewport: boolean;
  outline: string;
}
type PageElement = {
  tagName: string;
  textContent: string | null;
  id: string;
  getAttribute(name: string): string | null;
  closest(selector: string): PageElement | null;
  getBoundingClientRect(): { top: number; left: number; bottom: number; right: number; width: number; height: number };
};
type PageGlobals = {
  document: { activeElement: PageElement | null; querySelector(s: string): PageElement | null };
  innerWidth: number;
  innerHeight: number;
  getComputedStyle(e: PageElement): { outlineStyle: string; outlineWidth: string; boxShadow: string };
};

function focused(page: Page): Promise<FocusInfo | null> {
  return page.evaluate(() => {
    const g = globalThis as unknown as PageGlobals;
    const el = g.document.activeElement;
    if (!el) return null;
    const box = el.getBoundingClientRect();
    const style = g.getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? "").trim().replace(/\s+/g, " "),
      href: el.getAttribute("href"),
      id: el.id,
      inMain: Boolean(el.closest("main")),
      inNav: Boolean(el.closest("header nav")),
      inViewport: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < g.innerHeight && box.right > 0 && box.left < g.innerWidth,
      outline: style.outlineStyle !== "none" && style.outlineWidth !== "0px" ? `${style.outlineStyle} ${style.outlineWidth}` : style.boxShadow !== "none" ? "box-shadow" : "",
    };
  });
}

/** Lower case, no diacritics, single spaces: `'S-HERTOGENBOSCH` ~ `'s-Hertogenbosch`. */
const loose = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();

const dutchDay = (key: string) =>
  new Intl.DateTimeFormat("nl-NL", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${key}T12:00:00Z`));

const dirs = (folder: string) =>
  existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => statSync(join(folder, name)).isDirectory())
        .sort()
    : [];

/** `2025-11-21` for every day page in the build, oldest first. */
function dayKeys(site: string): string[] {
  const keys: string[] = [];
  for (const y of dirs(join(site, "archief")).filter((d) => /^\d{4}$/.test(d)))
    for (const m of dirs(join(site, "archief", y)).filter((d) => /^\d{2}$/.test(d)))
      for (const d of dirs(join(site, "archief", y, m)).filter((x) => /^\d{2}$/.test(x))) keys.push(`${y}-${m}-${d}`);
  return keys;
}

/** The first page (by sorted folder name) under `/<folder>/`. */
function firstPage(site: string, folder: string): string {
  const name = dirs(join(site, folder))[0];
  if (!name) throw new Error(`the build has no pages under /${folder}/`);
  return `/${folder}/${name}/`;
}

/** The front page of the first list long enough to have numbered pages (`<folder>/<x>/pagina/1/`), if any. */
function paginatedList(site: string): string | null {
  for (const folder of ["rubriek", "plaats", "persbureau", "verhaal"])
    for (const name of dirs(join(site, folder))) if (existsSync(join(site, folder, name, "pagina", "1", "index.html"))) return `/${folder}/${name}/`;
  return null;
}

/** One URL (relative to the site root, no leading slash) per page type. */
function pageTypes(site: string): { type: string; path: string; status?: number; search?: string }[] {
  const days = dayKeys(site);
  const newest = days[days.length - 1];
  if (!newest) throw new Error("the build has no day pages");
  const [y, m] = newest.split("-");
  const paginated = paginatedList(site);
  return [
    { type: "home", path: "" },
    { type: "article", path: firstPage(site, "artikel").slice(1) },
    { type: "brief", path: firstPage(site, "kort").slice(1) },
    { type: "section", path: firstPage(site, "rubriek").slice(1) },
    ...(paginated ? [{ type: "list-page-1", path: `${paginated.slice(1)}pagina/1/` }] : []),
    { type: "place", path: firstPage(site, "plaats").slice(1) },
    { type: "agency", path: firstPage(site, "persbureau").slice(1) },
    { type: "story", path: firstPage(site, "verhaal").slice(1) },
    { type: "stories", path: "verhaallijnen/" },
    { type: "archive", path: "archief/" },
    { type: "year", path: `archief/${y}/` },
    { type: "month", path: `archief/${y}/${m}/` },
    { type: "day", path: `archief/${newest.replace(/-/g, "/")}/` },
    { type: "search", path: "zoeken/?q=badeendjes", search: "badeendjes" },
    { type: "about", path: "over/" },
    { type: "capture", path: "vastleggen/" },
    { type: "sections", path: "rubrieken/" },
    { type: "places", path: "plaatsen/" },
    { type: "agencies", path: "persbureaus/" },
    { type: "404", path: "bestaat-niet/", status: 404 },
  ];
}

const resultLinks = SEARCH_PAGE.resultLinks;
const search = searchFor;

/** Searches `query` and shows every result ("Meer berichten tonen" until it is gone); their hrefs in order. */
async function everyResult(page: Page, query: string): Promise<string[]> {
  let hrefs = await search(page, query);
  const more = page.locator(SEARCH_PAGE.more);
  while (await more.isVisible()) {
    await more.click();
    // More results, or (older bundles read and none found there) no button any more.
    await page.waitForFunction(
      (n) => {
        const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number }; querySelector(s: string): { hidden: boolean } | null } }).document;
        return doc.querySelectorAll("#zoeken-resultaten .search-result").length > n || doc.querySelector("#zoeken-meer")?.hidden === true;
      },
      hrefs.length,
    );
    hrefs = await resultHrefs(page);
  }
  return hrefs;
}

if (!executablePath && inCI) {
  describe("browser", () => {
    it("has a Chromium to run in (required under CI)", () => {
      throw new Error(
        `CI is set but no Chromium was found (looked for ${chromiumCandidates().join(", ")}). ` +
          "Install it (.ci/run does apt-get install chromium when apt-get is available) or point CHROMIUM_PATH at a Chromium binary.",
      );
    });
  });
}

(executablePath ? describe : describe.skip)("the demo site in Chromium", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let site: StaticServer;
  let subSite: StaticServer;
  let siteFolder: string;
  let blocked: string[] = [];
  let pageErrors: string[] = [];
  const expected404 = new Set<string>();

  const url = (path: string) => `${site.root}${path.replace(/^\//, "")}`;
  const pathOf = (href: string) => new URL(href, site.root).pathname;

  beforeAll(async () => {
    const built = await buildDemoSite();
    expect(built.code, built.stderr).toBe(0);
    const builtSub = await buildDemoSite({ pathPrefix: "/sub/" });
    expect(builtSub.code, builtSub.stderr).toBe(0);
    siteFolder = built.output;
    site = await serveSite(built.output, "/");
    subSite = await serveSite(builtSub.output, "/sub/");
    ({ browser, context, page, blocked, pageErrors } = await openChromium(executablePath!, [site.origin, subSite.origin]));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await subSite?.close();
  });

  it("follows home -> first report -> its dateline place, and back", async () => {
    await page.goto(url("/"));
    const first = page.locator("main .item-list .item-title a").first();
    const linkText = (await first.textContent())?.trim() ?? "";
    expect(linkText).not.toBe("");
    await first.click();
    await page.waitForURL(/\/(artikel|kort)\/[^/]+\/$/);
    const itemUrl = page.url();
    expect((await page.locator("main h1").textContent())?.trim()).toBe(linkText);

    const placeLink = page.locator("main .dateline a").first();
    expect(await placeLink.count(), `no place link in the dateline of ${itemUrl}`).toBe(1);
    const placeText = (await placeLink.textContent())?.trim() ?? "";
    await placeLink.click();
    await page.waitForURL(/\/plaats\/[^/]+\/$/);
    expect(pathOf(page.url())).toMatch(/^\/plaats\/[a-z0-9-]+\/$/);
    expect(loose((await page.locator("main h1").textContent()) ?? "")).toBe(loose(placeText));
    // The place page lists the report we came from.
    expect(await page.locator(`main .item-list a[href="${pathOf(itemUrl)}"]`).count()).toBeGreaterThan(0);

    await page.goBack();
    expect(page.url()).toBe(itemUrl);
    expect((await page.locator("main h1").textContent())?.trim()).toBe(linkText);
    await page.goBack();
    expect(pathOf(page.url())).toBe("/");
  });

  it("walks the day archive with Vorige dag / Volgende dag, breadcrumbs and list pagination", async () => {
    const days = dayKeys(siteFolder);
    expect(days.length).toBeGreaterThan(1);
    const dayPath = (key: string) => `/archief/${key.replace(/-/g, "/")}/`;

    await page.goto(url("/"));
    await page.locator("main .home-day .day-heading a").first().click();
    await page.waitForURL(/\/archief\/\d{4}\/\d{2}\/\d{2}\/$/);
    expect(pathOf(page.url())).toBe(dayPath(days[days.length - 1]!));

    // Newest to oldest through rel=prev: each step is the previous day *with news*, skipping empty days.
    for (let i = days.length - 1; i > 0; i--) {
      const prev = page.locator('main .day-nav a[rel="prev"]');
      expect(await prev.textContent()).toContain(dutchDay(days[i - 1]!));
      await prev.click();
      await page.waitForURL((u) => u.pathname === dayPath(days[i - 1]!));
      expect(await page.locator("main h1").textContent()).toContain(dutchDay(days[i - 1]!));
      expect(await page.locator("main .item-list li").count()).toBeGreaterThan(0);
    }
    expect(await page.locator('main .day-nav a[rel="prev"]').count(), "the oldest day has no previous day").toBe(0);
    await page.locator('main .day-nav a[rel="next"]').click();
    await page.waitForURL((u) => u.pathname === dayPath(days[1]!));
    expect(await page.locator("main h1").textContent()).toContain(dutchDay(days[1]!));
    // One rel=prev and one rel=next on a middle day, nowhere else on the page.
    expect(await page.locator('a[rel="prev"]').count()).toBe(1);
    expect(await page.locator('a[rel="next"]').count()).toBe(1);

    // Breadcrumb to the month, whose calendar links back to this day.
    const [y, m] = days[1]!.split("-");
    await page.locator("main .breadcrumbs a").last().click();
    await page.waitForURL((u) => u.pathname === `/archief/${y}/${m}/`);
    const dayLink = page.locator(`main table.calendar a[href="${dayPath(days[1]!)}"]`);
    expect(await dayLink.count()).toBe(1);
    await dayLink.click();
    await page.waitForURL((u) => u.pathname === dayPath(days[1]!));

    // A paginated list: its front page, the numbered links, older, newer.
    const firstPagePath = paginatedList(siteFolder);
    if (firstPagePath) {
      await page.goto(url(firstPagePath));
      const pager = page.locator("main nav.pagination");
      expect(await pager.locator('[aria-current="page"]').textContent()).toBe("Nieuwste");
      const hrefs = await pager.locator("a").evaluateAll((as) => as.map((a) => (a as unknown as PageElement).getAttribute("href") ?? ""));
      for (const href of new Set(hrefs)) expect((await page.request.get(new URL(href, site.root).href)).status(), href).toBe(200);
      await pager.locator('a[rel="next"]').click();
      await page.waitForURL((u) => /\/pagina\/\d+\/$/.test(u.pathname) && u.pathname.startsWith(firstPagePath));
      const number = new URL(page.url()).pathname.match(/pagina\/(\d+)\/$/)![1]!;
      expect(Number(number)).toBeGreaterThanOrEqual(1);
      expect(await page.locator('main nav.pagination [aria-current="page"]').textContent()).toBe(number);
      await page.locator('main nav.pagination a[rel="prev"]').click();
      await page.waitForURL((u) => u.pathname === firstPagePath);
    }
  });

  it("offers the bookmarklet on /vastleggen/: a click there runs nothing and says to drag it to the bookmarks bar", async () => {
    await page.goto(url("/vastleggen/"));
    const dialogs: string[] = [];
    const onDialog = (dialog: { message(): string; dismiss(): Promise<void> }) => (dialogs.push(dialog.message()), void dialog.dismiss());
    page.on("dialog", onDialog);
    const hint = page.locator("#bookmarklet-hint");
    const before = (await hint.textContent())?.trim();
    const bookmarklet = page.locator("a.bookmarklet");
    expect(await bookmarklet.getAttribute("href")).toMatch(/^javascript:/);
    await bookmarklet.click();
    await page.waitForFunction((b) => (globalThis as unknown as { document: { getElementById(id: string): { textContent: string } | null } }).document.getElementById("bookmarklet-hint")?.textContent?.trim() !== b, before);
    expect((await hint.textContent())?.trim()).toMatch(/bladwijzerbalk/);
    expect(pathOf(page.url())).toBe("/vastleggen/");
    page.off("dialog", onDialog);
    expect(dialogs).toEqual([]);
  });

  it("searches with Pagefind (Dutch) and opens a hit", async () => {
    await page.goto(url("/zoeken/"));
    const exact = await search(page, "badeendjes");
    expect(exact.length).toBeGreaterThan(0);
    for (const href of exact) expect(href).toMatch(/^\/(artikel|kort)\/[^/]+\/$/);
    // A shorter form finds the same reports (Pagefind matches stems and word prefixes).
    const shorter = await search(page, "badeendje");
    expect([...shorter].sort()).toEqual([...exact].sort());
    // Dutch plural -> singular stemming on a word that is not a prefix of the other.
    const plural = await search(page, "gemeenten");
    const singular = await search(page, "gemeente");
    expect(plural.length).toBeGreaterThan(0);
    expect([...plural].sort()).toEqual([...singular].sort());

    await search(page, "badeendjes");
    await page.locator(resultLinks).first().click();
    await page.waitForURL(/\/(artikel|kort)\/[^/]+\/$/);
    expect(pathOf(page.url())).toBe(exact[0]);
    expect(await page.locator("main article").textContent()).toMatch(/badeendjes/i);
  });

  it("searches from the search box on the home page: it opens the search page with the results", async () => {
    await page.goto(url("/"));
    await page.locator("#home-q").fill("badeendjes");
    await page.locator("#home-q").press("Enter");
    await page.waitForURL(/\/zoeken\/\?q=badeendjes$/);
    await waitForSearchResults(page, "badeendjes");
    expect((await resultHrefs(page)).length).toBeGreaterThan(0);
  });

  it("searches from the header on wide screens; on a phone the header has no box, and home and search have their own", async () => {
    const report = url(firstPage(siteFolder, "artikel"));
    await page.goto(report);
    const box = page.locator("header.masthead #kop-q");
    expect(await box.isVisible()).toBe(true);
    expect(await page.locator("header.masthead label[for=kop-q]").textContent()).toBe("Zoek in alle berichten");
    await box.fill("badeendjes");
    await box.press("Enter");
    await page.waitForURL(/\/zoeken\/\?q=badeendjes$/);
    await waitForSearchResults(page, "badeendjes");
    expect((await resultHrefs(page)).length).toBeGreaterThan(0);
    // One search box on the search page and on the home page: their own.
    expect(await page.locator("header.masthead form").count()).toBe(0);
    await page.goto(url("/"));
    expect(await page.locator("header.masthead form").count()).toBe(0);
    await page.setViewportSize({ width: 390, height: 800 });
    try {
      await page.goto(report);
      expect(await box.isVisible()).toBe(false);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it("searches from the keyboard, announces the number of results and puts the search in the address bar", async () => {
    await page.goto(url("/zoeken/"));
    await page.locator(SEARCH_PAGE.input).focus();
    await page.keyboard.type("gemeente");
    await page.keyboard.press("Enter");
    await waitForSearchResults(page, "gemeente");
    // The status line is a live region: screen readers announce what it says.
    const status = page.locator(SEARCH_PAGE.status);
    expect(await status.getAttribute("role")).toBe("status");
    expect(await status.textContent()).toBe("20 berichten gevonden voor ‘gemeente’");
    expect(new URL(page.url()).search).toBe("?q=gemeente");
    // Tab: the button, the (closed) filters, then the results, in order, visibly focused.
    const stops: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press("Tab");
      const f = await focused(page);
      stops.push(f?.id || f?.tag || "");
    }
    expect(stops).toEqual(["button", "summary", "a"]);
    const first = await focused(page);
    expect(first?.href).toBe((await resultHrefs(page))[0]);
    expect(first?.outline, "a result link shows a focus indicator").not.toBe("");
    // "Meer berichten tonen" from the keyboard: the next results, and focus on the first of them.
    await page.locator(SEARCH_PAGE.more).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }).document.querySelectorAll("#zoeken-resultaten .search-result").length === 20);
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.activeElement?.tagName === "A");
    expect((await focused(page))?.href).toBe((await resultHrefs(page))[10]);
    expect(await page.locator(SEARCH_PAGE.more).isVisible()).toBe(false);
    // The filters open from the keyboard (Enter on their summary), then their values are loaded.
    await page.locator("#zoeken-filters > summary").focus();
    await page.keyboard.press("Enter");
    expect(await page.locator("#zoeken-filters").getAttribute("open")).not.toBeNull();
    await page.locator("#zoeken-rubriek option", { hasText: "Cultuur (1)" }).waitFor({ state: "attached" });
    // A choice of filter is part of the shared search, as readers see its value.
    await page.locator("#zoeken-rubriek").selectOption({ label: "Cultuur (1)" });
    await page.locator(`${SEARCH_PAGE.results}:not([aria-busy])`).waitFor({ state: "attached" });
    await status.filter({ hasText: "1 bericht gevonden" }).waitFor();
    expect(new URL(page.url()).searchParams.get("rubriek")).toBe("Cultuur");
  });

  it("searches under --path-prefix /sub/ and the hits stay under /sub/", async () => {
    await page.goto(`${subSite.root}zoeken/`);
    const hits = await search(page, "badeendjes");
    expect(hits.length).toBeGreaterThan(0);
    for (const href of hits) expect(href).toMatch(/^\/sub\/(artikel|kort)\/[^/]+\/$/);
    const response = page.waitForResponse((r) => r.request().isNavigationRequest());
    await page.locator(resultLinks).first().click();
    expect((await response).status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(hits[0]);
    expect(await page.locator("main article").textContent()).toMatch(/badeendjes/i);
    // The page's own links, styles and the search bundle also stay under the prefix.
    expect(await page.locator('link[rel="stylesheet"]').first().getAttribute("href")).toMatch(/^\/sub\//);
  });

  it("searches across split search bundles (--search-bundle 40) with the same hits, in the same order, as one bundle", async () => {
    const built = await buildDemoSite({ searchBundle: 40 });
    expect(built.code, built.stderr).toBe(0);
    expect(existsSync(join(built.output, "pagefind-2", "pagefind-entry.json"))).toBe(true);
    expect(existsSync(join(built.output, "pagefind-3", "pagefind-entry.json"))).toBe(true);
    const split = await serveSite(built.output, "/");
    try {
      await page.goto(url("/zoeken/"));
      const whole = await search(page, "badeendjes");
      const wholeGemeente = await everyResult(page, "gemeente");
      // This local server is allowed too (routes added later take precedence over the block).
      await page.context().route(`${split.origin}/**`, (route) => route.continue());
      await page.goto(`${split.root}zoeken/`);
      const merged = await search(page, "badeendjes");
      expect(merged).toEqual(whole);
      expect(merged.length).toBeGreaterThan(1);
      // Newest first across the bundles too (Pagefind alone would interleave them by score).
      const mergedGemeente = await everyResult(page, "gemeente");
      expect(mergedGemeente.length).toBeGreaterThan(10);
      expect(mergedGemeente).toEqual(wholeGemeente);
    } finally {
      await split.close();
    }
  });

  it("reads an older search bundle only when a search needs it (two at most unless asked), and says how far it searched", async () => {
    const built = await buildDemoSite({ searchBundle: 40 });
    expect(built.code, built.stderr).toBe(0);
    // Newest first: the bundles are numbered from the oldest (`pagefind`, `pagefind-2`, ...).
    const bundleNumber = (name: string) => Number(name.match(/^pagefind-(\d+)$/)?.[1] ?? 1);
    const newestFirst = (names: string[]) => [...names].sort((a, b) => bundleNumber(b) - bundleNumber(a));
    const everyBundle = newestFirst(readdirSync(built.output).filter((name) => /^pagefind(-\d+)?$/.test(name)));
    expect(everyBundle.length).toBeGreaterThanOrEqual(3);
    // Every bundle but the newest holds 40 reports; the newest what is left over.
    const reportsIn = (bundle: string) => (JSON.parse(readFileSync(join(built.output, bundle, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> }).languages.nl!.page_count;
    expect(everyBundle.slice(1).map(reportsIn)).toEqual(everyBundle.slice(1).map(() => 40));
    const newest = reportsIn(everyBundle[0]!);
    expect(newest).toBeGreaterThanOrEqual(10);
    expect(newest).toBeLessThanOrEqual(40);
    const split = await serveSite(built.output, "/");
    const fetched: string[] = [];
    const onRequest = (request: { url(): string }) => fetched.push(new URL(request.url()).pathname);
    try {
      await page.goto(url("/zoeken/"));
      const wholeAnp = await everyResult(page, "anp");
      await page.context().route(`${split.origin}/**`, (route) => route.continue());
      page.on("request", onRequest);
      await page.goto(`${split.root}zoeken/`);
      const status = page.locator(SEARCH_PAGE.status);
      const more = page.locator(SEARCH_PAGE.more);

      // A word in nearly every report (the datelines): the newest bundle has a page of results, so no other bundle is fetched.
      const first = await search(page, "anp");
      expect(first).toEqual(wholeAnp.slice(0, 10));
      const bundlesFetched = () => newestFirst([...new Set(fetched.map((p) => p.match(/^\/(pagefind(?:-\d+)?)\//)?.[1]).filter((b): b is string => !!b))]);
      expect(bundlesFetched()).toEqual([everyBundle[0]]);
      expect(await status.textContent()).toMatch(new RegExp(`^\\d+ berichten gevonden voor ‘anp’\\. Nog niet alles doorzocht: alleen de nieuwste ${newest} berichten, tot \\d+ \\w+ \\d{4} terug\\.$`));

      // Reading on goes through the older bundles in order, and ends with every result, as one bundle gives them.
      const all = await everyResult(page, "anp");
      expect(all).toEqual(wholeAnp);
      expect(bundlesFetched()).toEqual(everyBundle);
      expect(await status.textContent()).toBe(`${all.length} berichten gevonden voor ‘anp’`);
      expect(await more.isHidden()).toBe(true);

      // Words in no report: the search reads two bundles by itself, says how far it went, and
      // reads the rest when asked.
      fetched.length = 0;
      await page.goto(`${split.root}zoeken/`);
      expect(await search(page, "xyzzyq")).toEqual([]);
      expect(await status.textContent()).toMatch(new RegExp(`^Geen berichten gevonden voor ‘xyzzyq’\\. Nog niet alles doorzocht: alleen de nieuwste ${newest + 40} berichten, tot \\d+ \\w+ \\d{4} terug\\.$`));
      expect(bundlesFetched()).toEqual(everyBundle.slice(0, 2));
      // With no results the button is right under the status line, not below the room kept for results.
      const older = page.locator("#zoeken-ouder");
      expect(await older.textContent()).toBe("Ook oudere berichten doorzoeken");
      expect(await older.isVisible()).toBe(true);
      expect(await more.isHidden()).toBe(true);
      expect(await older.isVisible()).toBe(true);
      expect((await older.boundingBox())!.y).toBeLessThan(900);
      await older.click();
      await page.waitForFunction(() => (globalThis as unknown as { document: { querySelector(s: string): { hidden: boolean } | null } }).document.querySelector("#zoeken-ouder")?.hidden === true);
      expect(await status.textContent()).toBe("Geen berichten gevonden voor ‘xyzzyq’");
      expect(bundlesFetched()).toEqual(everyBundle);
    } finally {
      page.off("request", onRequest);
      await split.close();
    }
  });

  it("is usable from the keyboard: skip link first, then every nav link", async () => {
    await page.goto(url("/"));
    await page.keyboard.press("Tab");
    const skip = await focused(page);
    expect(skip).toMatchObject({ tag: "a", text: "Naar de inhoud", href: "#inhoud" });
    expect(skip?.inViewport, "the skip link is visible when focused").toBe(true);
    expect(skip?.outline, "the skip link shows a focus indicator").not.toBe("");

    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.activeElement?.id === "inhoud");
    expect(new URL(page.url()).hash).toBe("#inhoud");
    const mainTop = await page.evaluate(() => (globalThis as unknown as PageGlobals).document.querySelector("#inhoud")!.getBoundingClientRect().top);
    expect(Math.abs(mainTop), "the page scrolled to #inhoud").toBeLessThan(4);
    await page.keyboard.press("Tab");
    expect((await focused(page))?.inMain, "the next Tab lands inside <main>").toBe(true);

    // From the top: Tab through the masthead; every nav link gets focus, in order, visibly.
    const navHrefs = await page.locator("header nav a").evaluateAll((as) => as.map((a) => (a as unknown as PageElement).getAttribute("href") ?? ""));
    expect(navHrefs.length).toBeGreaterThan(2);
    await page.goto(url("/"));
    const reached: string[] = [];
    for (let i = 0; i < navHrefs.length + 6; i++) {
      await page.keyboard.press("Tab");
      const f = await focused(page);
      if (!f || f.inMain) break;
      if (f.inNav) {
        reached.push(f.href ?? "");
        expect(f.inViewport, `nav link ${f.href} is on screen when focused`).toBe(true);
        expect(f.outline, `nav link ${f.href} shows a focus indicator`).not.toBe("");
      }
    }
    expect(reached).toEqual(navHrefs);
  });

  it("has no axe-core violations on any page type, light or dark", async () => {
    const failures: string[] = [];
    for (const { type, path, status, search: query } of pageTypes(siteFolder)) {
      if (status === 404) expected404.add(`/${path}`);
      const response = await page.goto(url(path));
      expect(response?.status(), path).toBe(status ?? 200);
      if (query) await waitForSearchResults(page, query);
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const violations = await runAxe(page);
        if (violations.length) failures.push(formatViolations(`${type} /${path} [${scheme}]`, violations));
      }
    }
    await page.emulateMedia({ colorScheme: "light" });
    expect(failures, `axe-core violations:\n${failures.join("\n")}`).toEqual([]);
  }, 90_000);

  it("writes full-page screenshots of every page type (light/dark, desktop/phone)", async () => {
    mkdirSync(screenshotDir, { recursive: true });
    const written: string[] = [];
    const shots = await context.browser()!.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
    const shotBlocked = await blockOtherHosts(shots, [site.origin]);
    const shotPage = await shots.newPage();
    try {
      for (const width of [1280, 390]) {
        await shotPage.setViewportSize({ width, height: width === 1280 ? 900 : 844 });
        for (const { type, path, status, search: query } of pageTypes(siteFolder)) {
          if (status === 404) expected404.add(`/${path}`);
          await shotPage.goto(url(path));
          if (query) await waitForSearchResults(shotPage, query);
          for (const scheme of ["light", "dark"] as const) {
            await shotPage.emulateMedia({ colorScheme: scheme });
            const file = join(screenshotDir, `${type}-${width}-${scheme}.png`);
            await shotPage.screenshot({ path: file, fullPage: true, animations: "disabled" });
            written.push(file);
          }
        }
      }
    } finally {
      await shots.close();
    }
    for (const file of written) expect(existsSync(file) && statSync(file).size > 1000, file).toBe(true);
    expect(shotBlocked).toEqual([]);
    console.log(`[draad tests] ${written.length} screenshots in ${screenshotDir}`);
  }, 90_000);

  it("never left the local server, hit no missing file and raised no script error", () => {
    expect(blocked, "requests to other hosts").toEqual([]);
    const missing = [...site.requests, ...subSite.requests].filter((r) => r.status === 404 && !expected404.has(r.path));
    expect(missing, "requests answered 404").toEqual([]);
    // Loading the 404 page on purpose logs "Failed to load resource: … 404" for that URL only.
    const unexpected = pageErrors.filter((e) => ![...expected404].some((path) => e.endsWith(`${path})`) && e.includes("status of 404")));
    expect(unexpected, "console errors / page errors").toEqual([]);
  });
});

(executablePath ? describe : describe.skip)("a partitioned site (draad build --year, draad assemble) in Chromium", () => {
  let browser: Browser;
  let site: StaticServer;

  beforeAll(async () => {
    const { main } = await import("../../src/cli/main.js");
    const { mkdtempSync, copyFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const root = mkdtempSync(join(tmpdir(), "draad-parts-browser-"));
    const input = join(root, "in");
    mkdirSync(input);
    for (const dir of ["content/wire", "tests/fixtures/partition"]) for (const f of readdirSync(dir)) copyFileSync(join(dir, f), join(input, f));
    const quiet = { stdout: () => {}, stderr: () => {} };
    for (const year of ["2025", "2026"]) {
      expect(await main(["build", "--input", input, "--output", join(root, year), "--year", year, "--no-cache"], quiet)).toBe(0);
    }
    expect(await main(["assemble", "--output", join(root, "site"), join(root, "2025"), join(root, "2026")], quiet)).toBe(0);
    site = await serveSite(join(root, "site"), "/");
    browser = await launchChromium(executablePath!);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it("searches every year's part from the root search page and opens hits in the right year", async () => {
    const context = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
    const blocked = await blockOtherHosts(context, [site.origin]);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${site.root}zoeken/`);
    const old = await search(page, "vuurwerkvrije");
    expect(old.length).toBeGreaterThan(0);
    expect(old.every((href) => href.startsWith("/2025/"))).toBe(true);
    const recent = await search(page, "Domplein");
    expect(recent.some((href) => href.startsWith("/2026/kort/"))).toBe(true);
    const hit = recent.find((href) => href.startsWith("/2026/kort/"))!;
    await page.locator(`${resultLinks}[href="${hit}"]`).click();
    await page.waitForURL(`**${hit}`);
    expect(await page.locator("main article").textContent()).toMatch(/Domplein/);
    expect(blocked).toEqual([]);
    expect(site.requests.filter((r) => r.status === 404)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
