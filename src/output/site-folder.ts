/**
 * The output folder: one build at a time, and a swap that never leaves it without a site.
 *
 *   _site              a symbolic link to the current version: `_site.draad/<id>`
 *   _site.draad/lock   held by the build (or dev server) writing _site: its pid, host and start
 *   _site.draad/<id>.tmp   the version being built (staging)
 *   _site.draad/<id>   a finished version
 *
 * A build takes the lock (a second build stops with a clear message), stages a new version,
 * renames it to its finished name and then swaps the link with one rename(2), which replaces
 * the old link atomically: at every instant `_site` is either the old site or the new one, and
 * a crash at any point costs nothing: the old version stays until the link no longer points to
 * it. The next build removes what a dead build left (staging folders of dead pids, versions the
 * link does not point to) and, if `_site` itself is missing, links the newest finished version
 * again.
 *
 * An output that is a real folder (a site from an older draad, or made by hand) is moved into
 * `_site.draad/` once, on the first swap; only that first swap has a moment without `_site`.
 * Where symbolic links cannot be made (Windows without the privilege), the swap is two renames
 * and the recovery above applies.
 */
import { spawn } from "node:child_process";
import { closeSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, renameSync, rmdirSync, rmSync, symlinkSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileStatus } from "../input/file-status.js";
import { ensureFolder } from "./ensure-folder.js";
import type { Worker } from "node:worker_threads";
import { startWorker } from "../workers/start-worker.js";

/** Another build holds the output; the message says who and what to do. */
export class OutputLockedError extends Error {}
/** The output path cannot be used (a file, a link draad did not make, a linked versions folder). */
export class OutputUnusableError extends Error {}

interface LockHolder {
  pid: number;
  host: string;
  started: string;
  command: string;
}

/** One build's new version of the site: staged, then made the output or thrown away. */
export interface SiteFolder {
  /** The output path as given, resolved (the link). */
  readonly output: string;
  /** Where this build writes its site. */
  readonly staging: string;
  /**
   * Make the staged site the output. Returns the number of files in it, counted in the one walk
   * that also removes the recycled folders the new site left empty. That walk comes after the
   * swap (an empty folder serves nothing, so readers cannot tell): `onSwapped` is called as soon
   * as the new site is the output, before it (draad serve sends its live reload from there).
   */
  commit(options?: { onSwapped?: () => void }): Promise<number>;
  /** Remove the staged site (a failed build); the output stays as it was. */
  discard(): Promise<void>;
  /**
   * The folders already in `staging` when it was made from a spare version (see recycleSpare):
   * every file removed, every folder kept, so that writing the new site makes no folder that the
   * last one had. Empty for a new, empty staging folder. Folders the new site does not use are
   * removed when it is committed.
   */
  readonly folders: ReadonlySet<string>;
  /**
   * Files hard-linked from the live version into `staging` when it was made ready
   * (prepareStage's `prelink`), by path relative to the site, with their status
   * (src/input/file-status.ts, without the change time): the same file as the live one while
   * that status is the live file's. Each is the live site's own file: whoever takes one keeps it
   * as it is and deletes it from this map; any other must go (dropPrelinked) before anything is
   * written at its path, and those left are removed before the site's other files are written.
   * Empty for a stage made at once.
   */
  readonly prelinked: Map<string, string>;
  /** Remove prelinked files from `staging`: those named, or all that are left. */
  dropPrelinked(files?: Iterable<string>): void;
}

const VERSION_NAME = /^v(\d{13})-(\d+)(\.tmp)?$/;

export function versionsFolderOf(output: string): string {
  return `${resolve(output)}.draad`;
}

/**
 * The output's lock, held by one build or by the dev server for as long as it runs (its
 * rebuilds stage versions under the one lock).
 */
export class OutputLock {
  private released = false;
  private counter = 0;

  private constructor(
    readonly output: string,
    private readonly versions: string,
    private readonly lockFile: string,
    /** What was cleaned up or repaired when the lock was taken, for the summary. */
    readonly notes: string[],
  ) {}

  /**
   * Take the output's lock and clean up after dead builds. Throws OutputLockedError when another
   * live process holds it, OutputUnusableError when the output path is something draad must
   * not replace.
   */
  static take(outputPath: string, command: string): OutputLock {
    const output = resolve(outputPath);
    const versions = versionsFolderOf(output);
    const state = inspectOutput(output);
    ensureVersionsFolder(versions);
    const lockFile = takeLock(versions, command);
    const lock = new OutputLock(output, versions, lockFile, []);
    try {
      lock.notes.push(...recover(output, versions, state));
      lock.notes.push(...removeLeftovers(output, versions));
    } catch (error) {
      lock.release();
      throw error;
    }
    return lock;
  }

  /**
   * A process that holds the lock between builds (draad serve) may call this while it is idle,
   * once the grace period after a swap is over: the spare version is made ready for the next
   * build now (see recycleSpare), so that the build need not clear it (0.1 to 0.15 s per rebuild
   * at 10,000 captures). True when a spare was made ready; false when there is none yet, the
   * grace period is not over, or one is ready already.
   */
  prepareStage(prelink: Iterable<string> = []): boolean {
    if (this.released || this.prepared || this.preparing) return false;
    const id = this.nextVersionId();
    const staging = join(this.versions, `${id}.tmp`);
    const made = prepareStageFolder({ output: this.output, versions: this.versions, staging, replacedAt: [...this.replacedAt], prelink, evenWithSpare: false });
    if (made === null) return false;
    this.prepared = { id, staging, folders: made.folders, prelinked: made.prelinked };
    return true;
  }

  /**
   * prepareStage for a one-off `draad build`, in a worker thread while the main thread reads
   * and merges: a stage with the live version's folders and `prelink` (the last build's pages,
   * from the page manifest) hard-linked from it. At 10,000 captures that is 10,000 folders and
   * 10,000 links the page cache no longer makes on the main thread. Made even while the spare is
   * in its grace period (a build does not wait for it). Await stageReady() before stage(); a
   * stage that could not be made leaves stage() to make one at once.
   */
  prepareStageInBackground(prelink: readonly string[]): void {
    if (this.released || this.prepared || this.preparing) return;
    const id = this.nextVersionId();
    const staging = join(this.versions, `${id}.tmp`);
    const task: StageTask = { output: this.output, versions: this.versions, staging, replacedAt: [...this.replacedAt], prelink: [...prelink], evenWithSpare: true };
    this.abandoned = false;
    this.preparing = prepareStageInWorker(task).then((made) => {
      this.preparing = null;
      if (made === null || this.released || this.abandoned) {
        // Failed half-way, or no longer wanted: whatever the worker made goes.
        void removeTreeInBackground(staging);
        return;
      }
      this.prepared = { id, staging, folders: made.folders, prelinked: made.prelinked };
    });
  }

  private preparing: Promise<void> | null = null;
  /** stage() was called before the stage being made in the background was ready: it is not used. */
  private abandoned = false;

  /**
   * The files linked into the stage made ready, with their statuses (taken as they were linked,
   * so the live files' own): a copy, or null when no stage is ready.
   */
  preparedLinks(): Map<string, string | null> | null {
    return this.prepared ? new Map(this.prepared.prelinked) : null;
  }

  /** Resolves once a stage being made in the background (prepareStageInBackground) is ready or given up. */
  async stageReady(): Promise<void> {
    await this.preparing;
  }

  private prepared: { id: string; staging: string; folders: Set<string>; prelinked: Map<string, string> } | null = null;
  /**
   * When this lock's swaps replaced each version (epoch ms). The spare of the last swap is past
   * its grace period only as long after that swap; one replaced by an earlier swap of this lock
   * may be past it already (draad serve: a build's pages swapped in, then its search index in a
   * second version, then the next change arrives at once).
   */
  private readonly replacedAt = new Map<string, number>();

  private nextVersionId(): string {
    return `v${String(Date.now() + this.counter++).padStart(13, "0")}-${process.pid}`;
  }

  /**
   * A new, empty version to build into: the one prepareStage made ready, else the spare cleared
   * now, else a new folder. `empty`: a new folder always, for a caller that fills it with a copy
   * of the live site (draad serve's search index): clearing a spare for it would be work thrown
   * away, on the main thread, just when the browser reloads its page.
   */
  stage(options: { empty?: boolean } = {}): SiteFolder {
    if (this.released) throw new Error("the output lock was released");
    const { output, versions, replacedAt } = this;
    // Made ready by prepareStage, and still there.
    if (!options.empty && this.preparing) this.abandoned = true;
    const prepared = !options.empty && this.prepared && lstatSync(this.prepared.staging, { throwIfNoEntry: false })?.isDirectory() ? this.prepared : null;
    if (!options.empty) this.prepared = null;
    const id = prepared?.id ?? this.nextVersionId();
    const staging = join(versions, `${id}.tmp`);
    let folders: Set<string>;
    if (prepared) folders = prepared.folders;
    else {
      rmSync(staging, { recursive: true, force: true });
      folders = options.empty ? new Set<string>() : (recycleSpare(output, versions, staging, replacedAt) ?? new Set<string>());
    }
    if (folders.size === 0) mkdirSync(staging, { recursive: true });
    const prelinked = prepared?.prelinked ?? new Map<string, string>();
    const dropPrelinked = (files?: Iterable<string>) => {
      for (const file of files ?? [...prelinked.keys()]) {
        if (!prelinked.delete(file)) continue;
        rmSync(join(staging, file), { force: true });
      }
    };
    return {
      output,
      staging,
      folders,
      prelinked,
      dropPrelinked,
      async discard() {
        await removeTree(staging);
      },
      async commit(commitOptions = {}) {
        // Live files nobody took are not part of the new site.
        dropPrelinked();
        const finished = join(versions, id);
        renameSync(staging, finished);
        const before = inspectOutput(output);
        const legacy = join(versions, `v0000000000000-${process.pid}`);
        // Once: a real folder becomes a version, so the link can take its place.
        if (before.kind === "folder") renameSync(output, legacy);
        let live = finished;
        if (!swapLink(output, versions, id)) {
          // No symbolic links here: two renames (recover() covers a crash between them).
          if (before.kind === "link") unlinkSync(output);
          renameSync(finished, output);
          live = output;
        }
        commitOptions.onSwapped?.();
        // The version replaced is kept as the spare the next build is made in (recycleSpare),
        // and so is one that an earlier swap of this lock replaced; older spares go.
        if (before.kind === "link" && before.target !== id) {
          replacedAt.set(before.target, Date.now());
          const spares = spareVersions(versions, id);
          const earlier = spares.filter((name) => name !== before.target && replacedAt.has(name)).at(-1);
          // Versions made into a staging folder since are no spares any more.
          for (const name of [...replacedAt.keys()]) if (!spares.includes(name)) replacedAt.delete(name);
          for (const name of spares) {
            if (name === before.target || name === earlier) continue;
            replacedAt.delete(name);
            await removeTreeInBackground(join(versions, name));
          }
        }
        // Counted (and emptied recycled folders removed) in the version now live, by its new name.
        const files = countFilesAndPrune(new Set([...folders].map((f) => live + f.slice(staging.length))), live);
        if (before.kind === "folder") await removeTreeInBackground(legacy);
        return files;
      },
    };
  }

  /** Give up the lock. Safe to call twice. */
  release(): void {
    if (this.released) return;
    this.released = true;
    // A version made ready and not used: its (empty) folders go; what is left, the next lock's cleanup takes.
    try {
      if (this.prepared) rmSync(this.prepared.staging, { recursive: true, force: true });
    } catch {
      // left for the next lock's cleanup
    }
    this.prepared = null;
    try {
      unlinkSync(this.lockFile);
    } catch {
      // already gone
    }
  }
}

type OutputState = { kind: "missing" } | { kind: "folder" } | { kind: "link"; target: string };

/** What the output path is now. A file, or a link draad did not make, is refused. */
function inspectOutput(output: string): OutputState {
  let info;
  try {
    info = lstatSync(output);
  } catch {
    return { kind: "missing" };
  }
  if (info.isDirectory()) return { kind: "folder" };
  if (info.isSymbolicLink()) {
    const text = readlinkSync(output);
    const expected = `${basename(output)}.draad/`;
    const target = text.startsWith(expected) ? text.slice(expected.length) : "";
    if (VERSION_NAME.test(target) && !target.endsWith(".tmp")) return { kind: "link", target };
    throw new OutputUnusableError(`--output ${output} is a symbolic link that draad did not make (to ${text}); draad replaces the output, so remove the link or choose another --output`);
  }
  throw new OutputUnusableError(`--output ${output} is a file, not a folder; remove it or choose another --output`);
}

function ensureVersionsFolder(versions: string): void {
  try {
    const info = lstatSync(versions);
    if (info.isDirectory()) return;
    throw new OutputUnusableError(`${versions} should be draad's folder of site versions, but it is ${info.isSymbolicLink() ? "a symbolic link" : "a file"}; remove it and build again`);
  } catch (error) {
    if (error instanceof OutputUnusableError) throw error;
  }
  mkdirSync(versions, { recursive: true });
}

function processIsAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Create the lock file exclusively; take it over only from a dead process on this host. */
function takeLock(versions: string, command: string): string {
  const path = join(versions, "lock");
  const holder: LockHolder = { pid: process.pid, host: hostname(), started: new Date().toISOString(), command };
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, "wx");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const other = readLock(path);
      if (other && other.host === holder.host && !processIsAlive(other.pid)) {
        rmSync(path, { force: true });
        continue;
      }
      if (other === null) {
        // Being written this very moment, or damaged: look again, then treat as stale.
        if (attempt < 2) {
          sleepMs(50);
          continue;
        }
        rmSync(path, { force: true });
        continue;
      }
      const where = other.host === holder.host ? `pid ${other.pid}` : `pid ${other.pid} on ${other.host}`;
      throw new OutputLockedError(
        `another ${other.command || "draad"} (${where}, since ${other.started}) is writing ${dirname(versions)}/${basename(versions, ".draad")}; ` +
          `wait for it to finish or stop it, or build into another --output. If no such process runs, remove ${path}`,
      );
    }
    writeSync(fd, JSON.stringify(holder) + "\n");
    closeSync(fd);
    return path;
  }
  throw new OutputLockedError(`cannot take the lock ${path}; remove it if no draad build is running`);
}

function readLock(path: string): LockHolder | null {
  try {
    const value = JSON.parse(readFileSync(path, "utf8")) as Partial<LockHolder>;
    if (typeof value.pid !== "number" || typeof value.host !== "string") return null;
    return { pid: value.pid, host: value.host, started: String(value.started ?? "?"), command: String(value.command ?? "draad") };
  } catch {
    return null;
  }
}

function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The output is missing but finished versions exist (a crash between two renames): link the newest again. */
function recover(output: string, versions: string, state: OutputState): string[] {
  if (state.kind !== "missing") return [];
  const finished = readdirSync(versions).filter((n) => VERSION_NAME.test(n) && !n.endsWith(".tmp")).sort();
  const newest = finished.at(-1);
  if (newest === undefined) return [];
  if (!swapLink(output, versions, newest)) renameSync(join(versions, newest), output);
  return [`the output was missing after an interrupted build; the last finished site (${newest}) was put back first`];
}

/** A version set aside for removal (setAside): no version name, so nothing takes it for one. */
const GONE_NAME = /^v\d{13}-\d+(\.tmp)?\.gone$/;

/**
 * Out of the way at once, removed by a detached rm after the grace period: a version of 10,000
 * pages took about a second to remove on the main thread, at the start of every build that
 * came within seconds of the one before (its rm of the version the swap before replaced had
 * not run yet). Removed here and now when it cannot be renamed.
 */
function setAside(path: string): void {
  const gone = `${path}.gone`;
  try {
    renameSync(path, gone);
  } catch {
    rmSync(path, { recursive: true, force: true });
    return;
  }
  void removeTreeInBackground(gone);
}

/**
 * Staging folders of dead builds, and finished versions the output no longer points to, except
 * the newest of those: the spare the next build is made in (recycleSpare).
 */
function removeLeftovers(output: string, versions: string): string[] {
  const state = inspectOutput(output);
  const keep = state.kind === "link" ? state.target : null;
  const spare = state.kind === "link" ? spareVersions(versions, state.target).at(-1) : undefined;
  const removed: string[] = [];
  for (const name of readdirSync(versions)) {
    // Set aside by an earlier build, and not (yet) removed by its rm: handed to another.
    if (GONE_NAME.test(name)) {
      void removeTreeInBackground(join(versions, name));
      continue;
    }
    const match = VERSION_NAME.exec(name);
    if (!match || name === keep || name === spare) continue;
    const staging = match[3] !== undefined;
    if (staging && processIsAlive(Number(match[2]))) continue;
    setAside(join(versions, name));
    // A finished version the link left is the one replaced by the last swap (removed after a
    // grace period, perhaps not yet): only staging folders of dead builds are worth a note.
    if (staging) removed.push(name);
  }
  // Older draad versions staged beside the output as `<name>.draad-<pid>.tmp` / `.old`.
  const parent = dirname(output);
  const legacy = new RegExp(`^${escapeRegExp(basename(output))}\\.draad-(\\d+)\\.(tmp|old)$`);
  for (const name of readdirSync(parent)) {
    const match = legacy.exec(name);
    if (!match || processIsAlive(Number(match[1]))) continue;
    rmSync(join(parent, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed.length ? [`removed ${removed.length} folder(s) left by interrupted builds`] : [];
}

/** Finished versions other than `current`, oldest first. */
function spareVersions(versions: string, current: string): string[] {
  return readdirSync(versions)
    .filter((name) => VERSION_NAME.test(name) && !name.endsWith(".tmp") && name !== current)
    .sort();
}

/**
 * The next build is made in the version the last swap replaced, when there is one and the grace
 * period of readers who followed the old link is over: it is renamed to `staging`, every file in
 * it is removed (so nothing written into the new site can reach a file the live site shares by
 * hard link) and its folders are kept. On a disk where making a folder costs a quarter of a
 * millisecond (the benchmark machine), a site of 10,000 report folders saves seconds per
 * rebuild. Returns the folders now in `staging`, or null when it is made new.
 */
function recycleSpare(output: string, versions: string, staging: string, replacedAt: ReadonlyMap<string, number>): Set<string> | null {
  let link;
  try {
    link = lstatSync(output);
  } catch {
    return null;
  }
  if (!link.isSymbolicLink()) return null;
  const state = inspectOutput(output);
  if (state.kind !== "link") return null;
  // The newest spare past its grace period: the last swap's replaced version is as old as the
  // link; one an earlier swap replaced as old as that swap, when this process made it.
  const now = Date.now();
  const spares = spareVersions(versions, state.target);
  const newest = spares.at(-1);
  const spare = [...spares].reverse().find((name) => {
    const at = replacedAt.get(name) ?? (name === newest ? link.mtimeMs : undefined);
    return at !== undefined && now - at >= REPLACED_VERSION_GRACE_SECONDS * 1000;
  });
  if (spare === undefined) return null;
  try {
    renameSync(join(versions, spare), staging);
  } catch {
    return null;
  }
  const folders = new Set<string>([staging]);
  try {
    for (const entry of readdirSync(staging, { withFileTypes: true, recursive: true })) {
      const path = join(entry.parentPath, entry.name);
      if (entry.isDirectory()) folders.add(path);
      else unlinkSync(path);
    }
  } catch {
    // Something in it could not be cleared: start from an empty folder after all.
    rmSync(staging, { recursive: true, force: true });
    return null;
  }
  return folders;
}

/** What prepareStage does, as plain data in and out, for the main thread or a worker (stage-worker.ts). */
export interface StageTask {
  output: string;
  versions: string;
  staging: string;
  /** OutputLock.replacedAt. */
  replacedAt: [string, number][];
  prelink: Iterable<string>;
  /** Make a stage from the live version's folders even when a spare is still in its grace period. */
  evenWithSpare: boolean;
}

/** The spare version cleared into `staging`, else `staging` made with the live version's folders; then `prelink` linked into it. Null when neither can be had. */
export function prepareStageFolder(task: StageTask): { folders: Set<string>; prelinked: Map<string, string> } | null {
  const { output, versions, staging } = task;
  const folders = recycleSpare(output, versions, staging, new Map(task.replacedAt)) ?? foldersOfLiveVersion(output, versions, staging, task.evenWithSpare);
  if (folders === null) return null;
  return { folders, prelinked: linkFromLiveVersion(output, versions, staging, folders, task.prelink) };
}

/** prepareStageFolder in a worker thread; null when it failed (or no worker could be had). */
function prepareStageInWorker(task: StageTask): Promise<{ folders: Set<string>; prelinked: Map<string, string> } | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = startWorker(import.meta.url, "stage-worker", task);
    } catch {
      return resolve(null);
    }
    worker.once("message", (made: { folders: string[]; prelinked: [string, string][] } | null) => {
      resolve(made === null ? null : { folders: new Set(made.folders), prelinked: new Map(made.prelinked) });
      void worker.terminate();
    });
    worker.once("error", () => resolve(null));
    worker.once("exit", () => resolve(null));
  });
}

/**
 * Hard-link `files` (paths relative to the site, such as the last build's pages) from the live
 * version into `staging`, for the next build to keep those it would have linked anyway
 * (SiteFolder.prelinked): done while draad serve waits for a change, it saves that build about
 * 10,000 links at 10,000 captures. A path that is not plainly inside the site, or whose file is
 * not there, is left out. Returns the files linked with their status.
 */
function linkFromLiveVersion(output: string, versions: string, staging: string, folders: Set<string>, files: Iterable<string>): Map<string, string> {
  const linked = new Map<string, string>();
  const state = inspectOutput(output);
  if (state.kind !== "link") return linked;
  const live = join(versions, state.target);
  for (const file of files) {
    if (file === "" || file.startsWith("/") || file.split("/").some((part) => part === "" || part === "." || part === "..") || file.includes("\\")) continue;
    const target = join(staging, file);
    try {
      ensureFolder(dirname(target), folders);
      linkSync(join(live, file), target);
      // Plain files only (a link would stand for whatever it points to).
      if (!lstatSync(target).isFile()) {
        unlinkSync(target);
        continue;
      }
    } catch {
      continue;
    }
    const status = fileStatus(target, { changeTime: false });
    if (status !== null) linked.set(file, status);
  }
  return linked;
}

/**
 * With no spare at all (the first build of draad serve left only the live version): `staging`
 * made with the live version's folders and no file, as a cleared spare would be, so that the
 * next build makes no folder the last one had. Null when the output is no version of ours, or
 * when there is a spare (wait for its grace period instead).
 */
function foldersOfLiveVersion(output: string, versions: string, staging: string, evenWithSpare = false): Set<string> | null {
  const state = inspectOutput(output);
  if (state.kind !== "link" || (!evenWithSpare && spareVersions(versions, state.target).length > 0)) return null;
  const live = join(versions, state.target);
  const folders = new Set<string>([staging]);
  try {
    mkdirSync(staging);
    for (const entry of readdirSync(live, { withFileTypes: true, recursive: true })) {
      if (!entry.isDirectory()) continue;
      const folder = join(staging, entry.parentPath.slice(live.length), entry.name);
      mkdirSync(folder);
      folders.add(folder);
    }
  } catch {
    rmSync(staging, { recursive: true, force: true });
    return null;
  }
  return folders;
}

/**
 * The files of the staged site, counted in one walk (synchronous: over the 10,000 folders of a
 * 10,000-capture site the recursive fs/promises readdir took 1.25 s, readdirSync 0.14 s), and
 * the recycled folders (`recycled`) the new site left empty removed, deepest first, never
 * `staging` itself. Only a folder that holds no file, directly or below, is tried: an rmdir per
 * kept folder that fails on a full one cost 0.1 s per rebuild at 10,000 reports.
 */
function countFilesAndPrune(recycled: ReadonlySet<string>, staging: string): number {
  let files = 0;
  const holding = new Set<string>();
  for (const entry of readdirSync(staging, { withFileTypes: true, recursive: true })) {
    if (entry.isDirectory()) continue;
    if (entry.isFile()) files++;
    holding.add(entry.parentPath);
  }
  if (recycled.size === 0) return files;
  const deepestFirst = [...recycled].filter((f) => f !== staging).sort((a, b) => b.length - a.length);
  for (const folder of deepestFirst) {
    let kept = holding.has(folder);
    if (!kept) {
      try {
        rmdirSync(folder);
      } catch {
        // Not empty after all (a folder made by this build below it), or gone: kept as it is.
        kept = true;
      }
    }
    if (kept) holding.add(dirname(folder));
  }
  return files;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Point the output link at a version with one rename over the old link; false where links cannot be made. */
function swapLink(output: string, versions: string, id: string): boolean {
  const temporary = `${output}.draad-link-${process.pid}`;
  rmSync(temporary, { force: true });
  try {
    symlinkSync(`${basename(versions)}/${id}`, temporary, "dir");
  } catch (error) {
    if (process.platform === "win32" || (error as NodeJS.ErrnoException).code === "EPERM") return false;
    throw error;
  }
  renameSync(temporary, output);
  return true;
}

/**
 * Seconds a replaced version is kept after the swap: a reader (a web server) that followed the
 * old link a moment before the swap still finds its files.
 */
export const REPLACED_VERSION_GRACE_SECONDS = 2;

async function removeTreeInBackground(path: string): Promise<void> {
  if (process.platform === "win32") return removeTree(path);
  try {
    // Deleting tens of thousands of files takes seconds: a detached rm that outlives this
    // process. Whatever it leaves is removed by the next build.
    spawn("sh", ["-c", `sleep ${REPLACED_VERSION_GRACE_SECONDS}; exec rm -rf -- "$0"`, path], { stdio: "ignore", detached: true }).unref();
  } catch {
    await removeTree(path);
  }
}

/** Remove a folder tree: the system's rm where there is one (several times faster on 10,000s of files), else fs.rm. */
export async function removeTree(path: string): Promise<void> {
  if (process.platform !== "win32") {
    const code = await new Promise<number | null>((done) => {
      const child = spawn("rm", ["-rf", "--", path], { stdio: "ignore" });
      child.on("error", () => done(null));
      child.on("exit", (status) => done(status));
    });
    if (code === 0) return;
  }
  rmSync(path, { recursive: true, force: true });
}
