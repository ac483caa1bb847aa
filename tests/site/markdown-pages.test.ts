/**
 * Markdown pages (content/pages/*.md) come in by pull request like captures: they get Markdown
 * and nothing more. Raw HTML is shown as text, and links and images to `javascript:` and other
 * schemes (however they are spelled) keep their text and lose the link.
 */
import { describe, expect, it } from "vitest";
import { isAllowedUrl, readMarkdownPages } from "../../src/site/markdown-pages.js";
import { pageFacts } from "../support/html.js";
import { SINK_PAGES } from "../support/sinks.js";

/** Every element name in a fragment of HTML, as a browser parses it. */
function elementsOf(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)) found.add(m[1]!.toLowerCase());
  return [...found].sort();
}

describe("a hostile Markdown page", async () => {
  const { pages, diagnostics } = await readMarkdownPages(SINK_PAGES);
  const page = pages[0]!;
  const facts = pageFacts("verantwoording", `<!doctype html><html><body>${page.html}</body></html>`);

  it("is read, with Markdown rendered", () => {
    expect(diagnostics).toEqual([]);
    expect(pages).toHaveLength(1);
    expect(page.html).toContain("<strong>vet</strong>");
    expect(page.html).toContain('<a href="/archief/">gewone link</a>');
    expect(page.html).toContain('<a href="mailto:redactie@example.org">mail</a>');
  });

  it("shows its raw HTML as text: no element, attribute or handler from it", () => {
    expect(elementsOf(page.html)).toEqual(["a", "h1", "li", "p", "strong", "ul"]);
    expect(facts.eventHandlers).toEqual([]);
    expect(facts.scripts).toEqual([]);
    for (const text of ["&lt;img src=x onerror=alert(1)&gt;", "&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;details open ontoggle=alert(1)&gt;", "&lt;b onmouseover=alert(1)&gt;vet&lt;/b&gt;"]) {
      expect(page.html).toContain(text);
    }
  });

  it("links nowhere but http, https, mailto and the site itself, as the browser reads the attribute", () => {
    // parse5 decodes entities in attributes as a browser does: `java&#x73;cript:` is checked as the browser would see it.
    for (const link of facts.links) expect(isAllowedUrl(link), link).toBe(true);
    for (const text of ["klik", "klik hoofdletters", "data", "referentie", "plaatje"]) expect(page.html).toContain(`<li>${text}</li>`);
  });

  it("decides on URLs as browsers read them", () => {
    for (const url of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)", "\u0001javascript:alert(1)", "data:text/html,x", "vbscript:msgbox(1)", "file:///etc/passwd"]) {
      expect(isAllowedUrl(url), JSON.stringify(url)).toBe(false);
    }
    for (const url of ["https://example.org/", "http://example.org/", "mailto:a@example.org", "/archief/", "#inhoud", "over/", "java&#x73;cript:alert(1)"]) {
      expect(isAllowedUrl(url), url).toBe(true);
    }
  });
});

describe("a pages folder with pages that cannot be read", () => {
  it("reports each with the severity of its code in the one table, like a capture", async () => {
    const { mkdtempSync, writeFileSync, symlinkSync } = await import("node:fs");
    const { spawnSync } = await import("node:child_process");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const { DIAGNOSTIC_CODES } = await import("../../src/wire/diagnostics.js");
    const dir = mkdtempSync(join(tmpdir(), "draad-pages-"));
    writeFileSync(join(dir, "over.md"), "# Over\n\nTekst.\n");
    writeFileSync(join(dir, "zoeken.md"), "# Zoeken\n");
    symlinkSync("/etc/hostname", join(dir, "buiten.md"));
    const fifo = spawnSync("mkfifo", [join(dir, "pijp.md")]).status === 0;
    if (!fifo) console.log("[markdown-pages] mkfifo unavailable: no FIFO in the pages folder");
    const { pages, diagnostics } = await readMarkdownPages(dir);
    expect(pages.map((p) => p.title)).toEqual(["Over"]);
    const codes = diagnostics.map((d) => d.code).sort();
    expect(codes).toEqual(["invalid-front-matter", "link-outside-input", ...(fifo ? ["special-file"] : [])].sort());
    for (const d of diagnostics) expect(d.severity, d.code).toBe(DIAGNOSTIC_CODES[d.code as keyof typeof DIAGNOSTIC_CODES].severity);
  });
});
