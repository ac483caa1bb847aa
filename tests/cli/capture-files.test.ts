/**
 * Capture files are named without a path.relative per file (src/input/capture-files.ts): the
 * names must be what path.relative gives, relative to the working folder for people and to the
 * input folder for the archive.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { findCaptureFiles } from "../../src/input/capture-files.js";

function tree(root: string): void {
  for (const name of ["a.txt", "2025/11/b.txt", "2025/11/diep/c.txt", "x/d.txt"]) {
    mkdirSync(join(root, name, ".."), { recursive: true });
    writeFileSync(join(root, name), "Kop\nPLAATS (ANP) - Tekst.\n");
  }
}

/** What the names were made with before: path.relative of every file. */
function expected(input: string, path: string) {
  const rel = relative(process.cwd(), path);
  return { name: rel.startsWith("..") ? path : rel, inFolder: relative(input, path).split(sep).join("/") };
}

describe("capture file names", () => {
  it("inside the working folder, given relative, and outside it, given absolute", () => {
    mkdirSync(".cache", { recursive: true });
    const inside = mkdtempSync(join(".cache", "names-"));
    const outside = mkdtempSync(join(tmpdir(), "draad-names-"));
    tree(inside);
    tree(outside);
    for (const input of [inside, `${inside}/`, `./${inside}`, join(process.cwd(), inside), outside]) {
      const { files } = findCaptureFiles([input]);
      expect(files.map((f) => f.inFolder)).toEqual(["2025/11/b.txt", "2025/11/diep/c.txt", "a.txt", "x/d.txt"]);
      for (const file of files) expect({ name: file.name, inFolder: file.inFolder }, input).toEqual(expected(input, file.path));
    }
  });
});
