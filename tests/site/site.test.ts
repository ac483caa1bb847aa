/**
 * The whole demo site, built through `draad build` as users run it: every page type, valid
 * HTML, no broken internal links (also under a path prefix), feeds and sitemap that parse,
 * JSON-LD, no script or event handler from a capture, and a search index.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HtmlValidate } from "html-validate";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { buildDemoSite } from "../support/site.js";
import { exportDemo } from "../support/archive.js";
import { htmlFiles, readPage, targetFile } from "../support/html.js";
import { PAGEFIND_UI_FILES } from "../../src/site/build.js";
import { CONTENT_SECURITY_POLICY, HEADERS_FILE } from "../../src/site/content-security-policy.js";
import { bookmarkletUrl, BOOKMARKLET_SOURCE } from "../../src/site/bookmarklet.js";

const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });

for (const prefix of ["/", "/archief-demo/"]) {
  describe(`the demo site${prefix === "/" ? "" : ` under --path-prefix ${prefix}`}`, async () => {
    const built = await buildDemoSite({ pathPrefix: prefix === "/" ? undefined : prefix });
    const site = built.output;
    const files = htmlFiles(site);
    const pages = files.map((f) => readPage(site, f));

    it("builds with exit status 0 and a summary that names items, pages, warnings, skipped files and phase times", () => {
      expect(built.code, built.stderr).toBe(0);
      expect(built.stdout).toMatch(/34 capture\(s\) -> 134 item\(s\) \(31 articles, 103 briefs, 1 story lines\), \d+ page\(s\)/);
      expect(built.stdout).toMatch(/0 error\(s\), 0 warning\(s\), 0 file\(s\) skipped/);
      expect(built.stdout).toMatch(/time: parse [\d.]+ s, merge [\d.]+ s, render [\d.]+ s, index [\d.]+ s, total [\d.]+ s/);
    });

    it("offers the capture bookmarklet on /vastleggen/, linked from every page's footer, as the site's one javascript: link", () => {
      const capturePage = pages.find((p) => p.file === "vastleggen/index.html")!;
      const scripted = pages.flatMap((p) => p.links.filter((l) => /^\s*javascript:/i.test(l)).map((l) => ({ file: p.file, l })));
      expect(scripted).toEqual([{ file: "vastleggen/index.html", l: bookmarkletUrl() }]);
      expect(decodeURIComponent(bookmarkletUrl().slice("javascript:".length))).toBe(BOOKMARKLET_SOURCE.replace(/\n\s*/g, " "));
      expect(capturePage.html).toContain("draad add --clipboard");
      expect(capturePage.scripts.map((s) => s.src)).toContain(`${prefix}assets/capture.js`);
      for (const page of pages.filter((p) => p.html.includes('class="site-footer"'))) expect(page.links, page.file).toContain(`${prefix}vastleggen/`);
    });

    it("has every page type", async () => {
      const archive = await exportDemo();
      const must = [
        "index.html",
        "404.html",
        "archief/index.html",
        "archief/2025/index.html",
        "archief/2025/11/index.html",
        "archief/2025/11/22/index.html",
        "archief/2025/10/26/index.html",
        "rubrieken/index.html",
        "rubriek/binnenland/index.html",
        "plaatsen/index.html",
        "plaats/terschelling/index.html",
        "plaats/s-hertogenbosch/index.html",
        "persbureaus/index.html",
        "persbureau/anp/index.html",
        "persbureau/rtr/index.html",
        "verhaallijnen/index.html",
        `verhaal/${archive.stories[0]!.id}/index.html`,
        "zoeken/index.html",
        "over/index.html",
        "vastleggen/index.html",
        ...archive.items.map((i) => `${i.url.slice(1)}index.html`),
      ];
      for (const file of must) expect(existsSync(join(site, file)), file).toBe(true);
      for (const file of ["robots.txt", "sitemap.xml", "feed.xml", "feed.json", "rubriek/binnenland/feed.xml", "rubriek/binnenland/feed.json", "pagefind/pagefind.js", "pagefind/pagefind-worker.js", "assets/draad.css", "assets/search.js", "assets/capture.js"]) {
        expect(statSync(join(site, file)).size, file).toBeGreaterThan(0);
      }
      // The search page renders results itself: Pagefind's own interfaces are not shipped.
      for (const file of PAGEFIND_UI_FILES) expect(existsSync(join(site, "pagefind", file)), file).toBe(false);
    });

    it("is valid HTML on every page (html-validate, recommended rules)", async () => {
      const problems: string[] = [];
      for (const page of pages) {
        const report = await validator.validateString(page.html, page.file);
        for (const result of report.results) for (const m of result.messages) problems.push(`${page.file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
      expect(problems).toEqual([]);
    });

    it("has no broken internal link or fragment, and every link carries the path prefix", () => {
      const broken: string[] = [];
      for (const page of pages) {
        expect(page.lang, page.file).toBe("nl");
        for (const link of page.links) {
          if (link.startsWith("#")) {
            if (link.length > 1 && !page.ids.has(link.slice(1))) broken.push(`${page.file}: ${link}`);
            continue;
          }
          const target = targetFile(site, prefix, page.file, link);
          if (target && !existsSync(target)) broken.push(`${page.file}: ${link}`);
        }
      }
      expect(broken).toEqual([]);
    });

    it("runs no script but its own: JSON-LD, the search script on the search page, the capture page's script there; no event handlers", () => {
      const ownScripts: Record<string, string> = { "zoeken/index.html": "search.js", "vastleggen/index.html": "capture.js" };
      for (const page of pages) {
        expect(page.eventHandlers, page.file).toEqual([]);
        for (const script of page.scripts) {
          if (script.type === "application/ld+json") continue;
          expect(Object.keys(ownScripts)).toContain(page.file);
          expect(script).toEqual({ type: "module", src: `${prefix}assets/${ownScripts[page.file]}`, text: "" });
        }
      }
    });

    it("carries the Content-Security-Policy on every page and, in _headers, for every file; nothing inline that it would block", () => {
      const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replace(/'/g, "&#39;")}">`;
      for (const page of pages) {
        expect(page.html.indexOf(meta), page.file).toBeGreaterThan(0);
        expect(page.html.indexOf(meta), `${page.file}: before the stylesheet`).toBeLessThan(page.html.indexOf("<link"));
        // Scripts are files, except JSON-LD (data, which a policy does not block); no style attributes.
        for (const script of page.scripts) if (script.type !== "application/ld+json") expect(script.text, page.file).toBe("");
        expect(page.html, page.file).not.toMatch(/<[^>]+\sstyle=/);
      }
      expect(readFileSync(join(site, "_headers"), "utf8")).toBe(HEADERS_FILE);
      expect(HEADERS_FILE).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
      expect(HEADERS_FILE.startsWith("/*\n")).toBe(true);
      for (const header of ["X-Content-Type-Options: nosniff", "Referrer-Policy: same-origin"]) expect(HEADERS_FILE).toContain(`\n  ${header}\n`);
    });

    it("describes each report with canonical URL, OpenGraph and NewsArticle JSON-LD", async () => {
      const archive = await exportDemo();
      const exact = archive.items.find((i) => i.kind === "brief" && i.publishedFrom && i.publishedTo && Date.parse(i.publishedTo) - Date.parse(i.publishedFrom) <= 60_000 && i.section)!;
      const page = readPage(site, `${exact.url.slice(1)}index.html`);
      const base = `https://archief.example.nl${prefix}`;
      expect(page.html).toContain(`<link rel="canonical" href="${base}${exact.url.slice(1)}">`);
      expect(page.html).toContain(`<meta property="og:url" content="${base}${exact.url.slice(1)}">`);
      expect(page.html).toContain('<meta property="og:type" content="article">');
      const [ld] = page.jsonLd as Record<string, unknown>[];
      expect(ld).toMatchObject({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        headline: exact.headline.slice(0, 110),
        datePublished: exact.publishedTo,
        articleSection: exact.section,
        url: `${base}${exact.url.slice(1)}`,
      });
      expect(ld!.dateline).toContain(`(${exact.agencies.join("/")})`);
      expect((ld!.author as { name: string }[]).map((a) => a.name)).toContain("Algemeen Nederlands Persbureau");
      // An article known only to exist at its capture has no datePublished: an interval is not a date.
      const undated = archive.items.find((i) => i.kind === "article" && i.publishedFrom === null)!;
      const [undatedLd] = readPage(site, `${undated.url.slice(1)}index.html`).jsonLd as Record<string, unknown>[];
      expect(undatedLd).not.toHaveProperty("datePublished");
      expect(readPage(site, `${undated.url.slice(1)}index.html`).html).toContain("uiterlijk ");
      // Within an hour: the end of the interval; wider: none. Every report names the archive as publisher.
      const hour = archive.items.find((i) => i.publishedFrom && i.publishedTo && Date.parse(i.publishedTo) - Date.parse(i.publishedFrom) > 60_000 && Date.parse(i.publishedTo) - Date.parse(i.publishedFrom) <= 3_600_000)!;
      const wide = archive.items.find((i) => i.publishedFrom && i.publishedTo && Date.parse(i.publishedTo) - Date.parse(i.publishedFrom) > 3_600_000)!;
      const ldOf = (item: { url: string }) => (readPage(site, `${item.url.slice(1)}index.html`).jsonLd as Record<string, unknown>[])[0]!;
      expect(ldOf(hour).datePublished).toBe(hour.publishedTo);
      expect(ldOf(wide)).not.toHaveProperty("datePublished");
      expect(ld!.publisher).toEqual({ "@type": "Organization", name: "draad", url: base });
      const withDate = archive.items.filter((i) => ldOf(i).datePublished !== undefined).length;
      console.log(`[site] JSON-LD datePublished on ${withDate} of ${archive.items.length} reports (was 14 of 133 when only minute-exact times counted)`);
    });

    it("shows the update time a report's page states beside its publication, and gives it as dateModified", async () => {
      const archive = await exportDemo();
      const updated = archive.items.filter((i) => i.updatedFrom !== null);
      expect(updated.length).toBeGreaterThan(0);
      for (const item of updated) {
        const page = readPage(site, `${item.url.slice(1)}index.html`);
        // The demo's one: `Laatste update: 23 november 2025 14:05` on a page dated 09:12 by its date line.
        expect(page.html, item.url).toContain(`<p class="item-updated">Volgens de pagina bijgewerkt: <time datetime="${item.updatedFrom}">zondag 23 november 2025 om 14:05</time></p>`);
        expect((page.jsonLd as Record<string, unknown>[])[0], item.url).toMatchObject({ datePublished: item.publishedTo, dateModified: item.updatedFrom });
      }
      const others = pages.filter((p) => p.html.includes('class="item-updated"')).map((p) => p.file);
      expect(others.sort()).toEqual(updated.map((i) => `${i.url.slice(1)}index.html`).sort());
    });

    it("writes Atom and JSON feeds for the site and each section that parse and link to real pages", async () => {
      const archive = await exportDemo();
      const xml = readFileSync(join(site, "feed.xml"), "utf8");
      expect(XMLValidator.validate(xml)).toBe(true);
      const atom = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
      expect(atom.title).toBe("draad: het laatste nieuws");
      expect(atom.entry).toHaveLength(50);
      const newest = archive.items.find((i) => i.articleId === null)!;
      expect(atom.entry[0].title).toBe(newest.headline);
      expect(atom.entry[0].id).toBe(`https://archief.example.nl${prefix}${newest.url.slice(1)}`);
      const json = JSON.parse(readFileSync(join(site, "feed.json"), "utf8"));
      expect(json.version).toBe("https://jsonfeed.org/version/1.1");
      expect(json.items).toHaveLength(50);
      expect(json.items[0].content_html).toMatch(/^<p>/);
      for (const section of archive.sections) {
        const sectionXml = readFileSync(join(site, "rubriek", section.id, "feed.xml"), "utf8");
        expect(XMLValidator.validate(sectionXml), section.id).toBe(true);
        const sectionJson = JSON.parse(readFileSync(join(site, "rubriek", section.id, "feed.json"), "utf8"));
        // Each report once: a lead brief is in the feed through its article.
        const listed = archive.items.filter((i) => i.sectionId === section.id && i.articleId === null);
        expect(sectionJson.items.length).toBe(Math.min(50, listed.length));
      }
      for (const item of json.items as { url: string }[]) {
        const path = item.url.slice(`https://archief.example.nl${prefix}`.length);
        expect(existsSync(join(site, path, "index.html")), item.url).toBe(true);
      }
    });

    it("lists every page in the sitemap, and robots.txt points to it", () => {
      const xml = readFileSync(join(site, "sitemap.xml"), "utf8");
      expect(XMLValidator.validate(xml)).toBe(true);
      const urls: string[] = [new XMLParser().parse(xml).urlset.url].flat().map((u: { loc: string }) => u.loc);
      const base = `https://archief.example.nl${prefix}`;
      const expected = files.filter((f) => f !== "404.html").map((f) => base + f.replace(/index\.html$/, ""));
      expect([...urls].sort()).toEqual([...expected].sort());
      expect(readFileSync(join(site, "robots.txt"), "utf8")).toContain(`Sitemap: ${base}sitemap.xml`);
    });

    it("shows the home page grouped per day under Dutch headings, newest first", () => {
      const home = pages.find((p) => p.file === "index.html")!;
      const headings = [...home.html.matchAll(/<h2 class="day-heading"><a [^>]*>([^<]+)<\/a>/g)].map((m) => m[1]);
      expect(headings).toEqual(["Het nieuws van zondag 23 november 2025", "Het nieuws van zaterdag 22 november 2025", "Het nieuws van vrijdag 21 november 2025"]);
    });

    it("shows a day archive with previous and next day and a month calendar that links the days with news", () => {
      const day = pages.find((p) => p.file === "archief/2025/11/22/index.html")!;
      expect(day.html).toContain("<h1>Het nieuws van zaterdag 22 november 2025</h1>");
      expect(day.html).toMatch(/href="[^"]*archief\/2025\/11\/21\/" rel="prev">← Vorige dag: vrijdag 21 november 2025/);
      expect(day.html).toMatch(/href="[^"]*archief\/2025\/11\/23\/" rel="next">Volgende dag: zondag 23 november 2025/);
      const month = pages.find((p) => p.file === "archief/2025/11/index.html")!;
      expect(month.html).toContain("<caption>Dagen met nieuws in november 2025</caption>");
      // November 2025 starts on a Saturday: five empty cells before the 1st in a Monday-first week.
      expect(month.html).toMatch(/<tr>(<td class="empty"><\/td>){5}<td>1<\/td>/);
      for (const d of [19, 20, 21, 22, 23]) expect(month.html).toContain(`archief/2025/11/${d}/`);
    });

    it("indexes each report once for search, with section, place and agency filters", async () => {
      const archive = await exportDemo();
      const entry = JSON.parse(readFileSync(join(site, "pagefind", "pagefind-entry.json"), "utf8"));
      expect(Object.keys(entry.languages)).toEqual(["nl"]);
      // Every report once: the items less the lead briefs of archived articles.
      const leads = archive.items.filter((i) => i.articleId !== null).length;
      expect(leads).toBeGreaterThan(0);
      expect(entry.languages.nl.page_count).toBe(archive.items.length - leads);
      const filterFiles = readdirSync(join(site, "pagefind", "filter"));
      expect(filterFiles).toHaveLength(3);
    });
  });
}

describe("a capture full of markup, built into a site", async () => {
  const { mkdtempSync, copyFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { main } = await import("../../src/cli/main.js");
  const input = mkdtempSync(join(tmpdir(), "draad-markup-"));
  copyFileSync("tests/fixtures/hostile/markup-in-every-field.txt", join(input, "2025-11-22T1000-markup.txt"));
  const output = join(mkdtempSync(join(tmpdir(), "draad-markup-out-")), "site");
  let stdout = "";
  const code = await main(["build", "--input", input, "--output", output, "--no-search", "--no-cache"], { stdout: (t) => (stdout += t), stderr: () => {} });

  it("shows every field as the text it is: no element, attribute or link from the capture", () => {
    expect(code, stdout).toBe(0);
    const source = readFileSync(join(input, "2025-11-22T1000-markup.txt"), "utf8");
    expect(source).toContain("<script");
    for (const file of htmlFiles(output)) {
      const page = readPage(output, file);
      expect(page.eventHandlers, file).toEqual([]);
      for (const script of page.scripts) expect(script.type === "application/ld+json" || file === "zoeken/index.html" || file === "vastleggen/index.html", file).toBe(true);
      for (const link of page.links) if (!(file === "vastleggen/index.html" && link === bookmarkletUrl())) expect(link, file).not.toMatch(/^\s*javascript:|x\.png|example\.org/i);
      expect(page.html, file).not.toMatch(/<img src=x|<iframe src|<b onmouseover|<i>AFP|<h1>Titel|<script>alert/);
    }
    // Template syntax in a capture is text, not evaluated: it appears as written.
    const article = htmlFiles(output).find((f) => f.startsWith("artikel/"))!;
    const html = readFileSync(join(output, article), "utf8");
    expect(html).toContain("{{ kop }}");
    expect(html).toContain("&lt;script&gt;alert(&#39;alinea&#39;)&lt;/script&gt;");
    expect(html).toContain("[de site](javascript:alert(&#39;link&#39;))");
  });
});
