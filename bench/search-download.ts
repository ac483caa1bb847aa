/**
 * What a browser downloads for one search on a built draad site: the search page is opened in
 * Chromium (playwright-core) as `/zoeken/?q=QUERY` from a local static server, every response is
 * recorded until the results have rendered and the network has been quiet for a second, and the
 * response bodies are added up, nothing subtracted (the page, its CSS and scripts, Pagefind's
 * runtime, WebAssembly, index chunks, filters and result fragments).
 *
 * The local server sends files as they are (no compression); `gzipBytes` adds what a host that
 * gzips text would send (Pagefind's own files are already compressed and are counted as is).
 * That is the figure of the goal (one cold query within 300 kB at 100,000 captures): what a
 * reader's browser receives from a static host for its first search, in a fresh profile.
 *
 * Without Chromium the figure is a file-based estimate from the pagefind folder instead (and
 * says so): the runtime files, the meta file, the largest index chunk, all filter files and five
 * average fragments, plus the search page and what it links.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { findChromium, SEARCH_PAGE, serveSite } from "../tests/support/browser.js";

export type DownloadCategory = "page" | "site assets" | "pagefind ui" | "pagefind runtime" | "meta" | "index" | "filter" | "fragment" | "other";

export interface DownloadEntry {
  path: string;
  status: number;
  bytes: number;
  gzipBytes: number;
  category: DownloadCategory;
}

export interface SearchDownload {
  method: "chromium" | "estimate";
  query: string;
  totalBytes: number;
  gzipBytes: number;
  requests: number;
  /** Per category; `gzipBytes` is absent in results measured before it was counted. */
  byCategory: Partial<Record<DownloadCategory, { requests: number; bytes: number; gzipBytes?: number }>>;
  entries: DownloadEntry[];
  /** Results the search page reported (from its status line), and result entries on screen. */
  resultsReported: number | null;
  resultsShown: number | null;
  note: string;
}

/** A Pagefind bundle folder: `/pagefind/`, or one of several (`/pagefind-2/`) when the index is split. */
const BUNDLE = String.raw`/pagefind(?:-[\w-]+)?/`;
const re = (pattern: string) => new RegExp(pattern.replace(/BUNDLE/g, BUNDLE));
const FRAGMENT = re(String.raw`BUNDLEfragment/`);
const INDEX = re(String.raw`BUNDLEindex/`);
const FILTER = re(String.raw`BUNDLEfilter/`);
const UI = re(String.raw`BUNDLEpagefind-(ui|component-ui|modular-ui)\.(js|css)$`);
const RUNTIME = re("BUNDLE");

export function categorise(path: string): DownloadCategory {
  const p = path.replace(/[?#].*$/, "");
  if (FRAGMENT.test(p) || p.endsWith(".pf_fragment")) return "fragment";
  if (INDEX.test(p) || p.endsWith(".pf_index")) return "index";
  if (FILTER.test(p) || p.endsWith(".pf_filter")) return "filter";
  if (p.endsWith(".pf_meta")) return "meta";
  if (UI.test(p)) return "pagefind ui";
  if (RUNTIME.test(p)) return "pagefind runtime";
  if (p.endsWith("/") || p.endsWith(".html")) return "page";
  if (/\.(css|js|mjs|svg|png|ico|woff2?|jpg|webp)$/.test(p)) return "site assets";
  return "other";
}

/** Top-level Pagefind bundle folders of a built site (`pagefind`, and `pagefind-2`... when split). */
export function bundleFolders(siteDir: string): string[] {
  if (!existsSync(siteDir)) return [];
  return readdirSync(siteDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^pagefind(?:-[\w-]+)?$/.test(e.name) && existsSync(join(siteDir, e.name, "pagefind-entry.json")))
    .map((e) => e.name)
    .sort();
}

const TEXT = /\.(html|css|js|mjs|json|svg|xml|txt)$/;

/** Bytes a gzipping host would send for this file (Pagefind binaries are already gzipped). */
export function gzipSize(file: string, body: Buffer): number {
  if (TEXT.test(file) || file.endsWith("/")) return gzipSync(body, { level: 6 }).length;
  return body.length;
}

export function summarise(entries: DownloadEntry[]): Pick<SearchDownload, "totalBytes" | "gzipBytes" | "requests" | "byCategory"> {
  const byCategory: SearchDownload["byCategory"] = {};
  let totalBytes = 0;
  let gzipBytes = 0;
  for (const e of entries) {
    totalBytes += e.bytes;
    gzipBytes += e.gzipBytes;
    const c = (byCategory[e.category] ??= { requests: 0, bytes: 0, gzipBytes: 0 });
    c.requests++;
    c.bytes += e.bytes;
    c.gzipBytes = (c.gzipBytes ?? 0) + e.gzipBytes;
  }
  return { totalBytes, gzipBytes, requests: entries.length, byCategory };
}

// ---------------------------------------------------------------------------------------------
// Chromium and the static server: the browser tests' own (tests/support/browser.ts), so the
// benchmark serves the site exactly as the tests do.

export { findChromium };

type PageGlobals = { document: { querySelectorAll(s: string): { length: number }; querySelector(s: string): { textContent: string | null } | null } };

/** Measures one query in Chromium; throws when Chromium or playwright-core cannot be used. */
export async function measureWithChromium(siteDir: string, query: string, executablePath: string): Promise<SearchDownload> {
  const { chromium } = await import("playwright-core");
  const server = await serveSite(siteDir, "/");
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  try {
    const context = await browser.newContext();
    // The site must work offline; anything for another host is aborted (and would show as "other").
    await context.route((url) => url.origin !== server.origin, (route) => route.abort("blockedbyclient"));
    const page = await context.newPage();
    const entries: DownloadEntry[] = [];
    let inFlight = 0;
    let lastActivity = Date.now();
    const pending: Promise<void>[] = [];
    page.on("request", () => {
      inFlight++;
      lastActivity = Date.now();
    });
    page.on("requestfailed", () => {
      inFlight--;
      lastActivity = Date.now();
    });
    page.on("requestfinished", (request) => {
      lastActivity = Date.now();
      pending.push(
        (async () => {
          const response = await request.response();
          const sizes = await request.sizes().catch(() => null);
          const url = new URL(request.url());
          // Pagefind appends a cache-busting `?ts=` to its entry file; leave it out of the listing.
          const search = url.search.replace(/([?&])ts=\d+&?/, "$1").replace(/[?&]$/, "");
          const path = url.pathname + search;
          let bytes = sizes?.responseBodySize ?? 0;
          let body: Buffer | null = null;
          if (bytes <= 0) {
            body = await response?.body().catch(() => null) ?? null;
            bytes = body?.length ?? 0;
          }
          const file = url.origin === server.origin ? localFile(siteDir, url.pathname) : null;
          const fileBody = file ? readFileSync(file) : body;
          entries.push({
            path,
            status: response?.status() ?? 0,
            bytes,
            gzipBytes: fileBody ? gzipSize(file ?? url.pathname, fileBody) : bytes,
            category: categorise(url.pathname),
          });
        })().finally(() => {
          inFlight--;
        }),
      );
    });
    const url = `${server.origin}/zoeken/?q=${encodeURIComponent(query)}`;
    await page.goto(url, { waitUntil: "load", timeout: 60_000 });
    // Results are on screen when the status line reports them (the page draws a search's first
    // results at once, after loading one fragment per result shown).
    await page.waitForFunction(
      (status) => /\S/.test((globalThis as unknown as PageGlobals).document.querySelector(status)?.textContent ?? ""),
      SEARCH_PAGE.status,
      { timeout: 120_000 },
    );
    // Then until the network has been quiet for a second (at most 30 s more).
    const quietUntil = Date.now() + 30_000;
    while (Date.now() < quietUntil && (inFlight > 0 || Date.now() - lastActivity < 1000)) await new Promise((r) => setTimeout(r, 100));
    await Promise.all(pending);
    const { reported, shown } = await page.evaluate((selectors) => {
      const g = globalThis as unknown as PageGlobals;
      const message = g.document.querySelector(selectors.status)?.textContent ?? "";
      const m = /(\d[\d.,]*)/.exec(message);
      return { reported: m ? Number(m[1]!.replace(/[.,]/g, "")) : /^geen/i.test(message) ? 0 : null, shown: g.document.querySelectorAll(selectors.result).length };
    }, SEARCH_PAGE);
    await context.close();
    entries.sort((a, b) => a.path.localeCompare(b.path));
    return {
      method: "chromium",
      query,
      ...summarise(entries),
      entries,
      resultsReported: reported,
      resultsShown: shown,
      note: `Chromium (${executablePath}), fresh profile, ${url.replace(server.origin, "")}; response bodies as served (uncompressed), counted after the results rendered and the network was quiet for 1 s`,
    };
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
}

function localFile(siteDir: string, pathname: string): string | null {
  let relativePath: string;
  try {
    relativePath = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  let file = join(siteDir, relativePath);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

// ---------------------------------------------------------------------------------------------
// File-based estimate

/** Upper-bound style estimate from the files, for machines without Chromium. */
export function estimateFromFiles(siteDir: string, query: string): SearchDownload {
  const entries: DownloadEntry[] = [];
  const add = (file: string, path: string) => {
    if (!existsSync(file)) return;
    const body = readFileSync(file);
    entries.push({ path, status: 200, bytes: body.length, gzipBytes: gzipSize(file, body), category: categorise(path) });
  };
  const searchPage = join(siteDir, "zoeken", "index.html");
  add(searchPage, "/zoeken/");
  if (existsSync(searchPage)) {
    const html = readFileSync(searchPage, "utf8");
    for (const m of html.matchAll(/(?:href|src)="(\/[^"#?]+\.(?:css|js))"/g)) add(join(siteDir, m[1]!), m[1]!);
  }
  const sizes = (dir: string) => (existsSync(dir) ? readdirSync(dir).map((n) => ({ n, size: statSync(join(dir, n)).size })) : []);
  const bundles = bundleFolders(siteDir);
  for (const bundle of bundles) {
    const dir = join(siteDir, bundle);
    const names = readdirSync(dir);
    // Runtime files once (from the main bundle); every bundle's entry, meta, largest index chunk and filters.
    for (const name of names) {
      const runtime = name === "pagefind.js" || name === "pagefind-worker.js" || name === (names.includes("wasm.nl.pagefind") ? "wasm.nl.pagefind" : "wasm.unknown.pagefind");
      if (name === "pagefind-entry.json" || name.endsWith(".pf_meta") || (runtime && bundle === (bundles.includes("pagefind") ? "pagefind" : bundles[0]))) add(join(dir, name), `/${bundle}/${name}`);
    }
    const index = sizes(join(dir, "index")).sort((a, b) => b.size - a.size)[0];
    if (index) add(join(dir, "index", index.n), `/${bundle}/index/${index.n}`);
    for (const f of sizes(join(dir, "filter"))) add(join(dir, "filter", f.n), `/${bundle}/filter/${f.n}`);
  }
  const fragments = bundles.flatMap((b) => sizes(join(siteDir, b, "fragment")));
  if (fragments.length) {
    const mean = fragments.reduce((s, f) => s + f.size, 0) / fragments.length;
    const count = Math.min(5, fragments.length);
    entries.push({ path: `/pagefind/fragment/ (${count} x mean)`, status: 200, bytes: Math.round(mean * count), gzipBytes: Math.round(mean * count), category: "fragment" });
  }
  return {
    method: "estimate",
    query,
    ...summarise(entries),
    entries,
    resultsReported: null,
    resultsShown: null,
    note: "file-based estimate (no Chromium): search page and its assets, Pagefind runtime, and per bundle its entry, meta, largest index chunk and all filters, plus 5 mean fragments",
  };
}

/** Chromium when available, else the estimate (with the reason in `note`). */
export async function measureSearchDownload(siteDir: string, query = "gemeente"): Promise<SearchDownload> {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    const estimate = estimateFromFiles(siteDir, query);
    estimate.note = `no Chromium found (CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser); ${estimate.note}`;
    return estimate;
  }
  try {
    return await measureWithChromium(siteDir, query, chromiumPath);
  } catch (error) {
    const estimate = estimateFromFiles(siteDir, query);
    estimate.note = `Chromium failed (${(error as Error).message.split("\n")[0]}); ${estimate.note}`;
    return estimate;
  }
}
