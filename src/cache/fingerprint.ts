/**
 * The code fingerprint: a hash of everything that decides what draad makes from its input (its
 * source, templates and the exact versions of its dependencies). Every cache entry is keyed by
 * it, so a cache written by other code is never used.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** sha256 (hex) over the files of `dirs` under `root`, in name order, each with its path. */
export function sourceFingerprint(root: string, dirs: readonly string[] = ["src", "templates"], files: readonly string[] = []): string {
  const hash = createHash("sha256");
  const paths: string[] = [];
  for (const dir of dirs) {
    const base = join(root, dir);
    if (!existsSync(base)) continue;
    for (const entry of readdirSync(base, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) paths.push(join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name));
    }
  }
  for (const file of files) if (existsSync(join(root, file))) paths.push(join(root, file));
  for (const path of paths.sort()) {
    hash.update(relative(root, path).split("\\").join("/"));
    hash.update("\0");
    hash.update(readFileSync(path));
    hash.update("\0");
  }
  return hash.digest("hex");
}

let memo: { root: string; value: string } | null = null;

/** The fingerprint of the running draad: src/, templates/ and package-lock.json (dependency versions). */
export function codeFingerprint(root: string): string {
  if (memo?.root !== root) memo = { root, value: sourceFingerprint(root, ["src", "templates"], ["package-lock.json"]) };
  return memo.value;
}
