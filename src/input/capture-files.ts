/**
 * Finding capture files: a FILE named on the command line is read as given (the person who
 * runs draad named it); a DIR is walked for `*.txt` within its boundary (input-folder.ts).
 */
import { lstatSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { realPathOrNull, walkInputFolder, type PassedOver } from "./input-folder.js";

export interface CaptureFile {
  /** Path to open. */
  path: string;
  /** How the capture is named: relative to its input folder, or the FILE as given. */
  name: string;
  /** The real path of the folder it was found in (null for a FILE named on the command line). */
  boundary: string | null;
  /** Its real path when the walk found it. */
  real?: string;
  /** Its name relative to the input folder it was found in, with `/` between folders (a walked file). */
  inFolder?: string;
}

export const CAPTURE_EXTENSION = ".txt";

export function findCaptureFiles(inputs: string[]): { files: CaptureFile[]; passedOver: PassedOver[] } {
  const files: CaptureFile[] = [];
  const passedOver: PassedOver[] = [];
  for (const input of inputs) {
    let isDirectory: boolean;
    let isFile: boolean;
    try {
      const info = statSync(input);
      isDirectory = info.isDirectory();
      isFile = info.isFile();
    } catch (error) {
      const dangling = (() => { try { return lstatSync(input).isSymbolicLink(); } catch { return false; } })();
      passedOver.push({ path: input, name: input, reason: "unreadable", detail: dangling ? "a symbolic link that leads nowhere" : ((error as NodeJS.ErrnoException).code ?? String(error)) });
      continue;
    }
    if (isDirectory) {
      const boundary = realPathOrNull(input);
      const walked = walkInputFolder(input, CAPTURE_EXTENSION);
      // Named relative to the cwd for `draad check`, like a compiler names files: the folder's
      // name once, then each file's name within it (no path.relative per file).
      const folder = relative(process.cwd(), input);
      for (const file of walked.files) {
        const name = folder.startsWith("..") ? file.path : join(folder, file.name);
        files.push({ path: file.path, name, boundary, real: file.real, inFolder: file.name });
      }
      for (const p of walked.passedOver) passedOver.push({ ...p, name: display(p.path) });
    } else if (isFile) files.push({ path: input, name: input, boundary: null });
    // A FIFO, socket or device given by name would block or never end: never opened.
    else passedOver.push({ path: input, name: input, reason: "special-file" });
  }
  return { files, passedOver };
}

function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}

/**
 * The capture files of the folder `input` after changes a watcher reported (draad serve), made
 * from what the last walk of it found instead of walking it again. Null (walk it) unless every
 * change inside the folder is a `.txt` file, hidden in no part of its name, in a folder that
 * walk found a capture in, and is now a regular file or gone: a change to a folder, a link,
 * another kind of file, another name or one the walk passed over needs the walk's rules.
 * `changed`: the names (relative to the folder) of the files that changed or came; every other
 * file is as that walk found it, so long as the watcher missed nothing (draad serve checks that
 * with a walk while it waits).
 */
export function captureFilesAfterChanges(
  input: string,
  last: { files: readonly CaptureFile[]; passedOver: readonly PassedOver[] },
  changedPaths: Iterable<string>,
): { files: CaptureFile[]; passedOver: PassedOver[]; changed: Set<string> } | null {
  const root = resolve(input);
  const byName = new Map<string, CaptureFile>();
  const folders = new Set<string>([""]);
  for (const file of last.files) {
    if (file.inFolder === undefined || file.boundary === null) return null;
    byName.set(file.inFolder, file);
    const slash = file.inFolder.lastIndexOf("/");
    folders.add(slash < 0 ? "" : file.inFolder.slice(0, slash));
  }
  const boundary = last.files[0]?.boundary ?? null;
  const passed = new Set(last.passedOver.map((p) => resolve(p.path)));
  const changed = new Set<string>();
  let added = false;
  for (const changedPath of changedPaths) {
    const path = resolve(changedPath);
    const rel = relative(root, path);
    if (rel.startsWith("..") || isAbsolute(rel)) continue; // not in this folder (the pages, the place table)
    const parts = rel.split(sep);
    if (rel === "" || boundary === null || parts.some((part) => part.startsWith(".")) || !rel.endsWith(CAPTURE_EXTENSION) || passed.has(path)) return null;
    const name = parts.join("/");
    if (!folders.has(parts.slice(0, -1).join("/"))) return null;
    let info;
    try {
      info = lstatSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") return null;
      byName.delete(name);
      continue;
    }
    if (!info.isFile()) return null;
    const known = byName.get(name);
    // Read at its path again: its real path is resolved and checked then (readInside), not taken from the last walk.
    const folderName = relative(process.cwd(), input);
    const filePath = known?.path ?? join(input, ...parts);
    byName.set(name, { path: filePath, name: known?.name ?? (folderName.startsWith("..") ? filePath : join(folderName, name)), boundary, inFolder: name });
    if (!known) added = true;
    changed.add(name);
  }
  const files = [...byName.values()];
  // In the walk's order: folder by folder, each in code-unit order of its names.
  if (added) files.sort((a, b) => compareWalked(a.inFolder!, b.inFolder!));
  return { files, passedOver: [...last.passedOver], changed };
}

function compareWalked(a: string, b: string): number {
  const pa = a.split("/");
  const pb = b.split("/");
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] !== pb[i]) return pa[i]! < pb[i]! ? -1 : 1;
  return pa.length - pb.length;
}
