/**
 * The search page's points of issue #14 in Chromium, on the demo site: words that are not in the
 * archive find nothing; Back and Forward go through committed searches; the filters' data is
 * fetched only when they are opened; and a cold `?q=` load on a phone does not shift the layout.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blockOtherHosts, collectPageErrors, findChromium, launchChromium, openChromium, resultHrefs, SEARCH_PAGE, searchFor, serveSite, waitForSearchResults, type StaticServer } from "../support/browser.js";
import { buildDemoSite } from "../support/site.js";

const executablePath = findChromium();
type PageGlobals = { history: { length: number }; __layoutShifts: { value: number; sources: string[] }[] };
const FILTER_CHUNK = /\/pagefind(?:-[\w-]+)?\/filter\//;

(executablePath ? describe : describe.skip)("the search page in Chromium (issue #14)", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let site: StaticServer;
  let blocked: string[] = [];
  let pageErrors: string[] = [];
  const url = (path: string) => `${site.root}${path.replace(/^\//, "")}`;
  const statusText = () => page.locator(SEARCH_PAGE.status).textContent();

  /** A fresh context (empty cache) on the demo site, with every request path recorded. */
  async function coldPage(options: { viewport?: { width: number; height: number }; isMobile?: boolean; delayBundleMs?: number } = {}) {
    const cold = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, isMobile: options.isMobile ?? false, locale: "nl-NL" });
    const coldBlocked = await blockOtherHosts(cold, [site.origin]);
    if (options.delayBundleMs) {
      // A slow network: Pagefind's files arrive after the page has been drawn.
      await cold.route(`${site.origin}/pagefind/**`, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, options.delayBundleMs));
        await route.continue();
      });
    }
    const requests: string[] = [];
    const coldPage = await cold.newPage();
    coldPage.on("request", (request) => requests.push(new URL(request.url()).pathname));
    return { cold, page: coldPage, requests, blocked: coldBlocked };
  }

  beforeAll(async () => {
    const built = await buildDemoSite();
    expect(built.code, built.stderr).toBe(0);
    site = await serveSite(built.output, "/");
    ({ browser, context, page, blocked, pageErrors } = await openChromium(executablePath!, [site.origin]));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it.each(["xyzzyq", "asdfgh"])("finds nothing for %s, says so and suggests nothing (no filter values)", async (word) => {
    // Pagefind alone finds reports for these (the longest indexed word they begin with: X, as).
    await page.goto(url(`/zoeken/?q=${word}`));
    await waitForSearchResults(page, word);
    expect(await statusText()).toBe(`Geen berichten gevonden voor ‘${word}’`);
    expect(await page.locator(SEARCH_PAGE.result).count()).toBe(0);
    expect(await page.locator(SEARCH_PAGE.more).isVisible()).toBe(false);
    // Opened, the filters offer no value for words that were not found.
    await page.locator("#zoeken-filters > summary").click();
    await page.waitForFunction(() => !(globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector("#zoeken-resultaten[aria-busy]"));
    await page.waitForTimeout(300);
    expect(await page.locator(`${SEARCH_PAGE.filters} option`).count()).toBe(3);
    // Typed, too; and with a word that is found, the unknown word still finds nothing.
    expect(await searchFor(page, `gemeente ${word}`)).toEqual([]);
    expect(await statusText()).toBe(`Geen berichten gevonden voor ‘gemeente ${word}’`);
    // A real word's beginning keeps finding its reports.
    expect((await searchFor(page, "badeendje")).length).toBeGreaterThan(0);
  });

  it("goes Back and Forward through committed searches, with the box, filters and results of each", async () => {
    await page.goto(url("/zoeken/"));
    const start = await page.evaluate(() => (globalThis as unknown as PageGlobals).history.length);
    const input = page.locator(SEARCH_PAGE.input);
    // Typed letter by letter and committed with Enter: one entry, not one per search on the way.
    await input.pressSequentially("badeendjes", { delay: 40 });
    await input.press("Enter");
    await waitForSearchResults(page, "badeendjes");
    const badeendjes = await resultHrefs(page);
    await input.fill("");
    await input.pressSequentially("gemeente", { delay: 40 });
    await input.press("Enter");
    await waitForSearchResults(page, "gemeente");
    const gemeente = await resultHrefs(page);
    expect(new URL(page.url()).search).toBe("?q=gemeente");
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).history.length)).toBe(start + 2);
    // A filter is committed at once.
    await page.locator("#zoeken-filters > summary").click();
    await page.locator("#zoeken-rubriek option", { hasText: "Cultuur (1)" }).waitFor({ state: "attached" });
    await page.locator("#zoeken-rubriek").selectOption({ label: "Cultuur (1)" });
    await page.locator(SEARCH_PAGE.status, { hasText: "1 bericht gevonden" }).waitFor();
    expect(new URL(page.url()).searchParams.get("rubriek")).toBe("Cultuur");

    await page.goBack();
    await page.locator(SEARCH_PAGE.status, { hasText: "20 berichten gevonden voor ‘gemeente’" }).waitFor();
    expect(await page.locator("#zoeken-rubriek").inputValue()).toBe("");
    expect(await input.inputValue()).toBe("gemeente");
    await page.goBack();
    await waitForSearchResults(page, "badeendjes");
    expect(await input.inputValue()).toBe("badeendjes");
    expect(await resultHrefs(page)).toEqual(badeendjes);
    await page.goBack();
    await page.waitForFunction(() => (globalThis as unknown as { document: { querySelector(s: string): { textContent: string } | null } }).document.querySelector("#zoeken-status")?.textContent === "");
    expect(await input.inputValue()).toBe("");
    expect(await page.locator(SEARCH_PAGE.result).count()).toBe(0);
    await page.goForward();
    await waitForSearchResults(page, "badeendjes");
    await page.goForward();
    await waitForSearchResults(page, "gemeente");
    expect(await resultHrefs(page)).toEqual(gemeente);
    await page.goForward();
    await page.locator(SEARCH_PAGE.status, { hasText: "1 bericht gevonden" }).waitFor();
    expect(await page.locator("#zoeken-rubriek option:checked").textContent()).toBe("Cultuur (1)");
  });

  it("a pause while typing commits the search; the searches while typing only replace it", async () => {
    await page.goto(url("/zoeken/"));
    const start = await page.evaluate(() => (globalThis as unknown as PageGlobals).history.length);
    const input = page.locator(SEARCH_PAGE.input);
    // Pauses longer than the search's (250 ms), shorter than a commit's (1.5 s): one entry.
    for (const letter of "gemeente") {
      await input.press(letter);
      await page.waitForTimeout(350);
    }
    await waitForSearchResults(page, "gemeente");
    expect(new URL(page.url()).search).toBe("?q=gemeente");
    await page.waitForTimeout(1700);
    await input.fill("");
    await input.pressSequentially("badeendjes", { delay: 30 });
    await waitForSearchResults(page, "badeendjes");
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).history.length)).toBe(start + 2);
    await page.goBack();
    await waitForSearchResults(page, "gemeente");
    expect(await input.inputValue()).toBe("gemeente");
  });

  it("a cold ?q= search fetches no filter chunk; opening the filters fetches them and fills them in", async () => {
    const cold = await coldPage();
    try {
      await cold.page.goto(url("/zoeken/?q=gemeente"));
      await waitForSearchResults(cold.page, "gemeente");
      await cold.page.waitForLoadState("networkidle");
      expect(cold.requests.filter((p) => p.includes("/pagefind/index/")).length).toBeGreaterThan(0);
      expect(cold.requests.filter((p) => FILTER_CHUNK.test(p))).toEqual([]);
      expect(await cold.page.locator("#zoeken-filters").getAttribute("open")).toBeNull();
      await cold.page.locator("#zoeken-filters > summary").click();
      await cold.page.locator("#zoeken-rubriek option:nth-child(2)").waitFor({ state: "attached" });
      expect(cold.requests.filter((p) => FILTER_CHUNK.test(p)).length).toBeGreaterThan(0);
      // With the query's counts: the values the 20 results are under.
      const counts = (await cold.page.locator("#zoeken-rubriek option").allTextContents()).slice(1).map((t) => Number(/\((\d+)\)$/.exec(t)?.[1]));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(20);
      // A shared link with a filter loads the filters at once, open.
      const before = cold.requests.length;
      await cold.page.goto(url("/zoeken/?q=gemeente&rubriek=Cultuur"));
      await cold.page.locator(SEARCH_PAGE.status, { hasText: "1 bericht gevonden" }).waitFor();
      expect(await cold.page.locator("#zoeken-filters").getAttribute("open")).not.toBeNull();
      expect(cold.requests.slice(before).filter((p) => FILTER_CHUNK.test(p)).length).toBeGreaterThan(0);
      expect(cold.blocked).toEqual([]);
    } finally {
      await cold.cold.close();
    }
  });

  it("a cold ?q= load at 390 px on a slow network shifts the layout by less than 0.1 (CLS)", async () => {
    const cold = await coldPage({ viewport: { width: 390, height: 844 }, isMobile: true, delayBundleMs: 400 });
    try {
      await cold.cold.addInitScript(() => {
        const g = globalThis as unknown as PageGlobals & { PerformanceObserver: new (cb: (list: { getEntries(): { value: number; hadRecentInput: boolean; sources?: { node?: { id?: string; nodeName?: string } }[] }[] }) => void) => { observe(o: unknown): void } };
        g.__layoutShifts = [];
        new g.PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            if (!entry.hadRecentInput) g.__layoutShifts.push({ value: entry.value, sources: (entry.sources ?? []).map((s) => s.node?.id || s.node?.nodeName || "?") });
        }).observe({ type: "layout-shift", buffered: true });
      });
      await cold.page.goto(url("/zoeken/?q=gemeente"));
      await waitForSearchResults(cold.page, "gemeente");
      expect(await cold.page.locator(SEARCH_PAGE.result).count()).toBe(10);
      await cold.page.waitForTimeout(500);
      const shifts = await cold.page.evaluate(() => (globalThis as unknown as PageGlobals).__layoutShifts);
      const cls = shifts.reduce((sum, s) => sum + s.value, 0);
      expect(cls, JSON.stringify(shifts)).toBeLessThan(0.1);
    } finally {
      await cold.cold.close();
    }
  });

  it("never left the local server and raised no script error", () => {
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
