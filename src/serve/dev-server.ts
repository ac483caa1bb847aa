/**
 * `draad serve` (and `npm start`): build with the cache, serve the site on 127.0.0.1 with live
 * reload and working search, watch the input, rebuild on change. The output's lock is held for
 * as long as the server runs, so a `draad build` into the same output stops with a clear
 * message instead of racing the server's rebuilds.
 */
import { watch, type FSWatcher } from "node:fs";
import type { Server, ServerResponse } from "node:http";
import { createStaticServer } from "./static-server.js";

/**
 * How long changes are gathered before a rebuild starts. An editor's save (a temporary file
 * renamed, or a write and a change of times) comes as events a few milliseconds apart; a file
 * written more slowly than this is built again when its last write arrives. Was 200 ms: at
 * 10,000 captures a tenth of the time until a new capture is in the browser.
 */
const GATHER_MS = 50;

/** Served beside the site (not in it): the live-reload client, allowed by the site's CSP as a script of its own origin. */
export const LIVE_RELOAD_SCRIPT_PATH = "/__draad/live-reload.js";
const LIVE_RELOAD_EVENTS_PATH = "/__draad/events";
const LIVE_RELOAD_SCRIPT = `// draad serve: reload the page when the site was built again.
(function () {
  var source = new EventSource(${JSON.stringify(LIVE_RELOAD_EVENTS_PATH)});
  source.addEventListener("built", function () { window.location.reload(); });
  // The search index is made after the pages: only the search page needs it.
  source.addEventListener("search", function () { if (document.getElementById("zoeken")) window.location.reload(); });
})();
`;

export interface DevServerOptions {
  root: string;
  pathPrefix: string;
  host: string;
  port: number;
  /** Folders and files whose changes start a rebuild. */
  watched: string[];
  /** One build into the site; resolves when it is in place (whatever its exit status). */
  rebuild: (changed: string[]) => Promise<void>;
  log: (line: string) => void;
}

/** In the changes handed to `rebuild`: something changed that no watcher event named (DevServer.rebuildAll). */
export const UNNAMED_CHANGE = "\u0000unnamed change";

export interface DevServer {
  server: Server;
  /** The address it listens on, e.g. http://127.0.0.1:8080/ */
  url: string;
  /**
   * Send a live-reload event to every open page ("search": the search index was made anew).
   * "built" goes out once per rebuild: when the rebuild sent it itself (as soon as the new site
   * was in place), none is sent when it returns.
   */
  notify(event: "built" | "search"): void;
  /** Build again although no watcher event came (a check found a change the watcher missed). */
  rebuildAll(): void;
  close(): Promise<void>;
}

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const clients = new Set<ServerResponse>();
  const server = createStaticServer({
    root: options.root,
    pathPrefix: options.pathPrefix,
    extraRoutes(request, response, path) {
      if (path === LIVE_RELOAD_SCRIPT_PATH) {
        response.setHeader("Content-Type", "text/javascript; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.end(LIVE_RELOAD_SCRIPT);
        return true;
      }
      if (path === LIVE_RELOAD_EVENTS_PATH) {
        response.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-store", Connection: "keep-alive" });
        response.write(": draad serve\n\n");
        clients.add(response);
        request.on("close", () => clients.delete(response));
        return true;
      }
      return false;
    },
    transformHtml: (html) => html.replace(/<\/body>/i, `<script src="${LIVE_RELOAD_SCRIPT_PATH}"></script>\n</body>`),
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const hostForUrl = options.host.includes(":") ? `[${options.host}]` : options.host;
  const url = `http://${hostForUrl}:${port}${options.pathPrefix.replace(/\/?$/, "/")}`;

  // Rebuilds: changes are gathered for GATHER_MS, one build runs at a time, and changes that
  // arrive during a build start one more.
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  /** Whether this rebuild's live reload went out already (DevServer.notify). */
  let builtSent = false;
  const notify = (event: "built" | "search") => {
    if (event === "built") builtSent = true;
    for (const client of clients) client.write(`event: ${event}\ndata: ${Date.now()}\n\n`);
  };
  const schedule = (path: string) => {
    pending.add(path);
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, GATHER_MS);
  };
  const run = () => {
    timer = null;
    if (running) return;
    const changed = [...pending].sort();
    pending = new Set();
    if (changed.length === 0) return;
    builtSent = false;
    running = options
      .rebuild(changed)
      .then(() => {
        // Once per rebuild: the rebuild may have sent it as soon as the new site was in place.
        if (!builtSent) notify("built");
      })
      .catch((error: unknown) => options.log(`draad serve: the rebuild failed: ${(error as Error).message}`))
      .finally(() => {
        running = null;
        if (pending.size) run();
      });
  };
  const watchers: FSWatcher[] = [];
  for (const target of options.watched) {
    try {
      watchers.push(watch(target, { recursive: true }, (_event, name) => schedule(name ? `${target}/${String(name)}` : target)));
    } catch {
      options.log(`draad serve: cannot watch ${target}; changes there need a restart`);
    }
  }

  return {
    server,
    url,
    notify,
    rebuildAll: () => schedule(UNNAMED_CHANGE),
    async close() {
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
      for (const client of clients) client.end();
      await running;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
