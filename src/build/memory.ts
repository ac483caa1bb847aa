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
import { captureFilesAfterChanges, findCaptureFiles, type CaptureFile } from "../input/capture-files.js";
import type { PassedOver } from "../input/input-folder.js";
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
  /** The last build: captures taken from memory, and read from disk (cache or parser); whether it walked the input folder. */
  readonly stats = { capturesReused: 0, capturesRead: 0, walked: true };
  /** What the last build found in its input folder. */
  private walk: { input: string; files: CaptureFile[]; passedOver: PassedOver[] } | null = null;
  /** What draad serve's watcher reported since the last build (noteChanges); null: not known. */
  private changes: string[] | null = null;

  /**
   * draad serve: the paths its watcher reported since the last build began (any of the watched
   * folders), or null when it cannot say (a check found a change it missed). The next build
   * then takes the input folder's files from the last walk with these changes, and reads only
   * the files they name (captureFiles).
   */
  noteChanges(paths: readonly string[] | null): void {
    this.changes = paths === null ? null : [...paths];
  }

  /**
   * The capture files of `input`: after noted changes that need no walk, the last walk's with
   * them (src/input/capture-files.ts), with `changed` naming the files to look at again; else a
   * walk (changed: null, every file's status is compared).
   */
  captureFiles(input: string): { files: CaptureFile[]; passedOver: PassedOver[]; changed: Set<string> | null } {
    const changes = this.changes;
    this.changes = null;
    const after = changes !== null && this.walk?.input === input ? captureFilesAfterChanges(input, this.walk, changes) : null;
    this.stats.walked = after === null;
    const found = after ?? { ...findCaptureFiles([input]), changed: null };
    this.walk = { input, files: found.files, passedOver: found.passedOver };
    return found;
  }

  /**
   * Whether the last build's input folder holds anything it did not read as it is now: a file more or
   * less, or a file whose status changed. draad serve asks while it waits, since a watcher can
   * miss a change (or one came before it watched).
   */
  inputChangedSince(): boolean {
    const walk = this.walk;
    if (walk === null) return false;
    const now = findCaptureFiles([walk.input]);
    if (now.files.length !== walk.files.length || now.passedOver.length !== walk.passedOver.length) return true;
    for (let i = 0; i < now.passedOver.length; i++) if (now.passedOver[i]!.path !== walk.passedOver[i]!.path || now.passedOver[i]!.reason !== walk.passedOver[i]!.reason) return true;
    for (let i = 0; i < now.files.length; i++) {
      const file = now.files[i]!;
      if (file.path !== walk.files[i]!.path) return true;
      const kept = this.captures.get(file.inFolder ?? file.path);
      // A file not kept (its reading depended on the clock, or it could not be read) is read by every build anyway.
      if (kept && kept.signature !== fileStatus(file.path, { changeTime: true })) return true;
    }
    return false;
  }

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

  /** The contribution `source` gave last time, trusted without a look at its file (the watcher says it did not change); recall when there is none. */
  recallUnchanged(source: string, path: string): { contribution: CaptureContribution | null; signature: string | null } {
    const kept = this.captures.get(source);
    if (!kept) return this.recall(source, path);
    this.next.set(source, kept);
    this.stats.capturesReused++;
    return { contribution: kept.contribution, signature: kept.signature };
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
