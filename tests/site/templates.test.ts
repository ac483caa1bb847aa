/**
 * The templates (src/site/templates/) outside a whole build: the pagination's gap, a long list
 * page as valid HTML; and a site's own templates (`--templates DIR`): they replace draad's of the
 * same name everywhere, get the escaping html tag, change the cached pages' keys, and a folder
 * that is not right stops the build before anything is written.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HtmlValidate } from "html-validate";
import { main } from "../../src/cli/main.js";
import { buildArchive } from "../../src/archive/index.js";
import { parseCapture } from "../../src/wire/index.js";
import { buildSiteData } from "../../src/site/view-model.js";
import { BUILT_IN_TEMPLATES, templateTools } from "../../src/site/templates/index.js";
import { SiteUrls } from "../../src/site/routes.js";
import { htmlFiles, readPage } from "../support/html.js";
import { exportDemo } from "../support/archive.js";

async function draad(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const fresh = (name: string) => join(mkdtempSync(join(tmpdir(), `draad-templates-${name}-`)), name);

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

  it("lists the front page and the page numbers in reading order, with a gap between links that do not follow each other", () => {
    expect(sectionPages).toHaveLength(10);
    // Reading order: the front page, then pages 9 (newest) to 1 (oldest).
    expect(sectionPages.map((p) => p.pagination.current)).toEqual([0, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    const render = (i: number) => tools.part("pagination", { site, pagination: sectionPages[i]!.pagination }).value;
    const numbers = (i: number) => [...render(i).matchAll(/<li(?: class="gap"[^>]*)?>(?:<a [^>]*>|<span [^>]*>)?([^<]*)/g)].map((m) => m[1]).slice(1, -1);
    expect(numbers(0)).toEqual(["Nieuwste", "9", "8", "…", "1"]);
    expect(numbers(4)).toEqual(["Nieuwste", "9", "8", "7", "6", "5", "4", "…", "1"]);
    expect(numbers(9)).toEqual(["Nieuwste", "9", "…", "3", "2", "1"]);
    expect(numbers(2)).toEqual(["Nieuwste", "9", "8", "7", "6", "…", "1"]);
    expect(render(0)).toContain('    <li class="gap" aria-hidden="true">…</li>\n');
    expect(render(0)).toContain('<span aria-current="page">Nieuwste</span>');
    expect(render(0)).toContain("De nieuwste berichten. Oudere staan op 9 pagina&#39;s; pagina 1 heeft de oudste.");
    expect(render(9)).toContain("Pagina 1 van 9: de oudste berichten.");
    expect(render(4)).toContain("Pagina 6 van 9; pagina 1 heeft de oudste berichten.");
    expect(render(9)).toContain('<span class="disabled">Ouder</span>');
    expect(render(0)).toContain('<span class="disabled">Nieuwer</span>');
  });

  it("renders a long list page as valid HTML", async () => {
    const page = sectionPages[4]!;
    const html = BUILT_IN_TEMPLATES.pages.list.render({ site, entry: page, page: { url: page.url, outputPath: false } }, tools).value;
    const report = await new HtmlValidate({ extends: ["html-validate:recommended"] }).validateString(html, "list.html");
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
  });
});

describe("lists mark a report whose captures show more than one version", async () => {
  const archive = await exportDemo();
  const { site, pages } = buildSiteData(archive, { baseUrl: "https://x.nl", pathPrefix: "/", pages: [] });
  const tools = templateTools(BUILT_IN_TEMPLATES, new SiteUrls({ baseUrl: "https://x.nl", pathPrefix: "/" }));

  it("as 'bijgewerkt', after the kind, and only that report", () => {
    const summaries = pages.list.flatMap((p) => p.groups.flatMap((g) => g.items));
    const updated = [...new Set(summaries.filter((s) => s.updated).map((s) => s.headline))];
    expect(updated).toEqual(archive.items.filter((i) => i.versions.length > 1).map((i) => i.headline));
    expect(updated).toEqual(["Bibliotheek Zwolle gaat 's avonds langer open"]);
    const section = pages.list.find((p) => p.groups.some((g) => g.items.some((s) => s.updated)))!;
    const html = tools.part("item-list", { site, items: section.groups.flatMap((g) => g.items), headingLevel: 2, showLead: false, timeContext: null }).value;
    expect(html.match(/<span class="updated"[^>]*>bijgewerkt<\/span>/g)).toHaveLength(1);
    expect(html).toContain(' · <span class="kind">kort bericht</span>'.replace("kort bericht", section.groups.flatMap((g) => g.items).find((s) => s.updated)!.kindLabel) + ' · <span class="updated"');
  });
});

describe("a site's own templates (--templates DIR)", async () => {
  const templates = mkdtempSync(join(tmpdir(), "draad-own-templates-"));
  // The layout with a banner; the item list in a layout of its own; robots.txt as a plain string.
  const baseSource = readFileSync("tests/fixtures/templates/base.11ty.js", "utf8");
  writeFileSync(join(templates, "base.11ty.js"), baseSource);
  writeFileSync(join(templates, "item-list.11ty.js"), readFileSync("tests/fixtures/templates/item-list.11ty.js", "utf8"));
  writeFileSync(join(templates, "item.11ty.js"), readFileSync("tests/fixtures/templates/item.11ty.js", "utf8"));
  writeFileSync(join(templates, "robots.11ty.js"), "export function render() {\n  return 'User-agent: *\\nDisallow: /\\n';\n}\n");
  const output = fresh("site");
  const cache = fresh("cache");
  const built = await draad(["build", "--output", output, "--templates", templates, "--cache", cache, "--no-search", "--base-url", "https://archief.example.nl"]);

  it("replace draad's templates of their name, and every page uses them", () => {
    expect(built.code, built.stderr).toBe(0);
    const files = htmlFiles(output);
    expect(files.length).toBeGreaterThan(200);
    for (const file of files) expect(readFileSync(join(output, file), "utf8"), file).toContain('<p class="banner">Eigen archief</p>');
    expect(readFileSync(join(output, "robots.txt"), "utf8")).toBe("User-agent: *\nDisallow: /\n");
    const home = readFileSync(join(output, "index.html"), "utf8");
    expect(home).toContain('<ul class="own-list">');
    expect(home).not.toContain('<ol class="item-list">');
  });

  it("escape what they show with tools.html, and keep draad's pages, links and head", () => {
    const page = readPage(output, "index.html");
    expect(page.lang).toBe("nl");
    expect(page.html).toContain('<meta http-equiv="Content-Security-Policy"');
    // A headline with an apostrophe, escaped by the user's item list through tools.html.
    expect(page.html).toMatch(/<li><a href="\/kort\/[^"]+">Pizzabakkers in Napels bakken duizend pizza&#39;s voor buurthuizen<\/a><\/li>/);
  });

  it("word the times an entry holds as they are with tools.times, as draad's own pages do", () => {
    const own = readdirSync(join(output, "artikel")).sort()[0]!;
    const page = readFileSync(join(output, "artikel", own, "index.html"), "utf8");
    const rows = [...page.matchAll(/<tr><td>([^<]+)<\/td><td>([^<]+)<\/td><td>(.*?)<\/td><\/tr>/g)];
    expect(rows.length).toBeGreaterThan(0);
    const months = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december";
    for (const [, capture, capturedAt, interval] of rows) {
      expect(capture).toMatch(/\.txt$/);
      expect(capturedAt).toMatch(new RegExp(`^\\d{1,2} (${months}) \\d{4}, \\d{2}:\\d{2}$`));
      expect(interval).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}">/);
    }
  });

  it("are part of every cached page's key: a changed template renders every page again", async () => {
    const again = await draad(["build", "--output", output, "--templates", templates, "--cache", cache, "--no-search", "--base-url", "https://archief.example.nl"]);
    expect(again.stdout).toMatch(/pages: (\d+) of \1 reused/);
    // The folder again with the layout changed (in a folder of its own: this process keeps the modules it loaded).
    const edited = mkdtempSync(join(tmpdir(), "draad-own-templates-edited-"));
    for (const file of ["item-list.11ty.js", "item.11ty.js", "robots.11ty.js"]) writeFileSync(join(edited, file), readFileSync(join(templates, file)));
    writeFileSync(join(edited, "base.11ty.js"), baseSource.replace("Eigen archief", "Ons archief"));
    const changed = await draad(["build", "--output", output, "--templates", edited, "--cache", cache, "--no-search", "--base-url", "https://archief.example.nl"]);
    expect(changed.code, changed.stderr).toBe(0);
    expect(changed.stdout).toMatch(/pages: 0 of \d+ reused/);
    for (const file of htmlFiles(output)) expect(readFileSync(join(output, file), "utf8"), file).toContain('<p class="banner">Ons archief</p>');
  });

  it("stop the build before anything is written when a file is no template of draad's or renders nothing", async () => {
    const wrong = mkdtempSync(join(tmpdir(), "draad-own-templates-wrong-"));
    writeFileSync(join(wrong, "artikel.11ty.js"), "export function render() { return ''; }\n");
    const unknown = await draad(["build", "--output", fresh("x"), "--templates", wrong, "--no-search", "--no-cache"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('draad has no template "artikel"');
    expect(unknown.stderr).toContain("item");

    const empty = mkdtempSync(join(tmpdir(), "draad-own-templates-empty-"));
    writeFileSync(join(empty, "item.11ty.js"), "export const data = {};\n");
    const noRender = await draad(["build", "--output", fresh("x"), "--templates", empty, "--no-search", "--no-cache"]);
    expect(noRender.code).toBe(2);
    expect(noRender.stderr).toContain("exports no render function");

    const urls = mkdtempSync(join(tmpdir(), "draad-own-templates-urls-"));
    writeFileSync(join(urls, "item.11ty.js"), "export const data = { permalink: '/elders/' };\nexport function render() { return ''; }\n");
    const permalink = await draad(["build", "--output", fresh("x"), "--templates", urls, "--no-search", "--no-cache"]);
    expect(permalink.code).toBe(2);
    expect(permalink.stderr).toContain("permalink stay draad's");

    expect((await draad(["build", "--output", fresh("x"), "--templates", join(wrong, "nergens"), "--no-search", "--no-cache"])).code).toBe(2);
  });
}, 180_000);
