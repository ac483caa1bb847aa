/**
 * The templates (src/site/templates/) outside a whole build: the pagination's gap, a long list
 * page as valid HTML.
 */
import { describe, expect, it } from "vitest";
import { HtmlValidate } from "html-validate";
import { buildArchive } from "../../src/archive/index.js";
import { parseCapture } from "../../src/wire/index.js";
import { buildSiteData } from "../../src/site/view-model.js";
import { BUILT_IN_TEMPLATES, templateTools } from "../../src/site/templates/index.js";
import { SiteUrls } from "../../src/site/routes.js";

/** `n` briefs in one section, ten minutes apart. */
function longSection(n: number) {
  const records = Array.from({ length: n }, (_, i) => {
    const at = new Date(Date.parse("2025-11-20T06:00:00Z") + 10 * i * 60_000).toISOString().replace(".000Z", "Z");
    return parseCapture(`---\ncaptured: ${at}\n---\nKop nummer ${i}\n\nZWOLLE (ANP) - Bericht nummer ${i} over de stad Zwolle, met een eigen zin ${i}.\n\nMeer uit Binnenland\n`, { source: `c${String(i).padStart(4, "0")}.txt` });
  });
  return buildArchive(records);
}

describe("the built-in templates", () => {
  const { site, pages } = buildSiteData(longSection(400), { baseUrl: "https://x.nl", pathPrefix: "/", pages: [] });
  const tools = templateTools(BUILT_IN_TEMPLATES, new SiteUrls({ baseUrl: "https://x.nl", pathPrefix: "/" }));
  const sectionPages = pages.list.filter((p) => p.kind === "section");

  it("puts a gap between page numbers that do not follow each other", () => {
    expect(sectionPages).toHaveLength(10);
    const render = (n: number) => tools.part("pagination", { site, pagination: sectionPages[n - 1]!.pagination }).value;
    const numbers = (n: number) => [...render(n).matchAll(/<li(?: class="gap"[^>]*)?>(?:<a [^>]*>|<span [^>]*>)?([^<]*)/g)].map((m) => m[1]).slice(1, -1);
    expect(numbers(1)).toEqual(["1", "2", "3", "…", "10"]);
    expect(numbers(5)).toEqual(["1", "…", "3", "4", "5", "6", "7", "…", "10"]);
    expect(numbers(10)).toEqual(["1", "…", "8", "9", "10"]);
    expect(numbers(3)).toEqual(["1", "2", "3", "4", "5", "…", "10"]);
    expect(render(1)).toContain('    <li class="gap" aria-hidden="true">…</li>\n');
  });

  it("renders a long list page as valid HTML", async () => {
    const page = sectionPages[4]!;
    const html = BUILT_IN_TEMPLATES.pages.list.render({ site, entry: page, page: { url: page.url, outputPath: false } }, tools).value;
    const report = await new HtmlValidate({ extends: ["html-validate:recommended"] }).validateString(html, "list.html");
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
  });
});
