/**
 * Our own Markdown pages (`content/pages/*.md`, e.g. "Over dit archief"): front matter via
 * gray-matter (YAML as data only; `---js` is refused like in captures), body via marked.
 * They come in by pull request like captures, so they get Markdown and nothing more: raw HTML
 * in them is shown as the text it is, and a link or image whose URL has a scheme other than
 * http, https or mailto (`javascript:`, `data:`, `vbscript:` ...) keeps its text but loses its
 * link. A page that cannot be read becomes a diagnostic, never a crash.
 */
import { statSync } from "node:fs";
import { readInside, realPathOrNull, walkInputFolder } from "../input/input-folder.js";
import matter from "gray-matter";
import { Marked, type Tokens } from "marked";
import { escapeHtml } from "./html-escape.js";
import { SAFE_ENGINES } from "../wire/front-matter.js";
import { fileDiagnostic } from "../wire/diagnostics.js";
import { slugify } from "../archive/index.js";
import type { ArchiveDiagnostic } from "../archive/index.js";
import type { MarkdownPage } from "./view-model.js";
import { markdownPageUrl, RESERVED_SEGMENTS } from "./routes.js";

/** URL schemes a Markdown page may link to; scheme-less (site-relative) URLs are fine too. */
const LINK_SCHEMES: ReadonlySet<string> = new Set(["http", "https", "mailto"]);

/**
 * Whether `url` may be an href or src. Browsers drop tabs and newlines inside a URL and leading
 * spaces and control characters, so `java\tscript:` is a scheme too; the URL is written out with
 * every `&` escaped, so what was checked is what the browser reads (no `&#x61;` tricks).
 */
export function isAllowedUrl(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]+/g, ""));
  return !scheme || LINK_SCHEMES.has(scheme[1]!.toLowerCase());
}

/** marked with raw HTML escaped and links checked; everything else is marked's own rendering. */
export const markdown = new Marked({
  gfm: true,
  renderer: {
    html({ text, block }: Tokens.HTML | Tokens.Tag) {
      return block ? `<p>${escapeHtml(text.trim())}</p>\n` : escapeHtml(text);
    },
    link({ href, title, tokens }: Tokens.Link) {
      const text = this.parser.parseInline(tokens);
      if (!isAllowedUrl(href)) return text;
      return `<a href="${escapeHtml(href)}"${title ? ` title="${escapeHtml(title)}"` : ""}>${text}</a>`;
    },
    image({ href, title, text }: Tokens.Image) {
      if (!isAllowedUrl(href)) return escapeHtml(text);
      return `<img src="${escapeHtml(href)}" alt="${escapeHtml(text)}"${title ? ` title="${escapeHtml(title)}"` : ""}>`;
    },
  },
});

/** A page that was not read: its severity, like every code's, from the one table (src/wire/diagnostics.ts). */
function unreadablePage(file: string, problem: "link-outside-input" | "special-file" | "unreadable", detail: string): ArchiveDiagnostic {
  return problem === "link-outside-input"
    ? fileDiagnostic(file, "link-outside-input", `is a symbolic link out of the pages folder (${detail}); the page was left out`)
    : fileDiagnostic(file, problem === "unreadable" ? "unreadable-file" : problem, `cannot be read (${detail}); the page was left out`);
}

export async function readMarkdownPages(directory: string): Promise<{ pages: MarkdownPage[]; diagnostics: ArchiveDiagnostic[] }> {
  const pages: MarkdownPage[] = [];
  const diagnostics: ArchiveDiagnostic[] = [];
  if (!isFolder(directory)) return { pages, diagnostics };
  // The pages folder is a boundary like the input folder: no link out of it is followed.
  const boundary = realPathOrNull(directory);
  const walked = walkInputFolder(directory, ".md");
  for (const p of walked.passedOver) {
    if (p.reason === "link-outside-input" || p.reason === "special-file" || p.reason === "unreadable") {
      diagnostics.push(unreadablePage(p.path, p.reason, p.detail ?? p.reason));
    }
  }
  // Pages are the folder's own files; subfolders are not pages.
  for (const found of walked.files.filter((f) => !f.name.includes("/"))) {
    const name = found.name;
    const file = found.path;
    try {
      const read = readInside(file, boundary);
      if (!("bytes" in read)) {
        diagnostics.push(unreadablePage(file, read.problem, read.detail));
        continue;
      }
      const text = read.bytes.toString("utf8");
      const parsed = matter(text, { engines: SAFE_ENGINES, language: "yaml" });
      const data = parsed.data as Record<string, unknown>;
      const slug = typeof data.slug === "string" && slugify(data.slug) ? slugify(data.slug) : slugify(name.replace(/\.md$/, ""));
      // A page may not take a first path segment of the archive's own pages (src/site/routes.ts).
      const url = markdownPageUrl(slug);
      if (!slug || RESERVED_SEGMENTS.has(slug) || pages.some((p) => p.url === url)) {
        diagnostics.push(fileDiagnostic(file, "invalid-front-matter", `the page would be at ${url}, which ${slug && !RESERVED_SEGMENTS.has(slug) ? "another page already has" : "the archive itself uses"}; it was left out. Give it another file name or a \`slug:\` in its front matter.`));
        continue;
      }
      const title = typeof data.title === "string" ? data.title : (/^#\s+(.+)$/m.exec(parsed.content)?.[1] ?? slug);
      pages.push({
        url,
        title,
        description: typeof data.description === "string" ? data.description : "",
        html: await markdown.parse(parsed.content, { async: true }),
        navOrder: typeof data.nav === "number" ? data.nav : null,
      });
    } catch (error) {
      diagnostics.push(fileDiagnostic(file, "invalid-front-matter", `this page could not be read (${(error as Error).message.split("\n")[0]}); it was left out. Check its front matter.`));
    }
  }
  return { pages, diagnostics };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
