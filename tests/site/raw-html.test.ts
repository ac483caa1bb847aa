/**
 * Unescaped HTML has one door: the Nunjucks filter `trustedHtml` (src/site/eleventy-config.ts).
 * Every use of it in templates/ and src/ is listed here, file by file; a new one fails this test
 * until someone has checked that what passes through it is HTML draad made itself (never capture
 * text, never a Markdown page as written) and added it. The browser scripts build DOM from text
 * only, so any API that parses a string as HTML (or code) fails the test too.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ALLOWED_TRUSTED_HTML: Record<string, number> = {
  // The page body Eleventy rendered from our own templates (already escaped where it holds text).
  "templates/_includes/layouts/base.njk": 2, // + the report's JSON-LD, JSON with `<` as \u003c (view-model.ts jsonLd)
  // JSON Feed: JSON.stringify with `<` as \u003c (view-model.ts jsonFeed); escaping it as HTML would break the JSON.
  "templates/feed-json.njk": 1,
  // A Markdown page rendered by src/site/markdown-pages.ts: raw HTML escaped, links checked.
  "templates/page.njk": 1,
  // The filter's definition.
  "src/site/eleventy-config.ts": 1,
  // The door of the coming JavaScript templates (src/site/html.ts), not used yet.
  "src/site/html.ts": 1,
};

/** Ways around the door: Nunjucks' own `safe`, switching autoescape off, marking strings safe by hand. */
const BYPASSES = [/\|\s*safe\b/, /autoescape\s*(?:false|:\s*false)/, /\{%-?\s*autoescape/, /SafeString/, /markSafe/];

/** Browser APIs that turn a string into markup or code. */
const PARSES_STRINGS = [/\binnerHTML\b/, /\bouterHTML\b/, /\binsertAdjacentHTML\b/, /\bdocument\.write(?:ln)?\b/, /\bcreateContextualFragment\b/, /\bDOMParser\b/, /\bsrcdoc\b/, /\beval\s*\(/, /\bnew\s+Function\b/, /\bsetAttribute\(\s*["']on/i];

const filesUnder = (folder: string, extensions: RegExp) =>
  (readdirSync(folder, { recursive: true }) as string[])
    .map((f) => join(folder, f).split("\\").join("/"))
    .filter((f) => extensions.test(f))
    .sort();

const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`))?.length ?? 0;

describe("raw HTML goes through trustedHtml only", () => {
  const sources = [...filesUnder("templates", /\.(njk|js|html|md)$/), ...filesUnder("src", /\.(ts|js|mjs|njk)$/)];

  it("uses trustedHtml exactly where the allow-list says", () => {
    const uses: Record<string, number> = {};
    for (const file of sources) {
      const n = count(readFileSync(file, "utf8"), /\btrustedHtml\b/);
      if (n) uses[file] = n;
    }
    expect(uses).toEqual(ALLOWED_TRUSTED_HTML);
  });

  it("has no other way to output unescaped HTML (no | safe, no autoescape off, no SafeString)", () => {
    const found: string[] = [];
    const safeFilter: Record<string, number> = {};
    for (const file of sources) {
      const text = readFileSync(file, "utf8");
      for (const pattern of BYPASSES) if (pattern.test(text)) found.push(`${file}: ${pattern.source}`);
      const n = count(text, /getFilter\(\s*["']safe["']/);
      if (n) safeFilter[file] = n;
    }
    expect(found).toEqual([]);
    // Nunjucks' `safe` is reached from code in one place: trustedHtml's definition.
    expect(safeFilter).toEqual({ "src/site/eleventy-config.ts": 1 });
  });

  it("builds DOM in the browser scripts from text only (no innerHTML, outerHTML, insertAdjacentHTML, document.write, eval)", () => {
    const scripts = filesUnder("templates/assets", /\.js$/);
    expect(scripts).toContain("templates/assets/search.js");
    const found: string[] = [];
    for (const file of scripts) {
      const text = readFileSync(file, "utf8");
      for (const pattern of PARSES_STRINGS) if (pattern.test(text)) found.push(`${file}: ${pattern.source}`);
    }
    expect(found).toEqual([]);
  });

  it("catches what it is meant to catch", () => {
    expect(BYPASSES.some((p) => p.test("{{ x | safe }}"))).toBe(true);
    expect(BYPASSES.some((p) => p.test("{% autoescape false %}"))).toBe(true);
    expect(BYPASSES.some((p) => p.test("new nunjucks.runtime.SafeString(x)"))).toBe(true);
    for (const line of ["el.innerHTML = x", "el.insertAdjacentHTML('beforeend', x)", "document.write(x)", "el.outerHTML = x", "a.setAttribute('onclick', x)"]) {
      expect(PARSES_STRINGS.some((p) => p.test(line)), line).toBe(true);
    }
    expect(PARSES_STRINGS.some((p) => p.test("el.textContent = x"))).toBe(false);
  });
});
