/**
 * The capture bookmarklet (issue #15) in Chromium on a local news-like page: one run copies the
 * visible text with the page's address and the time as front matter, makes no request, and what
 * it copied is a capture `draad add` reads.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { BOOKMARKLET_SOURCE, bookmarkletUrl } from "../../src/site/bookmarklet.js";
import { DRAAD } from "../support/cli.js";
import { findChromium, launchChromium, serveSite, type StaticServer } from "../support/browser.js";

const executablePath = findChromium();
if (!executablePath && !process.env.CI) console.warn("[draad tests] no Chromium found: the bookmarklet test is skipped (under CI it fails instead)");

const PAGE = `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Nieuws</title></head><body>
<nav>Menu Home Binnenland</nav>
<h1>Veerpont vaart weer na storing</h1>
<p>HATTEM (ANP) - De veerpont tussen Hattem en Zwolle vaart weer. De storing aan de motor is verholpen.</p>
<div style="display:none">Verborgen advertentietekst</div>
<p>Meer uit Binnenland</p>
<p>ZWOLLE (ANP) - De bibliotheek gaat 's avonds langer open.</p>
<p>32 minuten geleden</p>
</body></html>`;

(executablePath || process.env.CI ? describe : describe.skip)("the capture bookmarklet in Chromium", () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    const site = mkdtempSync(join(tmpdir(), "draad-bookmarklet-"));
    mkdirSync(join(site, "artikel"));
    writeFileSync(join(site, "artikel", "index.html"), PAGE);
    server = await serveSite(site, "/");
    browser = await launchChromium(executablePath!);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("copies the visible text, the address and the time, makes no request, and draad add reads it", async () => {
    const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    const url = `${server.origin}/artikel/`;
    await page.goto(url);
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.accept();
    });
    const before = Date.now();
    // What a click on the bookmark runs: the code of its javascript: URL.
    const code = decodeURIComponent(bookmarkletUrl().slice("javascript:".length));
    expect(code).toBe(BOOKMARKLET_SOURCE.replace(/\n\s*/g, " "));
    await page.evaluate(code);
    await page.waitForFunction(() => true);
    for (let i = 0; i < 50 && dialogs.length === 0; i++) await page.waitForTimeout(20);
    const copied = await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText());
    await context.close();

    const match = /^---\ncaptured: (\S+)\nsource: "([^"]+)"\n---\n([\s\S]*)$/.exec(copied);
    expect(match, copied).not.toBeNull();
    const [, captured, source, text] = match!;
    expect(source).toBe(url);
    expect(Date.parse(captured!)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(captured!)).toBeLessThanOrEqual(Date.now() + 1000);
    expect(text).toContain("Veerpont vaart weer na storing");
    expect(text).toContain("HATTEM (ANP) - De veerpont");
    expect(text).not.toContain("Verborgen advertentietekst");
    expect(requests).toEqual([]);
    expect(dialogs).toEqual([expect.stringMatching(/^Gekopieerd voor draad add: \d+ tekens van 127\.0\.0\.1$/)]);

    // What it copied is a capture: draad add takes its time and source and finds the article and the brief.
    const input = join(mkdtempSync(join(tmpdir(), "draad-bookmarklet-wire-")), "wire");
    mkdirSync(input);
    const added = spawnSync(process.execPath, [DRAAD, "add", "--input", input], { input: copied, encoding: "utf8" });
    expect(added.status, added.stderr).toBe(0);
    expect(added.stdout).toContain("(from the text's front matter)");
    expect(added.stdout).toContain(`source ${url}`);
    expect(added.stdout).toContain("article: Veerpont vaart weer na storing — HATTEM (ANP)");
    expect(added.stdout).toContain("1 brief(s), dated by this capture:");
    expect((readdirSync(input, { recursive: true }) as string[]).some((f) => f.endsWith("-veerpont-vaart-weer-na-storing.txt"))).toBe(true);
  }, 60_000);
});
