/**
 * The cache's key. Cache keys are HMACs under a secret that lives outside the project, so a
 * cache folder committed to the repository (a contributor can force-add `.cache/`, and CI
 * builds a fresh clone) can never match: its entries, and above all its page manifest, which
 * says which pages of the last output may be reused unchanged, are simply not found. Without
 * this, a forged manifest plus a committed `_site/` page would put any HTML into the site.
 *
 * The secret is `DRAAD_CACHE_SECRET` when set (CI that keeps its cache between runs stores it
 * as a secret), else a random key kept in `$XDG_STATE_HOME/draad/cache-secret` (default
 * `~/.local/state/draad/`), made on first use, readable by its owner only. When neither can be
 * had, a key for this process alone: the cache then works within one run only.
 */
import { randomBytes } from "node:crypto";
import { closeSync, constants, fstatSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

let cached: { secret: string; kept: boolean } | null = null;

export function cacheSecret(): { secret: string; kept: boolean } {
  if (cached) return cached;
  const fromEnvironment = process.env.DRAAD_CACHE_SECRET;
  if (fromEnvironment) return (cached = { secret: fromEnvironment, kept: true });
  const folder = join(process.env.XDG_STATE_HOME || join(homedir(), ".local", "state"), "draad");
  const path = join(folder, "cache-secret");
  const read = readSecret(path);
  if (read) return (cached = { secret: read, kept: true });
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    writeFileSync(path, randomBytes(32).toString("hex") + "\n", { mode: 0o600, flag: "wx" });
  } catch {
    // Another process made it first (read it below), or the folder cannot be written.
  }
  const made = readSecret(path);
  return (cached = made ? { secret: made, kept: true } : { secret: randomBytes(32).toString("hex"), kept: false });
}

function readSecret(path: string): string | null {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    return null;
  }
  try {
    if (!fstatSync(fd).isFile()) return null;
    const text = readFileSync(fd, "utf8").trim();
    return /^[0-9a-f]{64}$/.test(text) ? text : null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}
