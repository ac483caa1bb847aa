/**
 * What draad serve keeps in memory from one build for the next (issue #15): each capture's
 * contribution by file, known unchanged by its file status, and the items of the last merge
 * (src/archive/item-memo.ts). A rebuild after one changed capture then reads and parses that
 * capture only, groups again only what its reports touch and dates only the items whose
 * reports changed; linking, relating and the site are done again from them, so the result is
 * what a clean build makes.
 *
 * A one-off `draad build` has no memory (the disk cache, src/cache/, serves it instead).
 */
import { fileStatus } from "../input/file-status.js";
import { ItemMemo } from "../archive/item-memo.js";
import type { CaptureContribution } from "../archive/build-archive.js";
import type { PlaceAliases } from "../archive/types.js";
import type { RememberedItemPage, RememberedSummary } from "../site/pages/context.js";
import type { RememberedManifest } from "../cache/page-cache.js";

export interface RememberedCapture {
  /** Device, inode, size and change times: a file whose status is the same was not written. */
  signature: string;
  contribution: CaptureContribution;
}

export interface RememberedPageKey {
  shared: string;
  entry: unknown;
  key: string;
}

export class BuildMemory {
  /** By source name (relative to the input folder); only contributions that do not depend on the clock. */
  private captures = new Map<string, RememberedCapture>();
  private next = new Map<string, RememberedCapture>();
  private settingsKey: string | null = null;
  readonly items = new ItemMemo();
  /** Output files found to be what the page cache wrote, with their status (src/cache/page-cache.ts). */
  readonly verifiedPages = new Map<string, string>();
  /**
   * The last build's page entries with their page cache keys, by output file: an entry that is
   * sure to give the same JSON (src/cache/same-json.ts) gets its key without being hashed again.
   */
  readonly pageKeys = new Map<string, RememberedPageKey>();
  /** The page manifest the last build saved (src/cache/page-cache.ts), not read from the cache again. */
  readonly pageManifest: RememberedManifest = { key: null, pages: new Map() };
  /** The last build's report summaries by item id, with what each was made from: one that did not change is kept as the same object, so entries share it. */
  readonly summaries = new Map<string, RememberedSummary>();
  /** The last build's report page entries with what they were made from (src/site/pages/items.ts). */
  readonly itemPages = new Map<string, RememberedItemPage>();
  /** The last build: captures taken from memory, and read from disk (cache or parser). */
  readonly stats = { capturesReused: 0, capturesRead: 0 };

  /** Call before reading: other parse settings (input folder, default capture time, place table) make every contribution stale. */
  startBuild(settings: { input: string; capturedAt: string | null; placeAliases: PlaceAliases }): void {
    const key = JSON.stringify([settings.input, settings.capturedAt, settings.placeAliases]);
    if (key !== this.settingsKey) this.captures = new Map();
    this.settingsKey = key;
    this.next = new Map();
    this.stats.capturesReused = 0;
    this.stats.capturesRead = 0;
  }

  /**
   * Whether the last build left contributions to take (call after startBuild). Then the disk
   * cache of captures is not opened (src/build/ingest.ts): only changed files are read, and they
   * are seldom in it, while opening it reads the whole pack of every capture (40 MB at 10,000
   * captures) and saving it wrote all of it again for one new capture. The pack stays as the
   * first build of the process left it; a later `draad build` parses the captures added since.
   */
  remembersCaptures(): boolean {
    return this.captures.size > 0;
  }

  /** The contribution `source` gave last time if its file was not written since; null otherwise. */
  recall(source: string, path: string): { contribution: CaptureContribution | null; signature: string | null } {
    const signature = fileStatus(path, { changeTime: true });
    const kept = signature === null ? undefined : this.captures.get(source);
    if (kept && kept.signature === signature) {
      this.next.set(source, kept);
      this.stats.capturesReused++;
      return { contribution: kept.contribution, signature };
    }
    this.stats.capturesRead++;
    return { contribution: null, signature };
  }

  remember(source: string, signature: string | null, contribution: CaptureContribution): void {
    if (signature !== null) this.next.set(source, { signature, contribution });
  }

  /** Call after reading: files that are gone are forgotten. */
  finishReading(): void {
    this.captures = this.next;
    this.next = new Map();
  }
}
