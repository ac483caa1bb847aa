/**
 * Browser-test support: find a Chromium, serve a built site over HTTP (Pagefind's fetch does
 * not work on file://), keep pages off the network, and run axe-core inside a page.
 *
 * The functions passed to page.evaluate run in the browser; the project compiles without the DOM
 * lib, so they reach the page through `globalThis` with small local types instead.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { dirname, extname, join, normalize, sep } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { CONTENT_TYPES } from "../../src/serve/static-server.js";

const require = createRequire(import.meta.url);

/** Where Chromium may be: `CHROMIUM_PATH` first, then Debian's and Ubuntu's binaries. */
export function chromiumCandidates(): string[] {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  return [...(fromEnv ? [fromEnv] : []), "/usr/bin/chromium", "/usr/bin/chromium-browser"];
}

/** The first Chromium binary that exists, or null. */
export function findChromium(): string | null {
  return chromiumCandidates().find((p) => existsSync(p)) ?? null;
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
}


export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
}

export interface StaticServer {
  /** `http://127.0.0.1:PORT` (no slash, no prefix). */
  origin: string;
  /** `http://127.0.0.1:PORT/sub/`: the site's home page. */
  root: string;
  /** Every request path the server answered, with its status. */
  requests: { path: string; status: number }[];
  close(): Promise<void>;
}

/** One rule of a `_headers` file (Netlify, Cloudflare Pages): a path pattern and its headers. */
export interface HeadersRule {
  pattern: string;
  headers: [string, string][];
}

/** Reads a `_headers` file: a path (`/*` matches all) on its own line, then indented `Name: value` lines; `#` starts a comment. */
export function parseHeadersFile(text: string): HeadersRule[] {
  const rules: HeadersRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(":");
    const rule = rules[rules.length - 1];
    if (!rule || colon < 0) throw new Error(`_headers: a header line outside a path or without a colon: ${line}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers of every rule whose pattern matches `path` (site-relative, `/a/b/`). */
export function headersFor(rules: HeadersRule[], path: string): [string, string][] {
  const matches = (pattern: string) => new RegExp(`^${pattern.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`).test(path);
  return rules.filter((r) => matches(r.pattern)).flatMap((r) => r.headers);
}

/**
 * Serves `folder` under `pathPrefix` (`/` or `/sub/`) like a plain static host: directories answer
 * with their index.html (a directory without its trailing slash is redirected), anything else
 * missing or outside the prefix answers 404 with the site's own 404.html. A `_headers` file in the
 * folder is applied as Netlify and Cloudflare Pages apply it (paths relative to the site root),
 * so pages, feeds and Pagefind's worker run under the site's Content-Security-Policy header too.
 */
export async function serveSite(folder: string, pathPrefix = "/"): Promise<StaticServer> {
  const prefix = `/${pathPrefix.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  const base = normalize(folder + sep);
  const requests: StaticServer["requests"] = [];
  const headersFile = join(base, "_headers");
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, "utf8")) : [];
  const siteHeaders = (urlPath: string) => Object.fromEntries(headersFor(rules, urlPath.startsWith(prefix) ? `/${urlPath.slice(prefix.length)}` : urlPath));

  const fileFor = (urlPath: string): { file: string } | { redirect: string } | null => {
    if (!urlPath.startsWith(prefix)) return null;
    let relative: string;
    try {
      relative = decodeURIComponent(urlPath.slice(prefix.length));
    } catch {
      return null;
    }
    if (relative.includes("\0")) return null;
    const file = normalize(join(base, relative));
    if (!file.startsWith(base) && file + sep !== base) return null;
    if (!existsSync(file)) return null;
    if (statSync(file).isDirectory()) {
      if (!urlPath.endsWith("/")) return { redirect: `${urlPath}/` };
      const index = join(file, "index.html");
      return existsSync(index) ? { file: index } : null;
    }
    return { file };
  };

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const found = request.method === "GET" || request.method === "HEAD" ? fileFor(url.pathname) : null;
    let status = 200;
    if (found && "redirect" in found) {
      status = 301;
      response.writeHead(status, { location: found.redirect + url.search });
      response.end();
    } else if (found) {
      const body = readFileSync(found.file);
      response.writeHead(status, { ...siteHeaders(url.pathname), "content-type": contentType(found.file), "content-length": body.length, "cache-control": "no-store" });
      response.end(request.method === "HEAD" ? undefined : body);
    } else {
      status = 404;
      const notFound = join(base, "404.html");
      const body = existsSync(notFound) ? readFileSync(notFound) : Buffer.from("404");
      response.writeHead(status, { ...siteHeaders(url.pathname), "content-type": "text/html; charset=utf-8", "content-length": body.length });
      response.end(request.method === "HEAD" ? undefined : body);
    }
    requests.push({ path: url.pathname, status });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    root: `${origin}${prefix}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * Aborts every request that does not go to one of `origins`, and records it: the site must work
 * offline, so tests assert the list stays empty.
 */
export async function blockOtherHosts(context: BrowserContext, origins: string[]): Promise<string[]> {
  const blocked: string[] = [];
  await context.route(
    (url) => !origins.includes(url.origin),
    (route) => {
      blocked.push(route.request().url());
      return route.abort("blockedbyclient");
    },
  );
  return blocked;
}

/** Collects console errors and uncaught page errors, for a clear failure message. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  return errors;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; html: string; failureSummary?: string }[];
}

let axeSource: string | null = null;

/** Runs axe-core (WCAG 2.x A/AA plus best practices) on the page as it is now. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(join(dirname(require.resolve("axe-core")), "axe.min.js"), "utf8");
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== "undefined");
  // Evaluated through the DevTools protocol, not as an inline <script>: the site's
  // Content-Security-Policy (rightly) blocks those, and it stays on for these tests.
  if (!loaded) await page.evaluate(`${axeSource}\n;true`);
  return page.evaluate(async () => {
    type Axe = { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> };
    const g = globalThis as unknown as { axe: Axe; document: unknown };
    const result = await g.axe.run(g.document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));
  });
}

/** Violations as readable lines: `rule (impact): help` then each target and what to fix. */
export function formatViolations(label: string, violations: AxeViolation[]): string {
  return violations
    .map((v) =>
      [
        `${label}: ${v.id} (${v.impact ?? "?"}): ${v.help} <${v.helpUrl}>`,
        ...v.nodes.slice(0, 8).map((n) => `    ${JSON.stringify(n.target)} ${n.html.slice(0, 160)}\n      ${(n.failureSummary ?? "").replace(/\n/g, "\n      ")}`),
        ...(v.nodes.length > 8 ? [`    … and ${v.nodes.length - 8} more`] : []),
      ].join("\n"),
    )
    .join("\n");
}

/** The search page's own elements (templates/search.njk, filled in by templates/assets/search.js). */
export const SEARCH_PAGE = {
  input: "#zoeken-q",
  status: "#zoeken-status",
  results: "#zoeken-resultaten",
  result: "#zoeken-resultaten .search-result",
  resultLinks: "#zoeken-resultaten .search-result-title a",
  more: "#zoeken-meer",
  filters: "#zoeken select[data-filter]",
} as const;

type LinkElement = { getAttribute(name: string): string | null };

/** The hrefs of the results on the page now. */
export function resultHrefs(page: Page): Promise<string[]> {
  return page.locator(SEARCH_PAGE.resultLinks).evaluateAll((links) => links.map((a) => (a as unknown as LinkElement).getAttribute("href") ?? ""));
}

/**
 * Waits until the search page reports its results for `query` (the status line names it in
 * quotes once the list is drawn) and the list is no longer busy. The page draws a search's results
 * at once, so they are settled then.
 */
export async function waitForSearchResults(page: Page, query: string): Promise<void> {
  await page.locator(SEARCH_PAGE.status, { hasText: `‘${query}’` }).waitFor({ timeout: 15_000 });
  await page.locator(`${SEARCH_PAGE.results}:not([aria-busy])`).waitFor({ state: "attached", timeout: 15_000 });
}

/** Types `query` into the search page and returns the hit URLs once the results for it are shown. */
export async function searchFor(page: Page, query: string): Promise<string[]> {
  const input = page.locator(SEARCH_PAGE.input);
  await input.waitFor();
  await input.fill("");
  await input.pressSequentially(query, { delay: 15 });
  await waitForSearchResults(page, query);
  return resultHrefs(page);
}

/**
 * A Chromium page as the browser tests use it: Dutch locale, Amsterdam time, 1280 x 900, every
 * request to a host other than `origins` blocked (and listed), page errors collected.
 */
export async function openChromium(executablePath: string, origins: string[]): Promise<{ browser: Browser; context: BrowserContext; page: Page; blocked: string[]; pageErrors: string[] }> {
  const browser = await launchChromium(executablePath);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const blocked = await blockOtherHosts(context, origins);
  const page = await context.newPage();
  return { browser, context, page, blocked, pageErrors: collectPageErrors(page) };
}
