/**
 * The captures' cache entries (src/cache/capture-cache.ts) on their own: a contribution read
 * back gives every field the parse gave, and the fields only a group made again reads (the text,
 * paragraphs, dateline...) are read from the capture's second entry only when first asked for.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ArchiveBuilder } from "../../src/archive/index.js";
import { captureCache } from "../../src/cache/capture-cache.js";
import { ContentCache } from "../../src/cache/store.js";
import { parseCapture } from "../../src/wire/index.js";

const CAPTURE = [
  "---",
  "captured: 2025-11-20T10:15:00+01:00",
  "source: https://nieuws.example.nl/binnenland/veerpont",
  "---",
  "Veerpont vaart weer na onderhoud",
  "HATTEM (ANP) - De veerpont tussen de oevers vaart weer na een week van onderhoud.",
  "",
  "De schipper meldt dat de eerste overtocht om zeven uur vertrok.",
  "Meer uit Binnenland",
  "ZWOLLE (ANP) - De bibliotheek verlengt haar openingstijden in de winter.",
  "2 uur geleden",
  "",
].join("\n");

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

function setup() {
  const root = mkdtempSync(join(tmpdir(), "draad-capture-cache-"));
  roots.push(root);
  const cache = new ContentCache(root, "vingerafdruk", "geheim");
  const context = { input: join(root, "wire"), capturedAt: null, placeAliases: {}, nowMs: Date.parse("2026-01-01T00:00:00Z") };
  return { root, cache, context };
}

describe("the capture cache", () => {
  it("gives back every field of every report, the later ones read only when asked for", () => {
    const { cache, context } = setup();
    const bytes = new TextEncoder().encode(CAPTURE);
    const contribution = new ArchiveBuilder().contributionOf(parseCapture(bytes, { source: "2025-11-20T1015-veerpont.txt", nowMs: context.nowMs }));
    expect(contribution.reports.length).toBe(2);
    const first = captureCache(cache, context);
    const key = first.keyOf(bytes, "2025-11-20T1015-veerpont.txt");
    first.storeByKey(key, contribution);
    first.save();
    const packs = readdirSync(join(cache.root, "captures"));
    expect(packs.length).toBe(1);

    const second = captureCache(cache, context);
    const read = second.lookup(key)!;
    expect(read).not.toBeNull();
    const fields = Object.keys(contribution.reports[0]!) as (keyof (typeof contribution.reports)[0])[];
    expect(fields).toContain("paragraphs");
    for (const [i, report] of contribution.reports.entries()) {
      for (const field of fields) expect(read.reports[i]![field], `${i}.${field}`).toEqual(report[field]);
    }
    // The text and paragraphs are no field of the report read back: they come from the second entry.
    expect(Object.keys(read.reports[0]!)).not.toContain("paragraphs");
    expect(read.reports[0]!.text).toBe(contribution.reports[0]!.paragraphs.join("\n\n"));
    expect(read.diagnostics).toEqual(contribution.diagnostics);
    // Both entries were used: saving keeps them (the pack is not written anew without them).
    second.save();
    const third = captureCache(cache, context).lookup(key)!;
    expect(third.reports[1]!.paragraphs).toEqual(contribution.reports[1]!.paragraphs);
  });

  it("misses (the capture is parsed again) when the second entry is gone", async () => {
    const { cache, context } = setup();
    const bytes = new TextEncoder().encode(CAPTURE);
    const contribution = new ArchiveBuilder().contributionOf(parseCapture(bytes, { source: "a.txt", nowMs: context.nowMs }));
    const first = captureCache(cache, context);
    const key = first.keyOf(bytes, "a.txt");
    first.storeByKey(key, contribution);
    first.save();
    // A build that stored only the first entry: the pack written by hand with just that one.
    const { CapturePack } = await import("../../src/cache/capture-pack.js");
    const path = join(cache.root, "captures", readdirSync(join(cache.root, "captures"))[0]!);
    const stats = { hits: 0, misses: 0, invalid: 0, writes: 0, writeError: null };
    const pack = new CapturePack(path, stats, cache.root);
    const value = pack.get(key, (v): v is unknown => true);
    const only = new CapturePack(`${path}.neu`, stats, cache.root);
    only.put(key, value);
    only.save();
    rmSync(path);
    const { renameSync } = await import("node:fs");
    renameSync(`${path}.neu`, path);
    const again = captureCache(cache, context);
    expect(again.lookup(key)).toBeNull();
    expect(cache.statsOf("captures").misses).toBe(1);
    expect(cache.statsOf("captures").hits).toBe(0);
  });
});
