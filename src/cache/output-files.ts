/**
 * Files of the last output carried into the next version: checked to be what was written, then
 * hard-linked (the page cache, page-cache.ts, and the search bundles, search-bundle-cache.ts).
 */
import { createHash } from "node:crypto";
import { linkSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileStatus } from "../input/file-status.js";
import { ensureFolder } from "../output/ensure-folder.js";

export const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

/**
 * Whether a file of the last output still has the bytes `sha256`. `known` is `${sha256} ${status}`
 * as last seen: a file whose status (without the change time: hard-linking the file into the next
 * version moves it) is still that is not read; any other is read and hashed.
 */
export function checkOutputFile(
  source: string,
  expected: string,
  known: string | undefined,
  /** Its status, taken during this build already (output-statuses.ts). */
  taken?: string | null,
): { same: boolean; read: boolean; status: string | null; bytes: Buffer | null } {
  const status = taken !== undefined ? taken : fileStatus(source, { changeTime: false });
  if (status !== null && known === `${expected} ${status}`) return { same: true, read: false, status, bytes: null };
  let bytes: Buffer;
  try {
    bytes = readFileSync(source);
  } catch {
    return { same: false, read: true, status, bytes: null };
  }
  return { same: sha256(bytes) === expected, read: true, status, bytes };
}

/**
 * Put a checked file of the last output into staging. Synchronous on purpose: for thousands of
 * small files it is several times faster than fs/promises. The staging folder lies beside the
 * output, so the file is hard-linked (the old output is removed after the swap); where links are
 * not possible it is copied. Returns whether it was linked.
 */
export function linkOrCopy(source: string, target: string, bytes: Buffer | null, folders: Set<string>): boolean {
  ensureFolder(dirname(target), folders);
  try {
    linkSync(source, target);
    return true;
  } catch {
    writeFileSync(target, bytes ?? readFileSync(source));
    return false;
  }
}
