/**
 * The build cache (.cache/draad): a rebuild reuses what did not change and its output is byte
 * for byte the output of a clean build; entries that are damaged, stale or tampered with are
 * never used.
 */
import { describe, expect, it } from "vitest";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import { ContentCache, decodeEntry, encodeEntry } from "../../src/cache/store.js";
import { sourceFingerprint } from "../../src/cache/fingerprint.js";
import { outputFileOf } from "../../src/cache/page-cache.js";
import { PACK_MAGIC } from "../../src/cache/capture-pack.js";
import { RACY_MS } from "../../src/cache/capture-statuses.js";
import { DEMO_WIRE as DEMO, demoCopy, demoFiles, expectSameTree } from "../support/trees.js";

const isString = (v: unknown): v is string => typeof v === "string";

async function build(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    const code = await main(["build", "--no-search", "--base-url", "https://archief.example.nl", ...args], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { code, stdout, stderr };
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** Build `input` clean (--no-cache) with the same options and check that `output` is byte-identical to it. */
async function expectSameAsClean(input: string, output: string, args: string[] = [], env: Record<string, string> = {}) {
  const clean = fresh("clean");
  const run = await build(["--input", input, "--output", clean, "--no-cache", ...args], env);
  expect(run.code).toBe(0);
  expectSameTree(output, clean);
  return { clean, run };
}

/** `captures: 32 of 33 reused` -> [32, 33]. */
function reused(stdout: string, kind: "captures" | "items" | "pages"): [number, number] {
  const m = new RegExp(`${kind}: (\\d+) of (\\d+) reused`).exec(stdout);
  if (!m) throw new Error(`no ${kind} figure in:\n${stdout}`);
  return [Number(m[1]), Number(m[2])];
}

/** The one pack of `kind` in `cache` with a byte flipped in its first entry's payload (that entry alone is refused); its path. */
function damageFirstEntry(cache: string, kind: "captures" | "items"): string {
  const packs = readdirSync(join(cache, kind)).filter((f) => f.endsWith(".pack"));
  expect(packs).toHaveLength(1);
  const path = join(cache, kind, packs[0]!);
  const bytes = readFileSync(path);
  bytes[PACK_MAGIC.length + 68 + 10]! ^= 0xff;
  writeFileSync(path, bytes);
  return path;
}

const fresh = (name: string) => join(mkdtempSync(join(tmpdir(), `draad-cache-${name}-`)), name);

describe("cache entries", () => {
  it("keys depend on every part, on where parts end, and on the code fingerprint", () => {
    const a = new ContentCache("/x", "code-1");
    expect(a.key("ab", "c")).not.toBe(a.key("a", "bc"));
    expect(a.key("ab", "c")).toBe(a.key("ab", "c"));
    expect(a.key("ab", "c")).not.toBe(new ContentCache("/x", "code-2").key("ab", "c"));
    expect(a.key("x", Buffer.from("y"))).toBe(a.key("x", "y"));
    // Lengths count bytes, not characters: no two splits of multi-byte text give one key.
    expect(a.key("é", "ab")).not.toBe(a.key("éa", "b"));
    expect(a.key("1:a", "")).not.toBe(a.key("1", ":a"));
    expect(a.key("€", Buffer.from("x"), "ß")).toBe(a.key(Buffer.from("€"), "x", Buffer.from("ß")));
  });

  it("an entry that is damaged, truncated, renamed or of another kind is refused", async () => {
    const root = fresh("store");
    const cache = new ContentCache(root, "code");
    const key = cache.key("een");
    await cache.put("kind", key, "waarde");
    expect(await cache.get("kind", key, isString)).toBe("waarde");
    const bytes = encodeEntry("kind", key, "waarde");
    expect(decodeEntry(bytes, "kind", key)).toBe("waarde");
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 2]! ^= 1;
    expect(decodeEntry(flipped, "kind", key)).toBeUndefined();
    expect(decodeEntry(bytes.subarray(0, bytes.length - 3), "kind", key)).toBeUndefined();
    expect(decodeEntry(bytes, "kind", cache.key("ander"))).toBeUndefined();
    expect(decodeEntry(bytes, "ander", key)).toBeUndefined();
    expect(decodeEntry(Buffer.alloc(10), "kind", key)).toBeUndefined();

    // On disk: the file altered by one byte is counted as invalid and not returned.
    const file = join(root, "kind", key.slice(0, 2), `${key}.bin`);
    writeFileSync(file, flipped);
    expect(await cache.get("kind", key, isString)).toBeNull();
    expect(cache.statsOf("kind").invalid).toBe(1);
    // A value of the wrong shape is refused too.
    await cache.put("kind", key, 42);
    expect(await cache.get("kind", key, isString)).toBeNull();
  });

  it("a cache folder that cannot be written is noted, not fatal", async () => {
    const blocker = fresh("blocked");
    writeFileSync(blocker, "een bestand waar de map zou moeten staan");
    const cache = new ContentCache(join(blocker, "cache"), "code");
    await cache.put("kind", cache.key("a"), "x");
    expect(cache.statsOf("kind").writeError).toBe("ENOTDIR");
    expect(cache.statsOf("kind").writes).toBe(0);
  });

  it("the fingerprint changes when a source or template file changes", () => {
    const root = fresh("code");
    mkdirSync(join(root, "src"), { recursive: true });
    mkdirSync(join(root, "templates"), { recursive: true });
    writeFileSync(join(root, "src", "a.ts"), "export const a = 1;");
    writeFileSync(join(root, "templates", "p.njk"), "<p>{{ x }}</p>");
    const before = sourceFingerprint(root);
    writeFileSync(join(root, "templates", "p.njk"), "<p>{{ x }}!</p>");
    const after = sourceFingerprint(root);
    expect(after).not.toBe(before);
    writeFileSync(join(root, "templates", "p.njk"), "<p>{{ x }}</p>");
    expect(sourceFingerprint(root)).toBe(before);
  });

  it("page URLs map to the files Eleventy writes", () => {
    expect(outputFileOf("/")).toBe("index.html");
    expect(outputFileOf("/artikel/kop-abc/")).toBe("artikel/kop-abc/index.html");
    expect(outputFileOf("/feed.xml")).toBe("feed.xml");
  });
});

describe("rebuilds with the cache", () => {
  const added = demoFiles.find((f) => f.includes("2025-11-24")) ?? demoFiles[demoFiles.length - 1]!;

  it("after adding a capture: only that capture is parsed, most pages are reused, and the site is the clean build's", async () => {
    const input = demoCopy([added]);
    const cache = fresh("cache");
    const output = fresh("site");
    const first = await build(["--input", input, "--output", output, "--cache", cache]);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(reused(first.stdout, "captures")).toEqual([0, demoFiles.length - 1]);
    expect(reused(first.stdout, "pages")[0]).toBe(0);

    mkdirSync(join(input, added, ".."), { recursive: true });
    copyFileSync(join(DEMO, added), join(input, added));
    const second = await build(["--input", input, "--output", output, "--cache", cache]);
    expect(second.code).toBe(0);
    expect(reused(second.stdout, "captures")).toEqual([demoFiles.length - 1, demoFiles.length]);
    const [pagesReused, pages] = reused(second.stdout, "pages");
    expect(pagesReused).toBeGreaterThan(pages / 2);
    expect(pagesReused).toBeLessThan(pages);
    // Only the groups the new capture joined or made are dated again; the rest come from the item pack.
    const [itemsReused, items] = reused(second.stdout, "items");
    expect(itemsReused).toBeGreaterThan(items / 2);
    expect(itemsReused).toBeLessThan(items);

    const { clean } = await expectSameAsClean(input, output);

    // Nothing changed: everything is reused, and the site is still the same.
    const third = await build(["--input", input, "--output", output, "--cache", cache]);
    expect(reused(third.stdout, "captures")).toEqual([demoFiles.length, demoFiles.length]);
    const [allItems, totalItems] = reused(third.stdout, "items");
    expect(allItems).toBe(totalItems);
    const [all, total] = reused(third.stdout, "pages");
    expect(all).toBe(total);
    // No page file was read to check it: the manifest saved each file's status.
    expect(third.stdout).not.toMatch(/checked by reading/);
    expectSameTree(output, clean);

    // A page file written again with the same bytes (its status moves): read, found the same, reused.
    const article = readdirSync(join(output, "artikel")).sort()[0]!;
    const page = join(output, "artikel", article, "index.html");
    writeFileSync(page, readFileSync(page));
    const fourth = await build(["--input", input, "--output", output, "--cache", cache]);
    expect(reused(fourth.stdout, "pages")).toEqual([total, total]);
    expect(fourth.stdout).toMatch(/pages: \d+ of \d+ reused, 1 checked by reading/);
    expectSameTree(output, clean);
  }, 120_000);

  it("unchanged captures are known by their file status and not read; a capture rewritten with its size and times kept is read again", async () => {
    const input = demoCopy();
    const cache = fresh("cache");
    const output = fresh("site");
    // Files written less than RACY_MS before a build are read by the next one too: let them age.
    await new Promise((r) => setTimeout(r, RACY_MS + 200));
    expect((await build(["--input", input, "--output", output, "--cache", cache])).code).toBe(0);
    const second = await build(["--input", input, "--output", output, "--cache", cache]);
    expect(second.stdout).toContain(`captures: ${demoFiles.length} of ${demoFiles.length} reused, ${demoFiles.length} known by their file status, not read`);

    // One capture rewritten in place with a text of the same length, its times put back.
    const edited = demoFiles.find((f) => readFileSync(join(DEMO, f), "utf8").includes("Terschelling"))!;
    const path = join(input, edited);
    const before = statSync(path);
    writeFileSync(path, readFileSync(path, "utf8").replace("Terschelling", "Terschellink"));
    utimesSync(path, before.atime, before.mtime);
    expect(statSync(path).size).toBe(before.size);
    const third = await build(["--input", input, "--output", output, "--cache", cache]);
    expect(third.code).toBe(0);
    expect(third.stdout).toContain(`captures: ${demoFiles.length - 1} of ${demoFiles.length} reused, ${demoFiles.length - 1} known by their file status, not read`);
    await expectSameAsClean(input, output);
  }, 120_000);

  it("a changed capture is parsed again; pages edited or deleted by hand are rendered again", async () => {
    const input = demoCopy();
    const cache = fresh("cache");
    const output = fresh("site");
    expect((await build(["--input", input, "--output", output, "--cache", cache])).code).toBe(0);

    // A capture edited: its headline changes everywhere it is shown.
    const edited = demoFiles.find((f) => readFileSync(join(DEMO, f), "utf8").includes("Terschelling"))!;
    const text = readFileSync(join(input, edited), "utf8");
    writeFileSync(join(input, edited), text.replace(/Terschelling/, "Terschellinger Bank"));
    // Two article pages tampered with in the output: one edited, one deleted.
    const articles = readdirSync(join(output, "artikel")).sort();
    writeFileSync(join(output, "artikel", articles[0]!, "index.html"), "<p>met de hand veranderd</p>");
    const deleted = join(output, "artikel", articles[1]!, "index.html");
    writeFileSync(deleted, "");
    const second = await build(["--input", input, "--output", output, "--cache", cache]);
    expect(second.code).toBe(0);
    expect(reused(second.stdout, "captures")).toEqual([demoFiles.length - 1, demoFiles.length]);
    expect(second.stdout).toMatch(/pages: \d+ of \d+ reused, [2-9]\d* damaged or stale entries made again/);

    await expectSameAsClean(input, output);
    expect(readFileSync(join(output, "artikel", articles[0]!, "index.html"), "utf8")).toContain('<html lang="nl">');
  }, 120_000);

  it("damaged capture entries are made again, never read", async () => {
    const input = demoCopy();
    const cache = fresh("cache");
    expect((await build(["--input", input, "--output", fresh("site"), "--cache", cache])).code).toBe(0);
    const path = damageFirstEntry(cache, "captures");
    const output = fresh("site");
    const again = await build(["--input", input, "--output", output, "--cache", cache]);
    expect(reused(again.stdout, "captures")).toEqual([demoFiles.length - 1, demoFiles.length]);
    expect(again.stdout).toContain("1 damaged or stale entry made again");
    // The pack cut off in the middle: the entries before the cut are still used.
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, Math.floor(whole.length / 2)));
    const cut = await build(["--input", input, "--output", output, "--cache", cache]);
    const [hits] = reused(cut.stdout, "captures");
    expect(hits).toBeGreaterThan(0);
    expect(hits).toBeLessThan(demoFiles.length);
    await expectSameAsClean(input, output);
    // Repaired: the next build reuses everything again.
    expect(reused((await build(["--input", input, "--output", output, "--cache", cache])).stdout, "captures")).toEqual([demoFiles.length, demoFiles.length]);
  }, 120_000);

  it("an item taken from the cache brings its diagnostics: the report is the clean build's", async () => {
    const input = demoCopy();
    const cache = fresh("cache");
    const reports = fresh("reports");
    mkdirSync(reports, { recursive: true });
    const diagnosticsOf = (file: string) => (JSON.parse(readFileSync(join(reports, file), "utf8")) as { diagnostics: { code: string }[] }).diagnostics;
    expect((await build(["--input", input, "--output", fresh("site"), "--no-cache", "--report", join(reports, "clean.json")])).code).toBe(0);
    expect((await build(["--input", input, "--output", fresh("site"), "--cache", cache])).code).toBe(0);
    const again = await build(["--input", input, "--output", fresh("site"), "--cache", cache, "--report", join(reports, "cached.json")]);
    const [hits, total] = reused(again.stdout, "items");
    expect(hits).toBe(total);
    // The demo's reposted briefs are told of by the item step (itemOfGroup), not by the parser.
    expect(diagnosticsOf("clean.json").some((d) => d.code === "reposted-report")).toBe(true);
    expect(diagnosticsOf("cached.json")).toEqual(diagnosticsOf("clean.json"));
  }, 120_000);

  it("damaged item entries are made again, never read; another place table dates every group again", async () => {
    const input = demoCopy();
    const cache = fresh("cache");
    const output = fresh("site");
    expect((await build(["--input", input, "--output", output, "--cache", cache])).code).toBe(0);
    damageFirstEntry(cache, "items");
    const again = await build(["--input", input, "--output", output, "--cache", cache]);
    const [hits, total] = reused(again.stdout, "items");
    expect(hits).toBe(total - 1);
    expect(again.stdout).toMatch(/items: \d+ of \d+ reused, 1 damaged or stale entry made again/);
    await expectSameAsClean(input, output);

    // A place table is part of every item's key (and of its captures'): no item of the last build is taken.
    const places = join(fresh("places"), "places.yaml");
    mkdirSync(join(places, ".."), { recursive: true });
    writeFileSync(places, `Den Haag: [DEN HAAG, "'S-GRAVENHAGE"]\n`);
    const renamed = await build(["--input", input, "--output", output, "--cache", cache, "--places", places]);
    expect(renamed.code, renamed.stdout + renamed.stderr).toBe(0);
    expect(reused(renamed.stdout, "items")[0]).toBe(0);
    await expectSameAsClean(input, output, ["--places", places]);
  }, 120_000);

  it("the pack holds the captures of the last build (and at most a quarter of others) and is not rewritten when nothing changed", async () => {
    const input = demoCopy();
    const cache = fresh("cache");
    expect((await build(["--input", input, "--output", fresh("site"), "--cache", cache])).code).toBe(0);
    const pack = () => {
      const name = readdirSync(join(cache, "captures")).find((f) => f.endsWith(".pack"))!;
      return { path: join(cache, "captures", name), stat: statSync(join(cache, "captures", name)) };
    };
    const first = pack();
    expect((await build(["--input", input, "--output", fresh("site"), "--cache", cache])).code).toBe(0);
    expect(pack().stat.mtimeMs).toBe(first.stat.mtimeMs);
    // A capture added: its entry is appended; what was there stays byte for byte, and is all reused.
    const before = readFileSync(first.path);
    writeFileSync(join(input, "2025-11-23T0900-toegevoegd.txt"), readFileSync(join(input, demoFiles[0]!), "utf8") + "\nNog een regel.\n");
    expect((await build(["--input", input, "--output", fresh("site"), "--cache", cache])).code).toBe(0);
    const appended = readFileSync(first.path);
    expect(pack().stat.ino).toBe(first.stat.ino);
    expect(appended.length).toBeGreaterThan(before.length);
    expect(appended.subarray(0, before.length).equals(before)).toBe(true);
    const reread = await build(["--input", input, "--output", fresh("site"), "--cache", cache]);
    expect(reused(reread.stdout, "captures")).toEqual([demoFiles.length + 1, demoFiles.length + 1]);
    // One capture removed: its entry stays behind (appending beats writing the pack anew) ...
    rmSync(join(input, "2025-11-23T0900-toegevoegd.txt"));
    expect((await build(["--input", input, "--output", fresh("site"), "--cache", cache])).code).toBe(0);
    expect(readFileSync(first.path).equals(appended)).toBe(true);
    // ... until the unused entries are more than a quarter of the pack: then it holds the used ones only.
    for (const file of demoFiles.slice(0, Math.ceil(demoFiles.length / 3))) rmSync(join(input, file));
    expect((await build(["--input", input, "--output", fresh("site"), "--cache", cache])).code).toBe(0);
    expect(pack().stat.size).toBeLessThan(first.stat.size);
  }, 120_000);

  it("options that change the site change the keys: another base URL renders every page again", async () => {
    const input = demoCopy();
    const cache = fresh("cache");
    const output = fresh("site");
    expect((await build(["--input", input, "--output", output, "--cache", cache])).code).toBe(0);
    const other = await build(["--input", input, "--output", output, "--cache", cache, "--base-url", "https://elders.example.org"]);
    expect(other.code).toBe(0);
    expect(reused(other.stdout, "pages")[0]).toBe(0);
    await expectSameAsClean(input, output, ["--base-url", "https://elders.example.org"]);
  }, 120_000);

  it("a capture time ahead of the build's clock is refused again, not taken from the cache", async () => {
    const input = demoCopy();
    const cache = fresh("cache");
    expect((await build(["--input", input, "--output", fresh("site"), "--cache", cache])).code).toBe(0);
    // SOURCE_DATE_EPOCH before the demo's captures: their capture times now lie in the future.
    const env = { SOURCE_DATE_EPOCH: String(Date.parse("2025-11-22T12:00:00Z") / 1000) };
    const output = fresh("site");
    const early = await build(["--input", input, "--output", output, "--cache", cache], env);
    const [hits] = reused(early.stdout, "captures");
    expect(hits).toBeLessThan(demoFiles.length);
    expect(early.stderr).toContain("capture-time-in-future");
    const { run: cleanRun } = await expectSameAsClean(input, output, [], env);
    expect(cleanRun.stderr).toBe(early.stderr);
  }, 120_000);

  it("refuses a cache inside the output, and --cache with --no-cache", async () => {
    const output = fresh("site");
    expect((await build(["--output", output, "--cache", join(output, "cache")])).code).toBe(2);
    expect((await build(["--output", output, "--cache", fresh("c"), "--no-cache"])).code).toBe(2);
  });
});
