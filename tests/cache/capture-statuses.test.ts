/**
 * Capture files known by their status (src/cache/capture-statuses.ts): a rebuild takes a
 * capture's key without reading it only while its file is the one the last build saw, and never
 * for a file written so shortly before that build that its status may not have moved.
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, realpathSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { ContentCache } from "../../src/cache/store.js";
import { CaptureStatuses, RACY_MS } from "../../src/cache/capture-statuses.js";

const ALIASES = JSON.stringify({});

function setup() {
  const root = realpathSync(mkdtempSync(join(tmpdir(), "draad-statuses-")));
  const input = join(root, "wire");
  const cache = new ContentCache(join(root, "cache"), "vingerafdruk", "geheim");
  return { root, input, cache };
}

/** A build that sees `file` as `source` and keys it `key`, started at `startedMs`; what it knew of it before. */
async function see(cache: ContentCache, input: string, file: string, key: string, startedMs: number, capturedAt: string | null = null): Promise<string | null> {
  const statuses = await CaptureStatuses.open(cache, { input, capturedAt, aliases: ALIASES, startedMs });
  const status = statuses.statusOf({ real: file, boundary: dirname(file) });
  const known = statuses.keyOf("a.txt", status);
  statuses.remember("a.txt", status, key);
  await statuses.save();
  return known;
}

describe("capture statuses", () => {
  it("an unchanged file is known by the key the last build took; a write moves its status even when size and times are put back", async () => {
    const { root, input, cache } = setup();
    const file = join(root, "a.txt");
    writeFileSync(file, "Kop\nZWOLLE (ANP) - De markt is verplaatst.\n");
    const later = Date.now() + 10 * RACY_MS;
    expect(await see(cache, input, file, "sleutel-1", later)).toBeNull();
    expect(await see(cache, input, file, "sleutel-1", later)).toBe("sleutel-1");
    // Same length, modification time set back: the change time still moved.
    const before = statSync(file);
    await new Promise((r) => setTimeout(r, 20));
    writeFileSync(file, "Kop\nZWOLLE (ANP) - De markt is verschoven.\n".slice(0, before.size));
    utimesSync(file, before.atime, before.mtime);
    expect(statSync(file).size).toBe(before.size);
    expect(await see(cache, input, file, "sleutel-2", later + 1)).toBeNull();
    expect(await see(cache, input, file, "sleutel-2", later + 2)).toBe("sleutel-2");
  });

  it("a file written less than RACY_MS before the build that saw it is read again by the next", async () => {
    const { root, input, cache } = setup();
    const file = join(root, "a.txt");
    writeFileSync(file, "Kop\nZWOLLE (ANP) - De markt is verplaatst.\n");
    const now = Date.now();
    expect(await see(cache, input, file, "sleutel-1", now)).toBeNull();
    expect(await see(cache, input, file, "sleutel-1", now + 10)).toBeNull();
    // Once the file is old enough at the start of the build that saw it, it is known.
    expect(await see(cache, input, file, "sleutel-1", now + RACY_MS + 1000)).toBeNull();
    expect(await see(cache, input, file, "sleutel-1", now + RACY_MS + 2000)).toBe("sleutel-1");
  });

  it("another default capture time or input folder has statuses of its own; a damaged list is not used", async () => {
    const { root, input, cache } = setup();
    const file = join(root, "a.txt");
    writeFileSync(file, "Kop\nZWOLLE (ANP) - De markt is verplaatst.\n");
    const later = Date.now() + 10 * RACY_MS;
    await see(cache, input, file, "sleutel-1", later);
    expect(await see(cache, input, file, "sleutel-9", later, "2025-11-22T10:00")).toBeNull();
    expect(await see(cache, join(root, "ander"), file, "sleutel-9", later)).toBeNull();
    expect(await see(cache, input, file, "sleutel-1", later)).toBe("sleutel-1");
    // Damage the stored list: it is refused, so nothing is known and the file is read.
    const folder = join(cache.root, "capture-statuses");
    for (const sub of readdirSync(folder)) {
      for (const entry of readdirSync(join(folder, sub))) {
        const path = join(folder, sub, entry);
        const bytes = readFileSync(path);
        bytes[bytes.length - 3]! ^= 0xff;
        writeFileSync(path, bytes);
      }
    }
    expect(await see(cache, input, file, "sleutel-1", later)).toBeNull();
    // Kept out of the reuse figures.
    expect(Object.keys(cache.stats)).not.toContain("capture-statuses");
  });

  it("takes no status through a link or outside the walked folder (the file is read within its boundary instead)", async () => {
    const { root, input, cache } = setup();
    const file = join(root, "a.txt");
    writeFileSync(file, "Kop\nZWOLLE (ANP) - De markt is verplaatst.\n");
    const link = join(root, "link.txt");
    symlinkSync(file, link);
    const statuses = await CaptureStatuses.open(cache, { input, capturedAt: null, aliases: ALIASES, startedMs: Date.now() + 10 * RACY_MS });
    expect(statuses.statusOf({ real: file, boundary: root })).not.toBeNull();
    expect(statuses.statusOf({ real: link, boundary: root })).toBeNull();
    expect(statuses.statusOf({ real: file, boundary: join(root, "wire") })).toBeNull();
    expect(statuses.statusOf({ boundary: root })).toBeNull();
    expect(statuses.statusOf({ real: file, boundary: null })).toBeNull();
  });
});
