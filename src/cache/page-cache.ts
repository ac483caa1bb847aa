/**
 * Reused pages: an article, brief or list page whose data did not change since the last build
 * into the same output folder is copied from that output instead of being rendered again.
 *  - A page's key is a sha256 over the code fingerprint, what every page shares (interface
 *    texts, navigation, base URL and path prefix; a user's own templates), its template's name
 *    and its own entry as JSON, which is all its template can read (src/site/templates/); so
 *    the key changes whenever the page would.
 *  - The manifest of the last build (a cache entry keyed by the output folder and the code
 *    fingerprint) holds each page's key, the sha256 of the file written and the file's status
 *    (device, inode, size, modification time). A page is reused only when its key matches and
 *    the file in the output still has that hash: a page edited, truncated or deleted by hand is
 *    rendered again, never copied. A file whose status is still the one saved is known to have
 *    it without being read (any write moves the modification time); others are read and hashed.
 */
import { fileStatus } from "../input/file-status.js";
import { join, relative, resolve, sep } from "node:path";
import type { ContentCache } from "./store.js";
import type { SiteFolder } from "../output/site-folder.js";
import type { RememberedPageKey } from "../build/memory.js";
import { sameJson } from "./same-json.js";
import { checkOutputFile, linkOrCopy, sha256 } from "./output-files.js";
import type { OutputStatuses } from "./output-statuses.js";
import { asJsonForKey } from "../site/pages/shared-values.js";

export const PAGES_KIND = "pages";
const MANIFEST_KIND = "page-manifests";

export interface ManifestEntry {
  key: string;
  sha256: string;
  /**
   * The output file's status (src/input/file-status.ts, without the change time) when the
   * manifest was saved: a file whose status is still this is not read and hashed again.
   */
  status?: string;
}

interface Manifest {
  pages: Record<string, ManifestEntry>;
}

/**
 * draad serve keeps the manifest it saved (src/build/memory.ts): the next build takes it from
 * here instead of reading and decoding it from the cache again (0.15 to 0.2 s at 10,000 pages).
 */
export interface RememberedManifest {
  key: string | null;
  pages: Map<string, ManifestEntry>;
}

function isManifest(value: unknown): value is Manifest {
  return typeof value === "object" && value !== null && typeof (value as Manifest).pages === "object" && (value as Manifest).pages !== null;
}


/**
 * An entry as JSON for its key, a shared value in it as the hash of its JSON
 * (src/site/pages/shared-values.ts).
 */
export function pageJson(entry: unknown): string {
  return asJsonForKey(entry, sha256);
}

/** Output file of a page URL, relative to the site folder: `/a/b/` -> `a/b/index.html`. */
export function outputFileOf(url: string): string {
  const path = url.replace(/^\/+/, "");
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
}

/**
 * A page whose entry is made only when it is to be rendered (renderBatches with a page cache):
 * its key is taken from `inputs`, everything its entry would be made from, by value
 * (LazyEntries.keyInputsOf), so a page linked from the last build never has its entry made.
 */
export class DeferredEntry {
  constructor(
    readonly url: string,
    readonly make: () => unknown,
    readonly inputs: () => unknown[],
  ) {}
}

export class PageCache {
  private readonly next = new Map<string, ManifestEntry>();
  /** Keys of the pages handed to Eleventy in the current batch, by output file. */
  private pending = new Map<string, string>();
  /** Staging folders known to exist. */
  private readonly folders = new Set<string>();

  private constructor(
    private readonly cache: ContentCache,
    private readonly output: string,
    private readonly manifestKey: string,
    private readonly previous: Map<string, ManifestEntry>,
    /** Output files whose bytes are known to be what the manifest says while their status is this: `${sha256} ${status}`. */
    private readonly verified: Map<string, string>,
    /** draad serve: the last build's entries and keys (src/build/memory.ts). */
    private readonly rememberedKeys: Map<string, RememberedPageKey> | null = null,
    private readonly rememberedManifest: RememberedManifest | null = null,
    /** Files the stage holds already, linked from the live version (SiteFolder.prelinked). */
    private readonly stage: Pick<SiteFolder, "prelinked" | "dropPrelinked"> | null = null,
    /** The statuses of the live output's files, taken during this build (output-statuses.ts). */
    private readonly statuses: Map<string, string | null> | null = null,
  ) {}

  /**
   * The manifest the last build into `output` saved, read now: a `draad build` reads it before
   * it merges, to link the last build's pages into the next stage meanwhile
   * (OutputLock.prepareStageInBackground), and hands it to open() as remembered.
   */
  static async readManifest(cache: ContentCache, output: string): Promise<RememberedManifest> {
    const key = cache.key("page-manifest", resolve(output));
    const manifest = await cache.get(MANIFEST_KIND, key, isManifest);
    delete cache.stats[MANIFEST_KIND];
    return { key, pages: new Map(Object.entries(manifest?.pages ?? {})) };
  }

  /**
   * `verified` (kept by draad serve from build to build): the files of the output whose bytes
   * were found to be what the manifest says, by file status; such a file is not read and hashed
   * again while its inode, size and modification time stay the same. The statuses the manifest
   * saved are added to it (a `draad build` has no other).
   */
  static async open(
    cache: ContentCache,
    output: string,
    verified: Map<string, string> | null = null,
    stagingFolders: ReadonlySet<string> = new Set(),
    rememberedKeys: Map<string, RememberedPageKey> | null = null,
    rememberedManifest: RememberedManifest | null = null,
    stage: Pick<SiteFolder, "prelinked" | "dropPrelinked"> | null = null,
    statuses: OutputStatuses | null = null,
  ): Promise<PageCache> {
    const manifestKey = cache.key("page-manifest", resolve(output));
    // The manifest is bookkeeping, not a page: kept out of the reuse figures (readManifest).
    const previous = rememberedManifest?.key === manifestKey ? rememberedManifest.pages : (await PageCache.readManifest(cache, output)).pages;
    cache.statsOf(PAGES_KIND);
    // What the last build saved of its files' status: one that is unchanged need not be read.
    const known = verified ?? new Map<string, string>();
    for (const [file, entry] of previous) if (typeof entry.status === "string") known.set(file, `${entry.sha256} ${entry.status}`);
    const pageCache = new PageCache(cache, resolve(output), manifestKey, previous, known, rememberedKeys, rememberedManifest, stage, (await statuses) ?? null);
    // The folders a recycled staging version already has are not made again.
    for (const folder of stagingFolders) pageCache.folders.add(folder);
    return pageCache;
  }

  /**
   * The entries of the templates `reusable` in `pages` whose pages can be copied from the last
   * build are copied into `staging` and left out of the returned pages; the rest are to be
   * rendered. `context` is everything those templates read besides their own entry (the shared
   * site data, the templates themselves when they are not draad's own).
   */
  reuse<P extends Partial<Record<string, readonly { url: string }[]>>>(context: string, pages: P, reusable: readonly string[], staging: string): { pages: P; reused: number } {
    const sharedKey = this.cache.key("page-context", context);
    const remaining: Record<string, unknown> = { ...pages };
    let reused = 0;
    let pending = 0;
    const prelinked = this.stage?.prelinked;
    const others = Object.keys(pages).filter((name) => !reusable.includes(name));
    // A template whose pages are not reused gets its entries made now.
    for (const name of others) remaining[name] = (pages[name] ?? []).map((entry) => (entry instanceof DeferredEntry ? entry.make() : entry));
    if (prelinked?.size) {
      // Pages of other templates are written as they are rendered: no live file may be at their paths.
      for (const name of others) this.stage!.dropPrelinked((pages[name] ?? []).map((entry) => outputFileOf(entry.url)));
    }
    for (const name of reusable) {
      const entries = pages[name];
      if (!entries) continue;
      const render: { url: string }[] = [];
      for (const entry of entries) {
        const file = outputFileOf(entry.url);
        const key = entry instanceof DeferredEntry ? sha256(`${sharedKey}\0${name}\0inputs\0${pageJson(entry.inputs())}`) : this.keyOf(sharedKey, name, file, entry);
        if (this.copyIfUnchanged(file, key, staging)) reused++;
        else {
          // Rendered and written anew: the live file linked at its path goes first.
          if (prelinked?.size) this.stage!.dropPrelinked([file]);
          render.push(entry instanceof DeferredEntry ? (entry.make() as { url: string }) : entry);
          // Kept until its page is rendered: batches may be rendered at once (render-pool.ts).
          this.pending.set(file, key);
          pending++;
        }
      }
      remaining[name] = render;
    }
    const stats = this.cache.statsOf(PAGES_KIND);
    stats.hits += reused;
    stats.misses += pending;
    return { pages: remaining as P, reused };
  }

  /** A page's key; in draad serve taken from the last build when the entry is sure to give the same JSON. */
  private keyOf(sharedKey: string, name: string, file: string, entry: unknown): string {
    const remembered = this.rememberedKeys?.get(file);
    const shared = `${sharedKey}\0${name}`;
    if (remembered && remembered.shared === shared && sameJson(remembered.entry, entry)) {
      remembered.entry = entry;
      return remembered.key;
    }
    const key = sha256(`${shared}\0${pageJson(entry)}`);
    this.rememberedKeys?.set(file, { shared, entry, key });
    return key;
  }

  /**
   * Put the last build's file into staging when its key matches and its bytes are still what was
   * written (checkOutputFile, linkOrCopy).
   */
  private copyIfUnchanged(file: string, key: string, staging: string): boolean {
    const before = this.previous.get(file);
    if (!before || before.key !== key) return false;
    const source = join(this.output, file);
    const check = checkOutputFile(source, before.sha256, this.verified.get(file), this.statuses?.get(file));
    if (check.read) {
      const stats = this.cache.statsOf(PAGES_KIND);
      stats.readToCheck = (stats.readToCheck ?? 0) + 1;
    }
    if (!check.same) {
      this.cache.statsOf(PAGES_KIND).invalid++;
      return false;
    }
    if (check.read && check.status !== null) this.verified.set(file, `${before.sha256} ${check.status}`);
    // Linked already while draad serve waited (SiteFolder.prelinked): the very file just checked.
    const prelinked = this.stage?.prelinked.get(file);
    if (prelinked !== undefined) {
      if (check.status !== null && prelinked === check.status) {
        this.stage!.prelinked.delete(file);
        this.next.set(file, { key: before.key, sha256: before.sha256, status: check.status });
        return true;
      }
      this.stage!.dropPrelinked([file]);
    }
    const linked = linkOrCopy(source, join(staging, file), check.bytes, this.folders);
    // A linked file keeps its inode and modification time, so its status; a copy does not.
    this.next.set(file, linked && check.status !== null ? { key: before.key, sha256: before.sha256, status: check.status } : { key: before.key, sha256: before.sha256 });
    return true;
  }

  /** Pages rendered since `reuse` left them out: remembered with the hash of what was written. */
  rendered(results: readonly ({ outputPath: string; content: string } | { outputPath: string; sha256: string })[], staging: string): void {
    for (const result of results) {
      const file = relative(staging, result.outputPath).split(sep).join("/");
      const key = this.pending.get(file);
      if (key === undefined) continue;
      this.pending.delete(file);
      this.next.set(file, { key, sha256: "sha256" in result ? result.sha256 : sha256(result.content) });
    }
  }

  /**
   * Store the manifest of this build, after the new site is in place: with each page file's
   * status, so that the next build (draad serve's or a `draad build` of its own) need not read
   * and hash files that nothing wrote since.
   */
  async save(): Promise<void> {
    for (const [file, entry] of this.next) {
      if (entry.status !== undefined) continue;
      const status = fileStatus(join(this.output, file), { changeTime: false });
      if (status === null) continue;
      this.next.set(file, { ...entry, status });
      this.verified.set(file, `${entry.sha256} ${status}`);
    }
    // Pages this build did not make are forgotten by draad serve too.
    if (this.rememberedKeys) for (const file of [...this.rememberedKeys.keys()]) if (!this.next.has(file)) this.rememberedKeys.delete(file);
    if (this.rememberedManifest) {
      // Forgotten first: a save that fails half-way must not leave a manifest of this build's pages as the last one's.
      this.rememberedManifest.key = null;
      this.rememberedManifest.pages = this.next;
    }
    const pages = Object.fromEntries([...this.next.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    await this.cache.put(MANIFEST_KIND, this.manifestKey, { pages } satisfies Manifest);
    if (this.rememberedManifest) this.rememberedManifest.key = this.manifestKey;
    const written = this.cache.statsOf(MANIFEST_KIND);
    if (written.writeError) this.cache.statsOf(PAGES_KIND).writeError ??= written.writeError;
    delete this.cache.stats[MANIFEST_KIND];
  }
}
