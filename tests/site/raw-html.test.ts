/**
 * Unescaped HTML has one door: `trustedHtml` (src/site/html.ts); everything else a template puts
 * into a page goes through the escaping `html` tag. Every call of the door in src/ is listed
 * here, file by file; a new one fails this test until someone has checked that what passes
 * through it is HTML draad made itself (never capture text, never a Markdown page as written)
 * and added it. Ways around the door fail it too: an untagged template literal of markup in a
 * template, making the HTML class by hand, Nunjucks' own escapes. The browser scripts build DOM
 * from text only, so any API that parses a string as HTML (or code) fails the test too.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ALLOWED_TRUSTED_HTML: Record<string, number> = {
  // The door itself.
  "src/site/html.ts": 1,
  // The report's JSON-LD: JSON with `<` as \u003c (src/site/pages/json-ld.ts), inside <script type="application/ld+json">.
  "src/site/templates/base.ts": 1,
  // JSON Feed: JSON.stringify with `<` as \u003c (src/site/pages/feeds.ts); escaping it as HTML would break the JSON.
  "src/site/templates/feeds.ts": 1,
  // A Markdown page rendered by src/site/markdown-pages.ts: raw HTML escaped, links checked.
  "src/site/templates/page.ts": 1,
  // What a site's own template returns as a string: its code, reviewed like code (README, "Your own templates").
  "src/site/template-overrides.ts": 1,
};

/**
 * Where the door may be named without being called: it is handed to templates as a tool (so a
 * user's template can use it too), and its type is declared.
 */
const TOOL_MENTIONS = new Set(["src/site/html.ts", "src/site/templates/index.ts", "src/site/templates/template.ts"]);

/** Ways around the door: Nunjucks' escapes, the HTML class made by hand. */
const BYPASSES = [/\|\s*safe\b/, /autoescape\s*(?:false|:\s*false)/, /\{%-?\s*autoescape/, /SafeString/, /markSafe/, /new\s+SafeHtml\b/];

/** In a template: a template literal that starts with markup and puts values into it, but is not tagged `html`. */
const UNTAGGED_MARKUP = /(?<![\w$])`\s*<[a-zA-Z!?/][^`]*\$\{/;

/** Browser APIs that turn a string into markup or code. */
const PARSES_STRINGS = [/\binnerHTML\b/, /\bouterHTML\b/, /\binsertAdjacentHTML\b/, /\bdocument\.write(?:ln)?\b/, /\bcreateContextualFragment\b/, /\bDOMParser\b/, /\bsrcdoc\b/, /\beval\s*\(/, /\bnew\s+Function\b/, /\bsetAttribute\(\s*["']on/i];

const filesUnder = (folder: string, extensions: RegExp) =>
  (readdirSync(folder, { recursive: true }) as string[])
    .map((f) => join(folder, f).split("\\").join("/"))
    .filter((f) => extensions.test(f))
    .sort();

const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`))?.length ?? 0;

/** The text without its import statements (naming the door in an import is not a use). */
const withoutImports = (text: string) => text.replace(/^import\b[^;]*;/gm, "");

describe("raw HTML goes through trustedHtml only", () => {
  const sources = [...filesUnder("templates", /\.(njk|js|html|md)$/), ...filesUnder("src", /\.(ts|js|mjs|njk)$/)];

  it("calls trustedHtml exactly where the allow-list says, and names it elsewhere only to hand it to templates", () => {
    const calls: Record<string, number> = {};
    const mentions: string[] = [];
    for (const file of sources) {
      const text = withoutImports(readFileSync(file, "utf8"));
      const n = count(text, /\btrustedHtml\s*\(/);
      if (n) calls[file] = n;
      if (count(text, /\btrustedHtml\b/) > n && !TOOL_MENTIONS.has(file)) mentions.push(file);
    }
    expect(calls).toEqual(ALLOWED_TRUSTED_HTML);
    expect(mentions).toEqual([]);
  });

  it("has no other way to output unescaped HTML (no untagged markup in templates, no HTML made by hand, no Nunjucks)", () => {
    const found: string[] = [];
    for (const file of sources) {
      const text = readFileSync(file, "utf8");
      for (const pattern of BYPASSES) if (pattern.test(text) && !(file === "src/site/html.ts" && pattern.source.includes("SafeHtml"))) found.push(`${file}: ${pattern.source}`);
      if (file.startsWith("src/site/templates/") && UNTAGGED_MARKUP.test(text)) found.push(`${file}: untagged markup`);
      if (/from\s+["']nunjucks["']/.test(text)) found.push(`${file}: nunjucks`);
    }
    expect(found).toEqual([]);
    // The HTML class is made in one file only.
    const made = sources.filter((f) => /new\s+SafeHtml\b/.test(readFileSync(f, "utf8")));
    expect(made).toEqual(["src/site/html.ts"]);
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
    expect(UNTAGGED_MARKUP.test("return `<p>${entry.headline}</p>`;")).toBe(true);
    expect(UNTAGGED_MARKUP.test("return html`<p>${entry.headline}</p>`;")).toBe(false);
    expect(UNTAGGED_MARKUP.test("const month = `${t.archive.calendarCaption} `;")).toBe(false);
    for (const line of ["el.innerHTML = x", "el.insertAdjacentHTML('beforeend', x)", "document.write(x)", "el.outerHTML = x", "a.setAttribute('onclick', x)"]) {
      expect(PARSES_STRINGS.some((p) => p.test(line)), line).toBe(true);
    }
    expect(PARSES_STRINGS.some((p) => p.test("el.textContent = x"))).toBe(false);
  });
});
