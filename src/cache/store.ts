/**
 * The build cache under `.cache/draad/`: content-addressed entries, never trusted blindly.
 *  - A key is a sha256 over the code fingerprint and everything the cached value was made from
 *    (the capture's bytes, its name, the options that change its reading), so a changed input,
 *    option or draad version simply finds no entry.
 *  - Every entry file holds the sha256 of its payload, the format, its kind and its own key; an
 *    entry that is truncated, altered, of another format, stored under the wrong name or of the
 *    wrong shape is counted as invalid and made again, never used.
 *  - Writes go to a temporary file renamed into place, so a killed build leaves no half entry.
 *  - Keys are HMACs under a secret kept outside the project (secret.ts): a cache folder that
 *    came with the repository never matches.
 *  - Entries are read only from regular files inside the cache folder (no link out of it, no
 *    FIFO or device), and written only into folders whose real path lies inside it.
 *  - The cache can only make a build faster: a cache folder that cannot be read or written
 *    gives a note in the summary and the build goes on without it.
 */
import { createHash, createHmac } from "node:crypto";
import { lstatSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { isInside, linkOnTheWay, readInside, realPathOrNull } from "../input/input-folder.js";
import { cacheSecret } from "./secret.js";
import { deserialize, serialize } from "node:v8";
import { threadId } from "node:worker_threads";

/** Bump when the layout of entries changes. */
export const CACHE_FORMAT = 1;
const DIGEST_BYTES = 32;
let temporaryCounter = 0;

export interface CacheStats {
  hits: number;
  misses: number;
  /** Entries found but refused (damaged, wrong key, wrong shape). */
  invalid: number;
  writes: number;
  /** The first problem writing entries, if any (the build went on without storing them). */
  writeError: string | null;
  /** Pages: output files read and hashed to check them (the rest were known by their status). */
  readToCheck?: number;
  /** Captures: files known by their status, not read (src/cache/capture-statuses.ts). */
  unread?: number;
}

/**
 * Why a cache folder cannot be used (a file, a FIFO, a device, a link on the way inside the
 * working folder), or null when it can (it may not exist yet).
 */
export function cacheFolderProblem(root: string): string | null {
  const link = linkOnTheWay(root);
  if (link !== null) return `the path goes through the symbolic link ${link}`;
  try {
    const info = lstatSync(root);
    if (!info.isDirectory()) return info.isSymbolicLink() ? "it is a symbolic link" : info.isFile() ? "it is a file, not a folder" : "it is not a folder (a FIFO, socket or device)";
  } catch {
    // Missing: made on first write.
  }
  return null;
}

export class ContentCache {
  readonly stats: Record<string, CacheStats> = {};
  private readonly secret: string;

  constructor(
    /** Folder of the cache (e.g. `.cache/draad`). */
    readonly root: string,
    /** Code fingerprint (codeFingerprint()); part of every key. */
    readonly fingerprint: string,
    secret: string = cacheSecret().secret,
  ) {
    this.secret = secret;
  }

  /** The real path of the root, once it exists; what every read and write must lie inside. */
  realRoot(): string | null {
    return realPathOrNull(this.root);
  }

  /** A folder to write into: made, and inside the cache by real path (no committed link inside the cache). */
  async folderInside(folder: string): Promise<boolean> {
    await mkdir(folder, { recursive: true });
    const real = realPathOrNull(folder);
    const root = this.realRoot();
    return real !== null && root !== null && isInside(real, root);
  }

  /** A key: HMAC-SHA256 under the cache secret over the fingerprint and the parts, each length-prefixed (no two part lists collide). */
  key(...parts: (string | Uint8Array)[]): string {
    const hash = createHmac("sha256", this.secret);
    // Each part as `<byte length>:<bytes>`; runs of text parts go in as one string (the same
    // bytes, one update instead of two per part: an item's key names each of its reports).
    let text = `draad-cache ${CACHE_FORMAT}\0${this.fingerprint}\0`;
    for (const part of parts) {
      if (typeof part === "string") {
        text += `${Buffer.byteLength(part, "utf8")}:${part}`;
        continue;
      }
      hash.update(text);
      text = "";
      hash.update(`${part.length}:`);
      hash.update(part);
    }
    if (text !== "") hash.update(text);
    return hash.digest("hex");
  }

  statsOf(kind: string): CacheStats {
    return (this.stats[kind] ??= { hits: 0, misses: 0, invalid: 0, writes: 0, writeError: null });
  }

  private path(kind: string, key: string): string {
    return join(this.root, kind, key.slice(0, 2), `${key}.bin`);
  }

  /** The value stored under kind/key when it is intact and passes `isValid`; else null. */
  async get<T>(kind: string, key: string, isValid: (value: unknown) => value is T): Promise<T | null> {
    const root = this.realRoot();
    const read = root === null ? null : readInside(this.path(kind, key), root);
    return this.accept(kind, key, read && "bytes" in read ? read.bytes : null, isValid);
  }

  private accept<T>(kind: string, key: string, bytes: Buffer | null, isValid: (value: unknown) => value is T): T | null {
    const stats = this.statsOf(kind);
    if (bytes === null) {
      stats.misses++;
      return null;
    }
    const value = decodeEntry(bytes, kind, key);
    if (value === undefined || !isValid(value)) {
      stats.invalid++;
      stats.misses++;
      return null;
    }
    stats.hits++;
    return value;
  }

  async put(kind: string, key: string, value: unknown): Promise<void> {
    const stats = this.statsOf(kind);
    if (stats.writeError) return;
    const path = this.path(kind, key);
    const temporary = this.temporaryPath(path);
    try {
      if (!(await this.folderInside(dirname(path)))) throw new Error(`${dirname(path)} leads out of the cache folder`);
      await writeFile(temporary, encodeEntry(kind, key, value), { flag: "wx" });
      await rename(temporary, path);
      stats.writes++;
    } catch (error) {
      stats.writeError = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      await rm(temporary, { force: true }).catch(() => undefined);
    }
  }

  private temporaryPath(path: string): string {
    // Unique across processes, worker threads and cache objects: two builds may write one entry at once.
    return `${path}.${process.pid}-${threadId}-${temporaryCounter++}.tmp`;
  }
}

export function encodeEntry(kind: string, key: string, value: unknown): Buffer {
  const payload = serialize({ format: CACHE_FORMAT, kind, key, value });
  return Buffer.concat([createHash("sha256").update(payload).digest(), payload]);
}

/** The entry's value, or undefined when the bytes are not an intact entry for kind/key. */
export function decodeEntry(bytes: Buffer, kind: string, key: string): unknown {
  if (bytes.length <= DIGEST_BYTES) return undefined;
  const payload = bytes.subarray(DIGEST_BYTES);
  if (!createHash("sha256").update(payload).digest().equals(bytes.subarray(0, DIGEST_BYTES))) return undefined;
  let entry: unknown;
  try {
    entry = deserialize(payload);
  } catch {
    return undefined;
  }
  if (typeof entry !== "object" || entry === null) return undefined;
  const e = entry as { format?: unknown; kind?: unknown; key?: unknown; value?: unknown };
  if (e.format !== CACHE_FORMAT || e.kind !== kind || e.key !== key) return undefined;
  return e.value;
}

/** One line for the build summary: `captures 9,999 of 10,000 reused` etc. */
export function describeCacheStats(cache: ContentCache): string[] {
  return Object.entries(cache.stats).map(([kind, s]) => {
    const parts = [`${kind}: ${s.hits} of ${s.hits + s.misses} reused`];
    if (s.invalid) parts.push(`${s.invalid} damaged or stale entr${s.invalid === 1 ? "y" : "ies"} made again`);
    if (s.readToCheck) parts.push(`${s.readToCheck} checked by reading`);
    if (s.unread) parts.push(`${s.unread} known by their file status, not read`);
    if (s.writeError) parts.push(`could not store new entries (${s.writeError})`);
    return parts.join(", ");
  });
}

