/**
 * A static file server for the built site, for `draad serve`: loopback only unless asked, GET
 * and HEAD only, and every request path checked before it touches the disk. A URL that cannot
 * be decoded, holds an encoded slash or backslash (`/..%2fpackage.json`), a NUL, or a `.` or
 * `..` segment is answered 400; a file is served only when its real path lies inside the site.
 */
import { createReadStream, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { extname, join } from "node:path";
import { isInside, realPathOrNull } from "../input/input-folder.js";
import { SECURITY_HEADERS } from "../site/content-security-policy.js";

/** Content types of the files a draad site holds (pages, assets, feeds, Pagefind's files). */
export const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".pagefind": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_filter": "application/octet-stream",
};

export type RequestedPath = { ok: true; segments: string[] } | { ok: false; status: 400; reason: string };

/** The path segments a request URL names, or why it is refused. Pure: no disk access. */
export function requestedPath(url: string): RequestedPath {
  const pathname = url.split(/[?#]/, 1)[0] ?? "";
  if (!pathname.startsWith("/")) return { ok: false, status: 400, reason: "the path must start with /" };
  if (/%2f|%5c|\\/i.test(pathname)) return { ok: false, status: 400, reason: "encoded slashes and backslashes are not allowed" };
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { ok: false, status: 400, reason: "the path is not valid percent-encoded UTF-8" };
  }
  if (decoded.includes("\0")) return { ok: false, status: 400, reason: "the path holds a NUL" };
  const segments = decoded.split("/").slice(1);
  if (segments.some((s) => s === "." || s === "..")) return { ok: false, status: 400, reason: "the path holds . or .. segments" };
  return { ok: true, segments };
}

export interface StaticServerOptions {
  /** The site folder (the output link: its current version is looked up on every request). */
  root: string;
  /** `/` or `/sub/`: the site's path prefix, served at that path. */
  pathPrefix: string;
  /** Extra routes answered before files (live reload). Return true when handled. */
  extraRoutes?: (request: IncomingMessage, response: ServerResponse, path: string) => boolean;
  /** Change an HTML page before it is sent (live reload injects its script). */
  transformHtml?: (html: string) => string;
}

export function createStaticServer(options: StaticServerOptions): Server {
  const prefix = options.pathPrefix.replace(/\/?$/, "/");
  return createServer((request, response) => {
    try {
      serve(request, response);
    } catch (error) {
      if (!response.headersSent) respond(response, 500, `server error: ${(error as Error).message}`);
      else response.destroy();
    }
  });

  function serve(request: IncomingMessage, response: ServerResponse): void {
    const url = request.url ?? "/";
    if (options.extraRoutes?.(request, response, url.split(/[?#]/, 1)[0] ?? "")) return;
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.setHeader("Allow", "GET, HEAD");
      return respond(response, 405, "only GET and HEAD");
    }
    const requested = requestedPath(url);
    if (!requested.ok) return respond(response, requested.status, `bad request: ${requested.reason}`);
    const path = "/" + requested.segments.join("/");
    if (!(path + (path.endsWith("/") ? "" : "/")).startsWith(prefix)) {
      if (path === "/" && prefix !== "/") return redirect(response, encodeURI(prefix));
      return notFound(request, response);
    }
    const inSite = requested.segments.slice(prefix.split("/").length - 2);
    const root = realPathOrNull(options.root);
    if (root === null) return respond(response, 503, "the site is not built yet; wait for the first build");
    let file = join(root, ...inSite);
    let info = statOrNull(file);
    if (info?.isDirectory()) {
      if (!path.endsWith("/")) return redirect(response, encodeURI(path + "/"));
      file = join(file, "index.html");
      info = statOrNull(file);
    }
    const real = info?.isFile() ? realPathOrNull(file) : null;
    if (real === null || !isInside(real, root)) return notFound(request, response);
    sendFile(request, response, real, 200);
  }

  function notFound(request: IncomingMessage, response: ServerResponse): void {
    const root = realPathOrNull(options.root);
    const page = root === null ? null : join(root, "404.html");
    if (page !== null && statOrNull(page)?.isFile()) return sendFile(request, response, page, 404);
    respond(response, 404, "not found");
  }

  function sendFile(request: IncomingMessage, response: ServerResponse, file: string, status: number): void {
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
    response.statusCode = status;
    response.setHeader("Content-Type", type);
    response.setHeader("Cache-Control", "no-store");
    // The headers the site's _headers file gives hosts that read it: the preview runs under the
    // same Content-Security-Policy as the published site.
    for (const [name, value] of SECURITY_HEADERS) response.setHeader(name, value);
    if (type.startsWith("text/html") && options.transformHtml) {
      const chunks: Buffer[] = [];
      const stream = createReadStream(file);
      stream.on("data", (c) => chunks.push(c as Buffer));
      stream.on("error", () => respond(response, 500, "cannot read the page"));
      stream.on("end", () => {
        const body = Buffer.from(options.transformHtml!(Buffer.concat(chunks).toString("utf8")));
        response.setHeader("Content-Length", body.length);
        response.end(request.method === "HEAD" ? undefined : body);
      });
      return;
    }
    if (request.method === "HEAD") return void response.end();
    const stream = createReadStream(file);
    stream.on("error", () => (response.headersSent ? response.destroy() : respond(response, 500, "cannot read the file")));
    stream.pipe(response);
  }
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function redirect(response: ServerResponse, location: string): void {
  response.statusCode = 301;
  response.setHeader("Location", location);
  response.end();
}

function respond(response: ServerResponse, status: number, text: string): void {
  response.statusCode = status;
  response.setHeader("Content-Type", "text/plain; charset=utf-8");
  response.setHeader("Cache-Control", "no-store");
  response.end(text + "\n");
}
