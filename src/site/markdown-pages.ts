/**
 * Our own Markdown pages (`content/pages/*.md`, e.g. "Over dit archief"): front matter via
 * gray-matter (YAML as data only; `---js` is refused like in captures), body via marked.
 * These pages are written by the archive's maintainers, not copied from news sites, so their
 * HTML is used as written. A page that cannot be read becomes a diagnostic, never a crash.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import matter from "gray-matter";
import { marked } from "marked";
import { SAFE_ENGINES } from "../wire/front-matter.js";
import { slugify } from "../archive/index.js";
import type { ArchiveDiagnostic } from "../archive/index.js";
import type { MarkdownPage } from "./view-model.js";

/** First path segments the archive's own pages use: a Markdown page may not take them. */
const RESERVED_PATHS: ReadonlySet<string> = new Set([
  "artikel", "kort", "rubriek", "rubrieken", "plaats", "plaatsen", "persbureau", "persbureaus",
  "verhaal", "verhaallijnen", "archief", "zoeken", "assets", "pagefind", "feed", "sitemap", "404",
]);

export async function readMarkdownPages(directory: string): Promise<{ pages: MarkdownPage[]; diagnostics: ArchiveDiagnostic[] }> {
  const pages: MarkdownPage[] = [];
  const diagnostics: ArchiveDiagnostic[] = [];
  let names: string[];
  try {
    names = (await readdir(directory)).filter((n) => n.endsWith(".md") && !n.startsWith(".")).sort();
  } catch {
    return { pages, diagnostics };
  }
  for (const name of names) {
    const file = join(directory, name);
    try {
      const text = await readFile(file, "utf8");
      const parsed = matter(text, { engines: SAFE_ENGINES, language: "yaml" });
      const data = parsed.data as Record<string, unknown>;
      const slug = typeof data.slug === "string" && slugify(data.slug) ? slugify(data.slug) : slugify(name.replace(/\.md$/, ""));
      if (!slug || RESERVED_PATHS.has(slug) || pages.some((p) => p.url === `/${slug}/`)) {
        diagnostics.push({ file, line: 1, column: 1, code: "invalid-front-matter", severity: "warning", message: `the page would be at /${slug}/, which ${slug && !RESERVED_PATHS.has(slug) ? "another page already has" : "the archive itself uses"}; it was left out. Give it another file name or a \`slug:\` in its front matter.` });
        continue;
      }
      const title = typeof data.title === "string" ? data.title : (/^#\s+(.+)$/m.exec(parsed.content)?.[1] ?? slug);
      pages.push({
        url: `/${slug}/`,
        title,
        description: typeof data.description === "string" ? data.description : "",
        html: await marked.parse(parsed.content, { async: true, gfm: true }),
        navOrder: typeof data.nav === "number" ? data.nav : null,
      });
    } catch (error) {
      diagnostics.push({ file, line: 1, column: 1, code: "invalid-front-matter", severity: "warning", message: `this page could not be read (${(error as Error).message.split("\n")[0]}); it was left out. Check its front matter.` });
    }
  }
  return { pages, diagnostics };
}
