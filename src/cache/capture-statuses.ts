/**
 * Capture files known by their status: a rebuild takes the cache key of a capture whose file
 * status (device, inode, size, modification and change time, src/input/file-status.ts) is the
 * one the last build saw, instead of reading and hashing its bytes again (at 10,000 captures
 * about 0.25 s of every rebuild: opening, reading and hashing 38 MB).
 *
 * A status says "not written since" only when the file was last written well before the build
 * that saw it started, as git's racy-clean rule has it: a write in the same tick of the clock as
 * that build's look at the file (or on a file system with coarse times) can leave the status as
 * it was. So a file whose modification or change time is less than RACY_MS before the start of
 * the build that saw it is not remembered, and the next build reads it again. The change time
 * cannot be set back by a program (touch -d sets only the others), so a file copied over a
 * capture with its old times kept still reads as changed.
 *
 * The list is one cache entry per input folder, default capture time and place table (the other
 * parts of a capture's key; the code fingerprint is in every key), kept out of the reuse figures.
 */
import { fileStatusAndTime } from "../input/file-status.js";
import { isInside } from "../input/input-folder.js";
import { resolve } from "node:path";
import type { ContentCache } from "./store.js";
import { CAPTURES_KIND } from "./capture-cache.js";

const STATUSES_KIND = "capture-statuses";
/** How long before a build's start a file must have been written to be known by its status. */
export const RACY_MS = 3000;

interface StoredStatuses {
  sources: string[];
  statuses: string[];
  keys: string[];
}

function isStoredStatuses(value: unknown): value is StoredStatuses {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<StoredStatuses>;
  return Array.isArray(v.sources) && Array.isArray(v.statuses) && Array.isArray(v.keys) && v.sources.length === v.statuses.length && v.sources.length === v.keys.length;
}

/** A file's status, and whether it was written recently enough before `sinceMs` to be racy. */
export interface CaptureStatus {
  status: string;
  racy: boolean;
}

export class CaptureStatuses {
  private readonly next = new Map<string, { status: string; key: string }>();

  private constructor(
    private readonly cache: ContentCache,
    private readonly entryKey: string,
    private readonly last: Map<string, { status: string; key: string }>,
    /** When this build started, by the clock file times are set by (not SOURCE_DATE_EPOCH). */
    private readonly startedMs: number,
  ) {}

  static async open(cache: ContentCache, context: { input: string; capturedAt: string | null; aliases: string; startedMs: number }): Promise<CaptureStatuses> {
    const entryKey = cache.key(STATUSES_KIND, resolve(context.input), context.capturedAt ?? "", context.aliases);
    const stored = await cache.get(STATUSES_KIND, entryKey, isStoredStatuses);
    delete cache.stats[STATUSES_KIND];
    const last = new Map<string, { status: string; key: string }>();
    if (stored) for (let i = 0; i < stored.sources.length; i++) last.set(stored.sources[i]!, { status: stored.statuses[i]!, key: stored.keys[i]! });
    return new CaptureStatuses(cache, entryKey, last, context.startedMs);
  }

  /**
   * The status of a capture file now, taken at the real path the walk found for it, inside the
   * input folder by construction (src/input/input-folder.ts), and not through a link: a link
   * swapped in since is no regular file there. Null when it cannot be had, or for a file named
   * outside a walk: the file is read (within its boundary) instead.
   */
  statusOf(file: { real?: string; boundary: string | null }): CaptureStatus | null {
    if (file.real === undefined || file.boundary === null || !isInside(file.real, file.boundary)) return null;
    const s = fileStatusAndTime(file.real);
    return s === null ? null : { status: s.status, racy: s.changedMs > this.startedMs - RACY_MS };
  }

  /** The key the last build took from the bytes of `source`, if its file's status is the one it saw. */
  keyOf(source: string, status: CaptureStatus | null): string | null {
    if (status === null) return null;
    const last = this.last.get(source);
    return last !== undefined && last.status === status.status ? last.key : null;
  }

  /** A capture known by its status was taken from the cache without reading its file. */
  taken(): void {
    const stats = this.cache.statsOf(CAPTURES_KIND);
    stats.unread = (stats.unread ?? 0) + 1;
  }

  /** For the next build: `source` had this status (taken before its bytes were read) and gave `key`. */
  remember(source: string, status: CaptureStatus | null, key: string): void {
    if (status !== null && !status.racy) this.next.set(source, { status: status.status, key });
  }

  /** Its contribution was not cached after all (its reading depended on the clock). */
  forget(source: string): void {
    this.next.delete(source);
  }

  /** Store what this build saw, in source order (the same list gives the same bytes). */
  async save(): Promise<void> {
    if (sameStatuses(this.last, this.next)) return;
    const sources = [...this.next.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const stored: StoredStatuses = { sources, statuses: sources.map((s) => this.next.get(s)!.status), keys: sources.map((s) => this.next.get(s)!.key) };
    await this.cache.put(STATUSES_KIND, this.entryKey, stored);
    const written = this.cache.statsOf(STATUSES_KIND);
    if (written.writeError) this.cache.statsOf(CAPTURES_KIND).writeError ??= written.writeError;
    delete this.cache.stats[STATUSES_KIND];
  }
}

function sameStatuses(a: Map<string, { status: string; key: string }>, b: Map<string, { status: string; key: string }>): boolean {
  if (a.size !== b.size) return false;
  for (const [source, x] of b) {
    const y = a.get(source);
    if (y === undefined || y.status !== x.status || y.key !== x.key) return false;
  }
  return true;
}
