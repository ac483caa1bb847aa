/**
 * `draad serve` (npm start): loopback only unless asked, bad URLs answered 400 (never an
 * unhandled rejection), the output locked while it runs, and a changed capture rebuilt into
 * the site with a live-reload event.
 */
import { DRAAD } from "../support/cli.js";
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestedPath } from "../../src/serve/static-server.js";
import { startDevServer, UNNAMED_CHANGE } from "../../src/serve/dev-server.js";

const CAPTURE = "Veerpont vaart weer\nHATTEM (ANP) - De veerpont tussen de oevers vaart weer na een week van onderhoud.\n";

describe("request paths", () => {
  it.each([
    ["/", [""]],
    ["/artikel/x/", ["artikel", "x", ""]],
    ["/plaats/s-hertogenbosch/?q=1", ["plaats", "s-hertogenbosch", ""]],
    ["/zoeken/%C3%A9", ["zoeken", "é"]],
  ])("%s names %j", (url, segments) => {
    expect(requestedPath(url)).toEqual({ ok: true, segments });
  });
  it.each(["/..%2fpackage.json", "/%2e%2e/package.json", "/../package.json", "/a/./b", "/%E0%A4%A", "/a%00b", "/a%5c..%5cb", "/a\\b", "relative"])("refuses %s with 400", (url) => {
    expect(requestedPath(url)).toMatchObject({ ok: false, status: 400 });
  });
});

function get(base: string, path: string, method = "GET"): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** The server's live-reload events as they come (`event: built`, `event: search`); destroy the stream when done. */
async function liveReloadEvents(base: string): Promise<{ events: string[]; stream: ReturnType<typeof request> }> {
  const url = new URL(base);
  const events: string[] = [];
  const stream = request({ host: url.hostname, port: url.port, path: "/__draad/events" }, (res) => res.on("data", (d) => events.push(String(d))));
  stream.end();
  await new Promise((r) => setTimeout(r, 300));
  return { events, stream };
}

describe("the dev server's rebuilds", () => {
  it("gathers the watcher's changes into one rebuild, and builds again on rebuildAll with a change no event named", async () => {
    const root = mkdtempSync(join(tmpdir(), "draad-dev-"));
    const watched = join(root, "wire");
    mkdirSync(watched);
    const calls: string[][] = [];
    const server = await startDevServer({ root, pathPrefix: "/", host: "127.0.0.1", port: 0, watched: [watched], rebuild: async (changed) => void calls.push(changed), log: () => {} });
    try {
      writeFileSync(join(watched, "a.txt"), "een\n");
      writeFileSync(join(watched, "b.txt"), "twee\n");
      const start = Date.now();
      while (calls.length === 0 && Date.now() - start < 5_000) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 200));
      expect(calls).toEqual([[join(watched, "a.txt"), join(watched, "b.txt")]]);
      server.rebuildAll();
      while (calls.length === 1 && Date.now() - start < 5_000) await new Promise((r) => setTimeout(r, 20));
      expect(calls[1]).toEqual([UNNAMED_CHANGE]);
    } finally {
      await server.close();
    }
  });
});

describe("draad serve", () => {
  let child: ChildProcessWithoutNullStreams;
  let base = "";
  let stderr = "";
  const parent = mkdtempSync(join(tmpdir(), "draad-serve-"));
  const wire = join(parent, "wire");
  const output = join(parent, "site");

  beforeAll(async () => {
    mkdirSync(wire);
    writeFileSync(join(wire, "2025-11-22T1000-veerpont.txt"), CAPTURE);
    child = spawn(process.execPath, [DRAAD, "serve", "--port", "0", "--input", wire, "--output", output, "--cache", join(parent, "cache"), "--pages", join(parent, "geen"), "--search-bundle", "1"]);
    child.stderr.on("data", (d) => (stderr += d));
    base = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (d) => {
        out += d;
        const match = /draad serve: (http:\/\/\S+\/)/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.on("exit", (code) => reject(new Error(`draad serve exited with ${code}: ${stderr}`)));
    });
  }, 90_000);
  afterAll(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGINT");
    await new Promise((r) => child.on("exit", r));
  });

  it("listens on 127.0.0.1 and serves the site with search and the live-reload script", async () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const home = await get(base, "/");
    expect(home.status).toBe(200);
    expect(home.body).toContain('<html lang="nl">');
    expect(home.body).toContain('<script src="/__draad/live-reload.js"></script>');
    expect(String(home.headers["content-security-policy"])).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(home.headers["x-content-type-options"]).toBe("nosniff");
    expect((await get(base, "/__draad/live-reload.js")).body).toContain("EventSource");
    expect((await get(base, "/pagefind/pagefind.js")).status).toBe(200);
    expect((await get(base, "/zoeken")).status).toBe(301);
    const missing = await get(base, "/bestaat-niet/");
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('<html lang="nl">');
  });

  it("answers bad URLs with 400 and other methods with 405, and keeps running", async () => {
    for (const path of ["/..%2fpackage.json", "/%2e%2e%2f%2e%2e%2fetc/passwd", "/../package.json", "/%E0%A4%A", "/a%00b"]) {
      const answer = await get(base, path);
      expect(answer.status, path).toBe(400);
      expect(answer.body).not.toContain("draad");
    }
    expect((await get(base, "/", "POST")).status).toBe(405);
    expect((await get(base, "/")).status).toBe(200);
    expect(stderr).not.toMatch(/Unhandled|TypeError|URIError/);
  });

  it("holds the output's lock: a build into the same output stops with exit 2", () => {
    const build = spawnSync(process.execPath, [DRAAD, "build", "--input", wire, "--output", output, "--no-cache"], { encoding: "utf8" });
    expect(build.status).toBe(2);
    expect(build.stderr).toContain("another draad serve");
  }, 30_000);

  it("rebuilds when a capture is added, and tells open pages to reload", async () => {
    const { events, stream } = await liveReloadEvents(base);
    writeFileSync(join(wire, "2025-11-22T1100-molen.txt"), "Molen draait weer\nKAMPEN (ANP) - De gerestaureerde molen aan de dijk draait sinds zaterdag weer voor publiek.\n");
    const start = Date.now();
    while (!events.some((e) => e.includes("event: built")) && Date.now() - start < 30_000) await new Promise((r) => setTimeout(r, 50));
    expect(events.join("")).toContain("event: built");
    const home = await get(base, "/");
    expect(home.body).toContain("Molen draait weer");
    stream.destroy();
    // The reload goes out once the new site is in place; the rebuild's line is printed after.
    while (!/draad serve: rebuilt in/.test(stderr) && Date.now() - start < 30_000) await new Promise((r) => setTimeout(r, 50));
    // One report per bundle (--search-bundle 1): the new report needs a bundle the site did not
    // have, so that bundle is made with the pages, not after them, and both bundles are there.
    expect(stderr).toMatch(/draad serve: rebuilt in [\d.]+ s \(read [\d.]+ s, merge [\d.]+ s, render [\d.]+ s, search index [\d.]+ s\): 1 of 2 capture\(s\) read \(those the watcher named\), \d+ of \d+ item\(s\) made again, \d+ of \d+ page\(s\) rendered/);
    expect(stderr).not.toMatch(/search index of/);
    for (const bundle of ["/pagefind/", "/pagefind-2/"]) {
      const entry = JSON.parse((await get(base, `${bundle}pagefind-entry.json`)).body) as { languages: Record<string, { page_count: number }> };
      expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(1);
    }
  }, 40_000);

  it("after a change, swaps the pages in first and makes the search index after, keeping the bundles that did not change", async () => {
    const { events, stream } = await liveReloadEvents(base);
    const before = (await get(base, "/pagefind-2/pagefind-entry.json")).body;
    // The newest report's text changes: its bundle (the newest) is indexed again, the other kept.
    writeFileSync(join(wire, "2025-11-22T1100-molen.txt"), "Molen draait weer\nKAMPEN (ANP) - De gerestaureerde molen aan de dijk draait sinds zaterdag weer voor publiek. Op zondag malen de molenaars graan.\n");
    const start = Date.now();
    while (!events.some((e) => e.includes("event: search")) && Date.now() - start < 30_000) await new Promise((r) => setTimeout(r, 50));
    stream.destroy();
    const shown = events.join("");
    // One live reload per rebuild, sent once the new pages are in place (src/serve/dev-server.ts).
    expect(shown.match(/event: built/g)).toHaveLength(1);
    // The pages first, the search index after: then the search page is told.
    expect(shown.indexOf("event: built")).toBeLessThan(shown.indexOf("event: search"));
    expect(stderr).toMatch(/draad serve: search index of 2 report\(s\) made again in [\d.]+ s; 1 of 2 bundle\(s\) unchanged, kept/);
    expect((await get(base, "/pagefind-2/pagefind-entry.json")).body).not.toBe(before);
    expect((await get(base, "/pagefind/pagefind.js")).status).toBe(200);
  }, 40_000);

  it("gives the lock back when it stops", async () => {
    expect(existsSync(join(parent, "site.draad", "lock"))).toBe(true);
    child.kill("SIGINT");
    await new Promise((r) => child.on("exit", r));
    expect(existsSync(join(parent, "site.draad", "lock"))).toBe(false);
  });
});
