/**
 * Reused search bundles (#15): a Pagefind bundle whose records did not change since the last
 * build into the same output folder is linked from that output instead of being indexed again.
 * The bundles are cut from the oldest report on (src/site/pages/fixed-pages.ts), so after a new
 * capture only the newest bundle, and any bundle whose reports changed, is indexed again.
 *  - A bundle's key is an HMAC (store.ts) over the code fingerprint (Pagefind's version is in the
 *    lock file) and its records as JSON, which is all Pagefind makes it from.
 *  - The manifest of the last build (a cache entry keyed by the output folder) holds each
 *    bundle's key and every file Pagefind wrote into it, with the file's sha256 and status. A
 *    bundle is reused only when its key matches and every one of its files in the output still
 *    has that hash (by status, else read and hashed, as in page-cache.ts): a bundle with one file
 *    edited, truncated or deleted by hand is indexed again, never copied in part.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileStatus } from "../input/file-status.js";
import { checkOutputFile, linkOrCopy, sha256 } from "./output-files.js";
import type { ContentCache } from "./store.js";

const MANIFEST_KIND = "search-manifests";
export const SEARCH_BUNDLES_KIND = "search bundles";

interface BundleFile {
  sha256: string;
  /** The file's status in the output when the manifest was saved (src/input/file-status.ts, without the change time). */
  status?: string;
}

interface BundleEntry {
  key: string;
  /** By path inside the bundle folder, `/`-separated. */
  files: Record<string, BundleFile>;
}

interface SearchManifest {
  bundles: Record<string, BundleEntry>;
}

function isSearchManifest(value: unknown): value is SearchManifest {
  if (typeof value !== "object" || value === null) return false;
  const bundles = (value as SearchManifest).bundles;
  if (typeof bundles !== "object" || bundles === null) return false;
  return Object.values(bundles).every((b) => typeof b?.key === "string" && typeof b.files === "object" && b.files !== null);
}

/** A path inside a bundle as Pagefind writes them: relative, no `..`, no empty or hidden parts. */
function isBundlePath(path: string): boolean {
  return path.split("/").every((part) => part !== "" && part !== "." && part !== ".." && !part.includes("\\") && !part.includes("\0"));
}


export class SearchBundleCache {
  private readonly next = new Map<string, BundleEntry>();
  /** Staging folders known to exist. */
  private readonly folders = new Set<string>();

  private constructor(
    private readonly cache: ContentCache,
    private readonly output: string,
    private readonly manifestKey: string,
    private readonly previous: Map<string, BundleEntry>,
  ) {}

  static async open(cache: ContentCache, output: string): Promise<SearchBundleCache> {
    const manifestKey = cache.key("search-manifest", resolve(output));
    const manifest = await cache.get(MANIFEST_KIND, manifestKey, isSearchManifest);
    delete cache.stats[MANIFEST_KIND];
    cache.statsOf(SEARCH_BUNDLES_KIND);
    return new SearchBundleCache(cache, resolve(output), manifestKey, new Map(Object.entries(manifest?.bundles ?? {})));
  }

  /** The key of a bundle made of these records (each as Pagefind is given it). */
  keyOf(records: readonly unknown[]): string {
    return this.cache.key("search-bundle", JSON.stringify(records));
  }

  /**
   * Link the last build's `bundle` (a site-relative folder such as `/pagefind-2/`) into `staging`
   * when its key is `key` and every file of it is still what was written. False, with nothing of
   * it left in staging, otherwise.
   */
  reuse(bundle: string, key: string, staging: string): boolean {
    const stats = this.cache.statsOf(SEARCH_BUNDLES_KIND);
    const before = this.previous.get(bundle);
    const files = before && before.key === key ? Object.entries(before.files) : [];
    if (files.length === 0 || !files.every(([path]) => isBundlePath(path))) {
      stats.misses++;
      return false;
    }
    // Every file checked before any is linked: a bundle is reused whole or not at all.
    const checked: { path: string; file: BundleFile; bytes: Buffer | null }[] = [];
    for (const [path, file] of files) {
      const check = checkOutputFile(join(this.output, bundle, path), file.sha256, file.status === undefined ? undefined : `${file.sha256} ${file.status}`);
      if (check.read) stats.readToCheck = (stats.readToCheck ?? 0) + 1;
      if (!check.same) {
        stats.invalid++;
        stats.misses++;
        return false;
      }
      checked.push({ path, file, bytes: check.bytes });
    }
    const kept: Record<string, BundleFile> = {};
    for (const { path, file, bytes } of checked) {
      const linked = linkOrCopy(join(this.output, bundle, path), join(staging, bundle, path), bytes, this.folders);
      // A linked file keeps its status; a copy gets its own, taken when the manifest is saved.
      kept[path] = linked && file.status !== undefined ? file : { sha256: file.sha256 };
    }
    this.next.set(bundle, { key, files: kept });
    stats.hits++;
    return true;
  }

  /** A bundle just written by Pagefind into `staging`: every file of it is remembered with its hash. */
  wrote(bundle: string, key: string, staging: string): void {
    const files: Record<string, BundleFile> = {};
    const walk = (folder: string, prefix: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path, `${prefix}${entry.name}/`);
        else if (entry.isFile()) files[`${prefix}${entry.name}`] = { sha256: sha256(readFileSync(path)) };
      }
    };
    walk(join(staging, bundle), "");
    this.next.set(bundle, { key, files });
  }

  /** Store the manifest of this build, after the new site is in place (with each file's status there). */
  async save(): Promise<void> {
    const bundles: Record<string, BundleEntry> = {};
    for (const bundle of [...this.next.keys()].sort()) {
      const entry = this.next.get(bundle)!;
      const files: Record<string, BundleFile> = {};
      for (const path of Object.keys(entry.files).sort()) {
        const file = entry.files[path]!;
        const status = file.status ?? fileStatus(join(this.output, bundle, path), { changeTime: false });
        files[path] = status === null ? { sha256: file.sha256 } : { sha256: file.sha256, status };
      }
      bundles[bundle] = { key: entry.key, files };
    }
    await this.cache.put(MANIFEST_KIND, this.manifestKey, { bundles } satisfies SearchManifest);
    const written = this.cache.statsOf(MANIFEST_KIND);
    if (written.writeError) this.cache.statsOf(SEARCH_BUNDLES_KIND).writeError ??= written.writeError;
    delete this.cache.stats[MANIFEST_KIND];
  }
}
