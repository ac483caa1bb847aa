/**
 * The capture pack (src/cache/capture-pack.ts) on its own: new entries are appended only to the
 * very file the build read, never through a link and never after another build wrote it.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, lstatSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CapturePack, PACK_MAGIC, type PackStats } from "../../src/cache/capture-pack.js";

const stats = (): PackStats => ({ hits: 0, misses: 0, invalid: 0, writes: 0, writeError: null });
const key = (n: number) => n.toString(16).padStart(64, "0");
const isString = (v: unknown): v is string => typeof v === "string";
const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A cache folder with a pack of entries 1 and 2. */
function packWithTwo(): { root: string; path: string } {
  const root = mkdtempSync(join(tmpdir(), "draad-pack-"));
  roots.push(root);
  const path = join(root, "captures.pack");
  const pack = new CapturePack(path, stats(), root);
  pack.put(key(1), "een");
  pack.put(key(2), "twee");
  pack.save();
  return { root, path };
}

/** The next build: uses both entries, adds entry 3. */
function addThird(path: string, root: string): void {
  const pack = new CapturePack(path, stats(), root);
  expect(pack.get(key(1), isString)).toBe("een");
  expect(pack.get(key(2), isString)).toBe("twee");
  pack.put(key(3), "drie");
  pack.save();
}

const valuesIn = (path: string, root: string) => [1, 2, 3].map((n) => new CapturePack(path, stats(), root).get(key(n), isString));

describe("the capture pack", () => {
  it("appends a new entry to the pack it read", () => {
    const { root, path } = packWithTwo();
    const before = readFileSync(path);
    const inode = statSync(path).ino;
    addThird(path, root);
    const after = readFileSync(path);
    expect(statSync(path).ino).toBe(inode);
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    expect(valuesIn(path, root)).toEqual(["een", "twee", "drie"]);
  });

  it("appends while at most a quarter of the pack is unused, and writes it anew with the used entries beyond that", () => {
    const root = mkdtempSync(join(tmpdir(), "draad-pack-"));
    roots.push(root);
    const path = join(root, "items.pack");
    const first = new CapturePack(path, stats(), root);
    for (let n = 1; n <= 8; n++) first.put(key(n), `waarde ${n}`);
    first.save();
    // A build that uses 7 of the 8 entries and makes one: appended, the unused one stays behind.
    const before = readFileSync(path);
    const second = new CapturePack(path, stats(), root);
    for (let n = 2; n <= 8; n++) expect(second.get(key(n), isString)).toBe(`waarde ${n}`);
    second.put(key(9), "waarde 9");
    second.save();
    const appended = readFileSync(path);
    expect(appended.subarray(0, before.length).equals(before)).toBe(true);
    expect(new CapturePack(path, stats(), root).get(key(1), isString)).toBe("waarde 1");
    // Nothing new and the same one unused: the file is left as it is.
    const third = new CapturePack(path, stats(), root);
    for (let n = 2; n <= 9; n++) third.get(key(n), isString);
    third.save();
    expect(readFileSync(path).equals(appended)).toBe(true);
    // Three of nine unused (a third of the pack): written anew, with the six used entries only.
    const fourth = new CapturePack(path, stats(), root);
    for (let n = 4; n <= 9; n++) fourth.get(key(n), isString);
    fourth.save();
    const compacted = readFileSync(path);
    expect(compacted.length).toBeLessThan(before.length);
    const reread = new CapturePack(path, stats(), root);
    expect([1, 2, 3].map((n) => reread.get(key(n), isString))).toEqual([null, null, null]);
    expect([4, 5, 6, 7, 8, 9].map((n) => reread.get(key(n), isString))).toEqual([4, 5, 6, 7, 8, 9].map((n) => `waarde ${n}`));
  });

  it("writes the pack anew when another build wrote it meanwhile", () => {
    const { root, path } = packWithTwo();
    const pack = new CapturePack(path, stats(), root);
    pack.get(key(1), isString);
    pack.get(key(2), isString);
    pack.put(key(3), "drie");
    // Another build appended something after this one read the pack.
    writeFileSync(path, Buffer.concat([readFileSync(path), Buffer.from("vreemd")]));
    pack.save();
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, PACK_MAGIC.length).equals(PACK_MAGIC)).toBe(true);
    expect(bytes.includes(Buffer.from("vreemd"))).toBe(false);
    expect(valuesIn(path, root)).toEqual(["een", "twee", "drie"]);
  });

  it("never appends through a link: the pack becomes a file of its own, the link's target is left as it was", () => {
    const { root, path } = packWithTwo();
    const target = join(root, "elders.pack");
    copyFileSync(path, target);
    rmSync(path);
    symlinkSync(target, path);
    const targetBefore = readFileSync(target);
    addThird(path, root);
    expect(readFileSync(target).equals(targetBefore)).toBe(true);
    expect(lstatSync(path).isSymbolicLink()).toBe(false);
    expect(valuesIn(path, root)).toEqual(["een", "twee", "drie"]);
  });
});
