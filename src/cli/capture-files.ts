/**
 * Finding capture files: a FILE is read as given; a DIR is walked for `*.txt`, skipping hidden
 * entries and following no symbolic link twice. Paths come back sorted, so output never depends
 * on the order the file system lists them in.
 */
import { readdir, realpath, stat } from "node:fs/promises";
import { join, relative } from "node:path";

export interface FoundCapture {
  /** Path as the user should see it (relative to the cwd when below it). */
  path: string;
}

export interface NotACapture {
  path: string;
  reason: "hidden" | "not-txt" | "symlink-loop" | "unreadable";
  detail?: string;
}

export async function findCaptureFiles(inputs: string[]): Promise<{ files: FoundCapture[]; passedOver: NotACapture[] }> {
  const files: FoundCapture[] = [];
  const passedOver: NotACapture[] = [];
  const seenDirectories = new Set<string>();

  async function walk(directory: string): Promise<void> {
    let real: string;
    try {
      real = await realpath(directory);
    } catch (error) {
      passedOver.push({ path: directory, reason: "unreadable", detail: (error as Error).message });
      return;
    }
    if (seenDirectories.has(real)) {
      passedOver.push({ path: directory, reason: "symlink-loop" });
      return;
    }
    seenDirectories.add(real);
    let entries;
    try {
      entries = await readdir(directory, { withFileTypes: true });
    } catch (error) {
      passedOver.push({ path: directory, reason: "unreadable", detail: (error as Error).message });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(directory, entry.name);
      if (entry.name.startsWith(".")) {
        passedOver.push({ path, reason: "hidden" });
        continue;
      }
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(path);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          passedOver.push({ path, reason: "unreadable", detail: (error as Error).message });
          continue;
        }
      }
      if (isDirectory) await walk(path);
      else if (isFile && entry.name.toLowerCase().endsWith(".txt")) files.push({ path: display(path) });
      else passedOver.push({ path, reason: "not-txt" });
    }
  }

  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      passedOver.push({ path: input, reason: "unreadable", detail: (error as Error).message });
      continue;
    }
    if (info.isDirectory()) await walk(input);
    else if (info.isFile()) files.push({ path: input });
    // A FIFO, socket or device given by name would block or never end: never read.
    else passedOver.push({ path: input, reason: "unreadable", detail: "not a regular file" });
  }
  return { files, passedOver };
}

function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}
