/**
 * mkdir -p with memory: folders made or seen are remembered, and a folder is made with one
 * plain mkdir once its parent exists (a recursive mkdir per file costs a stat per level).
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";

export function ensureFolder(folder: string, known: Set<string>): void {
  if (known.has(folder)) return;
  const parent = dirname(folder);
  if (parent !== folder) ensureFolder(parent, known);
  try {
    mkdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  known.add(folder);
}
