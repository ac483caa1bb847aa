/**
 * Reading built pages: every HTML file of a site, its links, ids, scripts and event-handler
 * attributes, through parse5 (the HTML spec's parser), not regular expressions.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { parse } from "parse5";

export interface PageFacts {
  /** Path of the file relative to the site folder, `/`-separated. */
  file: string;
  html: string;
  links: string[];
  ids: Set<string>;
  scripts: { type: string | null; src: string | null; text: string }[];
  eventHandlers: string[];
  lang: string | null;
  jsonLd: unknown[];
}

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
}

export function htmlFiles(site: string): string[] {
  return (readdirSync(site, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".html"))
    .map((f) => f.split("\\").join("/"))
    .sort();
}

export function readPage(site: string, file: string): PageFacts {
  const html = readFileSync(join(site, file), "utf8");
  return pageFacts(file, html);
}

export function pageFacts(file: string, html: string): PageFacts {
  const facts: PageFacts = { file, html, links: [], ids: new Set(), scripts: [], eventHandlers: [], lang: null, jsonLd: [] };
  const walk = (node: Node) => {
    const attrs = new Map((node.attrs ?? []).map((a) => [a.name, a.value]));
    if (node.tagName === "html") facts.lang = attrs.get("lang") ?? null;
    for (const name of ["href", "src"]) {
      const value = attrs.get(name);
      if (value !== undefined) facts.links.push(value);
    }
    const id = attrs.get("id");
    if (id) facts.ids.add(id);
    for (const name of attrs.keys()) if (/^on/i.test(name)) facts.eventHandlers.push(`${node.tagName} ${name}`);
    if (node.tagName === "script") {
      const text = (node.childNodes ?? []).map((c) => c.value ?? "").join("");
      facts.scripts.push({ type: attrs.get("type") ?? null, src: attrs.get("src") ?? null, text });
      if (attrs.get("type") === "application/ld+json") facts.jsonLd.push(JSON.parse(text));
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parse(html) as unknown as Node);
  return facts;
}

/** Resolve a site link to the file it needs; null for external, mailto, fragment-only links. */
export function targetFile(site: string, prefix: string, fromFile: string, link: string): string | null {
  if (/^[a-z]+:/i.test(link) || link.startsWith("#") || link.startsWith("//")) return null;
  let path = link.split("#")[0]!.split("?")[0]!;
  if (!path.startsWith("/")) path = new URL(path, `http://x/${fromFile}`).pathname;
  expect(path.startsWith(prefix), `${fromFile}: link ${link} lacks the path prefix ${prefix}`).toBe(true);
  path = decodeURIComponent(path.slice(prefix.length));
  const file = join(site, path);
  return path === "" || path.endsWith("/") ? join(file, "index.html") : file;
}
