/**
 * Faults of the machine rather than of the input (disk full, no permission, a read-only disk):
 * one line that names the path and says what to do, instead of a stack trace. The build that
 * failed has thrown its staging version away, so the previous site is as it was.
 */
const EXPLANATIONS: Record<string, { what: string; fix: string }> = {
  ENOSPC: { what: "the disk is full", fix: "free some space (or build onto another disk) and build again" },
  EDQUOT: { what: "the disk quota is used up", fix: "free some space and build again" },
  EROFS: { what: "the disk is read-only", fix: "build into a folder on a writable disk" },
  EACCES: { what: "permission denied", fix: "check the folder's owner and permissions, or choose another folder" },
  EPERM: { what: "the operation is not permitted", fix: "check the folder's owner and permissions, or choose another folder" },
  EMFILE: { what: "too many open files", fix: "raise the limit (ulimit -n) and build again" },
  ENFILE: { what: "the system has too many open files", fix: "close other programs and build again" },
  EIO: { what: "an input/output error of the disk", fix: "check the disk and build again" },
  ENAMETOOLONG: { what: "a path is too long for the file system", fix: "build into a folder with a shorter path" },
  ENOTDIR: { what: "a part of the path is a file, not a folder", fix: "remove that file or choose another folder" },
  EISDIR: { what: "a folder stands where a file is written", fix: "remove that folder or choose another output" },
};

const MESSAGE_CODES: [RegExp, string][] = [
  [/No space left on device|ENOSPC/i, "ENOSPC"],
  [/Disk quota exceeded|EDQUOT/i, "EDQUOT"],
  [/Read-only file system|EROFS/i, "EROFS"],
  [/Permission denied|EACCES/i, "EACCES"],
];

/** One line for a machine fault anywhere in the cause chain, or null for any other error (a bug: let it show). */
export function describeFault(error: unknown): string | null {
  let where: string | null = null;
  for (let e: unknown = error, depth = 0; e && depth < 8; depth++) {
    const errno = e as NodeJS.ErrnoException & { originalError?: unknown };
    if (typeof errno.path === "string") where = errno.path;
    let code = typeof errno.code === "string" && errno.code in EXPLANATIONS ? errno.code : null;
    if (!code && typeof errno.message === "string") code = MESSAGE_CODES.find(([pattern]) => pattern.test(errno.message))?.[1] ?? null;
    if (code) {
      const { what, fix } = EXPLANATIONS[code]!;
      return `cannot write${where ? ` ${where}` : ""}: ${what} (${code}); ${fix}. Nothing of this build was kept; the previous site is unchanged`;
    }
    e = errno.cause ?? errno.originalError;
  }
  return null;
}
