/**
 * Partitioned builds (draad build --year, draad assemble): every dated item is built by exactly
 * one year's part, with the evidence of the captures around New Year; the assembled site has a
 * working root (home, archive, search over every part, feeds, sitemap index) and no broken link.
 * Input: the demo content plus tests/fixtures/partition (invented captures around the New Year
 * of 2026, and one without capture time).
 */
import { runCli } from "../support/cli.js";
import { describe, expect, it } from "vitest";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import { XMLParser } from "fast-xml-parser";
import { partWindow, partYearOfItem, PART_CONTEXT_DAYS } from "../../src/archive/index.js";
import { htmlFiles, readPage, targetFile } from "../support/html.js";
import { HEADERS_FILE } from "../../src/site/content-security-policy.js";

const draad = runCli;

const BASE = "https://archief.example.nl";
const fresh = (name: string) => join(mkdtempSync(join(tmpdir(), `draad-part-${name}-`)), name);

function input(): string {
  const dir = fresh("in");
  mkdirSync(dir);
  for (const f of readdirSync("content/wire")) copyFileSync(join("content/wire", f), join(dir, f));
  for (const f of readdirSync("tests/fixtures/partition")) copyFileSync(join("tests/fixtures/partition", f), join(dir, f));
  return dir;
}

/** Item pages of a site: `artikel/<slug-id>` and `kort/<slug-id>`. */
function itemPages(site: string): string[] {
  return ["artikel", "kort"].flatMap((kind) => (existsSync(join(site, kind)) ? readdirSync(join(site, kind)).map((d) => `${kind}/${d}`) : []));
}

describe("which part an item belongs to", () => {
  it("a year's window is the year in Amsterdam time plus the context days on both sides", () => {
    const w = partWindow(2026);
    expect(new Date(w.yearFromMs).toISOString()).toBe("2025-12-31T23:00:00.000Z");
    expect(new Date(w.yearToMs).toISOString()).toBe("2026-12-31T23:00:00.000Z");
    expect(w.yearFromMs - w.fromMs).toBe(PART_CONTEXT_DAYS * 86_400_000);
    expect(w.toMs - w.yearToMs).toBe(PART_CONTEXT_DAYS * 86_400_000);
  });

  it("an item's year is the Amsterdam year of the day it is listed under", () => {
    expect(partYearOfItem({ sortTime: "2025-12-31T23:45:00+01:00" })).toBe(2025);
    expect(partYearOfItem({ sortTime: "2025-12-31T23:30:00Z" })).toBe(2026);
    expect(partYearOfItem({ sortTime: null })).toBeNull();
  });
});

describe("a site built in year parts and assembled", async () => {
  const dir = input();
  const whole = fresh("whole");
  const parts = { 2025: fresh("p2025"), 2026: fresh("p2026") };
  const site = fresh("site");
  const wholeRun = await draad(["build", "--input", dir, "--output", whole, "--base-url", BASE, "--no-cache"]);
  const runs = {
    2025: await draad(["build", "--input", dir, "--output", parts[2025], "--base-url", BASE, "--year", "2025", "--no-cache"]),
    2026: await draad(["build", "--input", dir, "--output", parts[2026], "--base-url", BASE, "--year", "2026", "--no-cache"]),
  };
  const assembled = await draad(["assemble", "--output", site, parts[2025], parts[2026]]);

  it("builds each part and says what it read, warning about the capture without time", () => {
    expect(wholeRun.code, wholeRun.stderr).toBe(0);
    for (const run of Object.values(runs)) {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain("zonder-tijd-ijsbaan.txt:1:1  warning  undated-capture-in-part");
    }
    expect(runs[2025].stdout).toMatch(/part 2025: 35 capture\(s\) of the year, 2 of the days around it \(evidence only\), 0 of other years passed over, 1 without capture time left out/);
    expect(runs[2026].stdout).toMatch(/part 2026: 2 capture\(s\) of the year, 1 of the days around it \(evidence only\), 34 of other years passed over/);
    // Each part names the items of the other year it saw, so that no year's part is forgotten.
    expect(runs[2025].stdout).toContain("items of other years seen in the days around 2025, left to their parts: 3 of 2026");
    expect(runs[2026].stdout).toContain("items of other years seen in the days around 2026, left to their parts: 3 of 2025");
    expect(assembled.code, assembled.stderr).toBe(0);
    expect(assembled.stdout).toMatch(/2 part\(s\) \(2025, 2026\) -> 140 item\(s\)/);
  });

  it("puts every dated item of the whole build in exactly one part", () => {
    const inParts = [...itemPages(parts[2025]), ...itemPages(parts[2026])];
    expect(new Set(inParts).size).toBe(inParts.length);
    // The whole build also has the article of the capture without time, which no part can hold.
    const undated = itemPages(whole).filter((p) => p.includes("schaatsclub-in-leeuwarden"));
    expect(undated).toHaveLength(1);
    expect(inParts.sort()).toEqual(itemPages(whole).filter((p) => !undated.includes(p)).sort());
    expect(itemPages(parts[2026]).map((p) => p.replace(/-[a-z0-9]+$/, "")).sort()).toEqual([
      "artikel/eerste-baby-van-het-jaar-in-amersfoort-geboren",
      "artikel/natuurijsbaan-in-heerenveen-gaat-open-voor-schaatsers",
      "kort/op-het-domplein-in-utrecht-hebben-rond-middernacht-enkele",
    ]);
  });

  it("dates a brief seen on both sides of New Year with both sightings, in the year it was published", () => {
    const brief = itemPages(parts[2025]).find((p) => p.startsWith("kort/in-het-centrum-van-zwolle-is-de-vuurwerkvrije-zone"))!;
    expect(brief).toBeTruthy();
    const html = readFileSync(join(parts[2025], brief, "index.html"), "utf8");
    expect(html).toContain("2025-12-31T2350-oliebollen-deventer.txt");
    expect(html).toContain("2026-01-01T0030-nieuwjaarsnacht-utrecht.txt");
    expect(html).toContain("31 december 2025");
  });

  it("keeps each part's pages and links under its year", () => {
    for (const year of [2025, 2026] as const) {
      const manifest = JSON.parse(readFileSync(join(parts[year], "draad-part.json"), "utf8"));
      expect(manifest).toMatchObject({ draadPart: 1, year, baseUrl: BASE, sitePrefix: "/" });
      const home = readPage(parts[year], "index.html");
      // Every link stays in the year, except "Alle jaren", back to the whole site.
      expect(home.html).toContain('<a href="/">Alle jaren</a>');
      for (const link of home.links.filter((l) => l.startsWith("/") && l !== "/")) expect(link, link).toMatch(new RegExp(`^/${year}/`));
    }
  });

  it("assembles a root with the newest year's news, every year in the archive, one search over all parts, feeds and a sitemap index", () => {
    const home = readFileSync(join(site, "index.html"), "utf8");
    expect(home).toContain('href="/2026/artikel/eerste-baby-van-het-jaar-in-amersfoort-geboren-');
    const archive = readFileSync(join(site, "archief", "index.html"), "utf8");
    expect(archive).toContain('href="/2025/archief/2025/"');
    expect(archive).toContain('href="/2026/archief/2026/"');
    const search = readFileSync(join(site, "zoeken", "index.html"), "utf8");
    expect(search).toContain('data-bundle="/2026/pagefind/"');
    expect(search).toContain('data-merge="/2025/pagefind/ "');
    expect(search).toContain('data-base="/"');
    expect(search).toContain('src="/assets/search.js"');
    // The assembled root has its own _headers (a host reads only the one at the root).
    expect(readFileSync(join(site, "_headers"), "utf8")).toBe(HEADERS_FILE);
    // Every part's search records are rooted at the site, so the merged search links into the right year.
    expect(existsSync(join(site, "2025", "pagefind", "pagefind-entry.json"))).toBe(true);
    const sitemap = new XMLParser().parse(readFileSync(join(site, "sitemap.xml"), "utf8"));
    expect([sitemap.sitemapindex.sitemap].flat().map((s: { loc: string }) => s.loc)).toEqual([`${BASE}/2026/sitemap.xml`, `${BASE}/2025/sitemap.xml`]);
    const feed = JSON.parse(readFileSync(join(site, "feed.json"), "utf8"));
    expect(feed.feed_url).toBe(`${BASE}/feed.json`);
    expect(feed.items[0].url).toMatch(new RegExp(`^${BASE}/2026/`));
    expect(feed.items.some((i: { url: string }) => i.url.startsWith(`${BASE}/2025/`))).toBe(true);
    for (const file of ["404.html", "robots.txt", "feed.xml", "assets/draad.css"]) expect(existsSync(join(site, file)), file).toBe(true);
    // The year indexes live in the parts, not at the root.
    expect(existsSync(join(site, "rubrieken"))).toBe(false);
  });

  it("has valid HTML at the root and no broken internal link anywhere in the assembled site", async () => {
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });
    for (const file of ["index.html", "archief/index.html", "zoeken/index.html", "404.html"]) {
      const report = await validator.validateString(readFileSync(join(site, file), "utf8"), file);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${file}:${m.line} ${m.ruleId} ${m.message}`))).toEqual([]);
    }
    const broken: string[] = [];
    for (const file of htmlFiles(site)) {
      const page = readPage(site, file);
      for (const link of page.links) {
        const target = targetFile(site, "/", file, link);
        if (target && !existsSync(target)) broken.push(`${file}: ${link}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("refuses what cannot be assembled: a folder that is not a part, one year twice, parts of different sites, a bad year", async () => {
    expect((await draad(["assemble", "--output", fresh("x"), dir])).code).toBe(2);
    expect((await draad(["assemble", "--output", fresh("x"), parts[2025], parts[2025]])).code).toBe(2);
    const other = fresh("other");
    expect((await draad(["build", "--input", dir, "--output", other, "--base-url", "https://elders.example.org", "--year", "2026", "--no-cache", "--no-search"])).code).toBe(0);
    const mixed = await draad(["assemble", "--output", fresh("x"), parts[2025], other]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain("built for different sites");
    expect((await draad(["assemble", "--output", fresh("x")])).code).toBe(2);
    expect((await draad(["build", "--input", dir, "--output", fresh("x"), "--year", "25"])).code).toBe(2);
  });
}, 180_000);
