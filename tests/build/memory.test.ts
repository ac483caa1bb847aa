/**
 * draad serve keeps a BuildMemory from build to build (src/build/memory.ts): a rebuild reads only
 * the captures that changed and makes only the items whose reports changed. What it builds must
 * be what a clean build of the same input makes, byte for byte, through a series of edits: a
 * capture added, one rewritten, one removed, a later sighting of a report, the place table changed.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { build, takeLock, type BuildOptions } from "../../src/build/build.js";
import { loadArchive } from "../../src/build/ingest.js";
import { BuildMemory } from "../../src/build/memory.js";
import { readPlaceTable } from "../../src/build/inputs.js";
import { demoBuildOptions } from "../support/trees.js";

const NEW_CAPTURE = `---
captured: 2025-11-22T16:00:00+01:00
---
Veerpont Hattem vaart weer na storing aan de motor
HATTEM (ANP) - De veerpont tussen Hattem en Zwolle vaart sinds zaterdagmiddag weer. Een storing aan de motor is verholpen, meldt de veerdienst.
De pont lag twee dagen stil.
`;

/** The archive of `input` as JSON, with or without the memory of earlier builds. */
async function archiveJson(input: string, memory?: BuildMemory): Promise<string> {
  const places = readPlaceTable("content/places.yaml", false);
  const { archive } = await loadArchive(input, { placeAliases: places.aliases, diagnostics: [...places.diagnostics], capturedAt: null, nowMs: Date.parse("2025-12-01T00:00:00Z"), memory });
  return JSON.stringify(archive);
}

/** Every file of a site folder with its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort();
  return new Map(files.map((f) => [f, readFileSync(join(dir, f)).toString("base64")]));
}

function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  return names.filter((n) => a.get(n) !== b.get(n));
}

/** A copy of the demo captures to edit: `root/wire`. */
function demoCopy(prefix: string): { root: string; input: string } {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const input = join(root, "wire");
  cpSync("content/wire", input, { recursive: true });
  return { root, input };
}

/** A build of `input` into `root/output`, with its own cache. */
function buildOptions(root: string, input: string, output: string, search: boolean): BuildOptions {
  return demoBuildOptions(join(root, output), { input, search, cacheDir: join(root, `cache-${output}`) });
}

/** The edits a session of draad serve sees, one after the other. */
function edits(input: string): { name: string; apply: () => void }[] {
  const demo = (readdirSync(input, { recursive: true }) as string[]).filter((f) => f.endsWith(".txt")).sort();
  const rewritten = demo[3]!;
  const removed = demo[7]!;
  return [
    { name: "a capture added", apply: () => writeFileSync(join(input, "2025-11-22T1600-veerpont.txt"), NEW_CAPTURE) },
    {
      name: "a capture rewritten",
      apply: () => writeFileSync(join(input, rewritten), readFileSync(join(input, rewritten), "utf8").replace(/(\n[^\n]*\(ANP[^)]*\) - )/, "$1Volgens de laatste berichten "), "utf8"),
    },
    { name: "a capture removed", apply: () => rmSync(join(input, removed)) },
    { name: "a later sighting of the added report", apply: () => writeFileSync(join(input, "2025-11-22T1700-veerpont.txt"), NEW_CAPTURE.replace("16:00:00", "17:00:00")) },
    { name: "nothing changed", apply: () => {} },
  ];
}

describe("a build that remembers the last one (draad serve)", () => {
  it("merges the archive a clean merge makes, after every edit, and reads only what changed", async () => {
    const { input } = demoCopy("draad-memory-");
    const memory = new BuildMemory();
    expect(await archiveJson(input, memory)).toBe(await archiveJson(input));
    const total = memory.stats.capturesRead;
    expect(total).toBeGreaterThan(30);
    for (const edit of edits(input)) {
      edit.apply();
      const remembered = await archiveJson(input, memory);
      expect(remembered, edit.name).toBe(await archiveJson(input));
      expect(memory.stats.capturesRead, edit.name).toBe(edit.name === "a capture removed" || edit.name === "nothing changed" ? 0 : 1);
      // Only the items of the changed capture are made again, never all of them.
      expect(memory.items.stats.made, edit.name).toBeLessThan(memory.items.stats.reused / 4);
      if (edit.name === "nothing changed") expect(memory.items.stats.made).toBe(0);
    }
  }, 60_000);

  it("builds the site a clean build makes, byte for byte, through the same edits", async () => {
    const { root, input } = demoCopy("draad-memory-site-");
    const options = (output: string) => buildOptions(root, input, output, false);
    const memory = new BuildMemory();
    const first = await build({ ...options("served"), memory });
    expect(first.errors).toBe(0);
    expect(first.memory?.capturesReused).toBe(0);
    for (const edit of edits(input).slice(0, 3)) {
      edit.apply();
      const served = await build({ ...options("served"), memory });
      rmSync(join(root, "clean"), { recursive: true, force: true });
      await build({ ...options("clean"), cacheDir: null });
      expect(differences(snapshot(join(root, "served")), snapshot(join(root, "clean"))), edit.name).toEqual([]);
      expect(served.memory!.capturesReused, edit.name).toBeGreaterThan(30);
    }
    // A page of the served site edited by hand is rendered again, not kept because it was checked before.
    const steady = await build({ ...options("served"), memory });
    const page = (readdirSync(join(root, "served", "artikel")) as string[]).sort()[0]!;
    writeFileSync(join(root, "served", "artikel", page, "index.html"), "met de hand bewerkt");
    const again = await build({ ...options("served"), memory });
    expect(again.pages - again.reusedPages).toBe(steady.pages - steady.reusedPages + 1);
    expect(differences(snapshot(join(root, "served")), snapshot(join(root, "clean")))).toEqual([]);
    // The page manifest is kept in memory, not read from the cache again: with the cache folder
    // gone, the pages are still reused (each checked against the output as before).
    rmSync(join(root, "cache-served"), { recursive: true, force: true });
    const withoutDiskCache = await build({ ...options("served"), memory });
    expect(withoutDiskCache.reusedPages).toBe(steady.reusedPages);
    expect(differences(snapshot(join(root, "served")), snapshot(join(root, "clean")))).toEqual([]);
  }, 120_000);

  it("with the stage made ready between builds, the live pages linked into it (draad serve): the clean build's site, and the replaced site never written through", async () => {
    const { root, input } = demoCopy("draad-memory-prelink-");
    const options = (output: string) => buildOptions(root, input, output, false);
    const memory = new BuildMemory();
    const lock = takeLock(join(root, "served"), "test");
    try {
      await build({ ...options("served"), memory, lock });
      for (const [round, edit] of edits(input).slice(0, 3).entries()) {
        // Past the grace period of the version the last swap replaced, as draad serve waits for it.
        if (round > 0) await new Promise((r) => setTimeout(r, 2_100));
        expect(lock.prepareStage(memory.pageManifest.pages.keys()), edit.name).toBe(true);
        const live = realpathSync(join(root, "served"));
        if (round === 1) {
          // A page of the live site edited by hand, in place, after it was linked into the stage.
          const page = (readdirSync(join(live, "artikel")) as string[]).sort()[0]!;
          writeFileSync(join(live, "artikel", page, "index.html"), "met de hand bewerkt");
        }
        const before = snapshot(live);
        edit.apply();
        const served = await build({ ...options("served"), memory, lock });
        expect(served.reusedPages, edit.name).toBeGreaterThan(100);
        rmSync(join(root, "clean"), { recursive: true, force: true });
        await build({ ...options("clean"), cacheDir: null });
        expect(differences(snapshot(join(root, "served")), snapshot(join(root, "clean"))), edit.name).toEqual([]);
        expect(differences(snapshot(live), before), `${edit.name}: the replaced version as it was`).toEqual([]);
      }
    } finally {
      lock.release();
    }
  }, 120_000);

  it("leaves the disk cache of captures as its first build made it: a later draad build reuses every capture it held", async () => {
    const { root, input } = demoCopy("draad-memory-pack-");
    const options = buildOptions(root, input, "served", false);
    const memory = new BuildMemory();
    const first = await build({ ...options, memory });
    const captures = first.captures;
    expect(first.cache!.stats.captures!.misses).toBe(captures);
    edits(input)[0]!.apply();
    const rebuilt = await build({ ...options, memory });
    expect(rebuilt.memory!.capturesRead).toBe(1);
    // The serve session is over; a build of its own, with the same cache.
    const later = await build({ ...options, output: join(root, "later") });
    expect(later.cache!.stats.captures!.hits).toBe(captures);
    expect(later.cache!.stats.captures!.misses).toBe(1);
  }, 120_000);

  it("with the search index made after the pages: the pages at once, then the whole site a clean build with search makes", async () => {
    const { root, input } = demoCopy("draad-memory-search-");
    const options = (output: string) => buildOptions(root, input, output, true);
    const memory = new BuildMemory();
    const served = join(root, "served");
    const lock = takeLock(served, "draad serve (test)");
    await build({ ...options("served"), memory, lock });
    const indexBefore = [...snapshot(served)].filter(([f]) => f.startsWith("pagefind/"));
    writeFileSync(join(input, "2025-11-22T1600-veerpont.txt"), NEW_CAPTURE);
    let reindex: ((stillWanted: () => boolean) => Promise<{ seconds: number; records: number } | null>) | null = null;
    const report = await build({ ...options("served"), memory, lock, reindexLater: (r) => void (reindex = r) });
    expect(report.searchDeferred).toBe(true);
    expect(report.seconds.index).toBeNull();
    await build({ ...options("clean"), cacheDir: null });
    const clean = snapshot(join(root, "clean"));
    // The pages are the new ones; the search index is still the last one, until it is made again.
    const pagesDiffer = differences(snapshot(served), clean);
    expect(pagesDiffer.length).toBeGreaterThan(0);
    expect(pagesDiffer.every((f) => f.startsWith("pagefind/")), pagesDiffer.join(", ")).toBe(true);
    expect([...snapshot(served)].filter(([f]) => f.startsWith("pagefind/"))).toEqual(indexBefore);
    // An index whose pages a newer build replaced is not swapped in.
    expect(await reindex!(() => false)).toBeNull();
    expect(differences(snapshot(served), clean)).toEqual(pagesDiffer);
    const made = await reindex!(() => true);
    expect(made!.records).toBeGreaterThan(100);
    expect(differences(snapshot(served), clean)).toEqual([]);
    lock.release();
  }, 120_000);

  it("takes an unchanged file from memory, and forgets it when the file or the place table changes", () => {
    const path = join(mkdtempSync(join(tmpdir(), "draad-memory-file-")), "a.txt");
    writeFileSync(path, NEW_CAPTURE);
    const contribution = { rejected: false, capturedAtMs: 0, diagnostics: [], reports: [] };
    const memory = new BuildMemory();
    const settings = { input: "x", capturedAt: null, placeAliases: {} };
    memory.startBuild(settings);
    const first = memory.recall("a.txt", path);
    expect(first.contribution).toBeNull();
    memory.remember("a.txt", first.signature, contribution);
    memory.finishReading();
    memory.startBuild(settings);
    expect(memory.recall("a.txt", path).contribution).toBe(contribution);
    memory.finishReading();
    memory.startBuild({ ...settings, placeAliases: { "Den Haag": ["'s-Gravenhage"] } });
    expect(memory.recall("a.txt", path).contribution).toBeNull();
    memory.remember("a.txt", memory.recall("a.txt", path).signature, contribution);
    memory.finishReading();
    writeFileSync(path, NEW_CAPTURE + "Extra regel.\n");
    memory.startBuild({ ...settings, placeAliases: { "Den Haag": ["'s-Gravenhage"] } });
    expect(memory.recall("a.txt", path).contribution).toBeNull();
  });
});
