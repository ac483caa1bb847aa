/**
 * Finding capture files: a FILE named on the command line is read as given (the person who
 * runs draad named it); a DIR is walked for `*.txt` within its boundary (input-folder.ts).
 */
import { lstatSync, statSync } from "node:fs";
import { join, relative } from "node:path";
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
