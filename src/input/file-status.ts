/**
 * A file's status as one string, to tell whether it was written since it was last seen without
 * reading it (draad serve: src/build/memory.ts, src/cache/page-cache.ts). Device, inode, size and
 * modification time in nanoseconds; with `changeTime` also the inode's change time, which a
 * write always moves (but so does hard-linking the file, so pages that are linked from version
 * to version leave it out).
 */
import { statSync } from "node:fs";

export function fileStatus(path: string, options: { changeTime: boolean }): string | null {
  try {
    const s = statSync(path, { bigint: true });
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}${options.changeTime ? `:${s.ctimeNs}` : ""}`;
  } catch {
    return null;
  }
}
