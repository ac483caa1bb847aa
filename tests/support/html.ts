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

/** A parsed page as a tree, for tests that look at what an element holds (parse5, no regular expressions). */
export interface Element {
  tagName: string;
  attrs: Map<string, string>;
  parent: Element | null;
  children: (Element | string)[];
}

export function documentOf(html: string): Element {
  const convert = (node: Node, parent: Element | null): Element | string | null => {
    if (node.nodeName === "#text") return node.value ?? "";
    if (!node.tagName && node.nodeName !== "#document" && node.nodeName !== "#document-fragment") return null;
    const element: Element = { tagName: node.tagName ?? node.nodeName, attrs: new Map((node.attrs ?? []).map((a) => [a.name, a.value])), parent, children: [] };
    for (const child of node.content?.childNodes ?? node.childNodes ?? []) {
      const converted = convert(child, element);
      if (converted !== null) element.children.push(converted);
    }
    return element;
  };
  return convert(parse(html) as unknown as Node, null) as Element;
}

export function findAll(root: Element, test: (e: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (e: Element) => {
    if (test(e)) found.push(e);
    for (const child of e.children) if (typeof child !== "string") walk(child);
  };
  walk(root);
  return found;
}

export const hasClass = (e: Element, name: string) => (e.attrs.get("class") ?? "").split(/\s+/).includes(name);

/** The text a sighted reader sees: without visually hidden text. */
export function visibleText(e: Element): string {
  if (hasClass(e, "visually-hidden")) return "";
  return e.children.map((c) => (typeof c === "string" ? c : visibleText(c))).join("");
}

/** The text a screen reader reads: without what is hidden from it. */
export function spokenText(e: Element): string {
  if (e.attrs.get("aria-hidden") === "true") return "";
  return e.children.map((c) => (typeof c === "string" ? c : spokenText(c))).join("");
}

export function closest(e: Element, test: (e: Element) => boolean): Element | null {
  for (let at: Element | null = e; at; at = at.parent) if (test(at)) return at;
  return null;
}
