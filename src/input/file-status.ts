/**
 * A file's status as one string, to tell whether it was written since it was last seen without
 * reading it (draad serve: src/build/memory.ts, src/cache/page-cache.ts). Device, inode, size and
 * modification time (milliseconds, with their fraction); with `changeTime` also the inode's change time, which a
 * write always moves (but so does hard-linking the file, so pages that are linked from version
 * to version leave it out).
 */
import { lstatSync, statSync, type Stats } from "node:fs";

export function fileStatus(path: string, options: { changeTime: boolean }): string | null {
  const s = statOf(path);
  return s === undefined ? null : statusOf(s, options.changeTime);
}

/**
 * The status with change time (as fileStatus gives it) of a regular file, and when it was last
 * written or changed (the later of its modification and change times, epoch ms); null for
 * anything else, a symbolic link included.
 */
export function fileStatusAndTime(path: string): { status: string; changedMs: number } | null {
  // The file itself, never what a link there points to (a caller gives a real path).
  const s = lstatSync(path, { throwIfNoEntry: false });
  return s === undefined || !s.isFile() ? null : { status: statusOf(s, true), changedMs: Math.max(s.mtimeMs, s.ctimeMs) };
}

function statOf(path: string): Stats | undefined {
  // Not { bigint: true }: its twenty BigInt fields per call made a status cost 9-13 µs on a
  // large heap (10,000 captures: 0.1 s of every draad serve rebuild). Times in milliseconds as
  // doubles keep a fraction of a microsecond, and inode numbers are exact below 2^53.
  return statSync(path, { throwIfNoEntry: false });
}

function statusOf(s: Stats, changeTime: boolean): string {
  return `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}${changeTime ? `:${s.ctimeMs}` : ""}`;
}
