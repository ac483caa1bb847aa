/**
 * The captures' cache entries of one input folder in one file (a "pack"), read and written
 * whole: 10,000 small entry files cost several seconds to create and to open on every build,
 * one file of the same bytes a fraction of that.
 *
 * Layout: the magic line, then entries of
 *   [payload length, uint32 LE][key, 32 bytes][sha256 of the payload, 32 bytes][payload]
 * where the payload is a v8-serialised value. An entry whose hash does not match, or a pack cut
 * off halfway, loses only the entries concerned: they are counted as invalid and made again.
 * After a build the pack holds the entries that build used, plus at most a quarter of its bytes
 * in entries it did not use (so it never grows for long with captures that were removed or
 * items whose group changed): while the unused entries stay within that quarter, the new ones
 * are appended and the rest is left as it is; beyond it, or when an entry was found damaged,
 * the pack is written anew with the used entries only, in key order. Appending one capture to
 * the pack of 10,000 took 0.5 s less than writing its 40 MB again, and appending the 9 items
 * one new capture changed to the 58 MB item pack 0.2 s less (the 9 it replaced stay behind).
 */
import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { isInside, readInside, realPathOrNull } from "../input/input-folder.js";
import { dirname, join, resolve } from "node:path";
import { threadId } from "node:worker_threads";
import { deserialize, serialize } from "node:v8";

import type { ContentCache } from "./store.js";

export const PACK_MAGIC = Buffer.from("draad-capture-pack 1\n", "latin1");
const HEADER_BYTES = 4 + 32 + 32;

export interface PackStats {
  hits: number;
  misses: number;
  invalid: number;
  writes: number;
  writeError: string | null;
}

export class CapturePack {
  /** Entries of the pack on disk: key (hex) -> [start of payload, payload length, recorded hash]. */
  private readonly index = new Map<string, { start: number; length: number; sha: Buffer }>();
  private readonly bytes: Buffer;
  /** Entries this build used or made, as encoded entries, by key. */
  private readonly next = new Map<string, Buffer>();
  private changed = false;
  /** An entry was found damaged or cut off: the pack is written anew, never appended to. */
  private damaged = false;
  /** Keys put by this build that the pack on disk does not hold. */
  private readonly added = new Set<string>();

  constructor(
    private readonly path: string,
    private readonly stats: PackStats,
    /** The cache folder: the pack is read and written only inside it (by real path). */
    private readonly root: string,
  ) {
    // Never through a link out of the cache, never from a FIFO or device (a hang, or /dev/zero).
    const realRoot = realPathOrNull(root);
    const read = realRoot === null ? null : readInside(path, realRoot);
    const bytes = read && "bytes" in read ? read.bytes : Buffer.alloc(0);
    this.bytes = bytes;
    if (bytes.length === 0) return;
    if (bytes.length < PACK_MAGIC.length || !bytes.subarray(0, PACK_MAGIC.length).equals(PACK_MAGIC)) {
      stats.invalid++;
      this.changed = true;
      this.damaged = true;
      return;
    }
    let offset = PACK_MAGIC.length;
    while (offset < bytes.length) {
      if (offset + HEADER_BYTES > bytes.length) break;
      const length = bytes.readUInt32LE(offset);
      const start = offset + HEADER_BYTES;
      if (start + length > bytes.length) break;
      const key = bytes.subarray(offset + 4, offset + 36).toString("hex");
      this.index.set(key, { start, length, sha: bytes.subarray(offset + 36, offset + 68) });
      offset = start + length;
    }
    // A pack cut off inside an entry: the entries before the cut are kept.
    if (offset !== bytes.length) {
      stats.invalid++;
      this.changed = true;
      this.damaged = true;
    }
  }

  /** The value stored under `key` (64 hex digits) when intact and valid; else null. */
  get<T>(key: string, isValid: (value: unknown) => value is T): T | null {
    const payload = this.intact(key);
    if (payload === null) {
      this.stats.misses++;
      return null;
    }
    const value = readPayload(payload);
    if (!isValid(value)) {
      this.refuse();
      this.stats.misses++;
      return null;
    }
    this.stats.hits++;
    this.keep(key);
    return value;
  }

  /**
   * The entry under `key` when intact (its hash checked now, as get does), kept by save as used,
   * but not read: the function returned reads it the first time it is called. Null when there is
   * no intact entry. Reading can fail only for an entry of another shape under an intact hash,
   * which this code never writes: then it throws, naming the pack, rather than guess a value.
   */
  lazy<T>(key: string, isValid: (value: unknown) => value is T): (() => T) | null {
    const payload = this.intact(key);
    if (payload === null) return null;
    this.keep(key);
    let value: { v: T } | null = null;
    const path = this.path;
    return () => {
      if (value) return value.v;
      const read = readPayload(payload);
      if (!isValid(read)) throw new Error(`the cache entry ${key.slice(0, 12)}... in ${path} has an intact hash but not the shape draad writes; remove the cache folder (or build with --no-cache)`);
      value = { v: read };
      return read;
    };
  }

  /** The payload under `key` when its hash is the one recorded; null when absent, or damaged (then counted, and the pack written anew). */
  private intact(key: string): Buffer | null {
    const entry = this.index.get(key);
    if (!entry) return null;
    const payload = this.bytes.subarray(entry.start, entry.start + entry.length);
    if (createHash("sha256").update(payload).digest().equals(entry.sha)) return payload;
    this.refuse();
    return null;
  }

  /** An entry found damaged or of the wrong shape: counted, and the pack is written anew. */
  private refuse(): void {
    this.stats.invalid++;
    this.changed = true;
    this.damaged = true;
  }

  /** The entry under `key` (on disk) is used by this build: save keeps it. */
  private keep(key: string): void {
    const entry = this.index.get(key)!;
    this.next.set(key, this.bytes.subarray(entry.start - HEADER_BYTES, entry.start + entry.length));
  }

  put(key: string, value: unknown): void {
    const payload = serialize(value);
    const header = Buffer.alloc(HEADER_BYTES);
    header.writeUInt32LE(payload.length, 0);
    Buffer.from(key, "hex").copy(header, 4);
    createHash("sha256").update(payload).digest().copy(header, 36);
    this.next.set(key, Buffer.concat([header, payload]));
    if (!this.index.has(key)) this.added.add(key);
    this.changed = true;
    this.stats.writes++;
  }

  /** Bytes of the pack on disk in entries this build did not use. */
  private unusedBytes(): number {
    let used = 0;
    for (const [key, entry] of this.index) if (this.next.has(key)) used += HEADER_BYTES + entry.length;
    return this.bytes.length - PACK_MAGIC.length - used;
  }

  /**
   * Write this build's new entries, when it made any: after the pack on disk while that is
   * intact and at most a quarter of it is unused; else the pack of this build's entries anew (in
   * key order, so the file does not depend on file order).
   */
  save(): void {
    if (!this.damaged && this.index.size > 0 && this.unusedBytes() * 4 <= this.bytes.length) {
      if (this.added.size === 0 || this.append(Buffer.concat([...this.added].sort().map((k) => this.next.get(k)!)))) return;
    } else if (!this.changed && this.next.size === this.index.size) return;
    const keys = [...this.next.keys()].sort();
    const temporary = `${this.path}.${process.pid}-${threadId}.tmp`;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      this.checkFolder();
      rmSync(temporary, { force: true });
      writeFileSync(temporary, Buffer.concat([PACK_MAGIC, ...keys.map((k) => this.next.get(k)!)]), { flag: "wx" });
      renameSync(temporary, this.path);
    } catch (error) {
      this.stats.writeError = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      rmSync(temporary, { force: true });
    }
  }

  /**
   * `entries` written after the pack read at the start, when the path is still that regular file
   * (not a link: never followed) and no other build has written it since (the same size): true
   * when done or failed with a write error, false when the pack is to be written anew instead.
   */
  private append(entries: Buffer): boolean {
    let fd: number;
    try {
      this.checkFolder();
      fd = openSync(this.path, constants.O_WRONLY | constants.O_APPEND | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    } catch {
      return false;
    }
    try {
      const status = fstatSync(fd);
      if (!status.isFile() || status.size !== this.bytes.length) return false;
      for (let written = 0; written < entries.length; ) written += writeSync(fd, entries, written);
    } catch (error) {
      this.stats.writeError = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    } finally {
      closeSync(fd);
    }
    return true;
  }

  /** The pack's folder must lie inside the cache folder (by real path): never written through a link out of it. */
  private checkFolder(): void {
    const folder = realPathOrNull(dirname(this.path));
    const root = realPathOrNull(this.root);
    if (folder === null || root === null || !isInside(folder, root)) throw new Error(`${dirname(this.path)} leads out of the cache folder`);
  }
}

/**
 * The pack of `kind` (the captures', the items') for one input folder: named by a hash of the
 * folder's absolute path, inside the cache folder, counting into the cache's stats of that kind.
 */
/** A v8-serialised payload read back, or undefined when it cannot be. */
function readPayload(payload: Buffer): unknown {
  try {
    return deserialize(payload);
  } catch {
    return undefined;
  }
}

export function inputFolderPack(cache: ContentCache, kind: string, input: string): CapturePack {
  const name = createHash("sha256").update(resolve(input)).digest("hex").slice(0, 32);
  return new CapturePack(join(cache.root, kind, `${name}.pack`), cache.statsOf(kind), cache.root);
}
